// Saved state that cannot be read, or only in part: the page still opens and works, says what
// it could not read, keeps every good stay, and leaves the saved text as it was until the
// traveller changes something (a copy is then kept aside under "staycalc.unreadable").
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, ready, rows, screenshot, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** What local storage holds under `key`. */
const stored = (page, key = "staycalc") => page.evaluate((key) => localStorage.getItem(key), key);

/** The text of the notice's paragraph of kind `kind` ("unreadable", "damaged", ...). */
const notice = (page, kind) => page.locator(`[data-testid="notice"] [data-notice="${kind}"]`).textContent();

/** `n` one-day stays three days apart from 2000-01-01, as the saved format writes them. */
function manyStays(n) {
  const day = 24 * 3600 * 1000;
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  return Array.from({ length: n }, (_, i) => {
    const entry = iso(Date.UTC(2000, 0, 1) + i * 3 * day);
    return `${entry}_${entry}`;
  });
}

const NOT_OURS = {
  garbage: "\u0000}{ not saved by staycalc \uFFFD<script>alert(1)</script>\u202E",
  "older JSON": JSON.stringify({ version: 1, stays: [["2025-01-05", "2025-01-20"]], rule: "schengen" }),
  "version 0": "v=0&rule=schengen&stays=2025-01-05_2025-01-20",
  "three megabytes": "x".repeat(3 * 1024 * 1024),
};

for (const [name, value] of Object.entries(NOT_OURS)) {
  test(`saved text that is not this app's (${name}): said, an empty start, kept until an edit`, async () => {
    const { page, check } = await open(app.browser, app.url, { saved: value });
    assert.match(await notice(page, "unreadable"), /could not be read/);
    assert.deepEqual(await rows(page), [["", ""]]);
    assert.equal(await stored(page), value, "not overwritten before the traveller acts");
    // A reload says it again: nothing was lost in between.
    await page.reload();
    await ready(page);
    assert.match(await notice(page, "unreadable"), /could not be read/);
    // The page works; the first change saves, and the unreadable text is kept aside.
    await checkOn(page, "2025-03-31");
    await enterStays(page, [["2025-03-01", "2025-03-09"]]);
    await eventually(() => text(page, "days-used"), "9");
    await eventually(async () => (await stored(page)).startsWith("v=1&"), true);
    assert.equal(await stored(page, "staycalc.unreadable"), value);
    check();
  });
}

const DAMAGED =
  "v=1&rule=atlantis&nat=123&lang=42&on=2025-04-10&custom=abc.ninety.x" +
  "&stays=2025-01-05_2025-01-20,2025-13-01_2025-02-10,2025-03-01_2025-03-09,garbage,2025-04-01_open";

test("a saved state with damaged fields keeps every good stay and names what was left out", async () => {
  const { page, check } = await open(app.browser, app.url, { saved: DAMAGED });
  const said = await notice(page, "damaged");
  for (const part of ["2 stay dates", "the rule", "the language", "the nationality", "your own numbers"]) {
    assert.ok(said.includes(part), `"${part}" in "${said}"`);
  }
  assert.deepEqual(await rows(page), [
    ["2025-01-05", "2025-01-20"],
    ["", "2025-02-10"],
    ["2025-03-01", "2025-03-09"],
    ["", ""],
    ["2025-04-01", ""],
  ]);
  assert.equal(await page.getByTestId("stay-open").last().isChecked(), true);
  assert.equal(await page.getByTestId("check-date").inputValue(), "2025-04-10");
  assert.equal(await page.getByTestId("rule-select").inputValue(), "schengen");
  // 16 + 9 + 10 days (1 to 10 April, still there); the row with only an exit is not counted.
  assert.equal(await text(page, "days-used"), "35");
  assert.equal(await stored(page), DAMAGED, "not overwritten before the traveller acts");
  await page.getByTestId("stay-delete").nth(3).click();
  await eventually(() => page.getByTestId("stay-row").count(), 4);
  await eventually(async () => (await stored(page)) !== DAMAGED, true);
  assert.equal(await stored(page, "staycalc.unreadable"), DAMAGED);
  check();
});

test("a huge saved state: the first 2000 stays are kept and the rest is said to be left out", async () => {
  const stays = manyStays(2500);
  const saved = `v=1&rule=schengen&on=2021-01-01&pad=${"y".repeat(1024 * 1024)}&stays=${stays.join(",")}`;
  const { page, check } = await open(app.browser, app.url, { saved });
  assert.match(await notice(page, "damaged"), /500 stays over the limit of 2000/);
  assert.equal(await page.getByTestId("stay-row").count(), 2000);
  const first = await page.getByTestId("stay-entry").first().inputValue();
  const last = await page.getByTestId("stay-entry").last().inputValue();
  assert.deepEqual([first, last], [stays[0].slice(0, 10), stays[1999].slice(0, 10)]);
  assert.match(await text(page, "days-used"), /^\d+$/);
  check();
});

for (const [size, viewport] of Object.entries({
  desktop: { width: 1280, height: 800 },
  phone: { width: 360, height: 740 },
})) {
  test(`${size}: screenshots of the saved-state notices`, async () => {
    for (const [name, saved] of [
      ["unreadable", NOT_OURS["older JSON"]],
      ["damaged", DAMAGED],
    ]) {
      for (const locale of ["en-US", "ru-RU", "kk-KZ"]) {
        const { page, context, check } = await open(app.browser, app.url, { ...viewport, locale, saved });
        await page.getByTestId("notice").waitFor();
        await screenshot(page, `robustness-${size}-${name}-${locale.slice(0, 2)}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
        check();
        await context.close();
      }
    }
  });
}
