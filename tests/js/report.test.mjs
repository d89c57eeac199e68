// `report` of the built package (its second module, `staycalc/report`) against
// `staycalc report`: for each file and check date, the
// package's CSV and JSON text must equal what the command line prints, byte for byte, its
// objects must equal the command line's JSON parsed, and its bad rows must be the lines the
// command line writes to standard error. The files: examples/team.csv, files written by
// examples/gen_team.rs, and seeded random files with awkward spreadsheet habits (semicolons,
// tabs, quotes, a byte-order mark, CRLF, day-first dates) and bad rows of every kind. Then a
// round trip of each format, and each error code, recognised by `isStaycalcError` of the main
// module and shaped as the main module's errors are.
//
// The command line is `$STAYCALC_CLI` or the release build, gen_team the release example
// (`make test-js` builds both).
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { PKG, ROOT, project, releaseBinaries, thrown } from "./support.mjs";

const { report } = await import(pathToFileURL(join(PKG, "report", "node.js")).href);
const { evaluate, isStaycalcError } = await import(pathToFileURL(join(PKG, "node.js")).href);

const genTeam = join(ROOT, "target", "release", "examples", "gen_team");
const cli = releaseBinaries(genTeam);

const dir = project();

/**
 * `staycalc report` on `file` with the options of `report`: its standard output, and the bad
 * rows it lists on standard error (without the `staycalc: FILE: ` prefix).
 */
function commandLine(file, { on, rule, warn_below, format }) {
  const args = ["report", "--on", on, "--format", format, file];
  if (rule !== undefined) args.push("--rule", rule);
  if (warn_below !== undefined) args.push("--warn-below", String(warn_below));
  const run = spawnSync(cli, args, { encoding: "utf8", maxBuffer: 1 << 28 });
  assert.ok(run.status === 0 || run.status === 2, `${args.join(" ")}: ${run.stderr}`);
  const prefix = `staycalc: ${file}: line `;
  const bad = run.stderr
    .split("\n")
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice("staycalc: ".length + file.length + 2));
  return { out: run.stdout, bad };
}

/** A bad row as the command line words it. */
function worded(bad) {
  return bad.column === null
    ? `line ${bad.line}: ${bad.message}`
    : `line ${bad.line}, column ${bad.column}, value ${JSON.stringify(bad.value)}: ${bad.message}`;
}

/** Checks that `report` on `text` (in `file`) agrees with the command line in every format. */
/**
 * A bad row's message of the command line in `report`'s words: the rule is an option, not the
 * flag `--rule`, a nationality is a column, not the flag `--nationality`, and `rules()` lists
 * the catalogue (the only differences).
 */
const inOptionWords = (message) =>
  message
    .replace("no default rule was given (--rule)", "no rule was given in the options")
    .replace("(--nationality)", "(a nationality column)")
    .replace("`staycalc rules` lists the known ones", "rules() lists the known ones");

function agrees(file, text, options) {
  const json = commandLine(file, { ...options, format: "json" });
  const csv = commandLine(file, { ...options, format: "csv" });
  const asJson = report(text, { ...options, format: "json" });
  const asCsv = report(text, { ...options, format: "csv" });
  const objects = report(text, options);
  assert.equal(asJson.text, json.out);
  assert.equal(asCsv.text, csv.out);
  assert.deepEqual(objects.people, JSON.parse(json.out));
  for (const answer of [asJson, asCsv, objects]) {
    assert.deepEqual(answer.bad_rows.map(worded), json.bad.map(inOptionWords));
  }
  assert.deepEqual(asCsv.bad_rows, objects.bad_rows);
  // The rows of the file as the command line's summary counts them ("from 20 rows, 1 of them
  // unreadable (line 13)"); `rows` stays the rows checked.
  const words = commandLine(file, { ...options, format: "text" }).out.split("\n")[0];
  for (const answer of [asJson, asCsv, objects]) {
    assert.match(words, new RegExp(` from ${answer.rows_in_file} rows?(,|$)`), words);
    assert.ok(answer.rows_in_file >= answer.rows + answer.elsewhere_lines.length);
  }
  return objects;
}

for (const on of ["2025-06-01", "2026-05-20", "2026-11-26"]) {
  test(`examples/team.csv on ${on}: the same report as the command line`, () => {
    const file = join(ROOT, "examples", "team.csv");
    const answer = agrees(file, readFileSync(file, "utf8"), { on, rule: "schengen" });
    assert.ok(answer.people.length > 5);
    assert.ok(answer.bad_rows.length >= 1, "the example has a row with no such day");
    assert.equal(answer.date_format, "YYYY-MM-DD");
  });
}

