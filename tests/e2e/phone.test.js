// Phone first: at 375 x 740 the stays and the answer come first, the rule's details are folded
// (sources as links), the bar at the bottom carries the status and the day to leave by, and
// five trips are typed with one Tab per trip and one Enter between trips.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, eventually, open, rows, screenshot, SCREENSHOTS, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const PHONE = { width: 375, height: 740 };

/** The top of the element `selector`, in screens of the phone's height, from the page's top. */
async function screensDown(page, selector) {
  return page.locator(selector).evaluate((element, height) => {
    return (element.getBoundingClientRect().top + window.scrollY) / height;
  }, PHONE.height);
}

test("on a phone the stays and the answer come first, the rule's details folded", async () => {
  const { page, check } = await open(app.browser, app.url, PHONE);
  const stays = await screensDown(page, ".stays");
  const answer = await screensDown(page, ".answer");
  const rule = await screensDown(page, ".card.rule");
  console.log(`375x740: stays at ${stays.toFixed(2)} screens, answer at ${answer.toFixed(2)}, rule at ${rule.toFixed(2)}`);
  assert.ok(stays < 0.5, `the stays start ${stays} screens down`);
  assert.ok(answer < 1.2, `the answer starts ${answer} screens down`);
  assert.ok(rule > answer);
  // The answer names its rule, which comes after it.
  assert.match(await text(page, "answer-rule"), /Schengen/);
  // The details are folded; their sources are links named by their site, no raw address shown.
  const details = page.getByTestId("rule-more");
  assert.equal(await details.evaluate((d) => d.open), false);
  await details.locator("summary").click();
  const source = page.getByTestId("rule-source");
  assert.doesNotMatch(await source.textContent(), /https?:\/\//);
  const links = await source.locator("a").evaluateAll((links) => links.map((a) => [a.href, a.textContent]));
  assert.ok(links.length > 0);
  for (const [href, site] of links) assert.ok(new URL(href).hostname.endsWith(site), `${href} ${site}`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= PHONE.width, `the page is ${width}px wide`);
  check();
});

test("on a wide screen the rule's details are open beside the stays", async () => {
  const { page, check } = await open(app.browser, app.url);
  assert.equal(await page.getByTestId("rule-more").evaluate((d) => d.open), true);
  check();
});

test("five trips by keyboard: Tab from entry to exit, Enter to the next trip", async () => {
  const { page, check } = await open(app.browser, app.url, PHONE);
  // A slow phone (CPU 4x slower): the focus must reach the new row before the next key does,
  // or a fast typist's next date starts in the field just left ("2025-02-070").
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await checkOn(page, "2025-06-30");
  const trips = [
    ["05.01.2025", "10.01.2025"],
    ["2025-02-01", "2025-02-07"],
    ["01.03.2025", "03.03.2025"],
    ["10/04/2025", "20/04/2025"],
    ["2025-06-01", "2025-06-02"],
  ];
  await page.getByTestId("stay-entry").first().focus();
  let presses = 0;
  for (const [i, [entry, exit]] of trips.entries()) {
    if (i > 0) {
      await page.keyboard.press("Enter");
      presses += 1;
    }
    await page.keyboard.type(entry);
    await page.keyboard.press("Tab");
    presses += 1;
    await page.keyboard.type(exit);
  }
  // Leaving the last field shows every date as the list keeps it.
  await page.keyboard.press("Tab");
  console.log(`five trips by keyboard: ${presses} Tab and Enter presses besides the dates`);
  assert.equal(presses, 9);
  assert.deepEqual(await rows(page), [
    ["2025-01-05", "2025-01-10"],
    ["2025-02-01", "2025-02-07"],
    ["2025-03-01", "2025-03-03"],
    ["2025-04-10", "2025-04-20"],
    ["2025-06-01", "2025-06-02"],
  ]);
  // 6 + 7 + 3 + 11 + 2 days, all in the window of 30 June (from 1 January).
  await eventually(() => text(page, "days-used"), "29");
  check();
});

test("the bar at the bottom carries the status and the day to leave by", async () => {
  const { page, check } = await open(app.browser, app.url, PHONE);
  await checkOn(page, "2025-03-20");
  await page.getByTestId("stay-entry").first().fill("2025-03-10");
  await page.getByTestId("stay-open").first().check();
  await eventually(() => text(page, "days-used"), "11");
  await page.locator("footer").scrollIntoViewIfNeeded();
  await page.getByTestId("summary-bar-leave-by").waitFor();
  assert.equal(await text(page, "summary-bar-leave-by"), "Leave by 7 Jun 2025");
  assert.match(await page.locator(".summary-bar").textContent(), /Within the limit/);
  check();
});

// In each language the bar keeps to three short lines at most, so it hides little of a phone's
// screen (kk took five, ru four, with the check date written out in words).
for (const [lang, on] of [
  ["en", "For 20 Mar 2025"],
  ["ru", "На 20.03.2025"],
  ["kk", "20.03.2025 жағдай бойынша"],
]) {
  test(`the bar at the bottom takes at most three lines at 375 px (${lang})`, async () => {
    const { page, check } = await open(app.browser, app.url, { ...PHONE, locale: lang });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, "2025-03-20");
    await page.getByTestId("stay-entry").first().fill("2025-01-01");
    await page.getByTestId("stay-open").first().check();
    await eventually(() => text(page, "days-used"), "79");
    await page.locator("footer").scrollIntoViewIfNeeded();
    await page.getByTestId("summary-bar-leave-by").waitFor();
    assert.equal(await text(page, "summary-bar-on"), on);
    await page.screenshot({ path: `${SCREENSHOTS}phone-bar-${lang}.png` });
    // The rows of the bar's flex box, and lines a long item wraps onto within its row.
    const lines = await page.evaluate(() => {
      const items = [...document.querySelector(".summary-bar").children].filter((e) => e.textContent.trim());
      const rows = new Map();
      for (const item of items) {
        const box = item.getBoundingClientRect();
        const height = box.height / parseFloat(getComputedStyle(item).lineHeight);
        rows.set(Math.round(box.top), Math.max(rows.get(Math.round(box.top)) ?? 0, Math.round(height)));
      }
      return [...rows.values()].reduce((a, b) => a + b, 0);
    });
    assert.ok(lines <= 3, `the bar takes ${lines} lines`);
    check();
  });
}

for (const lang of ["en", "ru", "kk"]) {
  test(`phone screenshots in ${lang}`, async () => {
    const { page, check } = await open(app.browser, app.url, { ...PHONE, locale: lang });
    await checkOn(page, "2025-03-20");
    await page.getByTestId("stay-entry").first().fill("2025-01-01");
    await page.getByTestId("stay-exit").first().fill("2025-01-10");
    await eventually(() => text(page, "days-used"), "10");
    await screenshot(page, `phone-first-${lang}`);
    await screenshot(page, `phone-first-${lang}-full`, { fullPage: true });
    check();
  });
}
