// English, Russian and Kazakh: chosen from the browser, switched by hand, dates in their format.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, datetime, enterStays, eventually, open, ready, start, text } from "./harness.js";
import { openTeam } from "./team-harness.js";

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

// What the traveller chose survives a reload at once: the choice is saved when it is made, not
// only once the language's chunk has come (a reload in between came back in the old language).
test("a language chosen survives a reload made at once", async () => {
  for (const [lang, title] of [
    ["ru", "Сколько дней можно пробыть в стране?"],
    ["kk", "Елде қанша күн болуға болады?"],
  ]) {
    const { page, check } = await open(app.browser, app.url);
    await page.getByTestId("language").selectOption(lang);
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId("language").inputValue(), lang);
    await eventually(() => page.locator("h1").textContent(), title);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    check();
  }
});

// A reload while the chosen language's chunk is still on its way aborts that fetch: the leaving
// page took the abort for a language that could not be fetched and saved the old one back (a
// clean-clone run on a loaded machine came back in English).
test("a language whose chunk is still on its way when the page is reloaded is kept", async () => {
  const { page } = await open(app.browser, app.url, { serviceWorkers: "block" });
  let held = 0;
  // The Russian chunk is held, never answered: the reload aborts it.
  await page.route(/split_ru\.wasm/, () => {
    held += 1;
  });
  await page.getByTestId("language").selectOption("ru");
  await eventually(() => held, 1);
  await page.unroute(/split_ru\.wasm/);
  await page.reload();
  await ready(page);
  await eventually(() => page.getByTestId("language").inputValue(), "ru");
  await eventually(() => page.locator("h1").textContent(), "Сколько дней можно пробыть в стране?");
  assert.match(await page.evaluate(() => localStorage.getItem("staycalc")), /lang=ru/);
});

test("on the team page too, a language chosen survives a reload made at once", async () => {
  for (const [lang, tab] of [["ru", "Группа"], ["kk", "Топ"]]) {
    const { page, check } = await openTeam(app.browser, app.url);
    await page.getByTestId("language").selectOption(lang);
    await page.reload();
    await page.getByTestId("team-file").waitFor({ state: "attached" });
    assert.equal(await page.getByTestId("language").inputValue(), lang);
    assert.equal((await page.locator("#team-table-heading").textContent()).trim(), tab);
    check();
  }
});

// A shared link's state is not saved as one's own, but the language chosen while it is shown
// is: a reload opens one's own trips, in that language.
test("a language chosen while a shared link is shown survives a reload too, one's own trips kept", async () => {
  const own = "v=1&rule=schengen&lang=en&on=2025-03-31&stays=2025-01-05_2025-01-20";
  const link = `${app.url}#v=1&rule=schengen&on=2025-03-31&stays=2025-03-01_2025-03-09`;
  const { page, check } = await open(app.browser, link, { saved: own });
  await eventually(() => text(page, "days-used"), "9");
  await page.getByTestId("language").selectOption("kk");
  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId("language").inputValue(), "kk");
  await eventually(() => page.locator("h1").textContent(), "Елде қанша күн болуға болады?");
  assert.equal(await text(page, "days-used"), "16");
  assert.equal(await page.evaluate(() => localStorage.getItem("staycalc")), own.replace("lang=en", "lang=kk"));
  check();
});
