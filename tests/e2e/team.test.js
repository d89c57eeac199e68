// The team view: a spreadsheet of many people's stays, checked in the browser and compared with
// `staycalc report` of the release command line on the same file and date.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { eventually, SCREENSHOTS, screenshot, start } from "./harness.js";
import { EXAMPLE, ROOT, left, load, openTeam, readXlsx, report, reportCsv, reportJson, table, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2026-05-20";

test("the traveller page links to the team view, and #team opens it", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId("team-tab").click();
  await page.waitForURL(/team\.html$/);
  await page.getByTestId("team-file").waitFor({ state: "attached" });
  assert.equal(await page.getByTestId("team-tab").getAttribute("aria-current"), "page");
  await page.getByTestId("traveller-tab").click();
  await page.getByTestId("days-used").waitFor();
  await page.goto(`${app.url}#team`);
  await page.waitForURL(/team\.html$/);
  await page.getByTestId("team-file").waitFor({ state: "attached" });
  await context.close();
});

test("the example file: one line per person, each as the command line reports it", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, EXAMPLE, ON);
  const expected = reportJson(EXAMPLE, ON);
  const shown = await table(page);
  assert.equal(shown.length, expected.length);
  assert.equal(await page.getByTestId("team-count").getAttribute("data-people"), String(expected.length));
  for (const [i, person] of expected.entries()) {
    assert.deepEqual(shown[i], {
      person: person.person,
      status: person.status,
      daysUsed: person.days_used,
      daysRemaining: left(person),
      latestExit: person.latest_exit,
      firstUnlawfulDay: person.first_unlawful_day,
    });
  }
  const overstaying = expected.filter((p) => p.status === "overstay").map((p) => p.person);
  assert.deepEqual(overstaying, ["Chloé Martin"]);
  const chloe = page.getByTestId("team-row").filter({ hasText: "Chloé Martin" });
  assert.equal(await chloe.getByTestId("team-status").textContent(), "Overstay");
  assert.equal(await page.getByTestId("team-date-format").getAttribute("data-format"), "YYYY-MM-DD");
  assert.equal(await page.getByTestId("team-checked-on").getAttribute("data-on"), ON);
  assert.match(await page.getByTestId("team-checked-on").textContent(), /20 May 2026 under Schengen area/);
  check();
});

test("a Russian-locale Excel CSV (Windows-1251): read, said once, each person as the command line says", async () => {
  const file = join(ROOT, "tests/fixtures/team-ru-cp1251.csv");
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const expected = reportJson(file, ON);
  assert.deepEqual(
    (await table(page)).map((l) => [l.person, l.status, l.daysUsed]),
    expected.map((p) => [p.person, p.status, p.days_used]),
  );
  // The overstayer first (over the limit before the check date), then the person with a row
  // that could not be read: never green.
  assert.deepEqual(
    expected.map((p) => [p.person, p.status]),
    [
      ["Иванов Иван", "past_overstay"],
      ["Петрова Анна", "check_rows"],
      ["Ким Ольга", "warning"],
      ["Сидоров Пётр", "ok"],
      ["Ахметов Ерлан", "ok"],
    ],
  );
  assert.equal(await page.getByTestId("team-encoding").getAttribute("data-encoding"), "Windows-1251");
  assert.equal(await page.getByTestId("team-date-format").getAttribute("data-format"), "DD.MM.YYYY");
  const counts = page.getByTestId("team-status-counts");
  for (const [status, n] of [["past-overstay", "1"], ["check-rows", "1"], ["warning", "1"], ["ok", "2"]]) {
    assert.equal(await counts.getAttribute(`data-${status}`), n, status);
  }
  const petrova = page.getByTestId("team-row").filter({ hasText: "Петрова Анна" });
  assert.equal(await petrova.getByTestId("team-status").textContent(), "Check rows");
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator("table.team-table").boundingBox();
  await screenshot(page, "team-cp1251-desktop", {
    fullPage: true,
    clip: { x: 0, y: box.y - 80, width: 1280, height: box.height + 100 },
  });
  check();
});

