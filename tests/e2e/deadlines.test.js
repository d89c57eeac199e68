// Deadlines on the traveller page: under a Kazakhstan rule, the host's arrival notification
// for each entry of a stay under way or planned, dated by the engine's catalogue (3 working
// days, Kazakhstan's holidays skipped) as `staycalc check --event` dates it, with its source,
// in en/ru/kk, and in the "Add to calendar" file. None under other rules.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkOn, enterStays, eventually, open, SCREENSHOTS, start, text } from "./harness.js";
import { CLI } from "./bench/fixtures.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

/** `staycalc check --event kz-arrival:DATE`'s deadline date. */
function cliDeadline(entry) {
  const dir = mkdtempSync(join(tmpdir(), "staycalc-deadlines-"));
  const path = join(dir, "trips.csv");
  writeFileSync(path, "entry,exit\n2026-03-20,\n");
  const json = JSON.parse(
    execFileSync(
      CLI,
      ["check", "--rule", "kz-visa-free", "--on", "2026-03-24", "--event", `kz-arrival:${entry}`, "--format", "json", path],
      { encoding: "utf8" },
    ),
  );
  return json.documents.deadlines[0].date;
}

async function kazakhstan(page) {
  await checkOn(page, "2026-03-24");
  await page.getByTestId("rule-select").selectOption("kz-visa-free");
  // In since Friday 20 March 2026 (Nauryz: 23-25 March off); a trip planned in June.
  await enterStays(page, [
    ["2026-03-20", ""],
    ["2026-06-13", "2026-06-20"],
  ]);
  await page.getByTestId("stay-open").first().check();
  await page.getByTestId("deadlines").waitFor();
}

for (const [lang, first, intro, width] of [
  ["en", /^Arrival on 20 Mar 2026: notify by 27 Mar 2026\.$/, /within 3 working days/, 375],
  ["ru", /^Въезд 20\sмарта\s2026\sг\.: уведомить не позднее 27\sмарта\s2026\sг\.$/, /в течение 3 рабочих дней/, 1280],
  ["kk", /^2026\sжылғы\s20\sнаурызда келу: 2026\sжылғы\s27\sнаурыздан кешіктірмей хабарлау керек\.$/, /3 жұмыс күні ішінде/, 375],
]) {
  test(`under Kazakhstan's rule the page lists the host's arrival notifications (${lang}, ${width} px)`, async () => {
    const { page, context, check } = await open(app.browser, app.url, { width, height: 900 });
    await page.getByTestId("language").selectOption(lang);
    await kazakhstan(page);
    const items = page.getByTestId("deadline");
    await eventually(() => items.count(), 2);
    assert.match((await items.first().textContent()).trim(), first);
    assert.match(await text(page, "deadlines"), intro);
    assert.ok((await page.getByTestId("deadlines").locator(".source").textContent()).length > 40);
    for (const w of [width, width === 375 ? 1280 : 375]) {
      await page.setViewportSize({ width: w, height: 900 });
      await page.getByTestId("deadlines").screenshot({ path: `${SCREENSHOTS}deadlines-${lang}-${w}.png` });
    }
    check();
    await context.close();
  });
}

test("the dates are the command line's, and the calendar file carries them", async () => {
  const { page, context, check } = await open(app.browser, app.url, { width: 1280, height: 900 });
  await kazakhstan(page);
  const items = page.getByTestId("deadline");
  await eventually(() => items.count(), 2);
  // The June trip: Saturday 13 June, so Monday to Wednesday.
  for (const [i, entry] of [[0, "2026-03-20"], [1, "2026-06-13"]]) {
    const date = cliDeadline(entry);
    const [y, m, d] = date.split("-").map(Number);
    const shown = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    assert.ok((await items.nth(i).textContent()).includes(`by ${shown}`), `${entry} → ${date}`);
  }
  assert.match(await text(page, "deadlines"), /Source: Law of 27 Dec 2019/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("calendar").click()]);
  const path = join(mkdtempSync(join(tmpdir(), "staycalc-deadlines-")), "cal.ics");
  await download.saveAs(path);
  const ics = readFileSync(path, "utf8").replace(/\r\n[ \t]/g, "");
  assert.match(ics, /DTSTART;VALUE=DATE:20260327/);
  assert.match(ics, /SUMMARY:Arrival on 20 Mar 2026/);
  check();
  await context.close();
});

test("under another rule, or a year the holidays are not known, nothing is invented", async () => {
  const { page, context, check } = await open(app.browser, app.url);
  await checkOn(page, "2026-03-24");
  await enterStays(page, [["2026-03-20", ""]]);
  await page.getByTestId("stay-open").first().check();
  await eventually(() => text(page, "days-used"), "5");
  assert.equal(await page.getByTestId("deadlines").count(), 0);
  // A trip planned across the new year: 2027's holidays are not in the catalogue.
  await page.getByTestId("rule-select").selectOption("kz-visa-free");
  await page.getByTestId("add-stay").click();
  const last = page.getByTestId("stay-row").last();
  await last.getByTestId("stay-entry").fill("2026-12-30");
  await last.getByTestId("stay-exit").fill("2027-01-05");
  await eventually(() => page.getByTestId("deadline").count(), 2);
  assert.match(
    (await page.getByTestId("deadline").last().textContent()).trim(),
    /^Arrival on 30 Dec 2026: the date cannot be worked out yet/,
  );
  check();
  await context.close();
});
