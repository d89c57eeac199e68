// Residence permits and long-stay (D) visas on the traveller page, added like stays (FROM,
// UNTIL): each says what it means for the count; the days it covers are left out of 90/180 and
// shown as such (the answer, the stay's row, the chart); the answer agrees with `staycalc check
// --permit` (with countries on the stays, `--nationality --permit FROM..UNTIL,XX`). Bad input names
// the permit, the field and the value and loses nothing. Kept across
// a reload, in a share link (an older link opens unchanged), printed.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answer, checkOn, enterStays, eventually, open, ready, SCREENSHOTS, start, text } from "./harness.js";
import { CLI } from "./bench/fixtures.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2025-10-20";
// In from 1 February to 10 September 2025 on a D visa from 1 March to 31 August, then in
// again since 1 October: without the D visa, far over 90/180.
const STAYS = [
  ["2025-02-01", "2025-09-10"],
  ["2025-10-01", ""],
];

/** Adds a permit and fills its dates. */
async function addPermit(page, from, until) {
  await page.getByTestId("permit-add").click();
  const row = page.getByTestId("permit-row").last();
  await row.getByTestId("visa-from").fill(from);
  await row.getByTestId("visa-until").fill(until);
}

async function filled(page) {
  await checkOn(page, ON);
  await enterStays(page, STAYS);
  await page.getByTestId("stay-open").last().check();
  await eventually(() => page.getByTestId("status").getAttribute("data-status"), "overstay");
}

/** `staycalc check`'s JSON answer for STAYS with `permits` ("FROM..UNTIL"). */
function cli(permits) {
  const path = join(mkdtempSync(join(tmpdir(), "staycalc-permits-")), "trips.csv");
  writeFileSync(path, "entry,exit\n" + STAYS.map(([a, b]) => `${a},${b}`).join("\n") + "\n");
  const args = ["check", "--rule", "schengen", "--on", ON, "--format", "json"];
  for (const p of permits) args.push("--permit", p);
  return JSON.parse(execFileSync(CLI, [...args, path], { encoding: "utf8" }));
}

/** The page's answer against the command line's. */
async function agrees(page, permits) {
  const expected = cli(permits);
  await eventually(() => datetimeOf(page), expected.latest_exit);
  const shown = await answer(page);
  assert.deepEqual(
    [shown.used, shown.remaining, shown.latestExit, shown.earliestFullStay, shown.status],
    [
      String(expected.days_used),
      String(expected.days_remaining),
      expected.latest_exit,
      expected.earliest_full_stay,
      expected.status,
    ],
  );
  return expected;
}

const datetimeOf = (page) => page.getByTestId("latest-exit").getAttribute("datetime");

