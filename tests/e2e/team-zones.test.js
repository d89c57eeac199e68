// The team view by zone: a file with a country on each row and a nationality per person gives
// a line per person and zone, each as `staycalc report` (by zone) of the release command line
// says, with the zone's columns in the table and in the export.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SCREENSHOTS, eventually, screenshot, start } from "./harness.js";
import { ROOT, load, openTeam, readXlsx, table, temporary } from "./team-harness.js";

let app;
before(async () => (app = await start()));
after(async () => app.stop());

const ON = "2025-08-15";

// Sofia in May 2024 counts toward Schengen (Bulgaria joined on 31 March 2024), Cyprus apart;
// a French citizen has no limit in France and 30 days per entry in Kazakhstan; a Kazakh
// citizen none at home; a dual national the better of their two.
const FILE = temporary(
  "team-zones.csv",
  [
    "person,department,entry,exit,country,nationality",
    "Ana Berg,Sales,2025-05-01,2025-05-20,Bulgaria,US",
    "Ana Berg,Sales,2025-06-01,2025-06-10,France,US",
    "Ana Berg,Sales,2025-07-01,2025-07-20,CY,US",
    "Élise Roy,Legal,2025-01-01,2025-06-30,FR,FR",
    "Élise Roy,Legal,2025-07-01,2025-08-15,Kazakhstan,FR",
    "Bolat Ahmetov,Field,2025-03-01,2025-08-15,KZ,KZ",
    "Bolat Ahmetov,Field,2025-06-01,2025-06-30,DE,KZ",
    "Cian Doyle,Sales,2025-04-01,2025-06-30,ES,US;IE",
  ].join("\n") + "\n",
);

/** The statuses, most urgent first: the table's default order. */
const URGENCY = [
  "overstay",
  "past_overstay",
  "check_rows",
  "passport",
  "planned_overstay",
  "warning",
  "no_rule_known",
  "ok",
  "no_limit",
];

