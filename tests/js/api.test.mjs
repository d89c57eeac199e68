// Each export of the built package, called as a Node user would: a round trip of each, and
// each error code with its shape. Expected figures come from the official worked examples
// cited beside them (shared/domain/rules.md §2, the Swiss SEM examples).
import assert from "node:assert/strict";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { PKG, project, thrown } from "./support.mjs";

const run = promisify(execFile);

const staycalc = await import(pathToFileURL(join(PKG, "node.js")).href);
const { evaluate, planCheck, timeline, earliestEntry, rules, version, isStaycalcError } = staycalc;

/** SEM example 4: stays up to 2014-01-30, checked that day. */
const example4 = {
  rule: "schengen",
  stays: [
    { entry: "2013-06-01", exit: "2013-07-13" },
    { entry: "2013-08-15", exit: "2013-09-30" },
    { entry: "2014-01-01", exit: "2014-01-30" },
  ],
  on: "2014-01-30",
};

test("init resolves at once in Node, and the exports are ready on import", async () => {
  await staycalc.default();
  assert.equal(typeof evaluate(example4).days_used, "number");
});

test("the main module holds the traveller's exports, Traveller among them; report is in staycalc/report", () => {
  assert.deepEqual(Object.keys(staycalc).sort(), [
    "Traveller",
    "default",
    "earliestEntry",
    "evaluate",
    "initSync",
    "isStaycalcError",
    "planCheck",
    "rules",
    "timeline",
    "version",
  ]);
});

test("evaluate answers SEM example 4 with plain, JSON-safe objects", () => {
  const answer = evaluate(example4);
  assert.equal(answer.window_start, "2013-08-04");
  assert.equal(answer.days_used, 77);
  assert.equal(answer.latest_exit, "2014-03-31");
  assert.equal(answer.status, "ok");
  assert.equal(answer.first_unlawful_day, null);
  assert.deepEqual(JSON.parse(JSON.stringify(answer)), answer, "no undefined, no class instances");
  assert.equal(Object.getPrototypeOf(answer), Object.prototype);
  assert.deepEqual(
    answer.plan.map((stay) => [stay.row, stay.unlawful_days]),
    [[1, 0], [2, 0], [3, 0]],
  );
});

test("evaluate: SEM example 5a overstays by 9 days on exit", () => {
  const answer = evaluate({
    rule: "schengen",
    stays: [
      { entry: "2013-09-01", exit: "2013-09-30" },
      { entry: "2014-02-21", exit: "2014-04-20" },
      { entry: "2014-05-01", exit: "2014-06-09" },
    ],
    on: "2014-06-09",
  });
  assert.equal(answer.days_used, 99);
  assert.equal(answer.overstay_days, 9);
  assert.equal(answer.status, "overstay");
  assert.equal(answer.latest_exit, null);
});

test("evaluate takes a custom rule, an open stay and a threshold", () => {
  // 20 days (1 to 20 March) of 30: 10 remain, not fewer than the default 10, fewer than 11.
  const request = {
    rule: { window: 180, max: 30, per_entry: 60 },
    stays: [{ entry: "2025-03-01", id: 7 }],
    on: "2025-03-20",
  };
  assert.equal(evaluate(request).status, "ok");
  const answer = evaluate({ ...request, warn_below: 11 });
  assert.equal(answer.rule, "custom");
  assert.equal(answer.day_of_stay, 20);
  assert.equal(answer.days_remaining, 10);
  assert.equal(answer.per_entry_cap, 60);
  assert.equal(answer.latest_exit, "2025-03-30");
  assert.equal(answer.status, "warning");
  assert.deepEqual(evaluate({ ...request, stays: [{ entry: "2025-03-01", exit: "" }] }), evaluate(request));
});

