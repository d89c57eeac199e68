// The package and the command line give the same answers: for each case, `staycalc check
// --format json` on a CSV of the stays, and `evaluate` on the same stays, must print the same
// object. The command line is `$STAYCALC_CLI`, or the release build, or the debug build
// (`make test-js` builds the release one first).
//
// Two differences are mapped, and only these: the command line's rows are lines of its file
// (the header is line 1, so the first stay is row 2) where the package's are positions in
// `stays` (the first is row 1); and the command line adds `date_format`, the way its file
// wrote dates, which a package that takes only `YYYY-MM-DD` has no use for. `staycalc rules`
// adds to each version a `description` in words, which `rules()` leaves to the caller.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { PKG, ROOT, project } from "./support.mjs";

const { evaluate, rules } = await import(pathToFileURL(join(PKG, "node.js")).href);

const cli = [
  process.env.STAYCALC_CLI,
  join(ROOT, "target", "release", "staycalc"),
  join(ROOT, "target", "debug", "staycalc"),
].find((path) => path && existsSync(path));
if (!cli) throw new Error("no staycalc binary: run `cargo build --release` (make test-js does)");

const dir = project();

/** `staycalc check --format json` on `request`'s stays, rows mapped to positions in `stays`. */
function check(request) {
  const file = join(dir, "stays.csv");
  const lines = request.stays.map((stay) => `${stay.entry},${stay.exit ?? ""}`);
  writeFileSync(file, ["entry,exit", ...lines].join("\n") + "\n");
  const rule =
    typeof request.rule === "string"
      ? ["--rule", request.rule]
      : [
          "--window", String(request.rule.window),
          "--max", String(request.rule.max),
          ...(request.rule.per_entry ? ["--per-entry", String(request.rule.per_entry)] : []),
        ];
  const warn = request.warn_below === undefined ? [] : ["--warn-below", String(request.warn_below)];
  const out = execFileSync(cli, ["check", ...rule, "--on", request.on, ...warn, "--format", "json", file]);
  const { date_format, ...answer } = JSON.parse(out.toString());
  assert.equal(date_format, "YYYY-MM-DD");
  const line = (row) => row - 1;
  return {
    ...answer,
    plan: answer.plan.map((stay) => ({ ...stay, row: line(stay.row) })),
    warnings: answer.warnings.map((warning) => ({
      ...warning,
      rows: warning.rows.map(line),
      message: warning.message.replace(/rows (\d+) and (\d+)/, (_, a, b) => `rows ${line(a)} and ${line(b)}`),
    })),
  };
}

/** A small deterministic generator (mulberry32), so every run checks the same cases. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const dayOf = (text) => Date.parse(`${text}T00:00:00Z`) / 86_400_000;

/** Stays around `on`: past, overlapping, planned, and sometimes one still open on `on`. */
function stays(next, on) {
  const count = 1 + Math.floor(next() * 8);
  let day = dayOf(on) - 400 + Math.floor(next() * 60);
  const list = [];
  for (let i = 0; i < count; i++) {
    const length = Math.floor(next() * 50);
    list.push({ entry: iso(day), exit: iso(day + length) });
    day += length + Math.floor(next() * 80) - 5; // sometimes overlapping the previous stay
  }
  if (next() < 0.3) list.push({ entry: iso(dayOf(on) - Math.floor(next() * 20)) });
  return list.filter((stay) => stay.exit === undefined || stay.entry <= stay.exit);
}

const cases = [
  {
    // SEM example 4.
    rule: "schengen",
    stays: [
      { entry: "2013-06-01", exit: "2013-07-13" },
      { entry: "2013-08-15", exit: "2013-09-30" },
      { entry: "2014-01-01", exit: "2014-01-30" },
    ],
    on: "2014-01-30",
  },
  {
    rule: { window: 180, max: 30, per_entry: 25 },
    stays: [{ entry: "2025-01-01", exit: "2025-01-10" }, { entry: "2025-01-08", exit: "2025-01-12" }, { entry: "2025-03-01" }],
    on: "2025-03-20",
    warn_below: 20,
  },
];
const next = random(20250101);
for (const rule of rules()) {
  const from = rule.versions.at(-1).from ?? "2024-06-01";
  for (const offset of [0, 200]) {
    const on = iso(Math.max(dayOf(from), dayOf("2024-06-01")) + offset);
    cases.push({ rule: rule.id, stays: stays(next, on), on });
  }
}
for (let i = 0; i < 20; i++) {
  const window = 30 + Math.floor(next() * 400);
  const max = 1 + Math.floor(next() * (window - 1));
  const per_entry = next() < 0.5 ? 1 + Math.floor(next() * 90) : undefined;
  const on = iso(dayOf("2020-01-01") + Math.floor(next() * 2000));
  cases.push({ rule: { window, max, ...(per_entry && { per_entry }) }, stays: stays(next, on), on });
}

for (const request of cases) {
  const name = typeof request.rule === "string" ? request.rule : JSON.stringify(request.rule);
  test(`check --format json = evaluate: ${name} on ${request.on}, ${request.stays.length} stays`, () => {
    assert.deepEqual(evaluate(request), check(request));
  });
}

test("staycalc rules --format json = rules()", () => {
  const listed = JSON.parse(execFileSync(cli, ["rules", "--format", "json"]).toString());
  const words = listed.map((rule) => ({
    ...rule,
    versions: rule.versions.map(({ description, ...version }) => {
      assert.equal(typeof description, "string");
      return version;
    }),
  }));
  assert.deepEqual(rules(), words);
});
