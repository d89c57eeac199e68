// Nothing lost: saved as one types, restored on reload; share links; clearing asks first.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, ready, rows, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const STAYS = [
  ["2025-01-05", "2025-01-20"],
  ["2025-03-01", "2025-03-09"],
];

test("a reload brings back the stays, rule, check date and language", async () => {
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("rule-select").selectOption("kz-eaeu");
  await checkOn(page, "2025-03-31");
  await enterStays(page, STAYS);
  await page.getByTestId("language").selectOption("kk");
  await eventually(() => text(page, "days-used"), "25");
  // The language is saved as soon as it is chosen (language.test.js reloads with no wait).
  await eventually(
    () => page.evaluate(() => /(^|&)lang=kk(&|$)/.test(localStorage.getItem("staycalc") ?? "")),
    true,
    15000,
  );
  await page.reload();
  await ready(page);
  assert.deepEqual(await rows(page), STAYS);
  assert.equal(await page.getByTestId("rule-select").inputValue(), "kz-eaeu");
  assert.equal(await page.getByTestId("check-date").inputValue(), "2025-03-31");
  assert.equal(await page.getByTestId("language").inputValue(), "kk");
  assert.equal(await text(page, "days-used"), "25");
  const saved = await page.evaluate(() => localStorage.getItem("staycalc"));
  assert.match(saved, /^v=1&rule=kz-eaeu&lang=kk&on=2025-03-31&stays=2025-01-05_2025-01-20,2025-03-01_2025-03-09$/);
  check();
});

test("a share link restores the state in another browser", async () => {
  const first = await open(app.browser, app.url);
  await checkOn(first.page, "2025-03-31");
  await enterStays(first.page, STAYS);
  await eventually(() => text(first.page, "days-used"), "25");
  await first.page.getByTestId("share").click();
  const link = await first.page.getByTestId("share-url").inputValue();
  assert.ok(link.startsWith(app.url + "#v=1&"), link);
  assert.equal(await first.page.evaluate(() => location.href), link);
  first.check();

  const second = await open(app.browser, link);
  assert.deepEqual(await rows(second.page), STAYS);
  assert.equal(await text(second.page, "days-used"), "25");
  // The fragment is read once and removed, so later edits are not undone by a reload.
  assert.equal(await second.page.evaluate(() => location.hash), "");
  second.check();
});

test("opening a share link keeps one's own stays aside and can bring them back", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-31");
  await enterStays(page, [["2025-02-01", "2025-02-03"]]);
  await eventually(() => text(page, "days-used"), "3");
  const shared = `${app.url}#v=1&rule=schengen&on=2025-03-31&stays=2025-03-01_2025-03-09`;
  const other = await context.newPage();
  await other.goto(shared);
  await ready(other);
  assert.equal(await text(other, "days-used"), "9");
  await other.getByTestId("restore-mine").click();
  await eventually(() => text(other, "days-used"), "3");
  check();
});

test("clear asks first, and cancelling keeps everything", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-31");
  await enterStays(page, STAYS);
  await eventually(() => text(page, "days-used"), "25");
  await page.getByTestId("clear").click();
  await page.getByTestId("clear-cancel").click();
  assert.deepEqual(await rows(page), STAYS);
  await page.getByTestId("clear").click();
  await page.getByTestId("clear-yes").click();
  await eventually(() => rows(page), [["", ""]]);
  await eventually(() => text(page, "days-used"), "0");
  await page.reload();
  await ready(page);
  assert.deepEqual(await rows(page), [["", ""]]);
  check();
});

test("data saved by a newer release is kept, not misread or overwritten", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const newer = "v=2&rule=schengen&stays=2025-01-01_2025-01-10&something=new";
  await page.addInitScript((newer) => {
    if (!sessionStorage.getItem("seeded")) {
      localStorage.setItem("staycalc", newer);
      sessionStorage.setItem("seeded", "1");
    }
  }, newer);
  await page.goto(app.url);
  await ready(page);
  assert.match(await text(page, "notice"), /newer version/);
  assert.deepEqual(await rows(page), [["", ""]]);
  assert.equal(await page.evaluate(() => localStorage.getItem("staycalc.newer")), newer);
  await context.close();
});
