// The team view on files as HR has them: Excel and OpenDocument workbooks written by real
// writers (tests/fixtures/make_workbooks.py), a month-first typo in the middle of a file of
// slash dates, and the summary's status counts as filters. Each time, who is in the table with
// which status, against `staycalc report` of the release command line on the same file.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { eventually, screenshot, start } from "./harness.js";
import { ROOT, load, openTeam, reportJson, report, table, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2026-05-20";
const FIXTURES = join(ROOT, "tests/fixtures");

// Hand-checked (Schengen, 20 May 2026; window from 22 Nov 2025): Иванов entered on 1 Feb and
// has not left (109 days); Петрова's row 8 is 31.02.2026; Ким used 1 Jan to 25 Mar (84 days).
const EXPECTED = [
  ["Иванов Иван", "overstay", 109],
  ["Петрова Анна", "check_rows", 11],
  ["Ким Ольга", "warning", 84],
  ["Сидоров Пётр", "ok", 5],
  ["Ахметов Ерлан", "ok", 10],
];

for (const name of ["team-ru.xlsx", "team-ru.xls", "team-ru.ods"]) {
  test(`${name}: the trips sheet read, each person as the command line says`, async () => {
    const file = join(FIXTURES, name);
    const { page, check } = await openTeam(app.browser, app.url);
    await load(page, file, ON);
    const shown = (await table(page)).map((l) => [l.person, l.status, l.daysUsed]);
    assert.deepEqual(shown, EXPECTED);
    assert.deepEqual(
      shown,
      reportJson(file, ON).map((p) => [p.person, p.status, p.days_used]),
    );
    const sheet = page.getByTestId("team-sheet");
    assert.equal(await sheet.getAttribute("data-sheet"), "Поездки");
    assert.equal(await sheet.getAttribute("data-header-row"), "3");
    // The bad row by the sheet's own number.
    const errors = page.getByTestId("team-error");
    assert.equal(await errors.count(), 1);
    assert.equal(await errors.first().getAttribute("data-line"), "8");
    assert.match(await errors.first().textContent(), /31\.02\.2026/);
    check();
  });
}

test("a damaged workbook: a message, no table, and the page still works", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await page.getByTestId("team-date").fill(ON);
  await page.getByTestId("team-file").setInputFiles(join(FIXTURES, "damaged.xls"));
  await eventually(async () => /cut short/.test(await page.getByTestId("team-failure").textContent()), true);
  await load(page, join(FIXTURES, "team-ru.xlsx"), ON);
  assert.equal((await table(page)).length, EXPECTED.length);
  check();
});

test("a month-first typo in the middle of a day-first file is one bad row", async () => {
  const rows = ["person;team;from;to"];
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    rows.push(`P${i};T${i % 3};${day}/03/2026;${day}/03/2026`);
    if (i === 20) rows.push("Typo;T0;06/25/2026;04.03.2026");
  }
  // Rows after the typo, dotted and slashed, are all read.
  rows.push("Last;T1;04.03.2026;05/03/2026");
  const file = temporary("typo.csv", rows.join("\r\n") + "\r\n");
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const shown = await table(page);
  const expected = reportJson(file, ON);
  assert.deepEqual(shown.map((l) => [l.person, l.status]), expected.map((p) => [p.person, p.status]));
  assert.equal(shown.length, 42);
  assert.deepEqual(shown.filter((l) => l.status === "check_rows").map((l) => l.person), ["Typo"]);
  assert.equal(shown.find((l) => l.person === "Last").daysUsed, 2);
  assert.equal(await page.getByTestId("team-date-format").getAttribute("data-format"), "DD/MM/YYYY");
  const errors = page.getByTestId("team-error");
  assert.equal(await errors.count(), 1);
  assert.equal(await errors.first().getAttribute("data-line"), "23");
  // The command line names the same row.
  assert.match(report(file, ON).stderr, /line 23, column from, value "06\/25\/2026"/);
  check();
});

test("the summary's status counts filter the table, and again show everyone", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, join(FIXTURES, "team-ru.xlsx"), ON);
  const link = page.locator('[data-testid="team-count-filter"][data-status="check_rows"]');
  assert.match(await link.textContent(), /Check rows: 1/);
  await link.click();
  await eventually(async () => (await table(page)).map((l) => l.person).join(), "Петрова Анна");
  assert.equal(await link.getAttribute("aria-pressed"), "true");
  assert.equal(await page.getByTestId("team-filter-status").inputValue(), "check_rows");
  await page.locator('[data-testid="team-count-filter"][data-status="ok"]').click();
  await eventually(async () => (await table(page)).map((l) => l.person).join(), "Сидоров Пётр,Ахметов Ерлан");
  await page.locator('[data-testid="team-count-filter"][data-status="ok"]').click();
  await eventually(async () => (await table(page)).length, EXPECTED.length);
  check();
});

for (const [size, viewport] of Object.entries({
  desktop: { width: 1280, height: 900 },
  phone: { width: 375, height: 740 },
})) {
  for (const lang of ["en", "ru", "kk"]) {
    test(`${size}, ${lang}: a workbook's team, screenshot`, async () => {
      const { page, check } = await openTeam(app.browser, app.url, viewport);
      if (lang !== "en") await page.getByTestId("language").selectOption(lang);
      await load(page, join(FIXTURES, "team-ru.xlsx"), ON);
      await screenshot(page, `team-workbook-${size}-${lang}`, { fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
      check();
    });
  }
}

test("print holds every person of the filtered table, not only the page on screen", async () => {
  const rows = ["person,team,entry,exit"];
  for (let i = 0; i < 130; i++) rows.push(`P${i},T${i % 2},2026-03-01,2026-03-${String(1 + (i % 28)).padStart(2, "0")}`);
  const file = temporary("many.csv", rows.join("\n") + "\n");
  const { page, context, check } = await openTeam(app.browser, app.url);
  await context.addInitScript(() => {
    window.print = () => {
      window.printed = document.querySelectorAll('[data-testid="team-row"]').length;
    };
  });
  await page.reload();
  await load(page, file, ON);
  assert.equal(await page.getByTestId("team-row").count(), 100);
  await page.getByTestId("team-print").click();
  await eventually(() => page.evaluate(() => window.printed), 130);
  // Back to one page on screen.
  await eventually(() => page.getByTestId("team-row").count(), 100);
  await page.getByTestId("team-search").fill("P1");
  await page.getByTestId("team-print").click();
  await eventually(() => page.evaluate(() => window.printed), 41);
  check();
});
