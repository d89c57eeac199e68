/** A civil date as stamped at the border, written `YYYY-MM-DD`. */
export type DateString = string;

/**
 * A rule: the id of a catalogue rule (see `rules()`), or a custom rolling rule of at most `max`
 * days in any `window` days, with an optional cap of `perEntry` days per entry.
 */
export type RuleSpec = string | CustomRule;

/** A custom rolling rule: at most `max` days in any `window` days, `perEntry` days per entry. */
export interface CustomRule {
  window: number;
  max: number;
  perEntry?: number | null;
}

/**
 * One stay: both days included. A missing, `null` or empty `exit` is a stay with no exit yet,
 * present through `on`. Other keys are ignored, so your own records can be passed as they are.
 */
export interface StayInput {
  entry: DateString;
  exit?: DateString | null;
}

/** What every request holds: a rule, the stays (row = position from 1) and the check date. */
export interface CaseRequest {
  rule: RuleSpec;
  stays: readonly StayInput[];
  on: DateString;
}

/** The request of `evaluate`: `warnBelow` is the days-remaining threshold of `warning` (10). */
export interface EvaluateRequest extends CaseRequest {
  warnBelow?: number | null;
}

/** The request of `planCheck`. */
export type PlanRequest = CaseRequest;

/** The request of `timeline`: the dates from `from` to `to`, both included. */
export interface TimelineRequest extends CaseRequest {
  from: DateString;
  to: DateString;
}

/** The request of `earliestEntry`: the length of the trip in days. */
export interface EarliestEntryRequest extends CaseRequest {
  days: number;
}

/** The traffic light on the check date. */
export type Status = "ok" | "warning" | "overstay";

/** Something in the input the engine resolved by itself (stays that overlap are merged). */
export interface Warning {
  code: "overlap";
  message: string;
  rows: number[];
}

/**
 * Every answer for stays under a rule on `on`; the fields and names of
 * `staycalc check --format json`. Counts are in days, both ends of every range included.
 */
export interface Evaluation {
  /** The rule's id (`custom` for a custom rule). */
  rule: string;
  /** The rule's name. */
  rule_name: string;
  /** The check date. */
  on: DateString;
  /** First day of the window ending on `on`. */
  window_start: DateString;
  /** Days of presence in the window ending on `on`. */
  days_used: number;
  /** The most days the window allows (without a window, the per-entry cap). */
  limit: number;
  /** `max(0, limit - days_used)`: not the longest possible stay, see `max_stay_days`. */
  days_remaining: number;
  /** Days over the limit on `on`. */
  overstay_days: number;
  /** Days of presence, past and planned, that violate the rule. */
  unlawful_days: number;
  /** The first of them. */
  first_unlawful_day: DateString | null;
  /** Whether there is presence on `on`. */
  present: boolean;
  /** The day number of `on` in its stay (entry day 1), 0 when absent. */
  day_of_stay: number;
  /** The per-entry cap for the stay holding `on` (or one entered on it). */
  per_entry_cap: number | null;
  /** The last day one may stay, staying on from `on`; `null` when `on` itself would violate. */
  latest_exit: DateString | null;
  /** Days from `on` to `latest_exit`, both included: the longest stay if entering on `on`. */
  max_stay_days: number;
  /** The full allowance: `min(max, per_entry)` days. */
  full_allowance: number;
  /** The first date from which a stay of the full allowance is lawful. */
  earliest_full_stay: DateString | null;
  status: Status;
  warnings: Warning[];
  /** A verdict per stay, as `planCheck` gives. */
  plan: PlannedStay[];
}

/** One stay's verdict in a plan check. */
export interface PlannedStay {
  /** The stay's position in the request's `stays`, from 1. */
  row: number;
  entry: DateString;
  /** The exit (for a stay with no exit yet, the check date). */
  exit: DateString;
  /** Whether the stay starts after the check date. */
  planned: boolean;
  /** Days of the stay that violate the rule: 0 for a lawful stay. */
  unlawful_days: number;
  first_unlawful_day: DateString | null;
  /** For a planned stay, the latest exit that keeps every later planned stay lawful. */
  latest_exit: DateString | null;
}

/** The answer of `planCheck`: `lawful` when every stay is. */
export interface PlanCheck {
  lawful: boolean;
  stays: PlannedStay[];
  warnings: Warning[];
}

/** One date of a timeline: the data of a chart. */
export interface TimelineDay {
  date: DateString;
  /** Days counted in the window ending on `date`. */
  count: number;
  window_start: DateString;
  /** The cap that applies on `date`. */
  limit: number;
  present: boolean;
  unlawful: boolean;
}

/** Days counted on the check date that leave the window, from `from` to `until`. */
export interface DropOut {
  from: DateString;
  until: DateString;
  days: number;
}

/** The answer of `timeline`. */
export interface Timeline {
  days: TimelineDay[];
  drop_outs: DropOut[];
}

/**
 * A window: `rolling` (the `days` days ending on each day), `calendar_year` (from 1 January),
 * or `from_first_entry` (fixed periods of `days` days from a first entry); at most `max` days.
 */
export interface WindowInfo {
  kind: "rolling" | "calendar_year" | "from_first_entry";
  /** The window's length; `null` for `calendar_year`. */
  days: number | null;
  max: number;
}

/** A per-entry cap in days, or in calendar months. */
export type PerEntryInfo = { days: number } | { months: number };

