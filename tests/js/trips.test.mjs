// `evaluateTrips` of the built package (module `staycalc/trips`) against `staycalc check
// --nationality --format json`: the same travel log gives the same answer, field by field; a
// bad country is a StaycalcError naming the stay's row and the closest country.
//
// The command line is `$STAYCALC_CLI` or the release build (`cargo build --release --bin
// staycalc`).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { PKG, ROOT } from "./support.mjs";

const { evaluateTrips } = await import(pathToFileURL(join(PKG, "trips", "node.js")).href);
const { isStaycalcError } = await import(pathToFileURL(join(PKG, "node.js")).href);

const cli = process.env.STAYCALC_CLI ?? join(ROOT, "target", "release", "staycalc");
if (!existsSync(cli)) {
  throw new Error(`no ${cli}: run \`cargo build --release --bin staycalc\``);
}

const stays = [
  { entry: "2023-05-01", exit: "2023-05-20", country: "Bulgaria" },
  { entry: "2025-06-01", exit: "2025-07-15", country: "FR" },
  { entry: "2025-07-15", exit: "2025-08-10", country: "Казахстан" },
  { entry: "2025-11-20", exit: "2025-12-10", country: "hrv" },
  { entry: "2026-01-10", country: "CY" },
];

function cliAnswer(nationality, on, nextEntry) {
  const csv = "entry,exit,country\n" + stays.map((s) => `${s.entry},${s.exit ?? ""},${s.country}`).join("\n") + "\n";
  const args = ["check", "--format", "json", "--nationality", nationality, "--on", on, "-"];
  if (nextEntry) args.push("--next-entry", nextEntry);
  const answer = JSON.parse(execFileSync(cli, args, { input: csv }).toString());
  delete answer.date_format;
  // The file's rows are lines (the header is line 1); the package's are positions from 1.
  for (const zone of answer.zones) {
    for (const verdict of zone.plan ?? []) verdict.row -= 1;
    for (const warning of zone.warnings) warning.rows = warning.rows.map((row) => row - 1);
  }
  answer.warnings = answer.warnings.map((text) => text.replace(/rows (\d+)/g, (_, n) => `rows ${n - 1}`));
  return answer;
}

test("a travel log gives the command line's answer per zone", () => {
  for (const [nationality, nextEntry] of [["US", null], ["US,IE", "2026-03-01"], ["KZ", null], ["CN", null]]) {
    const answer = evaluateTrips({ nationality, stays, on: "2026-01-20", next_entry: nextEntry });
    assert.deepEqual(answer, cliAnswer(nationality, "2026-01-20", nextEntry), nationality);
  }
  // The deprecated camelCase name is still read.
  const request = { nationality: "US", stays, on: "2026-01-20" };
  assert.deepEqual(
    evaluateTrips({ ...request, nextEntry: "2026-03-01" }),
    evaluateTrips({ ...request, next_entry: "2026-03-01" }),
  );
  const answer = evaluateTrips({ nationality: "US", stays, on: "2026-01-20" });
  assert.deepEqual(answer.zones.map((z) => z.zone).sort(), ["cy", "kz", "schengen"]);
  const schengen = answer.zones.find((z) => z.zone === "schengen");
  assert.deepEqual(schengen.countries, ["FR", "HR"]);
  assert.equal(schengen.days_used, 21);
  assert.equal(answer.where_next.find((n) => n.zone === "us").status, "no_limit");
  // Whether the catalogue names the nationality: Russia's general rule does not say it covers
  // US citizens, Albania's names them.
  const next = (zone) => answer.where_next.find((n) => n.zone === zone);
  assert.equal(next("ru").why, "general");
  assert.match(next("ru").reason, /check yours is among them/);
  assert.equal(next("al").why, "named");
  assert.equal(next("us").why, "home");
  assert.equal(schengen.why, "general");
});

test("where next after rows that may be one stay gives the stricter figure, the other beside it, and the warning", () => {
  // Almaty 1-15 Sep, Astana from 16 Sep: staying on from 20 September, 11 days if the rows are
  // one stay (its 30 days end on 30 September), 26 if each was a new entry.
  const log = [
    { entry: "2026-09-01", exit: "2026-09-15", country: "KZ" },
    { entry: "2026-09-16", country: "KZ" },
  ];
  const answer = evaluateTrips({ nationality: "US", stays: log, on: "2026-09-20" });
  const kz = answer.where_next.find((n) => n.zone === "kz");
  assert.deepEqual(
    [kz.max_stay_days, kz.latest_exit, kz.binding, kz.if_new_entries],
    [11, "2026-09-30", "per_entry", { max_stay_days: 26, latest_exit: "2026-10-15", binding: "per_entry" }],
  );
  assert.deepEqual(kz.warnings.map((w) => [w.code, w.rows]), [["reentry", [1, 2]]]);
  const ge = answer.where_next.find((n) => n.zone === "ge");
  assert.deepEqual([ge.warnings, ge.if_new_entries], [[], null]);
});

