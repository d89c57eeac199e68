// Compiled by types.test.mjs with `tsc --strict --noEmit` against the built package: every
// export of both modules (`staycalc` and `staycalc/report`), every request and answer type, and
// the error type, used as a TypeScript user would.
import init, {
  earliestEntry,
  evaluate,
  isStaycalcError,
  planCheck,
  rules,
  timeline,
  Traveller as MainTraveller,
  version,
  type DateString,
  type DayNumber,
  type DropOut,
  type EarliestEntryRequest,
  type ErrorCode,
  type Evaluation,
  type EvaluateRequest,
  type PlanCheck,
  type PlannedStay,
  type RuleInfo,
  type RuleSpec,
  type StayInput,
  type Status,
  type Timeline,
  type TimelineDay,
  type TimelineRequest,
  type Warning,
  type WindowInfo,
} from "staycalc";
import initReport, {
  evaluateMany,
  report,
  Traveller,
  type EvaluateManyOptions,
  type PersonEvaluation,
  type PersonInput,
  type BadRow,
  type DateFormat,
  type PersonReport,
  type ReportStatus,
  type ReportFormat,
  type ReportOptions,
  type StaycalcError as ReportError,
  type TeamReport,
  type TeamReportText,
} from "staycalc/report";
import initTrips, {
  evaluateTrips,
  type CountedZone,
  type RuleZone,
  type TripsAnswer,
  type TripsRequest,
} from "staycalc/trips";
import initDocuments, {
  evaluateDocuments,
  type DocumentsEvaluation,
  type DocumentsRequest,
  type ExitReason,
  type VisaInput,
} from "staycalc/documents";

await init();
await initReport();
await initTrips();
await initDocuments();

const stays: StayInput[] = [{ entry: "2025-01-01", exit: "2025-01-10" }, { entry: "2025-03-01" }];
const rule: RuleSpec = { window: 180, max: 90, per_entry: 30 };
const request: EvaluateRequest = { rule, stays, on: "2025-03-05", warn_below: 5 };
// The camelCase names of before, deprecated, still type-check.
const deprecated: EvaluateRequest = { rule: { window: 180, max: 90, perEntry: 30 }, stays, on: "2025-03-05", warnBelow: 5 };

const answer: Evaluation = evaluate(request);
const used: number = answer.days_used;
const exit: DateString | null = answer.latest_exit;
const status: Status = answer.status;
const warnings: Warning[] = answer.warnings;
const firstPlanned: PlannedStay | undefined = answer.plan[0];

const plan: PlanCheck = planCheck({ rule: "schengen", stays, on: "2025-03-05" });
const lawful: boolean = plan.lawful && plan.stays.every((stay) => stay.unlawful_days === 0);

const range: TimelineRequest = { rule: "schengen", stays, on: "2025-03-05", from: "2025-01-01", to: "2025-12-31" };
const chart: Timeline = timeline(range);
const counts: number[] = chart.days.map((day: TimelineDay) => day.count);
const leaving: DropOut[] = chart.drop_outs;

const trip: EarliestEntryRequest = { rule: "schengen", stays, on: "2025-03-05", days: 90 };
const start: DateString | null = earliestEntry(trip);

const catalogue: RuleInfo[] = rules();
const windows: (WindowInfo | null)[] = catalogue.flatMap((r) => r.versions.map((v) => v.window));
const caps: number[] = catalogue.flatMap((r) =>
  r.versions.map((v) => (v.per_entry === null ? 0 : "days" in v.per_entry ? v.per_entry.days : v.per_entry.months)),
);
const text: string = version();

