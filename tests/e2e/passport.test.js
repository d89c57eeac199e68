// The passport: its last valid day, given once, changes the answer where the rule has passport
// conditions (Schengen: valid 3 months after the exit): an earlier day to leave by, in the
// answer, the bar and the calendar, and the trips it does not cover. Kept across a reload and
// in a shared link. Under a rule without sourced conditions the page says it checks nothing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, eventually, open, ready, SCREENSHOTS, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

for (const [lang, leave, trip] of [
  ["en", /^Your passport ends your stay sooner: leave by 25 Mar 2025/, /^Your passport does not cover the trip 1–20 Aug 2025/],
  ["ru", /^Паспорт ограничивает пребывание раньше: выехать нужно не позднее 25\sмарта\s2025/, /^Паспорт не подходит для поездки 1–20\sавгуста\s2025/],
  ["kk", /^Төлқұжат болу мерзімін ертерек шектейді: елден 2025\sжылғы\s25\sнаурыздан\sкешіктірмей/, /^Төлқұжат .*аралығындағы сапарға жарамайды/],
]) {
  test(`a passport valid until 25 June ends a stay on 25 March and misses August's trip (${lang})`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width: 375, height: 740 });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, "2025-03-20");
    await page.getByTestId("stay-entry").first().fill("2025-01-01");
    await page.getByTestId("stay-open").first().check();
    await page.getByTestId("add-stay").click();
    await page.getByTestId("stay-entry").last().fill("2025-08-01");
    await page.getByTestId("stay-exit").last().fill("2025-08-20");
    await eventually(() => text(page, "days-used"), "79");
    const ruleDay = await page.getByTestId("latest-exit").getAttribute("datetime");
    assert.equal(ruleDay, "2025-03-31");
    await page.getByTestId("passport-expiry").fill("2025-06-25");
    await eventually(() => page.getByTestId("latest-exit").getAttribute("datetime"), "2025-03-25");
    assert.match(await text(page, "passport-leave-by"), leave);
    assert.match(await text(page, "passport-trip"), trip);
    await page.locator("section.passport").screenshot({ path: `${SCREENSHOTS}passport-field-${lang}-375.png` });
    await page.locator("ul.passport-notes").screenshot({ path: `${SCREENSHOTS}passport-notes-${lang}-375.png` });
    // The bar at the bottom says the same day.
    await page.locator("footer").scrollIntoViewIfNeeded();
    await page.getByTestId("summary-bar-leave-by").waitFor();
    assert.match(await text(page, "summary-bar-leave-by"), /25/);
    // Kept across a reload.
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId("passport-expiry").inputValue(), "2025-06-25");
    await eventually(() => page.getByTestId("latest-exit").getAttribute("datetime"), "2025-03-25");
    check();
    await context.close();
  });
}

test("under a rule without passport conditions the page says it checks none", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-20");
  await page.getByTestId("rule-select").selectOption("kz-visa-free");
  await page.getByTestId("stay-entry").first().fill("2025-03-10");
  await page.getByTestId("stay-open").first().check();
  await page.getByTestId("passport-expiry").fill("2025-04-01");
  await page.getByTestId("passport-not-checked").waitFor();
  assert.equal(await page.getByTestId("passport-leave-by").count(), 0);
  assert.equal(await page.getByTestId("passport-trip").count(), 0);
  // Clearing the field clears the passport.
  await page.getByTestId("passport-expiry").fill("");
  await eventually(() => page.getByTestId("passport-not-checked").count(), 0);
  check();
  await context.close();
});