test("headers sort by their column, again the other way, by mouse or keyboard", async () => {
  const { page, check } = await open();
  const header = page.locator('th[data-column="days-remaining"]');
  await header.getByRole("button").click();
  assert.equal(await header.getAttribute("aria-sort"), "ascending");
  const ascending = (await table(page)).map((l) => l.daysRemaining);
  assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b));
  await header.getByRole("button").focus();
  await page.keyboard.press("Enter");
  await eventually(() => header.getAttribute("aria-sort"), "descending");
  const descending = (await table(page)).map((l) => l.daysRemaining);
  assert.deepEqual(descending, [...ascending].sort((a, b) => b - a));
  // Sorting by person: the other header loses its aria-sort.
  await page.locator('th[data-column="person"]').getByRole("button").click();
  assert.equal(await header.getAttribute("aria-sort"), null);
  const names = (await table(page)).map((l) => l.person);
  assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  check();
});

test("filters by status and by a carried column, and searches by name", async () => {
  const { page, check } = await open();
  await page.getByTestId("team-filter-status").selectOption("warning");
  const warnings = reportJson(EXAMPLE, ON).filter((p) => p.status === "warning").map((p) => p.person);
  assert.deepEqual((await table(page)).map((l) => l.person), warnings);
  await page.getByTestId("team-filter-status").selectOption("");
  await page.getByTestId("team-filter-column").selectOption({ label: "department" });
  await page.getByTestId("team-filter-value").fill("LEGAL");
  assert.deepEqual((await table(page)).map((l) => l.person), ["Chloé Martin", "Ines Costa"]);
  await page.getByTestId("team-filter-value").fill("");
  await page.getByTestId("team-search").fill("berg");
  assert.deepEqual((await table(page)).map((l) => l.person), ["Berg, Ana"]);
  await page.getByTestId("team-search").fill("nobody at all");
  assert.equal(await page.getByTestId("team-row").count(), 0);
  check();
});

test("a person opens with their stays and the chart; an edit checks their line again", async () => {
  const { page, check } = await open();
  await page.getByRole("button", { name: "Open Berg, Ana" }).click();
  const panel = page.getByTestId("team-person");
  assert.equal(await panel.getByTestId("timeline-chart").isVisible(), true);
  assert.equal(await panel.getByTestId("stay-row").count(), 3);
  // The first stay ends a month later: the line is the command line's for the file so edited.
  await panel.getByTestId("stay-exit").first().fill("2026-02-20");
  const edited = temporary(
    "edited.csv",
    readFileSync(EXAMPLE, "utf8").replace("2026-01-05,2026-01-20", "2026-01-05,2026-02-20"),
  );
  const ana = reportJson(edited, ON).find((p) => p.person === "Berg, Ana");
  assert.notEqual(ana.days_used, 40);
  const line = async () => (await table(page)).find((l) => l.person === "Berg, Ana");
  await eventually(async () => (await line()).daysUsed, ana.days_used);
  assert.equal((await line()).daysRemaining, ana.days_remaining);
  assert.equal((await line()).latestExit, ana.latest_exit);
  // The export holds the edit too.
  const csv = await exported(page);
  assert.equal(csv, reportCsv(edited, ON));
  await panel.getByTestId("team-person-close").click();
  assert.equal(await page.getByTestId("team-person").count(), 0);
  check();
});

