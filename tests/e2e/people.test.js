// Several travellers in one browser: asked once whose trips these are, then each person's trips
// kept under their name, switched between, and each shared or printed on their own.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, rows, screenshot, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

test("asked once; two people's trips kept apart and switched between", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-20");
  await page.getByTestId("person-name").fill("Ana");
  await page.getByTestId("person-save").click();
  await enterStays(page, [["2025-01-01", "2025-01-10"]]);
  await eventually(() => text(page, "days-used"), "10");

  await page.getByTestId("person-name").fill("Ben");
  await page.getByTestId("person-save").click();
  await eventually(() => rows(page), [["", ""]]);
  await enterStays(page, [["2025-03-01", "2025-03-05"]]);
  await eventually(() => text(page, "days-used"), "5");
  await screenshot(page, "people-desktop");

  // Back to Ana: her trips, her answer.
  await page.getByTestId("person-select").selectOption({ label: "Ana" });
  await eventually(() => rows(page), [["2025-01-01", "2025-01-10"]]);
  await eventually(() => text(page, "days-used"), "10");

  // A reload keeps both, shows the last one shown, and does not ask again.
  await page.reload();
  await eventually(() => rows(page), [["2025-01-01", "2025-01-10"]]);
  assert.equal(await page.getByTestId("person-skip").isHidden(), true);
  const names = await page.getByTestId("person-select").locator("option").allTextContents();
  assert.deepEqual(names, ["Ana", "Ben"]);
  // Sharing shares the person shown only.
  await page.getByTestId("share").click();
  const link = await page.getByTestId("share-url").inputValue();
  assert.match(link, /2025-01-01/);
  assert.doesNotMatch(link, /2025-03-01/);
  check();
});

test("just me: not asked again, no choice of person until someone is added", async () => {
  const { page, check } = await open(app.browser, app.url);
  await page.getByTestId("person-skip").click();
  await page.reload();
  await page.getByTestId("people").waitFor();
  assert.equal(await page.getByTestId("person-skip").isHidden(), true);
  assert.equal(await page.getByTestId("person-select").isHidden(), true);
  assert.equal(await text(page, "person-save"), "Add a person");
  check();
});