/** A version of a rule: its limits from `from` (`null`: since always). */
export interface RuleVersion {
  from: DateString | null;
  window: WindowInfo | null;
  per_entry: PerEntryInfo | null;
  /** Whether presence before `from` is ignored. */
  ignores_earlier_presence: boolean;
}

/** A rule of the catalogue, with its provenance. */
export interface RuleInfo {
  id: string;
  name: string;
  destination: string;
  applies_to: string;
  nationalities: string[];
  versions: RuleVersion[];
  /** The legal act and where it was read. */
  source: string;
  confidence: "high" | "medium" | "low";
  /** The date the rule was last checked against its sources. */
  last_checked: string;
  consequences: string;
  notes: string;
}

/** The forms of a team report: objects, or the text `staycalc report` prints. */
export type ReportFormat = "objects" | "csv" | "json";

/**
 * The options of `report`. `rule` is the rule for rows whose rule cell is empty or absent; it
 * may be left out only when the file has a rule column filled on every row. `warnBelow` is the
 * days-remaining threshold of `warning` (10). `format` is `"objects"` (the default: the answer's
 * `people`), or `"csv"` / `"json"` (the answer's `text`, as `staycalc report --format csv|json`
 * prints it: the fast path, with no object per person to build).
 */
export interface ReportOptions {
  on: DateString;
  rule?: RuleSpec | null;
  warnBelow?: number | null;
  format?: ReportFormat;
}

/** How the dates of a file were written (the format most of its date cells used). */
export type DateFormat = "YYYY-MM-DD" | "YYYY/MM/DD" | "YYYY.MM.DD" | "DD.MM.YYYY" | "DD/MM/YYYY" | "DD-MM-YYYY";

/**
 * A row of a team file that could not be read: it is left out, every other row is still
 * checked, and its person (when the person cell could be read) lists the line in `bad_lines`.
 */
export interface BadRow {
  /** The line of the file where the row starts (the header is line 1). */
  line: number;
  /** The column at fault, named as in the header; `null` when the row as a whole is. */
  column: string | null;
  /** The value at fault, as written (trimmed); empty when the row as a whole is at fault. */
  value: string;
  /** What is wrong, in words. */
  message: string;
}

/**
 * The fields of one line of a team report: the person, then the fields of `evaluate` (but
 * `plan`), then the next planned trip's verdict, how many rows were checked, and the lines of
 * the person's rows that could not be read. Rows (`next_planned.row`, warnings' `rows`) are
 * lines of the file.
 */
export interface PersonReportFields extends Omit<Evaluation, "plan"> {
  /** The person, as written in the file. */
  person: string;
  /**
   * The verdict on the next planned trip: the first (by entry) that starts after `on`, or is
   * marked planned and has not ended before it; `null` when there is none.
   */
  next_planned: PlannedStay | null;
  /** How many of the person's rows (stays) were checked. */
  stays: number;
  /** The lines of the person's rows that could not be read (the line is from the others). */
  bad_lines: number[];
}

/**
 * One line of a team report: one person under one rule. The file's other columns
 * (`department`, `email`, …) are carried through as string fields named as in its header (a
 * name that clashes with a field above gets the prefix `input_`).
 */
export type PersonReport = PersonReportFields & { readonly [column: string]: string };

/** What `report` read: how many rows were checked, the date format, the rows left out. */
export interface TeamReportSummary {
  /** How many rows were read and checked. */
  rows: number;
  /** The format most dates were written in; `null` when no date was read. */
  date_format: DateFormat | null;
  /** Every row that could not be read, in the order found. */
  bad_rows: BadRow[];
}

/** `report`'s answer with `format: "objects"` (the default): one object per line. */
export interface TeamReport extends TeamReportSummary {
  /** One line per person and rule, in the order of each person's first row. */
  people: PersonReport[];
}

/** `report`'s answer with `format: "csv"` or `"json"`: the report as text. */
export interface TeamReportText extends TeamReportSummary {
  /** The report as `staycalc report --format csv|json` prints it. */
  text: string;
}

/**
 * A team file (CSV or TSV text, as a spreadsheet exports it) checked on `options.on`: one line
 * per person and rule. The header names `person`, `entry` and `exit` (or their synonyms), and
 * optionally `rule` and `planned`; every other column is carried through.
 */
export function report(csvText: string, options: ReportOptions & { format: "csv" | "json" }): TeamReportText;
export function report(csvText: string, options: ReportOptions & { format?: "objects" }): TeamReport;
export function report(csvText: string, options: ReportOptions): TeamReport | TeamReportText;

/** The stable codes of `StaycalcError`. */
export type ErrorCode =
  | "bad_request"
  | "bad_date"
  | "date_out_of_range"
  | "exit_before_entry"
  | "open_stay_after_check_date"
  | "unknown_rule"
  | "invalid_rule"
  | "rule_not_in_force"
  | "invalid_number"
  | "bad_input";

/**
 * What every export throws: a JS `Error` named `StaycalcError` whose `message` names the value
 * at fault, with a stable `code` and the `row` (position in `stays`, from 1; for `report`, the
 * line of the file) or `null`.
 */
export interface StaycalcError extends Error {
  name: "StaycalcError";
  code: ErrorCode;
  row: number | null;
}

/** Whether `error` is a `StaycalcError` thrown by this package. */
export function isStaycalcError(error: unknown): error is StaycalcError;