test("the export is the command line's CSV, spreadsheet-safe, as a download", async () => {
  const { page, check } = await open();
  const csv = await exported(page);
  // The command line's lines, in the table's order (the most urgent first).
  assert.equal(csv, reportCsv(EXAMPLE, ON));
  assert.match(csv, /,'\+1 day if the flight slips,/);
  // Only the lines shown, in the order shown.
  await page.getByTestId("team-filter-status").selectOption("ok");
  await page.locator('th[data-column="person"]').getByRole("button").click();
  const shown = (await table(page)).map((l) => l.person);
  const lines = (await exported(page)).trim().split("\r\n").slice(1);
  assert.equal(lines.length, shown.length);
  assert.ok(lines.every((line, i) => line.startsWith(shown[i].includes(",") ? `"${shown[i]}"` : shown[i])));
  check();
});

test("the table for reading: titles and statuses in words, in the input's separator and date format", async () => {
  // A Russian Excel file (";" and DD.MM.YYYY), exported with the page in English, then in Russian.
  const file = join(ROOT, "tests/fixtures/team-ru-cp1251.csv");
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const expected = reportJson(file, ON);
  const shown = (await table(page)).map((l) => l.person);
  const english = await readable(page, "en");
  const lines = english.trim().split("\r\n").map((line) => line.split(";"));
  assert.deepEqual(lines[0], [
    "Person", "Status", "Days used", "Days remaining", "Latest exit", "First unlawful day",
    "Earliest full stay", "Next planned trip", "Отдел", "Rule",
  ]);
  // One line per person, in the table's order, each with the command line's numbers.
  assert.deepEqual(lines.slice(1).map((cells) => cells[0]), shown);
  const ddmmyyyy = (iso) => (iso ? iso.split("-").reverse().join(".") : "");
  for (const cells of lines.slice(1)) {
    const person = expected.find((p) => p.person === cells[0]);
    assert.equal(cells[2], person.days_used === null ? "" : String(person.days_used), cells[0]);
    assert.equal(cells[5], ddmmyyyy(person.first_unlawful_day), cells[0]);
    const row = page.getByTestId("team-row").filter({ hasText: cells[0] });
    assert.equal(cells[1], await row.getByTestId("team-status").textContent());
  }
  const russian = await readable(page, "ru");
  const header = russian.split("\r\n")[0].split(";");
  assert.deepEqual(header.slice(0, 3), ["Имя", "Статус", "Использовано дней"]);
  assert.match(russian, /;Нарушение срока пребывания;|;Срок пребывания нарушался ранее;/);
  check();
});

test("the table for reading as an Excel workbook: the sheet named in the page's language, days as numbers, dates as dates", async () => {
  // The same Russian Excel file (DD.MM.YYYY), exported with the page in Russian.
  const file = join(ROOT, "tests/fixtures/team-ru-cp1251.csv");
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const expected = reportJson(file, ON);
  const shown = (await table(page)).map((l) => l.person);
  await page.getByTestId("language").selectOption("ru");
  const button = page.getByTestId("team-export-xlsx");
  assert.equal(await button.textContent(), "Выгрузить таблицу для чтения (Excel)");
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  assert.match(download.suggestedFilename(), /^staycalc-team-\d{4}-\d{2}-\d{2}-ru\.xlsx$/);
  const { sheet, xml, cells } = readXlsx(readFileSync(await download.path()));
  assert.equal(sheet, "Группа");
  const columns = "ABCDEFGHIJ";
  const header = [...columns].map((c) => cells[`${c}1`]);
  assert.deepEqual(header.map((cell) => cell.text), [
    "Имя", "Статус", "Использовано дней", "Осталось дней", "Выехать не позднее", "Первый день нарушения",
    "Въезд на полный срок возможен с", "Следующая поездка", "Отдел", "Правило",
  ]);
  assert.ok(header.every((cell) => cell.bold), "a bold header");
  assert.match(xml, /<pane [^>]*ySplit="1"[^>]*state="frozen"/, "the header row frozen");
  assert.match(xml, /<autoFilter ref="A1:J\d+"/, "the header row filters");
  const widths = [...xml.matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)" customWidth="1"/g)];
  assert.equal(widths.reduce((n, [, min, max]) => n + Number(max) - Number(min) + 1, 0), columns.length, "each column's width");
  assert.ok(widths.every(([, , , width]) => Number(width) >= 8 && Number(width) <= 51), xml.match(/<cols>.*<\/cols>/)[0]);
  // One row per person in the table's order: words as text, days as numbers, dates as dates.
  let dates = 0;
  const day = (cell) => {
    if (cell === undefined) return null;
    dates += 1;
    assert.equal(cell.format, "dd.mm.yyyy", "a date cell shown as the file wrote its dates");
    return new Date(Date.UTC(1899, 11, 30) + cell.number * 86_400_000).toISOString().slice(0, 10);
  };
  for (const [i, name] of shown.entries()) {
    const cell = (column) => cells[`${column}${i + 2}`];
    assert.equal(cell("A").text, name);
    const person = expected.find((p) => p.person === name);
    const row = page.getByTestId("team-row").filter({ hasText: name });
    assert.equal(cell("B").text, await row.getByTestId("team-status").textContent(), name);
    assert.equal(cell("C")?.number ?? null, person.days_used, name);
    assert.equal(cell("D")?.number ?? null, left(person), name);
    assert.equal(day(cell("E")), person.latest_exit, name);
    assert.equal(day(cell("F")), person.first_unlawful_day, name);
    assert.equal(cell("J").text, "schengen");
  }
  assert.ok(dates >= shown.length, `${dates} date cells`);
  assert.equal(cells[`A${shown.length + 2}`], undefined, "no row after the last person");
  check();
});

test("a template in each language reads back as three people with no bad row, grouped by department", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  for (const [lang, department, separator] of [["en", "department", ","], ["ru", "Отдел", ";"], ["kk", "Бөлім", ";"]]) {
    await page.getByTestId("language").selectOption(lang);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-template").click()]);
    assert.equal(download.suggestedFilename(), `staycalc-team-template-${lang}.csv`);
    const path = await download.path();
    const text = readFileSync(path, "utf8");
    assert.ok(text.startsWith("\uFEFF"));
    assert.equal(text.split("\r\n")[0].split(separator)[1], department);
    await page.getByTestId("team-date").fill("2026-06-01");
    await page.getByTestId("team-file").setInputFiles({ name: `template-${lang}.csv`, mimeType: "text/csv", buffer: Buffer.from(text) });
    await eventually(() => page.getByTestId("team-count").getAttribute("data-people"), "3");
    assert.equal(await page.getByTestId("team-errors").count(), 0, `${lang}: no bad row`);
    // The department summary: one line per department, one person each.
    const groups = page.getByTestId("team-groups");
    await groups.locator("summary").click();
    assert.equal(await page.getByTestId("team-group").count(), 3);
    const totals = await page.getByTestId("team-group-total").allTextContents();
    assert.deepEqual(totals, ["1", "1", "1"]);
    if (lang === "ru") await screenshot(page, "team-template-ru-groups", { fullPage: true });
    await groups.locator("summary").click();
  }
  check();
});