// Without countries every day within the permit's dates is left out: the row and the answer
// say that they are taken to be in the issuing state, and that days in other Schengen states
// count (CISA Art. 21; DESIGN.md "Permits in a travel log").
for (const [lang, says, days, assumed, row, width] of [
  [
    "en",
    "Days within 1 Mar – 31 Aug 2025 are not counted in 90/180: they are taken to be in the state that issued it, where you stay on its own terms. Days you spent in other Schengen states within these dates count toward 90/180: give each stay its country to have them counted.",
    "Permit or D visa 1, 1 Mar – 31 Aug 2025: 184 days of presence not counted in 90/180.",
    "These are all your days of presence within the permit's dates, taken to be in the state that issued it. Days you spent in other Schengen states within those dates count toward 90/180: give each stay its country to have them counted.",
    "184 days of this stay under a residence permit or D visa: not counted in 90/180.",
    375,
  ],
  [
    "ru",
    /^Дни в период 1\sмарта – 31\sавгуста\s2025\sг\. не учитываются в 90\/180: считается, что вы были в государстве, выдавшем документ.* Дни в других государствах Шенгенской зоны в этот период учитываются в 90\/180: укажите страну каждой поездки/,
    /^ВНЖ или виза D 1 \(1\sмарта – 31\sавгуста\s2025\sг\.\): дней пребывания не учтено в 90\/180: 184\.$/,
    /^Это все дни пребывания в период действия документа: считается, что вы были в государстве, выдавшем его\. Дни в других государствах Шенгенской зоны .* учитываются в 90\/180: укажите страну каждой поездки/,
    "Из этой поездки 184 дня — по ВНЖ или визе D: в 90/180 не учитываются.",
    1280,
  ],
  [
    "kk",
    /^2025\sжылғы\s1\sнаурыз – 31\sтамыз аралығындағы күндер 90\/180 ережесі бойынша есептелмейді: олар құжатты берген мемлекетте болған күндер деп саналады.* Шенгеннің басқа мемлекеттерінде болған күндер 90\/180 ережесі бойынша есептеледі: .*әр сапардың елін көрсетіңіз\.$/,
    /^1-ықтиярхат немесе D виза \(.*\): болған 184 күн 90\/180 ережесі бойынша есептелмейді\.$/,
    /^Бұл — құжаттың қолданылу кезеңінде болған барлық күндеріңіз: олар құжатты берген мемлекетте болған күндер деп саналады\. .*Шенгеннің басқа мемлекеттерінде болған күндер 90\/180 ережесі бойынша есептеледі/,
    "Бұл сапардың 184 күні тұруға ықтиярхат немесе D виза бойынша: 90/180 ережесі бойынша есептелмейді.",
    375,
  ],
]) {
  test(`a D visa's days are left out, shown as such, as staycalc check does (${lang}, ${width} px)`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width, height: 900 });
    await page.getByTestId("language").selectOption(lang);
    await filled(page);
    await addPermit(page, "2025-03-01", "2025-08-31");
    const expected = await agrees(page, ["2025-03-01..2025-08-31"]);
    assert.equal(expected.status, "ok");
    // The command line says the same assumption, machine-readably.
    assert.equal(expected.documents.permits[0].assumes_issuing_state, true);
    const match = (actual, wanted) =>
      typeof wanted === "string" ? assert.equal(actual, wanted) : assert.match(actual, wanted);
    match(await text(page, "permit-says"), says);
    match(await text(page, "permit-days"), days);
    match(await text(page, "permit-assumed"), assumed);
    match((await page.getByTestId("stay-row").first().getByTestId("stay-permit").textContent()).trim(), row);
    assert.equal(await page.getByTestId("stay-row").last().getByTestId("stay-permit").count(), 0);
    // The chart draws the permit's days, and its legend names them.
    assert.ok((await page.locator("rect.bar.permit").count()) > 0);
    assert.equal(await page.locator(".legend .l-permit").isVisible(), true);
    for (const w of [width, width === 375 ? 1280 : 375]) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.locator("section.visas").screenshot({ path: `${SCREENSHOTS}permits-${lang}-${w}.png` });
      await page.getByTestId("permit-assumed").locator("xpath=..").screenshot({ path: `${SCREENSHOTS}permits-answer-${lang}-${w}.png` });
      await page.screenshot({ path: `${SCREENSHOTS}permits-page-${lang}-${w}.png`, fullPage: true });
    }
    // Kept across a reload.
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId("permit-row").getByTestId("visa-until").inputValue(), "2025-08-31");
    await eventually(() => datetimeOf(page), expected.latest_exit);
    check();
    await context.close();
  });
}

test("bad input names the permit, the field and the value; its days count until corrected", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await filled(page);
  const without = cli([]);
  await addPermit(page, "2025-08-31", "2025-03-01");
  await eventually(
    () => text(page, "permit-says"),
    'Permit or D visa 1: UNTIL "2025-03-01" is before FROM 2025-08-31. Its days are counted until it is corrected.',
  );
  assert.equal(await page.getByTestId("permit-says").getAttribute("data-error"), "true");
  // The answer counts every day meanwhile, as the command line does without the permit.
  await agrees(page, []);
  assert.equal(await datetimeOf(page), without.latest_exit);
  // A good second permit is counted while the first is in error.
  await addPermit(page, "2025-03-01", "2025-05-31");
  await agrees(page, ["2025-03-01..2025-05-31"]);
  const first = page.getByTestId("permit-row").first();
  await first.getByTestId("visa-until").fill("31.02.2026");
  await eventually(
    () => first.getByTestId("permit-says").textContent(),
    'Permit or D visa 1: UNTIL "31.02.2026" is not a date. Its days are counted until it is corrected.',
  );
  // Nothing typed is lost on reload, the error included.
  await page.reload();
  await ready(page);
  assert.equal(await page.getByTestId("permit-row").count(), 2);
  assert.equal(await page.getByTestId("permit-row").first().getByTestId("visa-until").inputValue(), "31.02.2026");
  await agrees(page, ["2025-03-01..2025-05-31"]);
  check();
  await context.close();
});

