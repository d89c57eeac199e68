// The paste box: common formats in, unreadable lines reported.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, eventually, open, rows, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

test("pasted date pairs in three formats become rows; the unreadable line is reported", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-05-31");
  await page
    .getByTestId("paste-input")
    .fill("2025-03-01 2025-03-10\n01.04.2025 - 10.04.2025\nsome time in April\n01/05/2025,10/05/2025\n");
  await page.getByTestId("paste-add").click();
  await eventually(() => rows(page), [
    ["2025-03-01", "2025-03-10"],
    ["2025-04-01", "2025-04-10"],
    ["2025-05-01", "2025-05-10"],
  ]);
  await eventually(() => text(page, "days-used"), "30");
  const report = await text(page, "paste-report");
  assert.match(report, /Added 3 stays/);
  const rejected = await page.getByTestId("paste-rejected").locator("li").allTextContents();
  assert.equal(rejected.length, 1);
  assert.match(rejected[0], /^Line 3 «some time in April»: /);
  // The line not read stays in the box to be fixed.
  assert.equal(await page.getByTestId("paste-input").inputValue(), "some time in April");
  check();
});

test("a pasted line with one date is a stay one is still on", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-06-10");
  await page.getByTestId("paste-input").fill("01.06.2025\n");
  await page.getByTestId("paste-add").click();
  await eventually(() => text(page, "days-used"), "10");
  assert.equal(await page.getByTestId("stay-open").first().isChecked(), true);
  check();
});