test("the department summary counts each status per department, as the command line's report", async () => {
  const { page, check } = await open();
  const expected = reportJson(EXAMPLE, ON);
  await page.getByTestId("team-groups").locator("summary").click();
  assert.equal(await page.getByTestId("team-groups-column").inputValue(), "0");
  const rows = await page.getByTestId("team-group").evaluateAll((rows) =>
    rows.map((row) => ({
      value: row.dataset.value,
      counts: Object.fromEntries([...row.querySelectorAll("td[data-status]")].map((td) => [td.dataset.status, Number(td.textContent)])),
    })),
  );
  const departments = [...new Set(expected.map((p) => p.department))];
  assert.deepEqual(rows.map((r) => r.value).sort(), departments.sort());
  for (const { value, counts } of rows) {
    for (const [status, count] of Object.entries(counts)) {
      const want = expected.filter((p) => p.department === value && p.status === status).length;
      assert.equal(count, want, `${value} ${status}`);
    }
  }
  // Another column: the notes, each person's own.
  await page.getByTestId("team-groups-column").selectOption({ label: "email" });
  assert.equal(await page.getByTestId("team-group").count(), expected.length);
  check();
});

test("a travel log: a row outside its rule's zone is said apart, never counted, in en and ru", async () => {
  // 46 days in France, then 54 in Georgia (the traveller page's backup CSV has a country and a
  // rule): under Schengen's rule Georgia's days must not count (they made a false overstay of
  // 100 days); they are another zone's days, said apart, not a bad row, and a row with
  // Georgia's rule counts there. A stay in Bulgaria across its Schengen date is named: only part
  // of it is Schengen's.
  const file = temporary(
    "log.csv",
    "person,entry,exit,country,rule\nAna,2026-01-01,2026-02-15,FR,\nAna,2026-02-16,2026-04-10,GE,\n" +
      "Ben,2026-02-16,2026-04-10,Georgia,ge\nCem,2024-03-20,2024-04-05,BG,\nCem,2026-01-01,2026-01-10,DE,\n",
  );
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const expected = reportJson(file, ON);
  assert.deepEqual(
    (await table(page)).map((l) => [l.person, l.status, l.daysUsed]),
    expected.map((p) => [p.person, p.status, p.days_used]),
  );
  assert.deepEqual(expected.map((p) => [p.person, p.rule, p.status]).sort(), [
    ["Ana", "schengen", "ok"],
    ["Ben", "ge", "ok"],
    ["Cem", "schengen", "check_rows"],
  ]);
  assert.equal(expected.find((p) => p.person === "Ana").days_used, 46);
  const elsewhere = page.getByTestId("team-elsewhere");
  assert.equal(await elsewhere.getAttribute("data-rows"), "1");
  assert.match(await elsewhere.textContent(), /Not counted under the rule, as another zone's days: 1 row .*\(lines: 3\)/);
  const error = page.getByTestId("team-error");
  assert.equal(await error.count(), 1);
  assert.equal(await error.getAttribute("data-line"), "5");
  assert.match(await error.textContent(), /Bulgaria \(BG\) counts toward the Schengen area only from/);
  await page.getByTestId("language").selectOption("ru");
  await eventually(async () => /^Не учтены по правилу как дни в другой зоне: 1 строка .*\(строки: 3\)/.test(await elsewhere.textContent()), true);
  await page.setViewportSize({ width: 375, height: 800 });
  await elsewhere.locator("xpath=..").screenshot({ path: `${SCREENSHOTS}team-elsewhere-375-ru.png` });
  check();
});

test("rows that cannot be read are listed; every other row is still checked", async () => {
  const file = temporary(
    "bad.csv",
    [
      "person;entry;exit;rule;team",
      "Ana;01.03.2026;10.03.2026;;A",
      ";01.03.2026;10.03.2026;;B",
      "Ben;31.02.2026;;;C",
      "Cem;05.03.2026;01.03.2026;;C",
      "Dan;01.03.2026;02.03.2026;atlantis;D",
      "Ana;15.04.2026;20.04.2026;;A",
      "Eve;01.01.2026;31.01.2026;;E",
      "",
    ].join("\r\n"),
  );
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const cli = report(file, ON);
  const expected = reportJson(file, ON);
  // Everyone is in the table, the people of bad rows first as "check rows" (Ben's, Cem's and
  // Dan's only rows were bad: their numbers are a dash).
  assert.deepEqual(
    (await table(page)).map((l) => [l.person, l.status, l.daysUsed]),
    expected.map((p) => [p.person, p.status, p.days_used]),
  );
  assert.deepEqual(
    expected.map((p) => [p.person, p.status]),
    [
      ["Ben", "check_rows"],
      ["Cem", "check_rows"],
      ["Dan", "check_rows"],
      ["Ana", "ok"],
      ["Eve", "ok"],
    ],
  );
  const counts = page.getByTestId("team-status-counts");
  assert.equal(await counts.getAttribute("data-check-rows"), "3");
  assert.match(await counts.textContent(), /Check rows: 3/);
  const errors = page.getByTestId("team-errors");
  assert.equal(await errors.isVisible(), true);
  const listed = await errors.getByTestId("team-error").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((td) => td.textContent)),
  );
  // The command line names the same rows, columns and values on standard error.
  const said = [...cli.stderr.matchAll(/line (\d+)(?:, column (\S+), value "([^"]*)")?: (.*)/g)].map((m) => [
    m[1],
    m[2] ?? "",
    m[3] ?? "",
    m[4],
  ]);
  assert.deepEqual(listed, said);
  assert.deepEqual(
    listed.map((l) => l[0]),
    ["3", "4", "5", "6"],
  );
  assert.match(await errors.textContent(), /4 rows could not be read/);
  assert.equal(await page.getByTestId("team-date-format").getAttribute("data-format"), "DD.MM.YYYY");
  check();
});

