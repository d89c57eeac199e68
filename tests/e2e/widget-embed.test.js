// embed.html in an iframe posts its answer and its height to the host; embed-docs.html shows
// the snippet, the live examples and the iframe, and the app's footer links to it.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { enterStays, eventually, open, start, text } from "./harness.js";
import { PLAIN, openHost, widgetReady } from "./widget-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** Frames `src` at the end of the page's body, recording the messages it posts in `window.posted`. */
async function frame(page, src) {
  await page.evaluate((src) => {
    window.posted = [];
    const iframe = document.createElement("iframe");
    iframe.id = "framed";
    iframe.title = "Stay calculator";
    addEventListener("message", (event) => {
      if (event.source === iframe.contentWindow) window.posted.push(event.data);
    });
    iframe.src = src;
    document.body.append(iframe);
  }, src);
  return page.frameLocator("#framed");
}

/** The messages of type `type` the frame posted. */
function posted(page, type) {
  return page.evaluate((type) => window.posted.filter((m) => m.type === type), type);
}

test("embed.html posts each answer and its height to the page that frames it", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN);
  const framed = await frame(page, "/embed.html?rule=schengen&lang=en&on=2014-11-30");
  await eventually(async () => (await posted(page, "staycalc-change")).at(-1)?.detail.days_used, 0);
  await enterStays(framed, [
    ["2014-08-15", "2014-09-30"],
    ["2014-11-01", "2014-11-30"],
  ]);
  const last = await eventually(async () => {
    const detail = (await posted(page, "staycalc-change")).at(-1).detail;
    return [detail.days_used, detail.days_remaining, detail.latest_exit, detail.on];
  }, [77, 13, "2014-12-13", "2014-11-30"]);
  assert.equal(last[0], 77);
  // The compact layout, and the height it reports is the height of its content.
  assert.equal(await framed.getByTestId("timeline-chart").isVisible(), false);
  const height = async () => (await posted(page, "staycalc-resize")).at(-1)?.height;
  const content = () =>
    page.frames().find((f) => f.url().includes("embed.html")).evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await eventually(async () => (await height()) === (await content()), true);
  const before = await height();
  await framed.getByTestId("add-stay").click();
  await eventually(async () => (await height()) > before, true);
  await eventually(async () => (await height()) === (await content()), true);
  await check();
});

test("embed.html takes its settings from the query and may be framed by any site", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN);
  const framed = await frame(page, "/embed.html?rule=kz-china&lang=kk&compact=false&theme=dark");
  await eventually(async () => (await posted(page, "staycalc-change")).at(-1)?.detail.rule, "kz-china");
  assert.equal(await framed.getByTestId("rule-select").inputValue(), "kz-china");
  assert.equal(await framed.locator(".staycalc").getAttribute("lang"), "kk");
  assert.equal(await framed.getByTestId("timeline-chart").isVisible(), true);
  const response = await page.request.get(app.url + "embed.html");
  assert.match(response.headers()["content-security-policy"], /frame-ancestors \*/);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'; style-src 'self'/);
  await check();
});

test("embed.html takes the nationality from its query: an answer card per zone", async () => {
  const { page, check } = await openHost(app.browser, app.url, PLAIN);
  const framed = await frame(page, "/embed.html?rule=schengen&lang=en&on=2025-06-01&nationality=FR");
  await enterStays(framed, [
    ["2025-05-01", "2025-05-10"],
    ["2025-05-12", "2025-05-20"],
  ]);
  await framed.getByTestId("stay-country").nth(0).fill("France");
  await framed.getByTestId("stay-country").nth(1).fill("KZ");
  const cards = () =>
    framed.getByTestId("zone-card").evaluateAll((cards) => cards.map((c) => `${c.dataset.zone}:${c.dataset.status}`).sort());
  // A citizen of France: no limit in the Schengen area, the 30 days per entry in Kazakhstan.
  await eventually(cards, ["kz:ok", "schengen:no_limit"]);
  await check();
});

test("the embedding page: snippet, live examples, the host's reaction, the sized iframe", async () => {
  const { page, check } = await openHost(app.browser, app.url, "embed-docs.html");
  assert.match(
    await page.getByTestId("snippet").textContent(),
    new RegExp(`^<script type="module" src="${app.url}widget/stay-calculator.js"></script>\\n<stay-calculator`),
  );
  const schengen = await widgetReady(page, "example-schengen");
  const kz = await widgetReady(page, "example-kz");
  const dark = await widgetReady(page, "example-dark");
  assert.deepEqual(
    await Promise.all([schengen, kz, dark].map((w) => w.locator(".staycalc").getAttribute("lang"))),
    ["en", "ru", "kk"],
  );
  assert.deepEqual(
    await Promise.all([schengen, kz, dark].map((w) => w.getByTestId("rule-select").inputValue())),
    ["schengen", "kz-visa-free", "tr"],
  );
  // The table of rule ids is the widget's own list of rules.
  const documented = await page.getByTestId("rule-ids").locator("tbody td:first-child").allTextContents();
  const offered = await schengen.getByTestId("rule-select").locator("option").evaluateAll((o) => o.map((x) => x.value));
  assert.deepEqual([...documented].sort(), [...offered].sort());

  await schengen.getByTestId("check-date").fill("2014-11-30");
  await enterStays(schengen, [["2014-08-15", "2014-09-30"], ["2014-11-01", "2014-11-30"]]);
  await eventually(
    () => text(page, "host-reaction"),
    "The host page heard: ok, 77 of 90 days used, 13 left, may stay until 2014-12-13.",
  );

  const iframe = page.locator("#example-frame");
  await eventually(async () => /^Last message: staycalc-change, 0 days used, 90 left\.$/.test(await text(page, "frame-log")), true);
  const inner = page.frames().find((f) => f.url().includes("embed.html"));
  await eventually(
    async () =>
      Math.round((await iframe.evaluate((f) => f.clientHeight))) ===
      (await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))),
    true,
  );
  await check();
});

test("the app's footer links to the embedding page", async () => {
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("embed-docs-link").click();
  await page.waitForURL(/embed-docs\.html$/);
  assert.equal(await page.locator("h1").textContent(), "Put the stay calculator on your site");
  check();
});