// gen_team's trips start from 2024-09-01, about 50 days apart.
for (const [people, stays, on, warnBelow] of [[300, 10, "2026-01-15"], [1000, 4, "2025-02-01", 30]]) {
  test(`gen_team, ${people} people x ${stays} stays on ${on}: the same report as the command line`, () => {
    const file = join(dir, `gen-${people}.csv`);
    execFileSync(genTeam, [file, String(people), String(stays)]);
    const answer = agrees(file, readFileSync(file, "utf8"), { on, rule: "schengen", warn_below: warnBelow });
    assert.equal(answer.people.length, people);
    assert.equal(answer.rows, people * stays);
    assert.deepEqual(answer.bad_rows, []);
    assert.ok(answer.people.some((person) => person.next_planned !== null));
    assert.ok(answer.people.some((person) => person.status !== "ok"));
  });
}

/** A small deterministic generator (mulberry32), so every run checks the same files. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ["Ana", "Ben Ode", "Doe, Jane", 'Kay "K" Lee', "Chloé Martin", "Elif Yılmaz", "  Omar  ", "Zoë;Ng"];
const RULES = ["", "", "", "schengen", "kz-visa-free", "ru", "gb", "SCHENGEN", "atlantis"];
const PLANNED = ["", "", "no", "no", "yes", "Y", "0", "maybe"];

/**
 * A seeded team file as spreadsheets write them: a separator, quotes where a value needs them,
 * sometimes a byte-order mark and CRLF, ISO or day-first dates, and rows that cannot be read
 * (no such day, exit before entry, no exit after `on`, an unknown rule, a bad planned cell, a
 * missing person, too many values).
 */
function awkwardFile(seed, on) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const separator = pick([",", ";", "\t"]);
  const newline = next() < 0.5 ? "\r\n" : "\n";
  const dayFirst = next() < 0.5 ? pick([".", "/", "-"]) : null;
  const onDay = Date.parse(`${on}T00:00:00Z`) / 86_400_000;
  const written = (day) => {
    const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
    if (!dayFirst) return iso;
    const [y, m, d] = iso.split("-");
    return [d, m, y].join(dayFirst);
  };
  const cell = (value) =>
    /[",;\t\r\n]/.test(value) || value.trim() !== value ? `"${value.replaceAll('"', '""')}"` : value;
  const lines = [["Name", "Department", "Arrival", "Departure", "rule", "Planned", "note"]];
  for (let row = 0; row < 40 + Math.floor(next() * 60); row++) {
    const entry = onDay - 400 + Math.floor(next() * 600);
    const length = Math.floor(next() * 60);
    let exit = next() < 0.1 ? "" : written(entry + length);
    let arrival = written(entry);
    const trouble = next();
    if (trouble < 0.03) arrival = dayFirst ? `31${dayFirst}02${dayFirst}2025` : "2025-02-31";
    else if (trouble < 0.06) exit = written(entry - 3);
    else if (trouble < 0.08) arrival = "someday";
    const person = trouble > 0.98 ? "" : pick(NAMES);
    const values = [person, pick(["Sales", "Legal", "", "=1+1"]), arrival, exit, pick(RULES), pick(PLANNED), ""];
    if (trouble > 0.97 && trouble <= 0.98) values.push("extra");
    lines.push(values);
  }
  const text = lines.map((values) => values.map(cell).join(separator)).join(newline) + newline;
  return (next() < 0.3 ? "\ufeff" : "") + text;
}

for (let seed = 1; seed <= 12; seed++) {
  const on = ["2025-06-01", "2025-12-24", "2026-03-01"][seed % 3];
  const rule = seed % 4 === 0 ? undefined : "schengen";
  test(`awkward file ${seed} on ${on}${rule ? "" : " with no default rule"}: the same report and bad rows`, () => {
    const file = join(dir, `awkward-${seed}.csv`);
    const text = awkwardFile(seed, on);
    writeFileSync(file, text);
    const answer = agrees(file, text, { on, rule, warn_below: seed });
    assert.ok(answer.people.length > 0);
    assert.ok(answer.bad_rows.length > 0, "every file has a row that cannot be read");
    for (const bad of answer.bad_rows) {
      assert.equal(typeof bad.line, "number");
      assert.ok(bad.column === null || typeof bad.column === "string");
      assert.equal(typeof bad.value, "string");
      assert.ok(bad.message.length > 0 && !bad.message.endsWith("."));
    }
  });
}

const TEAM = `person,department,entry,exit,planned
Ana,Sales,2025-03-01,2025-04-30,no
"Doe, Jane",Legal,2025-05-20,2025-05-25,no
Ana,,2025-07-01,2025-07-31,yes
"Doe, Jane",Legal,2025-02-30,,no
`;