// "5 people from 5 rows" for a file of 6 rows, one of which could not be read, misled: the
// summary counts every row and names the unreadable ones by line, as the command line does.
test("the summary counts the rows that could not be read and names their lines, as the command line does", async () => {
  const file = temporary(
    "messy.csv",
    [
      "person;entry;exit",
      "Ana;01.03.2026;10.03.2026",
      "Ben;02.03.2026;05.03.2026",
      "Cem;12.03.2026;31.02.2026",
      "Dan;15.03.2026;18.03.2026",
      "Eve;20.03.2026;25.03.2026",
      "Fay;13.04.2026;14.04.2026",
      "",
    ].join("\r\n"),
  );
  const { page, check } = await openTeam(app.browser, app.url, { width: 375 });
  await load(page, file, ON);
  // The line the problems list names, and the command line's summary of the same file.
  const bad = await page.getByTestId("team-error").evaluateAll((rows) => rows.map((row) => row.dataset.line));
  assert.deepEqual(bad, ["4"]);
  const cli = report(file, ON, { format: "text" }).stdout.split("\n")[0];
  const said = `from 6 rows, 1 of them unreadable (line ${bad[0]})`;
  assert.ok(cli.endsWith(said), cli);
  const count = page.getByTestId("team-count");
  assert.equal(await count.getAttribute("data-rows"), "6");
  assert.equal(await count.getAttribute("data-unread"), "1");
  assert.equal(await count.textContent(), `6 people ${said}`);
  for (const [lang, words] of [
    ["ru", "6 человек, 6 строк, из них 1 не прочитана (строка 4)"],
    ["kk", "6 адам, 6 жол, оның ішінде 1 жол оқылмады (4-жол)"],
  ]) {
    await page.getByTestId("language").selectOption(lang);
    await eventually(() => count.textContent(), words);
    await page.locator(".team-summary").screenshot({ path: `${SCREENSHOTS}team-unread-${lang}-375.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator(".team-summary").screenshot({ path: `${SCREENSHOTS}team-unread-kk-1280.png` });
  check();
});

test("a file dropped on the zone is checked", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await page.getByTestId("team-date").fill(ON);
  const text = readFileSync(EXAMPLE, "utf8");
  await page.getByTestId("team-drop").evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await page.getByTestId("team-count").waitFor();
  assert.equal((await table(page)).length, reportJson(EXAMPLE, ON).length);
  assert.match(await page.locator(".team-summary .source").textContent(), /dropped\.csv/);
  check();
});

test("pasted rows, tab-separated, are checked with the rule chosen", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await page.getByTestId("team-date").fill("2025-03-15");
  await page.getByTestId("team-rule").selectOption("kz-visa-free");
  const rows = "name\tfrom\tto\nAna\t2025-02-01\t2025-03-15\nBen\t2025-03-01\t2025-03-05\n";
  await page.getByTestId("team-paste").fill(rows);
  await page.getByTestId("team-run").click();
  await page.getByTestId("team-count").waitFor();
  const expected = reportJson(temporary("pasted.tsv", rows), "2025-03-15", { rule: "kz-visa-free" });
  assert.deepEqual(
    (await table(page)).map((l) => [l.person, l.status, l.daysUsed]),
    expected.map((p) => [p.person, p.status, p.days_used]),
  );
  check();
});

test("the warning threshold is configurable, as --warn-below", async () => {
  const { page, check } = await open();
  await page.getByTestId("team-threshold").fill("60");
  await page.getByTestId("team-threshold").dispatchEvent("change");
  const expected = reportJson(EXAMPLE, ON, { warnBelow: 60 });
  const warnings = expected.filter((p) => p.status === "warning").length;
  assert.ok(warnings > 2, `${warnings} warnings`);
  await eventually(() => page.getByTestId("team-status-counts").getAttribute("data-warning"), String(warnings));
  assert.deepEqual(
    (await table(page)).map((l) => l.status),
    expected.map((p) => p.status),
  );
  check();
});

test("the print stylesheet keeps the table and drops the controls", async () => {
  const { page, check } = await open();
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByTestId("team-table").isVisible(), true);
  assert.equal(await page.getByTestId("team-file").locator("xpath=ancestor::section").isVisible(), false);
  assert.equal(await page.getByTestId("team-search").isVisible(), false);
  assert.equal(await page.getByTestId("team-export").isVisible(), false);
  check();
});

test("the texts follow the language chosen", async () => {
  const { page, check } = await open();
  await page.getByTestId("language").selectOption("ru");
  await eventually(() => page.getByTestId("team-tab").textContent(), "Группа");
  const chloe = page.getByTestId("team-row").filter({ hasText: "Chloé Martin" });
  assert.equal(await chloe.getByTestId("team-status").textContent(), "Нарушение срока пребывания");
  await page.getByTestId("language").selectOption("kk");
  await eventually(() => page.locator("h1").textContent(), "Топты тексеру");
  check();
});

test("at 1280 px the answers fit without scrolling sideways, the first unlawful day included, in en, ru and kk", async () => {
  const { page, check } = await open();
  for (const [lang, tab] of [["en", "Team"], ["ru", "Группа"], ["kk", "Топ"]]) {
    await page.getByTestId("language").selectOption(lang);
    await eventually(() => page.getByTestId("team-tab").textContent(), tab);
    // The answers, up to the next trip's verdict, are in the box's view, not behind its
    // sideways scroll; the file's own columns (here department, email and notes) may follow.
    const box = await page.locator(".table-scroll").filter({ has: page.getByTestId("team-table") }).boundingBox();
    const right = await page
      .locator('[data-testid="team-table"] th[data-column="next-planned"]')
      .evaluate((th) => th.getBoundingClientRect().right);
    assert.ok(right <= box.x + box.width, `${lang}: the next trip's column ends at ${right} px, the box at ${box.x + box.width}`);
    const chloe = page.getByTestId("team-row").filter({ hasText: "Chloé Martin" });
    const cell = await chloe.getByTestId("team-first-unlawful").boundingBox();
    assert.ok(cell.x + cell.width <= box.x + box.width, `${lang}: the first unlawful day ends at ${cell.x + cell.width} px`);
    assert.equal(await chloe.getByTestId("team-first-unlawful").locator("time").getAttribute("datetime"), "2026-05-19");
    await screenshot(page, `team-desktop-1280-${lang}`, { fullPage: true });
  }
  check();
});

for (const [size, viewport] of Object.entries({
  desktop: { width: 1280, height: 1000 },
  phone: { width: 360, height: 740 },
})) {
  test(`${size}: screenshots of the team view`, async () => {
    const { page, check } = await openTeam(app.browser, app.url, viewport);
    await screenshot(page, `team-${size}-empty`, { fullPage: true });
    await load(page, EXAMPLE, ON);
    await screenshot(page, `team-${size}-table`, { fullPage: true });
    await page.getByRole("button", { name: "Open Chloé Martin" }).click();
    await page.getByTestId("team-person").getByTestId("timeline-chart").waitFor();
    await page.getByTestId("team-person").scrollIntoViewIfNeeded();
    await page.screenshot({ path: new URL(`./screenshots/team-${size}-person.png`, import.meta.url).pathname });
    // Nothing wider than the window but the table, which scrolls in its own box.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
    check();
  });
}

/** The team page with the example file checked on ON. */
async function open() {
  const opened = await openTeam(app.browser, app.url);
  await load(opened.page, EXAMPLE, ON);
  return opened;
}

/** The cells of a CSV line with `separator`, quoted cells unquoted. */
function cells(line, separator) {
  const found = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === separator && !quoted) {
      found.push(cell);
      cell = "";
    } else {
      cell += c;
    }
  }
  found.push(cell);
  return found;
}