test("requests' keys are snake_case, as the answers' fields; the camelCase names still work, deprecated", () => {
  const request = { rule: "schengen", stays: [{ entry: "2025-03-01", exit: "2025-05-20" }], on: "2025-05-20" };
  // 81 days used, 9 remain: a warning below 10 (the default), not below 5.
  assert.equal(evaluate(request).status, "warning");
  assert.equal(evaluate({ ...request, warn_below: 5 }).status, "ok");
  assert.deepEqual(evaluate({ ...request, warnBelow: 5 }), evaluate({ ...request, warn_below: 5 }));
  const custom = { ...request, rule: { window: 180, max: 90, per_entry: 30 } };
  assert.equal(evaluate(custom).per_entry_cap, 30);
  assert.deepEqual(evaluate({ ...request, rule: { window: 180, max: 90, perEntry: 30 } }), evaluate(custom));
  // `null` is absent: the other name is read; given both, the snake_case name is.
  assert.equal(evaluate({ ...request, warn_below: null, warnBelow: 5 }).status, "ok");
  assert.equal(evaluate({ ...request, warn_below: 5, warnBelow: 20 }).status, "ok");
  assert.match(thrown(() => evaluate({ ...request, warn_below: "5" })).message, /warn_below must be a whole number/);
});

test("evaluate leads with a binding per-entry cap, and tells each situation apart", () => {
  // Kazakhstan's visa-free list, 30 per entry: day 33 of a stay entered on 1 November.
  const kz = evaluate({ rule: "kz-visa-free", stays: [{ entry: "2025-11-01" }], on: "2025-12-03" });
  assert.equal(kz.status, "overstay");
  assert.equal(kz.binding, "per_entry");
  assert.equal(kz.days_left_in_stay, 0);
  assert.equal(kz.per_entry_last_day, "2025-11-30");
  // SEM example 5a, checked after the trip: an overstay in the past, lawful now.
  const past = evaluate({
    rule: "schengen",
    stays: [
      { entry: "2013-09-01", exit: "2013-09-30" },
      { entry: "2014-02-21", exit: "2014-04-20" },
      { entry: "2014-05-01", exit: "2014-06-09" },
    ],
    on: "2014-10-01",
  });
  assert.equal(past.status, "past_overstay");
  assert.equal(past.past_unlawful_days, 9);
  // In since 1 January with June booked: stay until 2 March to keep June lawful.
  const booked = evaluate({
    rule: "schengen",
    stays: [{ entry: "2025-01-01" }, { entry: "2025-06-01", exit: "2025-06-30" }],
    on: "2025-01-10",
  });
  assert.equal(booked.latest_exit, "2025-03-31");
  assert.equal(booked.latest_exit_keeping_plans, "2025-03-02");
});

test("planCheck gives a verdict per stay", () => {
  const answer = planCheck({
    rule: "schengen",
    stays: [
      { entry: "2025-01-01", exit: "2025-02-28" },
      { entry: "2025-05-01", exit: "2025-05-31" },
      { entry: "2025-06-20", exit: "2025-06-30" },
    ],
    on: "2025-03-15",
  });
  // 59 + 31 days make 90: the June trip is unlawful from its first day.
  assert.equal(answer.lawful, false);
  assert.deepEqual(
    answer.stays.map((s) => [s.row, s.planned, s.unlawful_days, s.first_unlawful_day]),
    [[1, false, 0, null], [2, true, 0, null], [3, true, 11, "2025-06-20"]],
  );
});

test("timeline has one day per date and the drop-outs", () => {
  const answer = timeline({
    rule: "schengen",
    stays: [{ entry: "2025-01-01", exit: "2025-01-10" }],
    on: "2025-03-01",
    from: "2025-01-01",
    to: "2025-12-31",
  });
  assert.equal(answer.days.length, 365);
  assert.equal(answer.days[9].count, 10);
  assert.deepEqual(answer.days.filter((d) => d.present).length, 10);
  // The ten January days leave the 180-day window from 2025-06-30 to 2025-07-09.
  assert.deepEqual(answer.drop_outs, [{ from: "2025-06-30", until: "2025-07-09", days: 10 }]);
  assert.equal(answer.days.find((d) => d.date === "2025-07-10").count, 0);
});

test("earliestEntry: SEM example 5b", () => {
  const request = {
    rule: "schengen",
    stays: [
      { entry: "2013-09-01", exit: "2013-09-30" },
      { entry: "2014-02-21", exit: "2014-04-20" },
      { entry: "2014-05-01", exit: "2014-06-09" },
    ],
    on: "2014-08-30",
  };
  assert.equal(earliestEntry({ ...request, days: 90 }), "2014-09-08");
  assert.equal(earliestEntry({ ...request, days: 50 }), "2014-08-30");
  assert.equal(earliestEntry({ rule: { window: 180, max: 90 }, stays: [], on: "2025-01-01", days: 91 }), null);
});

