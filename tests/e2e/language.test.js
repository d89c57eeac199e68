// English, Russian and Kazakh: chosen from the browser, switched by hand, dates in their format.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, datetime, enterStays, eventually, open, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

test("the switcher changes the language, the page's lang and the date format", async () => {
  const { page, check } = await open(app.browser, app.url);
  await checkOn(page, "2014-11-30");
  await enterStays(page, [
    ["2014-08-15", "2014-09-30"],
    ["2014-11-01", "2014-11-30"],
  ]);
  await eventually(() => text(page, "latest-exit"), "13 Dec 2014");
  assert.equal(await page.locator("h1").textContent(), "How long may I stay?");

  await page.getByTestId("language").selectOption("ru");
  await eventually(() => page.locator("h1").textContent(), "Сколько дней можно пробыть в стране?");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.equal(await text(page, "latest-exit"), "13.12.2014");
  assert.equal(await datetime(page, "latest-exit"), "2014-12-13");
  assert.equal(await text(page, "status"), "В пределах срока");
  assert.equal(await text(page, "days-used"), "77");

  await page.getByTestId("language").selectOption("kk");
  await eventually(() => page.locator("h1").textContent(), "Елде қанша күн болуға болады?");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "kk");
  assert.equal(await text(page, "latest-exit"), "13.12.2014");
  check();
});

test("the browser's language is the first choice", async () => {
  const ru = await open(app.browser, app.url, { locale: "ru-RU" });
  assert.equal(await ru.page.getByTestId("language").inputValue(), "ru");
  assert.equal(await ru.page.evaluate(() => document.documentElement.lang), "ru");
  ru.check();
  const kk = await open(app.browser, app.url, { locale: "kk-KZ" });
  assert.equal(await kk.page.getByTestId("language").inputValue(), "kk");
  kk.check();
  const de = await open(app.browser, app.url, { locale: "de-DE" });
  assert.equal(await de.page.getByTestId("language").inputValue(), "en");
  de.check();
});
