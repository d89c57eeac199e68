// Short-stay visas on the traveller page, added like stays: each says what it allows; the
// answer names the visa's bound when it sets the day to leave by (its UNTIL date or its
// DURATION OF STAY, before the 90/180 limit); a stay that breaks its visa is flagged on its
// row; bad input names the visa, the field and the value and loses nothing. Kept across a
// reload, in a share link (an older link opens unchanged), printed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { checkOn, eventually, open, ready, SCREENSHOTS, start, text } from "./harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** Adds a visa and fills its fields. */
async function addVisa(page, { from, until, entries, days }) {
  await page.getByTestId("visa-add").click();
  const row = page.getByTestId("visa-row").last();
  await row.getByTestId("visa-from").fill(from);
  await row.getByTestId("visa-until").fill(until);
  await row.getByTestId("visa-entries").selectOption(entries);
  await row.getByTestId("visa-days").fill(days);
}

/** In since 5 May 2025, checked on 8 May: the 90/180 limit alone allows until 2 August. */
async function staying(page) {
  await checkOn(page, "2025-05-08");
  await page.getByTestId("stay-entry").first().fill("2025-05-05");
  await page.getByTestId("stay-open").first().check();
  await eventually(() => page.getByTestId("latest-exit").getAttribute("datetime"), "2025-08-02");
}

for (const [lang, allows, sets, width] of [
  ["en", /^One entry, for stays within 1–31 May 2025 \(leave by the last day\), at most 11 days in the area/, /^Your visa's duration of stay, 11 days, runs out before your 90\/180 limit, 2 Aug 2025: leave by 15 May 2025\.$/, 375],
  ["ru", /^Однократная: пребывание в период 1–31\sмая\s2025/, /^Продолжительность пребывания по визе \(11 дней\) заканчивается раньше предела 90\/180 \(2\sавгуста\s2025\sг\.\): выехать нужно не позднее 15\sмая\s2025\sг\.$/, 375],
  ["kk", /^Бір рет келуге болады: .*аралығында/, /^Виза бойынша болу ұзақтығы \(11 күн\) 90\/180 шегінен \(2025\sжылғы\s2\sтамыз\) бұрын аяқталады: елден 2025\sжылғы\s15\sмамырдан\sкешіктірмей кету керек\.$/, 1280],
]) {
  test(`an 11-day visa ends a stay on its 11th day, and the answer says so (${lang}, ${width} px)`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width, height: 900 });
    await page.getByTestId("language").selectOption(lang);
    await staying(page);
    await addVisa(page, { from: "2025-05-01", until: "2025-05-31", entries: "1", days: "11" });
    await eventually(() => page.getByTestId("latest-exit").getAttribute("datetime"), "2025-05-15");
    assert.match(await text(page, "visa-says"), allows);
    assert.match(await text(page, "visa-leave-by"), sets);
    await page.locator("section.visas").screenshot({ path: `${SCREENSHOTS}visas-${lang}-${width}.png` });
    await page.locator("ul.passport-notes").screenshot({ path: `${SCREENSHOTS}visas-notes-${lang}-${width}.png` });
    // And at the other width.
    const other = width === 375 ? 1280 : 375;
    await page.setViewportSize({ width: other, height: 900 });
    await page.locator("section.visas").screenshot({ path: `${SCREENSHOTS}visas-${lang}-${other}.png` });
    await page.setViewportSize({ width, height: 900 });
    // Kept across a reload.
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId("visa-days").inputValue(), "11");
    await eventually(() => page.getByTestId("latest-exit").getAttribute("datetime"), "2025-05-15");
    check();
    await context.close();
  });
}

test("a visa's UNTIL date before the 90/180 limit sets the day, named as such", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await staying(page);
  await addVisa(page, { from: "2025-05-01", until: "2025-05-14", entries: "m", days: "30" });
  await eventually(() => page.getByTestId("latest-exit").getAttribute("datetime"), "2025-05-14");
  assert.equal(
    await text(page, "visa-leave-by"),
    "Your visa's UNTIL date, 14 May 2025, comes before your 90/180 limit, 2 Aug 2025: leave by 14 May 2025.",
  );
  assert.match(await text(page, "visa-says"), /^Any number of entries, for stays within 1–14 May 2025/);
  check();
  await context.close();
});