test("report round trip: objects, JSON text and CSV text hold the same lines", () => {
  const options = { on: "2025-06-01", rule: "schengen" };
  const objects = report(TEAM, options);
  assert.deepEqual(Object.keys(objects).sort(), ["bad_rows", "date_format", "elsewhere_lines", "people", "rows", "rows_in_file", "spellings"]);
  assert.deepEqual(JSON.parse(JSON.stringify(objects)), objects, "plain, JSON-safe objects");
  const json = report(TEAM, { ...options, format: "json" });
  assert.deepEqual(Object.keys(json).sort(), ["bad_rows", "date_format", "elsewhere_lines", "rows", "rows_in_file", "spellings", "text"]);
  assert.deepEqual(JSON.parse(json.text), objects.people);
  const csv = report(TEAM, { ...options, format: "csv" }).text.split("\r\n");
  assert.equal(csv.length, objects.people.length + 2, "a header, a line per person, the end");
  assert.equal(csv.at(-1), "");
  // The same people in the same order, the person first (quoted when it holds a comma).
  const quoted = (name) => (/[",\r\n]/.test(name) ? `"${name.replaceAll('"', '""')}"` : name);
  objects.people.forEach((person, i) => assert.ok(csv[i + 1].startsWith(`${quoted(person.person)},`), csv[i + 1]));
  const [ana, jane] = objects.people;
  assert.equal(ana.department, "Sales");
  assert.equal(ana.next_planned.row, 4);
  assert.deepEqual(jane.bad_lines, [5]);
  // 3 rows checked of the file's 4: the one with no such day is read but not checked.
  assert.equal(objects.rows, 3);
  assert.equal(objects.rows_in_file, 4);
  assert.equal(json.rows_in_file, 4);
});

test("names that differ only in letter case, spaces or dots are one person, and said", () => {
  const team = "person,entry,exit\nIvanov I.I.,2025-03-01,2025-04-10\nivanov  i. i.,2025-04-20,2025-05-25\n";
  const answer = report(team, { on: "2025-06-01", rule: "schengen" });
  assert.deepEqual(answer.people.map((p) => [p.person, p.days_used, p.status]), [["Ivanov I.I.", 77, "ok"]]);
  assert.deepEqual(answer.spellings, [{ person: "Ivanov I.I.", spelling: "ivanov  i. i.", line: 3 }]);
  assert.deepEqual(report(team, { on: "2025-06-01", rule: "schengen", format: "csv" }).spellings, answer.spellings);
});

test("a row wholly in another zone than its rule's is not counted, not bad, and its line is given", () => {
  // The traveller page's backup CSV: a rule and a country on each row.
  const log = "person,entry,exit,rule,country\nAna,2025-03-01,2025-03-10,schengen,FR\n" +
    "Ana,2025-03-12,2025-04-30,schengen,GE\n";
  const answer = report(log, { on: "2025-05-01" });
  assert.deepEqual(answer.bad_rows, []);
  assert.deepEqual(answer.elsewhere_lines, [3]);
  assert.equal(answer.rows, 1);
  assert.equal(answer.rows_in_file, 2, "the row in another zone is a row of the file");
  assert.deepEqual(answer.people.map((p) => [p.person, p.status, p.days_used]), [["Ana", "ok", 10]]);
});

test("a bad row never drops the good ones", () => {
  const good = report(TEAM.split("\n").slice(0, 4).join("\n") + "\n", { on: "2025-06-01", rule: "schengen" });
  const withBad = report(TEAM, { on: "2025-06-01", rule: "schengen" });
  assert.deepEqual(good.bad_rows, []);
  // The same answers; a person with a bad row is "check_rows", never "ok".
  assert.deepEqual(
    withBad.people.map(({ bad_lines, status, ...person }) => person),
    good.people.map(({ bad_lines, status, ...person }) => person),
  );
  assert.deepEqual(
    withBad.people.map((person) => [person.person, person.status]),
    [
      ["Ana", "planned_overstay"],
      ["Doe, Jane", "check_rows"],
    ],
  );
  assert.equal(good.people[1].status, "ok");
  assert.deepEqual(withBad.bad_rows, [
    { line: 5, column: "entry", value: "2025-02-30", message: "no such day in YYYY-MM-DD" },
  ]);
});

/** [csvText, options, code, row, text the message names] */
const errors = [
  ["", { on: "2025-06-01", rule: "schengen" }, "bad_input", 1, "empty"],
  ["name,from\nAna,2025-01-01\n", { on: "2025-06-01", rule: "schengen" }, "bad_input", 1, "exit"],
  [TEAM, { on: "2025-06-01" }, "bad_input", 1, "rule"],
  [TEAM, { on: "2025-06-01", rule: "atlantis" }, "unknown_rule", null, "atlantis"],
  [TEAM, { on: "2025-02-30", rule: "schengen" }, "bad_date", null, "2025-02-30"],
  [TEAM, { on: "1899-12-31", rule: "schengen" }, "date_out_of_range", null, "1899-12-31"],
  [TEAM, { on: "2020-01-01", rule: "kz-india-iran" }, "rule_not_in_force", null, "2020-01-01"],
  [TEAM, { on: "2025-06-01", rule: { window: 90, max: 0 } }, "invalid_rule", null, "maximum"],
  [TEAM, { rule: "schengen" }, "bad_request", null, "on"],
  [TEAM, { on: "2025-06-01", rule: "schengen", format: "xlsx" }, "bad_request", null, "xlsx"],
  [TEAM, { on: "2025-06-01", rule: "schengen", warn_below: -1 }, "bad_request", null, "-1"],
  [TEAM, { on: "2025-06-01", rule: "schengen", warnBelow: -1 }, "bad_request", null, "-1"],
  [TEAM, { on: "2025-06-01", rule: "schengen", warnbelow: 5 }, "bad_request", null, "warnbelow"],
  [TEAM, undefined, "bad_request", null, "undefined"],
  [new TextEncoder().encode(TEAM), { on: "2025-06-01", rule: "schengen" }, "bad_request", null, "csvText"],
];

for (const [text, options, code, row, named] of errors) {
  test(`report throws ${code} for ${JSON.stringify(options)} on ${JSON.stringify(String(text).slice(0, 20))}`, () => {
    const error = thrown(() => report(text, options));
    assert.ok(error instanceof Error);
    assert.ok(isStaycalcError(error));
    assert.equal(error.code, code);
    assert.equal(error.row, row);
    assert.ok(error.message.includes(named), `${error.message} names ${named}`);
    assert.ok(!error.message.endsWith("."), "no trailing period");
  });
}

test("errors of both modules have the same shape", () => {
  const fromReport = thrown(() => report(TEAM, { on: "2025-06-01", rule: "atlantis" }));
  const fromMain = thrown(() => evaluate({ rule: "atlantis", stays: [], on: "2025-06-01" }));
  for (const error of [fromReport, fromMain]) {
    assert.equal(Object.getPrototypeOf(error), Error.prototype);
    assert.equal(error.name, "StaycalcError");
    assert.deepEqual(Object.keys(error).sort(), ["code", "name", "row"]);
  }
  assert.deepEqual(
    [fromReport.code, fromReport.row, fromReport.message],
    [fromMain.code, fromMain.row, fromMain.message],
  );
});

test("`staycalc/report` resolves through the package's exports, apart from `staycalc`", () => {
  const dir = project();
  const file = join(dir, "subpath.mjs");
  writeFileSync(
    file,
    `import init, * as module from "staycalc/report";
import { isStaycalcError } from "staycalc";
await init();
let code = "none";
try { module.report("", { on: "2025-06-01", rule: "schengen" }); } catch (error) { code = isStaycalcError(error) && error.code; }
const { people } = module.report(${JSON.stringify(TEAM)}, { on: "2025-06-01", rule: "schengen" });
console.log(JSON.stringify([Object.keys(module).sort(), people.map((p) => p.days_used), code]));
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, [file], { cwd: dir, encoding: "utf8" }));
  const expected = report(TEAM, { on: "2025-06-01", rule: "schengen" }).people.map((p) => p.days_used);
  assert.deepEqual(out, [["Traveller", "default", "evaluateMany", "initSync", "report"], expected, "bad_input"]);
});

test("report's messages name the option rule, not the command line's flag --rule", () => {
  const error = thrown(() => report("person,entry,exit\nAna,2025-01-01,2025-01-10\n", { on: "2025-06-01" }));
  assert.equal(error.code, "bad_input");
  assert.doesNotMatch(error.message, /--rule/);
  const unknown = report("person,rule,entry,exit\nAna,atlantis,2025-01-01,2025-01-10\n", { on: "2025-06-01" });
  assert.match(unknown.bad_rows[0].message, /^unknown rule: rules\(\) lists the known ones$/);
  assert.match(error.message, /no rule was given in the options/);
  const answer = report("person,rule,entry,exit\nAna,,2025-01-01,2025-01-10\n", { on: "2025-06-01" });
  assert.equal(answer.bad_rows.length, 1);
  assert.equal(answer.bad_rows[0].line, 2);
  assert.match(answer.bad_rows[0].message, /^empty, and no rule was given in the options$/);
  // With a country column, the way to check each row's country under its own rule: a
  // nationality column (report() has no nationality option).
  const countries = thrown(() => report("person,entry,exit,country\nAna,2025-01-01,2025-01-10,FR\n", { on: "2025-06-01" }));
  assert.doesNotMatch(countries.message, /--/);
  assert.match(countries.message, /nor a nationality to check each row's country under its own rule \(a nationality column\)$/);
});