test("a share link carries the permits, prints them; a link without them opens unchanged", async () => {
  const first = await open(app.browser, app.url);
  await filled(first.page);
  await addPermit(first.page, "2025-03-01", "2025-08-31");
  await agrees(first.page, ["2025-03-01..2025-08-31"]);
  await first.page.getByTestId("share").click();
  const link = await first.page.getByTestId("share-url").inputValue();
  assert.ok(link.includes("&permits=2025-03-01_2025-08-31"), link);
  // On paper: what the permit means and the days it leaves out.
  await first.page.emulateMedia({ media: "print" });
  assert.equal(await first.page.getByTestId("permit-days").isVisible(), true);
  assert.equal(await first.page.getByTestId("permit-says").isVisible(), true);
  await first.page.screenshot({ path: `${SCREENSHOTS}permits-print.png`, fullPage: true });
  first.check();
  await first.context.close();

  const other = await open(app.browser, app.url);
  await other.page.goto(link);
  await ready(other.page);
  await agrees(other.page, ["2025-03-01..2025-08-31"]);
  // An older release's link: no permits, the same answer as before.
  await other.page.goto("about:blank");
  await other.page.goto(link.replace(/&permits=[^&]*/, ""));
  await ready(other.page);
  await agrees(other.page, []);
  assert.equal(await other.page.getByTestId("permit-row").count(), 0);
  other.check();
  await other.context.close();
});

test("under a rule without a permits' source the page says every day counts", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, "2025-03-20");
  await page.getByTestId("rule-select").selectOption("kz-visa-free");
  await page.getByTestId("stay-entry").first().fill("2025-03-10");
  await page.getByTestId("stay-open").first().check();
  await eventually(() => text(page, "days-used"), "11");
  await addPermit(page, "2025-03-01", "2025-12-31");
  await page.getByTestId("permits-not-checked").waitFor();
  assert.equal(await text(page, "days-used"), "11");
  assert.equal(await page.getByTestId("stay-permit").count(), 0);
  check();
  await context.close();
});

// With countries on the stays: a French permit, ten days in Germany inside it, then Kazakhstan.
const LOG_ON = "2025-07-10";
const LOG = [
  ["2025-01-10", "2025-03-09", "FR"],
  ["2025-03-10", "2025-03-20", "DE"],
  ["2025-03-21", "2025-06-30", "FR"],
  ["2025-07-01", "", "KZ"],
];

/** `staycalc check --nationality US`'s JSON answer for LOG with `permits` ("FROM..UNTIL,XX"). */
function cliZones(permits) {
  const path = join(mkdtempSync(join(tmpdir(), "staycalc-permits-")), "log.csv");
  writeFileSync(path, "entry,exit,country\n" + LOG.map((r) => r.join(",")).join("\n") + "\n");
  const args = ["check", "--nationality", "US", "--on", LOG_ON, "--format", "json"];
  for (const p of permits) args.push("--permit", p);
  return JSON.parse(execFileSync(CLI, [...args, path], { encoding: "utf8" }));
}

/** The Schengen card and the detailed answer (which shows the Schengen area) against the
 * command line's Schengen zone. */
async function zoneAgrees(page, permits) {
  const expected = cliZones(permits).zones.find((z) => z.zone === "schengen");
  const card = page.locator('[data-testid=zone-card][data-zone=schengen]');
  await eventually(() => card.getAttribute("data-status"), expected.status);
  await eventually(() => card.getByTestId("zone-days-used").textContent(), `${expected.days_used} / 90`);
  await eventually(() => datetimeOf(page), expected.latest_exit);
  const shown = await answer(page);
  assert.deepEqual(
    [shown.used, shown.remaining, shown.latestExit, shown.status],
    [String(expected.days_used), String(expected.days_remaining), expected.latest_exit, expected.status],
  );
  return expected;
}