const lighter: Evaluation = evaluate({ ...request, plan: false });
const people: PersonInput[] = [{ id: "ana", stays }, { id: 2, rule: "georgia", stays: [], on: "2025-03-01" }];
const manyOptions: EvaluateManyOptions = { on: "2025-03-05", rule: "schengen", plan: false };
const answers: PersonEvaluation[] = evaluateMany(people, manyOptions);
const ids: (string | number | null)[] = answers.map((a) => a.id);
const manyUsed: number[] = answers.map((a) => a.days_used);
const traveller = new Traveller({ rule: "schengen", stays });
const remaining: number = traveller.daysRemaining("2025-03-05") + traveller.daysUsed("2025-03-05");
const onThatDay: Evaluation = traveller.evaluate("2025-03-05", { plan: true, warn_below: 5 });
traveller.free();
const byDayNumber: number = traveller.daysUsed(Date.UTC(2025, 2, 5) / 86_400_000);
// @ts-expect-error: a Traveller's question is a date string or a day number.
traveller.daysUsed(new Date(2025, 2, 5));
// The main module's Traveller: the same class and methods.
const mainTraveller: MainTraveller = new MainTraveller({ rule: { window: 180, max: 90 }, stays });
const day: DayNumber = Date.UTC(2025, 2, 5) / 86_400_000;
const mainUsed: number = mainTraveller.daysUsed(day) + mainTraveller.daysRemaining("2025-03-05");
const mainAnswer: Evaluation = mainTraveller.evaluate(day, { warn_below: 5 });
mainTraveller.free();
// @ts-expect-error: a Traveller's request has no check date.
new MainTraveller({ rule: "schengen", stays, on: "2025-03-05" });
// @ts-expect-error: a person needs stays.
evaluateMany([{ id: "ana" }], manyOptions);

const file = "person,department,entry,exit\nAna,Sales,2025-03-01,2025-03-10\n";
const reportOptions = { on: "2025-06-01", rule: "schengen", warn_below: 5 } satisfies ReportOptions;
const team: TeamReport = report(file, reportOptions);
const person: PersonReport | undefined = team.people[0];
const department: string | undefined = person?.["department"];
const usedByPerson: number | null | undefined = person?.days_used;
const personStatus: ReportStatus | undefined = person?.status;
const answered: boolean = person?.status !== "check_rows" || person.stays > 0;
const nextTrip: PlannedStay | null | undefined = person?.next_planned;
const badLines: number[] | undefined = person?.bad_lines;
const badRows: BadRow[] = team.bad_rows;
const badColumns: (string | null)[] = badRows.map((bad) => bad.column);
const elsewhere: number[] = team.elsewhere_lines;
const rowsOfFile: number = team.rows_in_file - team.rows;
const dates: DateFormat | null = team.date_format;
const csvText: string = report(file, { ...reportOptions, format: "csv" }).text;
const jsonText: TeamReportText = report(file, { on: "2025-06-01", rule: { window: 180, max: 90 }, format: "json" });
const tripsRequest: TripsRequest = {
  nationality: "US,IE",
  stays: [{ entry: "2025-03-01", exit: "2025-03-10", country: "FR" }, { entry: "2025-04-01", country: "KZ" }],
  on: "2025-04-05",
};
const trips: TripsAnswer = evaluateTrips(tripsRequest);
for (const zone of trips.zones) {
  if (zone.rule === null) {
    const counted: CountedZone = zone;
    console.log(counted.days_present, counted.status);
  } else {
    const ruled: RuleZone = zone;
    console.log(ruled.days_used, ruled.zone, ruled.reason);
  }
}
const withPermit: TripsAnswer = evaluateTrips({
  ...tripsRequest,
  permits: [{ from: "2025-01-01", until: "2025-03-31", country: "FR" }],
  passport: { expiry: "2030-01-01" },
});
for (const zone of withPermit.zones) {
  for (const permit of zone.permits ?? []) console.log(permit.days, permit.left_out, permit.country);
  if (zone.rule !== null) console.log(zone.latest_exit_reason, zone.documents?.bounds.length);
}
// @ts-expect-error: a permit in a travel log names its country.
evaluateTrips({ ...tripsRequest, permits: [{ from: "2025-01-01", until: "2025-03-31" }] });
const nextSchengen = trips.where_next.find((next) => next.zone === "schengen");
if (nextSchengen?.status === "limited" && nextSchengen.papers !== null) {
  const reason: ExitReason | null = nextSchengen.latest_exit_reason;
  const ruleDays: number = nextSchengen.papers.rule_max_stay_days;
  const noVisa: boolean = nextSchengen.papers.no_visa_for_entry;
  console.log(reason, ruleDays, noVisa, nextSchengen.papers.bounds.length);
}
const longest: number = trips.where_next.reduce((n, next) => (next.status === "limited" ? Math.max(n, next.max_stay_days) : n), 0);
console.log(longest);
for (const next of trips.where_next) {
  if (next.status === "limited") {
    const ifNew: DateString | null | undefined = next.if_new_entries?.latest_exit;
    console.log(ifNew, next.warnings.map((w) => w.rows.length));
  }
}
// @ts-expect-error: a stay of a travel log needs its country.
evaluateTrips({ nationality: "US", stays: [{ entry: "2025-03-01" }], on: "2025-04-05" });

