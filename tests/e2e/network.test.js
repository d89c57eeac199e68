// Nothing leaves the page after it loads.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, enterStays, eventually, open, ready, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

test("no request is made after load, and every load request stays on the page's server", async () => {
  const { page, check } = await open(app.browser, app.url);
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  for (const url of [page.url(), ...loaded]) {
    assert.ok(url.startsWith(app.url) || url.startsWith("data:"), `${url} is not on ${app.url}`);
  }
  const after = [];
  page.on("request", (request) => after.push(request.method() === "GET" ? request.url() : `${request.method()} ${request.url()}`));
  await checkOn(page, "2025-03-31");
  await enterStays(page, [["2025-03-01", "2025-03-09"]]);
  await page.getByTestId("paste-input").fill("2025-01-01 2025-01-02\n");
  await page.getByTestId("paste-add").click();
  await page.getByTestId("language").selectOption("ru");
  await page.getByTestId("share").click();
  await page.getByTestId("rule-select").selectOption("ru");
  await page.locator(".chart-box").hover();
  await eventually(() => text(page, "days-used"), "11");
  // Only the Russian texts, fetched when Russian is first chosen, and the paste reader, fetched
  // for the paste (chunks of the page's wasm, scripts/build-app.sh): GETs of files of the page's
  // own, which carry nothing.
  const chunk = (url) =>
    url.startsWith(app.url) && /^pkg\/(split_ru|split_readers|chunk_\d+)\.wasm$/.test(url.slice(app.url.length));
  assert.ok(after.some((url) => url.endsWith("/split_ru.wasm")), "the Russian texts came when chosen");
  assert.deepEqual(after.filter((url) => !chunk(url)), [], `requests after load: ${after.join(", ")}`);
  check();
});

test("the app runs under a strict Content Security Policy without a violation", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto(app.url);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await ready(page);
  await checkOn(page, "2014-08-09");
  await enterStays(page, [["2014-05-01", "2014-08-09"]]);
  await eventually(async () => Number(await text(page, "overstay-days")) > 0, true);
  await page.locator(".chart-box").hover();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  await context.close();
});