test("an unknown country, nationality or missing country is a StaycalcError with its row", () => {
  const error = (request) => {
    try {
      evaluateTrips(request);
    } catch (thrown) {
      assert.ok(isStaycalcError(thrown));
      return thrown;
    }
    assert.fail("no error");
  };
  const typo = error({ nationality: "US", on: "2025-05-01", stays: [{ entry: "2025-01-01", exit: "2025-01-05", country: "FR" }, { entry: "2025-02-01", exit: "2025-02-05", country: "Frnace" }] });
  assert.equal(typo.code, "unknown_country");
  assert.equal(typo.row, 2);
  assert.equal(typo.message, 'country "Frnace" is not a country: did you mean France (FR)? (row 2)');
  assert.equal(error({ nationality: "XX", on: "2025-05-01", stays: [] }).code, "unknown_country");
  const none = error({ nationality: "US", on: "2025-05-01", stays: [{ entry: "2025-01-01" }] });
  assert.equal(none.code, "bad_request");
  assert.equal(none.row, 1);
  assert.equal(error({ nationality: "US", on: "2025-05-01", stays: [], rule: "schengen" }).code, "bad_request");
});

test("papers in a travel log give the command line's answer with --permit, --visa and --passport-expiry", () => {
  const log = [
    { entry: "2025-01-10", exit: "2025-03-09", country: "FR" },
    { entry: "2025-03-10", exit: "2025-03-20", country: "DE" },
    { entry: "2025-03-21", exit: "2025-06-30", country: "FR" },
    { entry: "2025-07-01", exit: "2025-07-20", country: "KZ" },
    { entry: "2025-08-05", country: "IT" },
  ];
  const csv = "entry,exit,country\n" + log.map((s) => `${s.entry},${s.exit ?? ""},${s.country}`).join("\n") + "\n";
  const args = [
    "check", "--format", "json", "--nationality", "US", "--on", "2025-08-10",
    "--permit", "2025-02-01..2025-06-30,FR", "--visa", "2025-08-01..2025-08-31,MULT,60",
    "--passport-expiry", "2025-11-15", "-",
  ];
  const expected = JSON.parse(execFileSync(cli, args, { input: csv }).toString());
  delete expected.date_format;
  for (const zone of expected.zones) {
    for (const verdict of zone.plan ?? []) verdict.row -= 1;
    for (const verdict of zone.documents?.visas ?? []) verdict.row -= 1;
    for (const verdict of zone.documents?.passport ?? []) verdict.row -= 1;
    for (const warning of zone.warnings) warning.rows = warning.rows.map((row) => row - 1);
  }
  const answer = evaluateTrips({
    nationality: "US",
    stays: log,
    on: "2025-08-10",
    permits: [{ from: "2025-02-01", until: "2025-06-30", country: "France" }],
    visas: [{ from: "2025-08-01", until: "2025-08-31", entries: "MULT", days: 60 }],
    passport: { expiry: "2025-11-15" },
  });
  assert.deepEqual(answer, expected);
  const schengen = answer.zones.find((z) => z.zone === "schengen");
  // Only France's days under the permit are left out; Germany's count.
  assert.deepEqual(schengen.permits, [
    { permit: 1, country: "FR", from: "2025-02-01", until: "2025-06-30", days: 139, left_out: true, counted_elsewhere: 11 },
  ]);
  // The days left out are those the log puts in France: no assumption about where they were.
  assert.deepEqual(schengen.documents.permits, [
    { from: "2025-02-01", until: "2025-06-30", days_not_counted: 139, assumes_issuing_state: false },
  ]);
  // The passport (valid 3 months after the exit) ends the stay before 90/180 does.
  assert.equal(schengen.latest_exit_reason, "passport");
  assert.equal(schengen.latest_exit, "2025-08-15");
  assert.equal(answer.zones.find((z) => z.zone === "kz").documents, undefined);
});

test("where next applies the visas and the passport to a stay entered on next_entry, as the command line does", () => {
  const log = [{ entry: "2025-03-01", exit: "2025-03-20", country: "FR" }];
  const csv = "entry,exit,country\n2025-03-01,2025-03-20,FR\n";
  const expected = JSON.parse(
    execFileSync(cli, [
      "check", "--format", "json", "--nationality", "IN", "--on", "2025-05-01",
      "--next-entry", "2025-05-10", "--visa", "2025-02-01..2025-05-14,MULT,60", "-",
    ], { input: csv }).toString(),
  );
  const answer = evaluateTrips({
    nationality: "IN",
    stays: log,
    on: "2025-05-01",
    next_entry: "2025-05-10",
    visas: [{ from: "2025-02-01", until: "2025-05-14", entries: "MULT", days: 60 }],
  });
  assert.deepEqual(answer.where_next, expected.where_next);
  const schengen = answer.where_next.find((n) => n.zone === "schengen");
  // The visa's UNTIL date, 14 May, ends a stay entered on 10 May: 5 days, not the rule's 70.
  assert.equal(schengen.max_stay_days, 5);
  assert.equal(schengen.latest_exit, "2025-05-14");
  assert.equal(schengen.latest_exit_reason, "visa_until");
  assert.equal(schengen.papers.rule_max_stay_days, 70);
  assert.equal(schengen.papers.visa, 1);
  assert.equal(schengen.papers.no_visa_for_entry, false);
  assert.equal(answer.where_next.find((n) => n.zone === "kz").papers, null);
});

test("a permit without its country is an invalid_document naming it", () => {
  try {
    evaluateTrips({
      nationality: "US",
      on: "2025-05-01",
      stays: [{ entry: "2025-01-01", exit: "2025-01-05", country: "FR" }],
      permits: [{ from: "2025-01-01", until: "2025-03-01" }],
    });
    assert.fail("no error");
  } catch (thrown) {
    assert.ok(isStaycalcError(thrown));
    assert.equal(thrown.code, "invalid_document");
    assert.match(thrown.message, /permit 1/);
  }
});
