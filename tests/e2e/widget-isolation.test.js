// The widget's shadow root: the host's CSS does not change it, its CSS does not change the host;
// and screenshots of it on a plain page, the hostile page, a 360 px phone and the dark theme.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, screenshot, start, text } from "./harness.js";
import { HOSTILE, PLAIN, openHost, widget, widgetReady } from "./widget-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** The properties compared: everything that styles an element, but not its size or place. */
const PROPERTIES = [
  "display", "visibility", "opacity", "position", "float", "box-sizing",
  "font-family", "font-size", "font-weight", "font-style", "line-height",
  "color", "background-color", "background-image",
  "letter-spacing", "word-spacing", "text-transform", "text-align", "text-indent", "text-decoration-line",
  "white-space", "direction", "cursor", "list-style-type",
  "margin-top", "margin-right", "margin-bottom", "margin-left",
  "padding-top", "padding-right", "padding-bottom", "padding-left",
  "border-top-width", "border-top-style", "border-top-color", "border-left-width", "border-left-style",
  "border-top-left-radius", "outline-style", "fill", "stroke",
];

/** Every element of widget `id`'s shadow root with its computed style, and the host element's display. */
async function styles(page, id) {
  return page.evaluate(
    ([id, properties]) => {
      const host = document.getElementById(id);
      const elements = [...host.shadowRoot.querySelectorAll("*")].filter((e) => e.localName !== "link");
      return {
        host: getComputedStyle(host).display,
        elements: elements.map((element) => {
          const style = getComputedStyle(element);
          const name = `${element.localName}.${[...element.classList].join(".")}`;
          return [name, ...properties.map((p) => `${p}: ${style.getPropertyValue(p)}`)];
        }),
      };
    },
    [id, PROPERTIES],
  );
}

/** Fills widget `id` with stays of every kind (counted, planned, over the limit), and waits for `used`. */
async function fill(page, id, used = "77") {
  const w = await widgetReady(page, id);
  await checkOn(w, "2014-11-30");
  await enterStays(w, [
    ["2014-08-15", "2014-09-30"],
    ["2014-11-01", "2014-11-30"],
    ["2015-01-10", "2015-02-20"],
  ]);
  await eventually(() => text(w, "days-used"), used);
  return w;
}

test("the hostile page's CSS changes no computed style inside the widget", async () => {
  const plain = await openHost(app.browser, app.url, PLAIN);
  const hostile = await openHost(app.browser, app.url, HOSTILE);
  // The second is Kazakhstan's rule, in 2014 only 30 days per entry: 30 of the current stay.
  for (const [id, used] of [["first", "77"], ["second", "30"]]) {
    await fill(plain.page, id, used);
    await fill(hostile.page, id, used);
    const expected = await styles(plain.page, id);
    const got = await styles(hostile.page, id);
    assert.equal(got.host, "block");
    assert.ok(expected.elements.length > 100, `${expected.elements.length} elements compared`);
    assert.equal(got.elements.length, expected.elements.length);
    for (const [i, element] of expected.elements.entries()) assert.deepEqual(got.elements[i], element);
  }
  // The hostile page does change its own elements, so the comparison is not vacuous.
  const hostButton = (page) => page.evaluate(() => getComputedStyle(document.querySelector("button")).fontFamily);
  assert.notEqual(await hostButton(hostile.page), await hostButton(plain.page));
  await plain.check();
  await hostile.check();
});

test("the widget's CSS changes nothing on the host page", async () => {
  const host = ["html", "body", "h1", "p", "a", "div", "button", "input"];
  const read = (page) =>
    page.evaluate(
      ([selectors, properties]) =>
        selectors.map((selector) => {
          const style = getComputedStyle(document.querySelector(selector));
          return [selector, ...properties.map((p) => `${p}: ${style.getPropertyValue(p)}`)];
        }),
      [host, PROPERTIES],
    );
  const without = await app.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const bare = await without.newPage();
  await bare.route("**/stay-calculator.js", (route) => route.abort());
  await bare.goto(app.url + PLAIN);
  const { page, check } = await openHost(app.browser, app.url, PLAIN);
  await fill(page, "first");
  assert.deepEqual(await read(page), await read(bare));
  await without.close();
  await check();
});

test("screenshots: a plain page, the hostile page, a 360 px phone, the dark theme", async () => {
  for (const [name, path, viewport] of [
    ["widget-plain", PLAIN, { width: 1280, height: 1000 }],
    ["widget-hostile", HOSTILE, { width: 1280, height: 1000 }],
    ["widget-phone", HOSTILE, { width: 360, height: 740 }],
  ]) {
    const { page, check } = await openHost(app.browser, app.url, path, viewport);
    await fill(page, "first");
    const second = await widgetReady(page, "second");
    // Checked on the day of leaving: over the limit that day.
    await checkOn(second, "2025-06-10");
    await enterStays(second, [["2025-05-01", "2025-06-10"]]);
    await eventually(async () => (await second.getByTestId("status").getAttribute("data-status")), "overstay");
    // The hostile page's own text runs off to the side (white-space: pre): keep to the viewport's width.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await screenshot(page, name, { fullPage: true, clip: { x: 0, y: 0, width: viewport.width, height } });
    await check();
  }
  const { page, check } = await openHost(app.browser, app.url, "embed-docs.html", { width: 1280, height: 1000 });
  const dark = await widgetReady(page, "example-dark");
  await checkOn(dark, "2025-06-30");
  await enterStays(dark, [["2025-04-01", "2025-06-10"]]);
  await eventually(() => text(dark, "days-used"), "71");
  await page.evaluate(() => document.activeElement?.blur());
  await dark.screenshot({ path: new URL("./screenshots/widget-dark.png", import.meta.url).pathname });
  // The host's custom properties reach the widget; its other variables do not.
  const accent = await widget(page, "example-dark")
    .getByTestId("add-stay")
    .evaluate((button) => getComputedStyle(button).backgroundColor);
  assert.equal(accent, "rgb(196, 155, 255)");
  await check();
});
