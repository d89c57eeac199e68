// `evaluateDocuments` of the built package (module `staycalc/documents`) against `staycalc
// check --format json` with `--passport-expiry`, `--passport-issued`, `--visa`, `--permit` and
// `--event`: the same stays and documents give the same answer, field by field. Bad documents
// are coded StaycalcErrors; hostile requests (Proxies, throwing getters, inherited fields) are
// caught, and the module answers rightly afterwards.
//
// The command line is `$STAYCALC_CLI` or the release build (`cargo build --release --bin
// staycalc`).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { PKG, releaseBinaries, thrown } from "./support.mjs";

const { evaluateDocuments } = await import(pathToFileURL(join(PKG, "documents", "node.js")).href);
const { evaluate, isStaycalcError } = await import(pathToFileURL(join(PKG, "node.js")).href);

const cli = releaseBinaries();

/** The command line's answer to `request`, with rows as the package counts them. */
function cliAnswer(request) {
  const csv = "entry,exit\n" + request.stays.map((s) => `${s.entry},${s.exit ?? ""}`).join("\n") + "\n";
  const args = ["check", "--format", "json", "--rule", request.rule, "--on", request.on];
  if (request.warn_below != null) args.push("--warn-below", String(request.warn_below));
  if (request.passport) {
    args.push("--passport-expiry", request.passport.expiry);
    if (request.passport.issued) args.push("--passport-issued", request.passport.issued);
  }
  for (const v of request.visas ?? []) {
    const entries = v.entries === "MULT" ? "MULT" : String(v.entries);
    args.push("--visa", `${v.from}..${v.until},${entries},${v.days}${v.area ? `,${v.area}` : ""}`);
  }
  for (const p of request.permits ?? []) args.push("--permit", `${p.from}..${p.until}`);
  for (const e of request.events ?? []) args.push("--event", `${e.id}:${e.date}`);
  const answer = JSON.parse(execFileSync(cli, [...args, "-"], { input: csv }).toString());
  delete answer.date_format;
  // The file's rows are lines (the header is line 1); the package's are positions from 1.
  for (const verdict of answer.plan) verdict.row -= 1;
  for (const warning of answer.warnings) {
    warning.rows = warning.rows.map((row) => row - 1);
    warning.message = warning.message.replace(/rows ([\d, and]+) follow/, (_, list) => `rows ${list.replace(/\d+/g, (n) => n - 1)} follow`);
  }
  for (const verdict of [...answer.documents.visas, ...answer.documents.passport]) verdict.row -= 1;
  for (const warning of answer.documents.warnings) {
    warning.message = warning.message.replace(/\(row (\d+)\)/g, (_, n) => `(row ${n - 1})`);
  }
  return answer;
}

const cases = {
  "a visa's duration of stay sets the latest exit": {
    rule: "schengen",
    stays: [{ entry: "2025-05-05" }],
    on: "2025-05-08",
    visas: [{ from: "2025-05-01", until: "2025-05-31", entries: 1, days: 11, area: "Schengen States" }],
  },
  "a second entry on a single-entry visa": {
    rule: "schengen",
    stays: [{ entry: "2025-05-02", exit: "2025-05-04" }, { entry: "2025-05-10", exit: "2025-05-12" }],
    on: "2025-05-01",
    visas: [{ from: "2025-05-01", until: "2025-05-31", entries: 1, days: 20 }],
  },
  "a rolling multiple-entry visa and a stay with no visa": {
    rule: "schengen",
    stays: [{ entry: "2024-12-01", exit: "2024-12-05" }, { entry: "2025-03-01", exit: "2025-03-20" }],
    on: "2025-03-10",
    visas: [{ from: "2025-01-01", until: "2026-12-31", entries: "MULT", days: 90 }],
  },
  "a permit's days left out, and a passport too short and too old": {
    rule: "schengen",
    stays: [{ entry: "2025-01-01", exit: "2025-03-31" }, { entry: "2025-06-01", exit: "2025-06-10" }],
    on: "2025-03-31",
    warn_below: 20,
    passport: { expiry: "2025-07-01", issued: "2015-01-01" },
    permits: [{ from: "2025-02-01", until: "2025-02-28" }],
  },
  "a planned stay with no visa, and a valid passport": {
    rule: "schengen",
    stays: [{ entry: "2025-05-02", exit: "2025-05-04" }, { entry: "2025-07-01", exit: "2025-07-05" }],
    on: "2025-05-08",
    passport: { expiry: "2030-01-01" },
    visas: [{ from: "2025-05-01", until: "2025-05-31", entries: "MULT", days: 20 }],
  },
  "events alone: deadlines, the rule's answer as it is": {
    rule: "kz-visa-free",
    stays: [{ entry: "2026-03-20" }],
    on: "2026-03-25",
    events: [
      { id: "kz-arrival", date: "2026-03-20" },
      { id: "kz-residence-refusal", date: "2026-04-01" },
    ],
  },
  "an arrival on a row that may continue the stay before it": {
    rule: "kz-visa-free",
    stays: [{ entry: "2026-09-03", exit: "2026-09-15" }, { entry: "2026-09-16" }],
    on: "2026-09-20",
    events: [
      { id: "kz-arrival", date: "2026-09-16" },
      { id: "kz-arrival", date: "2026-09-03" },
    ],
  },
};

for (const [name, request] of Object.entries(cases)) {
  test(`the command line's answer: ${name}`, () => {
    assert.deepEqual(evaluateDocuments(request), cliAnswer(request));
  });
}

