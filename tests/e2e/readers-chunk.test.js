// The paste reader and the stays-file readers are a chunk of the page's wasm
// (pkg/split_readers.wasm, scripts/build-app.sh): not fetched to answer, fetched when a paste or
// a file is first wanted, and nothing is added until it is here; if it cannot be fetched, the
// page says so and adds nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { SCREENSHOTS, checkOn, eventually, open, rows, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const READERS = /\/pkg\/split_readers\.wasm$/;

/** Saves the paste box as screenshots/NAME.png. */
async function shot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.locator(".paste").screenshot({ path: `${SCREENSHOTS}${name}.png` });
}

test("the readers' chunk is fetched only once a paste is wanted, and the paste waits for it", async () => {
  // Without the service worker: once it has precached the chunk (after the first answer) it
  // serves it, unseen by the route that holds it back, and the wait could not be watched.
  // Offline use of the chunk is offline.test.js's.
  const { page, context, check } = await open(app.browser, app.url, { serviceWorkers: "block" });
  // Held back until released, to see what the page shows meanwhile.
  let release;
  const released = new Promise((resolve) => (release = resolve));
  const fetched = [];
  await context.route(READERS, async (route) => {
    fetched.push(route.request().url());
    await released;
    await route.continue();
  });
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  assert.deepEqual(loaded.filter((url) => READERS.test(url)), [], "fetched before any paste");
  await checkOn(page, "2025-05-31");
  assert.equal(await text(page, "days-used"), "0");
  assert.deepEqual(fetched, [], "an answer alone fetches no reader");
  const none = await rows(page);

  await page.getByTestId("paste-input").fill("2025-03-01 2025-03-10\n01.04.2025 - 10.04.2025\n");
  await page.getByTestId("paste-add").click();
  await eventually(() => text(page, "paste-report"), "Loading the date reader…");
  assert.equal(fetched.length, 1, "the chunk is asked for once the box is used");
  // Nothing is added, nor counted, while the reader is on its way; the text stays in the box.
  assert.deepEqual(await rows(page), none);
  assert.equal(await text(page, "days-used"), "0");
  assert.equal(await page.getByTestId("paste-add").isDisabled(), true);
  await shot(page, "paste-reader-loading");

  release();
  await eventually(() => rows(page), [
    ["2025-03-01", "2025-03-10"],
    ["2025-04-01", "2025-04-10"],
  ]);
  await eventually(() => text(page, "days-used"), "20");
  assert.match(await text(page, "paste-report"), /Added 2 stays/);
  assert.equal(await page.getByTestId("paste-input").inputValue(), "");
  // A second paste uses the reader already here.
  await page.getByTestId("paste-input").fill("2025-05-01 2025-05-02\n");
  await page.getByTestId("paste-add").click();
  await eventually(() => text(page, "days-used"), "22");
  assert.equal(fetched.length, 1);
  check();
  await context.close();
});

test("a reader that cannot be fetched adds nothing and says so; a later try reads the list", async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  let offline = true;
  await context.route(READERS, (route) => (offline ? route.abort() : route.continue()));
  await page.goto(app.url);
  await checkOn(page, "2025-05-31");
  const none = await rows(page);
  await page.getByTestId("paste-input").fill("2025-03-01 2025-03-10\n");
  await page.getByTestId("paste-add").click();
  await eventually(async () => /could not be loaded/.test(await text(page, "paste-report")), true);
  assert.deepEqual(await rows(page), none);
  assert.equal(await text(page, "days-used"), "0");
  assert.equal(await page.getByTestId("paste-input").inputValue(), "2025-03-01 2025-03-10\n");
  await shot(page, "paste-reader-missing-phone");

  offline = false;
  await page.getByTestId("paste-add").click();
  await eventually(() => rows(page), [["2025-03-01", "2025-03-10"]]);
  await eventually(() => text(page, "days-used"), "10");
  await context.close();
});

test("in Russian, the loading and the failure are said in Russian", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "ru-RU" });
  const page = await context.newPage();
  await context.route(READERS, (route) => route.abort());
  await page.goto(app.url);
  await checkOn(page, "2025-05-31");
  await page.getByTestId("paste-input").fill("01.03.2025 - 10.03.2025\n");
  await page.getByTestId("paste-add").click();
  await eventually(async () => /Не удалось загрузить модуль чтения дат/.test(await text(page, "paste-report")), true);
  await shot(page, "paste-reader-missing-ru");
  await context.close();
});