test("rules lists the catalogue with versions, sources and confidence", () => {
  const list = rules();
  const ids = list.map((rule) => rule.id);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(ids.includes("schengen") && ids.includes("kz-visa-free"));
  for (const rule of list) {
    assert.ok(rule.source.length > 0, rule.id);
    assert.ok(["high", "medium", "low"].includes(rule.confidence), rule.id);
    assert.ok(rule.versions.length > 0, rule.id);
    // Every catalogue rule can be evaluated on the day its last version starts.
    const on = rule.versions.at(-1).from ?? "2025-01-01";
    assert.equal(evaluate({ rule: rule.id, stays: [], on }).rule, rule.id);
  }
});

test("version is the package's", async () => {
  const { readFile } = await import("node:fs/promises");
  const manifest = JSON.parse(await readFile(join(PKG, "package.json"), "utf8"));
  assert.equal(version(), manifest.version);
});

/** `n` one-day trips three days apart from 1 January of `year`. */
function oneDayTrips(n, year) {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(year, 0, 1 + 3 * i)).toISOString().slice(0, 10);
    return { entry: day, exit: day };
  });
}

/** [export, request, code, row, text the message names] */
const errors = [
  [evaluate, { rule: "atlantis", stays: [], on: "2025-01-01" }, "unknown_rule", null, "atlantis"],
  [evaluate, { rule: "schengen", stays: [], on: "2025-02-30" }, "bad_date", null, "2025-02-30"],
  [evaluate, { rule: "schengen", stays: [{ entry: "2025-01-01" }, { entry: "01/05" }], on: "2025-06-01" }, "bad_date", 2, "01/05"],
  [evaluate, { rule: "schengen", stays: [], on: "1899-12-31" }, "date_out_of_range", null, "1899-12-31"],
  [planCheck, { rule: "schengen", stays: [{ entry: "2025-03-05", exit: "2025-03-01" }], on: "2025-06-01" }, "exit_before_entry", 1, "2025-03-01"],
  [evaluate, { rule: "schengen", stays: [{ entry: "2025-07-01" }], on: "2025-06-01" }, "open_stay_after_check_date", 1, "2025-07-01"],
  [evaluate, { rule: { window: 90, max: 0 }, stays: [], on: "2025-01-01" }, "invalid_rule", null, "maximum"],
  [evaluate, { rule: "kz-india-iran", stays: [], on: "2020-01-01" }, "rule_not_in_force", null, "2020-01-01"],
  [earliestEntry, { rule: "schengen", stays: [], on: "2025-01-01", days: 0 }, "invalid_number", null, "0"],
  [timeline, { rule: "schengen", stays: [], on: "2025-01-01", from: "2025-01-01", to: "2099-01-01" }, "invalid_number", null, "2099-01-01"],
  [evaluate, { rule: "schengen", stays: [], on: new Date(2025, 0, 1) }, "bad_request", null, "on"],
  [evaluate, { rule: "schengen", stays: [{ entry: 20250101 }], on: "2025-01-01" }, "bad_request", 1, "20250101"],
  [evaluate, { rule: "schengen", stays: [], on: "2025-01-01", warnbelow: 5 }, "bad_request", null, "warnbelow"],
  [timeline, { rule: "schengen", stays: [], on: "2025-01-01" }, "bad_request", null, "from"],
  [evaluate, undefined, "bad_request", null, "undefined"],
  // A misspelt exit would be read as no exit: a stay present through the check date.
  [evaluate, { rule: "schengen", stays: [{ entry: "2025-01-01", Exit: "2025-01-05" }], on: "2025-06-01" }, "bad_request", 1, 'unknown field "Exit" in the stay: did you mean "exit"? (row 1)'],
  [evaluate, { rule: "schengen", stays: [{ entry: "2025-01-01", exit: "2025-01-03" }, { entry: "2025-02-01", exitDate: "2025-02-05" }], on: "2025-06-01" }, "bad_request", 2, 'unknown field "exitDate" in the stay: did you mean "exit"?'],
  [evaluate, { rule: "schengen", stays: [{ from: "2025-01-01", to: "2025-01-05" }], on: "2025-06-01" }, "bad_request", 1, 'unknown field "from" in the stay: did you mean "entry"?'],
  [planCheck, { rule: "schengen", stays: [{ entry: "2025-01-01", to: "2025-01-05" }], on: "2025-06-01" }, "bad_request", 1, 'unknown field "to" in the stay: did you mean "exit"?'],
  [evaluate, { rule: "schengen", stays: [], on: "2025-01-01", warnbelow: 5 }, "bad_request", null, 'unknown field "warnbelow" in the request: did you mean "warn_below"?'],
  // Under Schengen's fixed periods (before 2013-10-18) at most 500 planned stays are checked.
  [planCheck, { rule: "schengen", stays: oneDayTrips(501, 1996), on: "1995-06-01" }, "too_many_planned_stays", null, "501 planned stays"],
  // The check date's suggestion is a format the API accepts.
  [evaluate, { rule: "schengen", stays: [], on: "01.03.2025" }, "bad_date", null, 'on "01.03.2025" is not a date: expected YYYY-MM-DD, such as 2025-03-01'],
];