/** Presses export and returns the downloaded CSV, its byte-order mark checked and removed. */
/** The table for reading, exported with the page in `lang`, without its byte-order mark. */
async function readable(page, lang) {
  await page.getByTestId("language").selectOption(lang);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-export-readable").click()]);
  assert.match(download.suggestedFilename(), new RegExp(`^staycalc-team-\\d{4}-\\d{2}-\\d{2}-${lang}\\.csv$`));
  const text = readFileSync(await download.path(), "utf8");
  assert.ok(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
  return text.slice(1);
}

async function exported(page) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-export").click()]);
  assert.match(download.suggestedFilename(), /^staycalc-team-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await download.path(), "utf8");
  assert.ok(text.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
  return text.slice(1);
}

test("one person spelt several ways is one person, said in the page's language: never three greens for an overstayer", async () => {
  // As a sheet typed by hand has it: case, a space after a dot, a double space, ё for е.
  const file = temporary(
    "spellings.csv",
    "ФИО;Въезд;Выезд\r\nIvanov I.I.;01.07.2026;15.08.2026\r\nIvanov I. I.;01.09.2026;20.10.2026\r\n" +
      "ivanov i.i;01.11.2026;20.11.2026\r\nАлёна Ким;01.10.2026;10.10.2026\r\nАлена  КИМ;01.11.2026;05.11.2026\r\n",
  );
  const on = "2026-12-05";
  for (const width of [1280, 375]) {
    const { page, check } = await openTeam(app.browser, app.url, { width, height: 900 });
    await load(page, file, on);
    const shown = await table(page);
    // The command line reads the file the same way.
    const expected = reportJson(file, on);
    assert.deepEqual(
      shown.map((p) => [p.person, p.status, p.daysUsed]),
      expected.map((p) => [p.person, p.status, p.days_used]),
    );
    assert.deepEqual(
      shown.map((p) => [p.person, p.status, p.daysUsed]).sort(),
      [["Ivanov I.I.", "past_overstay", 116], ["Алёна Ким", "ok", 15]],
    );
    const said = page.getByTestId("team-spellings");
    assert.equal(await said.getAttribute("data-count"), "3");
    for (const [lang, words, item] of [
      ["en", /^Names that differ only in letter case, spaces or dots are read as one person/, "“ivanov i.i” (line 4) as Ivanov I.I."],
      ["ru", /^Имена, различающиеся только регистром букв/, "«Алена  КИМ» (строка 6) как Алёна Ким"],
      ["kk", /^Тек әріп регистрімен/, "«Ivanov I. I.» (3-жол) — Ivanov I.I. ретінде"],
    ]) {
      await page.getByTestId("language").selectOption(lang);
      await eventually(async () => words.test(await said.textContent()), true);
      assert.ok((await said.textContent()).includes(item), `${lang}: ${await said.textContent()}`);
      await screenshot(page, `team-spellings-${lang}-${width}`, { fullPage: true });
    }
    check();
  }
});

test("an amber line says what it means: close to the limit, rows that may be one stay, or both (en, ru, kk)", async () => {
  // Kazakhstan, 30 days per entry, on 20 September. Ana: one stay typed on two rows (1-15 Sep,
  // 16 Sep - 5 Oct): 25 days left on the second entry, amber only because the rows may be one
  // stay. Ben: day 27 of one entry, 3 left. Cal: two rows with no day between and 8 days left.
  const rows =
    "name\tfrom\tto\nAna\t2026-09-01\t2026-09-15\nAna\t2026-09-16\t2026-10-05\n" +
    "Ben\t2026-08-25\t2026-09-22\nCal\t2026-08-15\t2026-08-29\nCal\t2026-08-30\t2026-09-25\n";
  const { page, check } = await openTeam(app.browser, app.url);
  await page.getByTestId("team-date").fill("2026-09-20");
  await page.getByTestId("team-rule").selectOption("kz-visa-free");
  await page.getByTestId("team-paste").fill(rows);
  await page.getByTestId("team-run").click();
  await page.getByTestId("team-count").waitFor();
  const expected = reportJson(temporary("amber.tsv", rows), "2026-09-20", { rule: "kz-visa-free" });
  assert.deepEqual(expected.map((p) => [p.person, p.status]), [["Ana", "warning"], ["Ben", "warning"], ["Cal", "warning"]]);
  const words = {
    en: ["Check: one stay or two?", "Close to the limit", "Close to the limit; also check: one stay or two?", "Close to the limit, or to check (one stay or two)"],
    ru: ["Проверьте: одно пребывание или два?", "Срок на исходе", "Срок на исходе; проверьте также: одно пребывание или два?", "Срок на исходе или проверить (одно пребывание или два)"],
    kk: ["Тексеріңіз: бір болу ма, әлде екеу ме?", "Мерзім аяқталуға жақын", "Мерзім аяқталуға жақын; сондай-ақ тексеріңіз: бір болу ма, әлде екеу ме?", "Мерзім аяқталуға жақын немесе тексеру керек (бір болу ма, әлде екеу ме)"],
  };
  for (const lang of ["en", "ru", "kk"]) {
    const [ana, ben, cal, group] = words[lang];
    await page.getByTestId("language").selectOption(lang);
    const status = (person) => page.getByTestId("team-row").filter({ hasText: person }).getByTestId("team-status");
    await eventually(() => status("Ana").textContent(), ana);
    assert.equal(await status("Ben").textContent(), ben);
    assert.equal(await status("Cal").textContent(), cal);
    // The count of amber lines names both meanings, as its lines differ.
    const count = page.locator('[data-testid="team-count-filter"][data-status="warning"]');
    assert.ok((await count.textContent()).startsWith(`${group}: `), await count.textContent());
    // The table for reading says each line's status as the table does.
    const lines = (await readable(page, lang)).trim().split("\r\n").slice(1);
    const separator = lang === "en" ? "," : ";";
    const statuses = Object.fromEntries(lines.map((line) => cells(line, separator).slice(0, 2)));
    assert.deepEqual(statuses, { Ana: ana, Ben: ben, Cal: cal });
    await screenshot(page, `team-amber-${lang}-1280`, { fullPage: true });
  }
  await page.setViewportSize({ width: 375, height: 900 });
  await page.getByTestId("team-table").scrollIntoViewIfNeeded();
  await page.getByTestId("team-table").screenshot({ path: `${SCREENSHOTS}team-amber-kk-375.png` });
  check();
});
