// An overstay is unmissable: what, since when, by how many days, and the consequences.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

test("Swiss SEM example 5a: 9 days over on exit 2014-06-09, shown with the consequences", async () => {
  // Source: rules.md §7.1 example 5a ("overstay 9 days", 99 days used).
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2014-06-09");
  await enterStays(page, [
    ["2013-09-01", "2013-09-30"],
    ["2014-02-21", "2014-04-20"],
    ["2014-05-01", "2014-06-09"],
  ]);
  await eventually(() => text(page, "overstay-days"), "9");
  assert.equal(await text(page, "days-used"), "99");
  assert.equal(await page.getByTestId("status").getAttribute("data-status"), "overstay");
  assert.equal(await text(page, "status"), "Overstay");
  const alert = page.getByTestId("overstay-alert");
  assert.equal(await alert.isVisible(), true);
  const said = await alert.textContent();
  assert.match(said, /The rule is broken from \d+ \w+ 2014/);
  assert.match(said, /Days over the limit on 9 Jun 2014: 9 days/);
  assert.match(said, /Entry\/Exit System/);
  // The latest exit is none: being there already breaks the rule.
  assert.equal(await text(page, "latest-exit"), "—");
  check();
});

test("Kazakhstan's consequences name the five-year entry ban", async () => {
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("rule-select").selectOption("kz-visa-free");
  await checkOn(page, "2025-03-15");
  await enterStays(page, [["2025-02-01", "2025-03-15"]]);
  await eventually(async () => Number(await text(page, "overstay-days")) > 0, true);
  assert.match(await page.getByTestId("overstay-alert").textContent(), /five-year entry ban/);
  check();
});

test("no alert while within the limit", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-15");
  await enterStays(page, [["2025-03-01", "2025-03-15"]]);
  await eventually(() => text(page, "days-used"), "15");
  assert.equal(await page.getByTestId("overstay-alert").count(), 0);
  // No line says "0 days over the limit".
  assert.equal(await page.getByTestId("overstay-days").count(), 0);
  check();
});