for (const [lang, france, line, width] of [
  [
    "en",
    "France",
    "Permit or D visa 1 (France), 1 Feb – 30 Jun 2025: 139 days in France not counted in 90/180 (Schengen Borders Code, Art. 6(2)); 11 days in other Schengen states within its dates counted (there a permit holder is on a short stay).",
    1280,
  ],
  ["ru", "Франция", /^ВНЖ или виза D 1 \(Франция\), .*: дней в стране Франция не учтено в 90\/180: 139 .*учтено: 11 /, 375],
  ["kk", "Франция", /^1-ықтиярхат немесе D виза \(Франция\), .*Франция елінде болған 139 күн .* 11 күн есептеледі/, 1280],
]) {
  test(`with countries a permit leaves out only its days in its state, as check --nationality --permit does (${lang}, ${width} px)`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width, height: 900 });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, LOG_ON);
    await enterStays(page, LOG.map(([a, b]) => [a, b]));
    await page.getByTestId("stay-open").last().check();
    for (const [i, [, , code]] of LOG.entries()) await page.getByTestId("stay-country").nth(i).fill(code);
    await page.getByTestId("stay-country").last().blur();
    await page.getByTestId("nationality-0").fill("US");
    await page.getByTestId("nationality-0").blur();
    // Every day counts without the permit: France's days make a past overstay.
    assert.equal((await zoneAgrees(page, [])).status, "past_overstay");
    // A permit naming no state counts no day off, and the card says to name it.
    await addPermit(page, "2025-02-01", "2025-06-30");
    await page.getByTestId("permits-not-checked").waitFor();
    await zoneAgrees(page, []);
    await page.getByTestId("permit-row").getByTestId("permit-country").fill(france);
    await page.getByTestId("permit-row").getByTestId("permit-country").blur();
    const expected = await zoneAgrees(page, ["2025-02-01..2025-06-30,FR"]);
    assert.equal(expected.status, "ok");
    assert.equal(await page.getByTestId("permits-not-checked").count(), 0);
    // The days left out are those the log puts in France: nothing is assumed.
    assert.equal(await page.getByTestId("permit-assumed").count(), 0);
    assert.ok(
      !(await text(page, "permit-says")).match(/taken to be|считается, что|деп саналады/),
      await text(page, "permit-says"),
    );
    const said = (await page.locator("[data-zone=schengen] [data-testid=zone-permit]").textContent()).trim();
    if (typeof line === "string") assert.equal(said, line);
    else assert.match(said, line);
    // Only the French rows' days are under the permit; Germany's and Kazakhstan's are not.
    const covered = page.getByTestId("stay-row");
    assert.equal(await covered.nth(0).getByTestId("stay-permit").count(), 1);
    assert.equal(await covered.nth(1).getByTestId("stay-permit").count(), 0);
    assert.equal(await covered.nth(2).getByTestId("stay-permit").count(), 1);
    assert.equal(await page.locator("[data-zone=kz] [data-testid=zone-permit]").count(), 0);
    for (const w of [width, width === 375 ? 1280 : 375]) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.getByTestId("zones").screenshot({ path: `${SCREENSHOTS}permits-zones-${lang}-${w}.png` });
      await page.locator("section.visas").screenshot({ path: `${SCREENSHOTS}permits-zones-card-${lang}-${w}.png` });
    }
    // Kept across a reload, and in a share link.
    await page.reload();
    await ready(page);
    assert.equal(await page.getByTestId("permit-country").inputValue(), "FR");
    await zoneAgrees(page, ["2025-02-01..2025-06-30,FR"]);
    await page.getByTestId("share").click();
    assert.match(await page.getByTestId("share-url").inputValue(), /&permits=2025-02-01_2025-06-30_FR/);
    check();
    await context.close();
  });
}

test("a permit of a country outside the Schengen area leaves out nothing and says so", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, LOG_ON);
  await enterStays(page, LOG.map(([a, b]) => [a, b]));
  await page.getByTestId("stay-open").last().check();
  for (const [i, [, , code]] of LOG.entries()) await page.getByTestId("stay-country").nth(i).fill(code);
  await page.getByTestId("nationality-0").fill("US");
  await page.getByTestId("nationality-0").blur();
  await addPermit(page, "2025-07-01", "2026-06-30");
  await page.getByTestId("permit-row").getByTestId("permit-country").fill("KZ");
  await page.getByTestId("permit-row").getByTestId("permit-country").blur();
  const kz = cliZones(["2025-07-01..2026-06-30,KZ"]).zones.find((z) => z.zone === "kz");
  const card = page.locator("[data-testid=zone-card][data-zone=kz]");
  await eventually(() => card.getByTestId("zone-permit").getAttribute("data-left-out"), "false");
  assert.match(await card.getByTestId("zone-permit").textContent(), /10 days in Kazakhstan counted/);
  assert.equal(await card.getByTestId("zone-days-used").textContent(), `${kz.days_used} / 90`);
  check();
  await context.close();
});