test("the answers, checked by hand", () => {
  const visa = evaluateDocuments(cases["a visa's duration of stay sets the latest exit"]);
  assert.equal(visa.latest_exit, "2025-05-15");
  assert.equal(visa.latest_exit_reason, "visa_days");
  assert.deepEqual(visa.documents.bounds[0], { reason: "window", latest_exit: "2025-08-02" });
  const permit = evaluateDocuments(cases["a permit's days left out, and a passport too short and too old"]);
  assert.equal(permit.days_used, 62);
  assert.equal(permit.documents.permits[0].days_not_counted, 28);
  // One rule, no countries: every day within the permit's dates is taken to be in the state
  // that issued it, and the answer says so.
  assert.equal(permit.documents.permits[0].assumes_issuing_state, true);
  const noVisa = evaluateDocuments(cases["a planned stay with no visa, and a valid passport"]);
  assert.deepEqual(noVisa.documents.warnings.map((w) => w.message), [
    "no visa given is valid on the entry 2025-07-01 (row 2): that stay is checked against the rule alone",
  ]);
  const events = evaluateDocuments(cases["events alone: deadlines, the rule's answer as it is"]);
  assert.equal(events.documents.deadlines[0].date, "2026-03-27");
  assert.equal(events.latest_exit_reason, null);
  const { events: _, ...plain } = cases["events alone: deadlines, the rule's answer as it is"];
  const rule = evaluate(plain);
  for (const key of Object.keys(rule)) assert.deepEqual(events[key], rule[key], key);
  assert.equal(events.documents.deadlines[0].only_if_new_entry, false);
  // Stays 1 and 2 have no day between them: the arrival on 16 September holds only if it was
  // a new entry; 3 September's is not in doubt.
  const doubted = evaluateDocuments(cases["an arrival on a row that may continue the stay before it"]);
  assert.equal(doubted.warnings[0].code, "reentry");
  assert.deepEqual(
    doubted.documents.deadlines.map((d) => [d.event_date, d.only_if_new_entry]),
    [["2026-09-16", true], ["2026-09-03", false]],
  );
});

test("bad documents are coded StaycalcErrors naming the value", () => {
  const present = { rule: "schengen", stays: [{ entry: "2025-05-05" }], on: "2025-05-08" };
  const visa = { from: "2025-05-01", until: "2025-05-31", entries: 1, days: 11 };
  const error = (request) => {
    const e = thrown(() => evaluateDocuments(request));
    assert.ok(isStaycalcError(e), String(e));
    return e;
  };
  const reversed = error({ ...present, visas: [{ ...visa, from: "2025-06-01" }] });
  assert.equal(reversed.code, "invalid_document");
  assert.match(reversed.message, /UNTIL 2025-05-31 is before FROM 2025-06-01/);
  assert.equal(error({ ...present, visas: [{ ...visa, days: 91 }] }).code, "invalid_document");
  const entries = error({ ...present, visas: [{ ...visa, entries: 0 }] });
  assert.equal(entries.code, "bad_request");
  assert.equal(entries.message, 'entries of the visa must be 1, 2 or "MULT", not 0');
  assert.equal(error({ ...present, visas: [{ ...visa, entries: undefined }] }).message, 'missing field "entries" in the visa');
  const event = error({ ...present, events: [{ id: "kz-visit", date: "2026-01-01" }] });
  assert.equal(event.code, "invalid_document");
  assert.match(event.message, /unknown event "kz-visit"/);
  assert.equal(error({ ...present, events: [{ id: "kz-arrival", date: "2099-01-01" }] }).code, "invalid_document");
  assert.equal(error({ ...present, permits: [{ from: "2025-02-01", until: "2025-01-01" }] }).code, "invalid_document");
  assert.equal(error({ ...present, passport: { expiry: "2025-13-01" } }).code, "bad_date");
  const typo = error({ ...present, visa: [visa] });
  assert.equal(typo.code, "bad_request");
  assert.match(typo.message, /"visa".*did you mean "visas"/);
  assert.equal(error({ ...present, visas: visa }).message, "visas must be an array, not an object");
  assert.equal(error({ ...present, visas: [null] }).code, "bad_request");
});

test("hostile requests are caught, inherited fields ignored, and the module answers after", () => {
  const request = cases["a visa's duration of stay sets the latest exit"];
  const expected = evaluateDocuments(request);
  const trap = (target = {}) =>
    new Proxy(target, { get() { throw new TypeError("trap"); }, ownKeys() { throw new TypeError("trap"); }, getOwnPropertyDescriptor() { throw new TypeError("trap"); } });
  const getter = (object, key) =>
    Object.defineProperty({ ...object }, key, { enumerable: true, get() { throw new RangeError(`no ${key}`); } });
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const hostile = [
    trap(),
    proxy,
    getter(request, "visas"),
    getter(request, "passport"),
    { ...request, visas: trap([]) },
    { ...request, visas: [trap()] },
    { ...request, visas: [getter(request.visas[0], "days")] },
    { ...request, passport: proxy },
    { ...request, events: new Array(2 ** 32 - 1) },
    { ...request, permits: new Proxy([], { get: (t, k) => (k === "length" ? 2 ** 31 : t[k]) }) },
  ];
  for (let round = 0; round < 300; round += 1) {
    for (const [index, bad] of hostile.entries()) {
      const e = thrown(() => evaluateDocuments(bad));
      assert.ok(isStaycalcError(e), `${index}: ${e}`);
      assert.equal(e.code, "bad_request", `${index}: ${e.message}`);
    }
  }
  assert.deepEqual(evaluateDocuments(request), expected);
  // A field on Object.prototype is not a field of the request.
  Object.prototype.passport = { expiry: "2020-01-01" };
  Object.prototype.permits = [{ from: "2025-05-01", until: "2025-05-31" }];
  try {
    assert.deepEqual(evaluateDocuments(request), expected);
  } finally {
    delete Object.prototype.passport;
    delete Object.prototype.permits;
  }
});
