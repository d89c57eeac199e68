// Nothing leaves the page after it loads.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

test("no request is made after load, and every load request stays on the page's server", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const requests = [];
  context.on("request", (request) => requests.push(request.url()));
  await context.close();

  const { page, check } = await open(app.browser, app.url);
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  for (const url of [page.url(), ...loaded]) {
    assert.ok(url.startsWith(app.url) || url.startsWith("data:"), `${url} is not on ${app.url}`);
  }
  const after = [];
  page.on("request", (request) => after.push(request.url()));
  await checkOn(page, "2025-03-31");
  await enterStays(page, [["2025-03-01", "2025-03-09"]]);
  await page.getByTestId("paste-input").fill("2025-01-01 2025-01-02\n");
  await page.getByTestId("paste-add").click();
  await page.getByTestId("language").selectOption("ru");
  await page.getByTestId("share").click();
  await page.getByTestId("rule-select").selectOption("ru");
  await page.locator(".chart-box").hover();
  await eventually(() => text(page, "days-used"), "11");
  assert.deepEqual(after, [], `requests after load: ${after.join(", ")}`);
  assert.deepEqual(requests, []);
  check();
});