for (const [run, request, code, row, named] of errors) {
  test(`${run.name} throws ${code} for ${String(JSON.stringify(request)).slice(0, 300)}`, () => {
    const error = thrown(() => run(request));
    assert.ok(error instanceof Error);
    assert.ok(isStaycalcError(error));
    assert.equal(error.name, "StaycalcError");
    assert.equal(error.code, code);
    assert.equal(error.row, row);
    assert.ok(error.message.includes(named), `${error.message} names ${named}`);
    assert.equal(error.message, error.message.trim());
    assert.ok(!error.message.endsWith("."), "no trailing period");
  });
}

test("a stay's keys of its own are ignored, and no message suggests a format the API refuses", () => {
  const stays = [{ entry: "2025-01-01", exit: "2025-01-05", id: 7, note: "ski", text: "x" }];
  assert.equal(evaluate({ rule: "schengen", stays, on: "2025-06-01" }).days_used, 5);
  const error = thrown(() => evaluate({ rule: "schengen", stays: [{ entry: "1.3.2025" }], on: "2025-06-01" }));
  assert.ok(!error.message.includes("01.03.2025"), error.message);
});

test("isStaycalcError tells staycalc's errors from others", () => {
  assert.equal(isStaycalcError(new Error("other")), false);
  assert.equal(isStaycalcError({ name: "StaycalcError", code: "bad_date" }), false);
  assert.equal(isStaycalcError(undefined), false);
});

test("the instance survives every error: answers after errors are unchanged", () => {
  const before = evaluate(example4);
  for (const [run, request] of errors) thrown(() => run(request));
  assert.deepEqual(evaluate(example4), before);
});

test("require('staycalc') works on every Node 20, without require(esm)", async () => {
  const { engines, exports } = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  assert.equal(engines.node, ">=20");
  const dir = project();
  // Node before 20.19 cannot require an ES module: this flag makes this Node behave so.
  const script = `
    const staycalc = require("staycalc");
    const { Traveller, evaluateMany } = require("staycalc/report");
    const { evaluateTrips } = require("staycalc/trips");
    const { evaluateDocuments } = require("staycalc/documents");
    const request = ${JSON.stringify(example4)};
    const traveller = new Traveller({ rule: request.rule, stays: request.stays });
    const mainTraveller = new staycalc.Traveller({ rule: request.rule, stays: request.stays });
    console.log(JSON.stringify([
      staycalc.evaluate(request).days_used,
      traveller.daysUsed(request.on),
      mainTraveller.daysUsed(request.on),
      evaluateMany([request])[0].days_used,
      evaluateDocuments(request).days_used,
      typeof evaluateTrips,
      staycalc.isStaycalcError((() => { try { staycalc.evaluate({}); } catch (e) { return e; } })()),
    ]));
    staycalc.default().then((instance) => console.log(typeof instance.memory));
  `;
  const { stdout } = await run(process.execPath, ["--no-experimental-require-module", "-e", script], { cwd: dir });
  const used = evaluate(example4).days_used;
  assert.equal(stdout, `${JSON.stringify([used, used, used, used, used, "function", true])}\nobject\n`);
  for (const entry of [".", "./report", "./trips", "./documents"]) {
    assert.match(exports[entry].node.require, /node\.cjs$/, entry);
  }
});