function cli(format, file = FILE, on = ON) {
  const run = spawnSync(join(ROOT, "target/release/staycalc"), ["report", "--on", on, "--format", format, file], {
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The command line's lines in the table's default order: indices into its lines. */
function order(lines) {
  const rank = (i) => URGENCY.indexOf(lines[i].status);
  return lines.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
}

test("a line per person and zone, each as the command line reports it, with the zone's columns", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, FILE, ON);
  const lines = JSON.parse(cli("json"));
  const expected = order(lines).map((i) => lines[i]);
  assert.deepEqual(
    expected.map((l) => [l.person, l.zone, l.status]),
    [
      ["Élise Roy", "kz", "overstay"],
      ["Ana Berg", "schengen", "ok"],
      ["Ana Berg", "cy", "ok"],
      ["Élise Roy", "schengen", "no_limit"],
      ["Bolat Ahmetov", "schengen", "ok"],
      ["Bolat Ahmetov", "kz", "no_limit"],
      ["Cian Doyle", "schengen", "no_limit"],
    ].sort((a, b) => URGENCY.indexOf(a[2]) - URGENCY.indexOf(b[2])),
  );
  const shown = await table(page);
  assert.deepEqual(
    shown.map((l) => [l.person, l.status, l.daysUsed, l.latestExit]),
    expected.map((l) => [l.person, l.status, l.days_used, l.latest_exit]),
  );
  const zones = await page
    .getByTestId("team-row")
    .evaluateAll((rows) => rows.map((row) => row.querySelector('[data-testid="team-zone-name"]').textContent));
  assert.deepEqual(zones, expected.map((l) => l.zone_name));
  const headers = await page.locator(".team-table thead th").allTextContents();
  for (const header of ["Zone", "Zone name", "Countries", "Nationality", "Days present"]) {
    assert.ok(headers.some((h) => h.includes(header)), `${header} in ${headers}`);
  }
  assert.ok(!headers.some((h) => h.trim() === "why"), "the long why is left to the exports");
  assert.match(await page.getByTestId("team-checked-on").textContent(), /by zone/);
  assert.equal(await page.getByTestId("team-count").textContent(), "7 lines (a person in a zone each) for 4 people from 8 rows");
  // The zone's name follows the person.
  const first = await page.locator(".team-table thead th").allTextContents();
  assert.deepEqual(first.slice(0, 3).map((h) => h.trim()), ["Person", "Zone name", "Status"]);
  await screenshot(page, "team-zones-1280-en", { fullPage: true });
  // The export is the command line's CSV, in the table's order, zone columns and why included.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-export").click()]);
  const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  const [header, ...rows] = cli("csv").split("\r\n");
  assert.ok(header.startsWith("person,zone,zone_name,countries,nationality,days_present,why,department,"));
  assert.equal(csv, [header, ...order(lines).map((i) => rows[i]), ...rows.slice(lines.length)].join("\r\n"));
  // A zone's line opens under that zone's rule: Élise in Kazakhstan, 46 of 90 days used.
  await page.getByTestId("team-row").first().getByTestId("team-open").click();
  const panel = page.getByTestId("team-person");
  await panel.waitFor();
  assert.match(await panel.getByTestId("team-person-used").textContent(), /46 \/ 90/);
  await panel.getByTestId("team-person-close").click();
  // A line with no limit opens too, with no limit to count against.
  await page.getByTestId("team-row").last().getByTestId("team-open").click();
  await panel.waitFor();
  await panel.getByTestId("team-person-close").click();
  // In Russian and Kazakh, the zone's name and the columns' titles in the page's language.
  await page.getByTestId("language").selectOption("ru");
  await page.getByTestId("team-zone-name").filter({ hasText: "Шенгенская зона" }).first().waitFor();
  assert.ok((await page.locator(".team-table thead th").allTextContents()).some((h) => h.includes("Гражданство")));
  await screenshot(page, "team-zones-1280-ru", { fullPage: true });
  await page.getByTestId("language").selectOption("kk");
  await page.getByTestId("team-zone-name").filter({ hasText: "Шенген аймағы" }).first().waitFor();
  await screenshot(page, "team-zones-1280-kk", { fullPage: true });
  await page.setViewportSize({ width: 375, height: 800 });
  await screenshot(page, "team-zones-375-kk", { fullPage: true });
  check();
});

test("a file by rule still reads as before: with a rule column, the country is checked against it", async () => {
  const file = temporary(
    "team-rule.csv",
    "person,entry,exit,country,nationality,rule\nAna,2025-05-01,2025-05-20,FR,US,schengen\n",
  );
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const headers = await page.locator(".team-table thead th").allTextContents();
  assert.ok(!headers.some((h) => h.includes("Zone name")), `${headers}`);
  assert.match(await page.getByTestId("team-checked-on").textContent(), /under/);
  check();
});

test("by zone, the passport is checked on the Schengen line as by rule, and the other zones say why not", async () => {
  // A US citizen with a trip to France planned in March 2026 and a passport expiring on 15 May,
  // two months after it ends (the Schengen rule needs three), and a stay in Kazakhstan.
  const on = "2026-01-15";
  const file = temporary(
    "team-zones-passport.csv",
    [
      "person,entry,exit,planned,country,nationality,passport expiry",
      "Ana Berg,01.11.2025,10.11.2025,no,FR,US,15.05.2026",
      "Ana Berg,01.03.2026,15.03.2026,yes,FR,US,",
      "Ana Berg,01.12.2025,10.12.2025,no,KZ,US,",
    ].join("\n") + "\n",
  );
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, on);
  const lines = JSON.parse(cli("json", file, on));
  assert.deepEqual(
    lines.map((l) => [l.zone, l.status, l.passport_check]),
    [
      ["schengen", "passport", "fails"],
      ["kz", "ok", "not_checked"],
    ],
  );
  const shown = await table(page);
  assert.deepEqual(
    shown.map((l) => [l.status, l.latestExit]),
    lines.map((l) => [l.status, l.latest_exit]),
  );
  const notes = await page.getByTestId("team-row").evaluateAll((rows) =>
    rows.map((row) => {
      const note = row.querySelector('[data-testid="team-passport"]');
      return [row.querySelector('[data-testid="team-zone-name"]').textContent, note?.dataset.check, note?.textContent];
    }),
  );
  assert.equal(notes[0][0], "Schengen area");
  assert.equal(notes[0][1], "fails");
  assert.match(notes[0][2], /New passport needed by 1 Mar 2026/);
  // The planned trip is not called fine on the zone's line: the passport does not cover it.
  const trip = await page.getByTestId("team-row").first().locator("td.verdict").textContent();
  assert.match(trip, /the passport does not cover this trip/);
  assert.doesNotMatch(trip, /fine/);
  assert.equal(notes[1][0], "Kazakhstan");
  assert.equal(notes[1][1], "not_checked");
  assert.match(notes[1][2], /Passport not checked: passport conditions are known for the Schengen rule only/);
  assert.equal(await page.getByTestId("team-status-counts").getAttribute("data-passport"), "1");
  await screenshot(page, "team-zones-passport-1280-en", { fullPage: true });
  check();
});

/** The records of a CSV text with commas (quoted fields may hold commas and quotes). */
function records(text) {
  const out = [];
  let record = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (!quoted && c === ",") {
      record.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      out.push([...record, field]);
      record = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || record.length) out.push([...record, field]);
  return out;
}