// What a permit says of days in other Schengen states follows the stays: without countries,
// that they count and to give each stay its country; with countries, nothing of them while the
// log has none within the permit's dates, and that they count once it has (the zone card with
// their number).
for (const [lang, others, giveCountries] of [
  ["en", /other Schengen states/, /give each stay its country/],
  ["ru", /других государствах Шенгенской зоны/, /укажите страну каждой поездки/],
  ["kk", /Шенгеннің басқа мемлекеттер/, /әр сапардың елін көрсетіңіз/],
]) {
  test(`a permit speaks of days in other Schengen states only when the stays may have some (${lang})`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width: 375, height: 900 });
    await page.getByTestId("language").selectOption(lang);
    await checkOn(page, LOG_ON);
    await enterStays(page, LOG.map(([a, b]) => [a, b]));
    await page.getByTestId("stay-open").last().check();
    await addPermit(page, "2025-02-01", "2025-06-30");
    const says = () => text(page, "permit-says");
    // No countries: the days elsewhere count, and the stays' countries would tell them apart.
    await eventually(async () => others.test(await says()) && giveCountries.test(await says()), true);
    assert.equal(await page.getByTestId("permit-assumed").count(), 1);
    // Countries, all of the permit's days in France: nothing to say of other states.
    for (const [i, code] of ["FR", "FR", "FR", "KZ"].entries()) await page.getByTestId("stay-country").nth(i).fill(code);
    await page.getByTestId("stay-country").last().blur();
    await page.getByTestId("nationality-0").fill("US");
    await page.getByTestId("nationality-0").blur();
    await page.getByTestId("permit-row").getByTestId("permit-country").fill("FR");
    await page.getByTestId("permit-row").getByTestId("permit-country").blur();
    const line = page.locator("[data-zone=schengen] [data-testid=zone-permit]");
    await line.waitFor();
    await eventually(async () => others.test(await says()), false);
    assert.doesNotMatch(await says(), giveCountries);
    assert.doesNotMatch(await line.textContent(), others);
    assert.equal(await page.getByTestId("permit-assumed").count(), 0);
    await page.locator("section.visas").screenshot({ path: `${SCREENSHOTS}permits-alone-${lang}-375.png` });
    // Ten days in Germany within its dates: they count, and both say so.
    await page.getByTestId("stay-country").nth(1).fill("DE");
    await page.getByTestId("stay-country").nth(1).blur();
    await eventually(async () => others.test(await says()), true);
    assert.doesNotMatch(await says(), giveCountries);
    await eventually(async () => others.test(await line.textContent()), true);
    assert.match(await line.textContent(), / 11 /);
    check();
    await context.close();
  });
}

// The answer and the zone card name a permit by its row's label: with the first row wrong (or
// naming no state), the permit counted is the second ("Permit or D visa 2"), not "1".
test("a permit is named by its row's number when an earlier row is not counted", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await filled(page);
  await addPermit(page, "2025-08-31", "2025-03-01");
  await addPermit(page, "2025-03-01", "2025-05-31");
  await eventually(() => text(page, "permit-days"), "Permit or D visa 2, 1 Mar – 31 May 2025: 92 days of presence not counted in 90/180.");
  check();
  await context.close();
  // With countries, the first naming no state: the zone card names the second.
  const other = await open(app.browser, app.url);
  await other.page.getByTestId("language").selectOption("en");
  await checkOn(other.page, LOG_ON);
  await enterStays(other.page, LOG.map(([a, b]) => [a, b]));
  await other.page.getByTestId("stay-open").last().check();
  for (const [i, [, , code]] of LOG.entries()) await other.page.getByTestId("stay-country").nth(i).fill(code);
  await other.page.getByTestId("stay-country").last().blur();
  await other.page.getByTestId("nationality-0").fill("US");
  await other.page.getByTestId("nationality-0").blur();
  await addPermit(other.page, "2025-01-01", "2025-01-31");
  await addPermit(other.page, "2025-02-01", "2025-06-30");
  await other.page.getByTestId("permit-row").last().getByTestId("permit-country").fill("FR");
  await other.page.getByTestId("permit-row").last().getByTestId("permit-country").blur();
  const line = other.page.locator("[data-zone=schengen] [data-testid=zone-permit]");
  await eventually(async () => (await line.textContent()).startsWith("Permit or D visa 2 (France), 1 Feb – 30 Jun 2025: 139 days"), true);
  other.check();
  await other.context.close();
});