test("a single-entry visa used twice flags the second stay on its row, and prints", async () => {
  const { page, context, check } = await open(app.browser, app.url, { width: 1280, height: 1000 });
  await checkOn(page, "2025-05-20");
  await page.getByTestId("stay-entry").first().fill("2025-05-02");
  await page.getByTestId("stay-exit").first().fill("2025-05-04");
  await page.getByTestId("add-stay").click();
  await page.getByTestId("stay-entry").last().fill("2025-05-10");
  await page.getByTestId("stay-exit").last().fill("2025-05-12");
  await eventually(() => text(page, "days-used"), "6");
  await addVisa(page, { from: "2025-05-01", until: "2025-05-31", entries: "1", days: "20" });
  const second = page.getByTestId("stay-row").nth(1);
  await second.getByTestId("stay-visa").waitFor();
  assert.equal(
    (await second.getByTestId("stay-visa").textContent()).trim(),
    "The stay 10–12 May 2025 breaks its visa: it is entry 2 on visa 1, which allows 1.",
  );
  assert.equal(await page.getByTestId("stay-row").first().getByTestId("stay-visa").count(), 0);
  assert.match(await text(page, "visa-trip"), /^The stay 10–12 May 2025 breaks its visa/);
  // Within 90/180, but a stay broke its visa: the status says so, as the command line does.
  assert.equal(await page.getByTestId("status").getAttribute("data-status"), "past_overstay");
  // On paper: the visa's words and the broken stay are in the printed answer.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByTestId("visa-trip").isVisible(), true);
  assert.equal(await page.getByTestId("visa-says").isVisible(), true);
  await page.screenshot({ path: `${SCREENSHOTS}visas-print.png`, fullPage: true });
  check();
  await context.close();
});

test("bad input names the visa, the field and the value, and loses nothing", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await staying(page);
  await addVisa(page, { from: "2025-05-31", until: "2025-05-01", entries: "1", days: "11" });
  await eventually(
    () => text(page, "visa-says"),
    "Visa 1: UNTIL \"2025-05-01\" is before FROM 2025-05-31. This visa is not checked until it is corrected.",
  );
  assert.equal(await page.getByTestId("visa-says").getAttribute("data-error"), "true");
  // The answer stands on the rule alone meanwhile.
  assert.equal(await page.getByTestId("latest-exit").getAttribute("datetime"), "2025-08-02");
  const row = page.getByTestId("visa-row").first();
  await row.getByTestId("visa-until").fill("2025-06-30");
  await row.getByTestId("visa-days").fill("0");
  await eventually(
    () => text(page, "visa-says"),
    "Visa 1: duration of stay \"0\" must be 1 to 90 days. This visa is not checked until it is corrected.",
  );
  await row.getByTestId("visa-days").fill("91");
  await eventually(
    () => text(page, "visa-says"),
    "Visa 1: duration of stay \"91\" must be 1 to 90 days. This visa is not checked until it is corrected.",
  );
  // A good second visa is checked while the first is in error.
  await addVisa(page, { from: "2025-05-01", until: "2025-05-10", entries: "2", days: "10" });
  await eventually(() => page.getByTestId("latest-exit").getAttribute("datetime"), "2025-05-10");
  // Nothing typed is lost on reload, the error included.
  await page.reload();
  await ready(page);
  assert.equal(await row.getByTestId("visa-days").inputValue(), "91");
  assert.equal(await page.getByTestId("visa-row").count(), 2);
  // Zero entries (from a hand-edited link) is named too.
  const shared = `${app.url}#v=1&rule=schengen&on=2025-05-08&stays=2025-05-05_open&visas=2025-05-01_2025-05-31_0_11`;
  await page.goto("about:blank");
  await page.goto(shared);
  await ready(page);
  await eventually(
    () => text(page, "visa-says"),
    "Visa 1: entries \"0\" must be 1, 2 or MULT. This visa is not checked until it is corrected.",
  );
  check();
  await context.close();
});

test("a share link carries the visas; a link without them opens unchanged", async () => {
  const first = await open(app.browser, app.url);
  await staying(first.page);
  await addVisa(first.page, { from: "2025-05-01", until: "2025-05-31", entries: "2", days: "11" });
  await eventually(() => first.page.getByTestId("latest-exit").getAttribute("datetime"), "2025-05-15");
  await first.page.getByTestId("share").click();
  const link = await first.page.getByTestId("share-url").inputValue();
  assert.ok(link.includes("&visas=2025-05-01_2025-05-31_2_11"), link);
  first.check();
  await first.context.close();

  const other = await open(app.browser, app.url);
  await other.page.goto(link);
  await ready(other.page);
  await eventually(() => other.page.getByTestId("latest-exit").getAttribute("datetime"), "2025-05-15");
  assert.equal(await other.page.getByTestId("visa-entries").inputValue(), "2");
  // An older release's link: no visas, the same answer as before.
  await other.page.goto("about:blank");
  await other.page.goto(`${app.url}#v=1&rule=schengen&on=2025-05-08&stays=2025-05-05_open`);
  await ready(other.page);
  await eventually(() => other.page.getByTestId("latest-exit").getAttribute("datetime"), "2025-08-02");
  other.check();
  await other.context.close();
});

test("under a rule without visa conditions the page says the visas are not checked", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-20");
  await page.getByTestId("rule-select").selectOption("kz-visa-free");
  await page.getByTestId("stay-entry").first().fill("2025-03-10");
  await page.getByTestId("stay-open").first().check();
  await addVisa(page, { from: "2025-03-01", until: "2025-03-12", entries: "1", days: "5" });
  await page.getByTestId("visas-not-checked").waitFor();
  assert.equal(await page.getByTestId("visa-leave-by").count(), 0);
  check();
  await context.close();
});