const visa: VisaInput = { from: "2025-03-01", until: "2025-03-31", entries: "MULT", days: 15, area: "Schengen States" };
const papers: DocumentsRequest = {
  rule: "schengen",
  stays: [{ entry: "2025-03-01" }],
  on: "2025-03-05",
  passport: { expiry: "2030-01-01", issued: null },
  visas: [visa],
  permits: [{ from: "2025-01-01", until: "2025-01-05" }],
  events: [{ id: "kz-arrival", date: "2026-03-03" }],
};
const withPapers: DocumentsEvaluation = evaluateDocuments(papers);
const exitReason: ExitReason | null = withPapers.latest_exit_reason;
const deadlineDate: DateString | undefined = withPapers.documents.deadlines[0]?.date;
const onlyIfNewEntry: boolean | undefined = withPapers.documents.deadlines[0]?.only_if_new_entry;
console.log(onlyIfNewEntry);
console.log(exitReason, deadlineDate, withPapers.days_used, typeof initDocuments);
const assumed: boolean | undefined = withPapers.documents.permits[0]?.assumes_issuing_state;
console.log(assumed);
// @ts-expect-error: a visa's entries are 1, 2 or "MULT".
evaluateDocuments({ ...papers, visas: [{ ...visa, entries: 3 }] });

const chosen: ReportFormat = Math.random() < 0.5 ? "csv" : "objects";
const either: TeamReport | TeamReportText = report(file, { on: "2025-06-01", rule: "schengen", format: chosen });
const lines: number = "people" in either ? either.people.length : either.text.split("\r\n").length - 2;

try {
  evaluate({ rule: "atlantis", stays: [], on: "2025-01-01" });
} catch (error: unknown) {
  if (isStaycalcError(error)) {
    const code: ErrorCode = error.code;
    const row: number | null = error.row;
    console.log(code, row, error.message);
  }
}

try {
  report("", { on: "2025-01-01", rule: "schengen" });
} catch (error: unknown) {
  if (isStaycalcError(error)) {
    const same: ReportError = error;
    console.log(same.code, same.row);
  }
}

// @ts-expect-error: a rule is an id or {window, max, per_entry?}, not a number.
evaluate({ rule: 90, stays, on: "2025-01-01" });
// @ts-expect-error: `on` is required.
planCheck({ rule: "schengen", stays });
// @ts-expect-error: a timeline needs `from` and `to`.
timeline({ rule: "schengen", stays, on: "2025-01-01" });
// @ts-expect-error: status is one of three strings.
const wrong: Status = "fine";
// @ts-expect-error: a report is objects, csv or json.
report(file, { on: "2025-06-01", rule: "schengen", format: "xlsx" });
// @ts-expect-error: the objects form has no text.
report(file, { on: "2025-06-01", rule: "schengen" }).text;
// @ts-expect-error: the text form has no people.
report(file, { on: "2025-06-01", rule: "schengen", format: "csv" }).people;
// @ts-expect-error: a report needs its check date.
report(file, { rule: "schengen" });
// @ts-expect-error: days_used is a number, not a carried column's string.
const notText: string | undefined = person?.days_used;

console.log(used, exit, status, warnings, firstPlanned, lawful, counts, leaving, start, windows, caps, text, wrong);
console.log(department, usedByPerson, personStatus, answered, nextTrip, badLines, badColumns, elsewhere, rowsOfFile, dates, csvText, jsonText, lines, notText);
console.log(lighter, deprecated, byDayNumber, ids, manyUsed, remaining, onThatDay, mainUsed, mainAnswer);