test("by zone, no rule to choose, and the readable exports name zones in the page's language", async () => {
  const { page, check } = await openTeam(app.browser, app.url);
  // A file by rule: the rule select, no statement.
  const byRule = temporary("team-by-rule.csv", "person,entry,exit\nAna,2025-05-01,2025-05-20\n");
  await load(page, byRule, ON);
  assert.equal(await page.getByTestId("team-rule").isVisible(), true);
  assert.equal(await page.getByTestId("team-rule-by-zone").isVisible(), false);
  // By zone: each zone's rule comes from the nationality, so the select is replaced by a statement.
  await load(page, FILE, ON);
  await page.getByTestId("team-rule-by-zone").waitFor();
  assert.equal(await page.getByTestId("team-rule").isVisible(), false);
  assert.match(await page.getByTestId("team-rule-by-zone").textContent(), /nationality/);
  const lines = JSON.parse(cli("json"));
  const WORDS = {
    ru: { title: "Название зоны", why: "Почему это правило", schengen: "Шенгенская зона", cyprus: "Кипр", citizen: /^Гражданство: / },
    kk: { title: "Аймақ атауы", why: "Неге бұл ереже", schengen: "Шенген аймағы", cyprus: "Кипр", citizen: /^Азаматтық: / },
  };
  for (const lang of ["ru", "kk"]) {
    const words = WORDS[lang];
    await page.getByTestId("language").selectOption(lang);
    await page.getByTestId("team-zone-name").filter({ hasText: words.schengen }).first().waitFor();
    assert.doesNotMatch(await page.getByTestId("team-rule-by-zone").textContent(), /[A-Za-z]{4,}/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-export-readable").click()]);
    const text = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    // The input's separator: a comma.
    const [header, ...rows] = records(text);
    const name = header.indexOf(words.title);
    const why = header.indexOf(words.why);
    assert.ok(name > 0 && why > 0, `${header}`);
    assert.equal(rows.length, lines.length);
    const names = rows.map((row) => row[name]);
    assert.ok(names.includes(words.schengen) && names.includes(words.cyprus), `${names}`);
    assert.ok(!names.some((n) => /Schengen|Cyprus|Kazakhstan/.test(n)), `${names}`);
    for (const row of rows) assert.match(row[why], words.citizen);
    // The workbook says the same.
    const [book] = await Promise.all([page.waitForEvent("download"), page.getByTestId("team-export-xlsx").click()]);
    const { cells } = readXlsx(readFileSync(await book.path()));
    const letter = String.fromCharCode(65 + name);
    assert.equal(cells[`${letter}1`].text, words.title);
    const inBook = rows.map((_, i) => cells[`${letter}${i + 2}`].text);
    assert.deepEqual(inBook, names);
  }
  await page.locator("section.team-settings").screenshot({ path: `${SCREENSHOTS}team-zones-rule-1280-kk.png` });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.locator("section.team-settings").screenshot({ path: `${SCREENSHOTS}team-zones-rule-375-kk.png` });
  check();
});

test("by zone, the person panel says the assumptions the line's countries rest on (en, ru)", async () => {
  const file = temporary(
    "team-monaco.csv",
    "person,entry,exit,country,nationality\nAna,2025-05-01,2025-05-05,MC,US\nAna,2025-06-01,2025-06-05,FR,US\n" +
      "Ben,2025-05-01,2025-05-05,FR,US\n",
  );
  const { page, check } = await openTeam(app.browser, app.url);
  await load(page, file, ON);
  const panel = page.getByTestId("team-person");
  const open = async (person) => {
    await page.getByTestId("team-row").filter({ hasText: person }).first().getByTestId("team-open").click();
    await panel.waitFor();
  };
  await open("Ana");
  const notes = panel.getByTestId("team-person-notes").locator("li");
  assert.deepEqual(await notes.evaluateAll((li) => li.map((l) => l.dataset.code)), ["assumption"]);
  assert.match(await notes.first().textContent(), /^Monaco \(MC\): its days are assumed to count toward the Schengen area/);
  await page.getByTestId("language").selectOption("ru");
  await eventually(async () => /^Монако \(MC\): дни пребывания предположительно/.test(await notes.first().textContent()), true);
  await panel.locator(".person-head, .person-numbers, .warnings").last().screenshot({ path: `${SCREENSHOTS}team-person-notes-ru.png` });
  await panel.getByTestId("team-person-close").click();
  // France alone rests on no assumption.
  await open("Ben");
  assert.equal(await panel.getByTestId("team-person-notes").locator("li").count(), 0);
  check();
});
