// The declarations of `staycalc/report`, the package's second module: `report`, a team file
// checked person by person; `evaluateMany`, many travellers given as objects; `Traveller`, one
// traveller's stays kept in the module and asked about any date. The types it shares with `staycalc` come from there (types only:
// nothing of that module is loaded).
import type { DateString, Evaluation, PlannedStay, RuleSpec, Status, StayInput, WarnBelowOption } from "../staycalc.js";

export type { DateString, ErrorCode, Evaluation, RuleSpec, StayInput, StaycalcError, WarnBelowOption } from "../staycalc.js";

/** The forms of a team report: objects, or the text `staycalc report` prints. */
export type ReportFormat = "objects" | "csv" | "json";

/**
 * The options of `report`. `rule` is the rule for rows whose rule cell is empty or absent; it
 * may be left out only when the file has a rule column filled on every row. `warn_below` is the
 * days-remaining threshold of `warning` (10). `format` is `"objects"` (the default: the answer's
 * `people`), or `"csv"` / `"json"` (the answer's `text`, as `staycalc report --format csv|json`
 * prints it: the fast path, with no object per person to build).
 */
export interface ReportOptions extends WarnBelowOption {
  on: DateString;
  rule?: RuleSpec | null;
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
export interface PersonReportFields extends Omit<Evaluation, "plan" | "status"> {
  /** The person, as written in the file. */
  person: string;
  /**
   * The status of `evaluate`, or `"check_rows"` when some of the person's rows could not be
   * read and the others show no overstay (a person with a bad row is never `"ok"`).
   */
  status: ReportStatus;
  /**
   * The verdict on the next planned trip: the first (by entry) that starts after `on`, or is
   * marked planned and has not ended before it; `null` when there is none.
   */
  next_planned: PlannedStay | null;
  /** How many of the person's rows (stays) were checked. */
  stays: number;
  /** The lines of the person's rows that could not be read (the line is from the others). */
  bad_lines: number[];
  /**
   * With a passport column in the file: the passport's dates as the person's rows give them
   * (`null` when none does), `"ok"`, `"fails"` or `"not_checked"` (`null` without a date),
   * the first current or planned trip it fails, and all of it in words. A checked passport
   * also bounds `latest_exit`, `max_stay_days` and `latest_exit_keeping_plans`.
   */
  passport_expiry?: string | null;
  passport_issued?: string | null;
  passport_check?: "ok" | "fails" | "not_checked" | null;
  /** The last exit the passport allows (3 months before its expiry), when checked. */
  passport_last_exit?: string | null;
  passport_failing?: {
    row: number;
    entry: string;
    exit: string;
    problems: { code: "expires_too_soon" | "issued_too_long_ago"; needed: string }[];
    needed_by: string | null;
  } | null;
  passport_message?: string | null;
  /**
   * With the visa columns in the file (visa from, visa until, visa entries, visa days): the
   * person's short-stay visa as their rows give it (`null` when none does, or they disagree),
   * checked under the Schengen rule as `evaluateDocuments` checks `visas`. A stay that breaks
   * it makes `status` an overstay (now, past or planned), and the visa bounds `latest_exit`,
   * `max_stay_days` and `latest_exit_keeping_plans`.
   */
  visa?: { from: string; until: string; entries: "01" | "02" | "MULT"; days: number } | null;
  /**
   * `"ok"`, `"fails"` (a stay breaks it), `"no_visa_for_stay"` (a current or planned stay is
   * entered outside its dates: checked against the rule alone), `"not_checked"` (another rule,
   * or the rows disagree), or `null` when the rows give no visa.
   */
  visa_check?: "ok" | "fails" | "no_visa_for_stay" | "not_checked" | null;
  /** The visa's bound when it sets `latest_exit`, as `latest_exit_reason` names it. */
  visa_sets_latest_exit?: "visa_entries" | "visa_until" | "visa_days" | null;
  /** The first stay that breaks the visa: which condition, from which day. */
  visa_failing?: {
    row: number;
    entry: string;
    exit: string;
    entry_number: number;
    problem: "entries" | "until" | "days";
    first_unlawful_day: string | null;
  } | null;
  /** The current and planned stays entered outside the visa's dates. */
  visa_outside?: { row: number; entry: string }[];
  visa_message?: string | null;
}

/**
 * A team report line's status: the engine's, `"check_rows"`, or `"passport"` when the file has
 * a passport column and the person's passport fails the stay under way or a planned trip.
 */
export type ReportStatus = Status | "check_rows" | "passport";

/**
 * The line of a person none of whose rows could be read: no rule, and every field of
 * `evaluate` `null`.
 */
export type UnreadPersonReportFields = {
  [K in keyof Omit<Evaluation, "plan" | "status" | "rule" | "rule_name">]: null;
} & {
  person: string;
  rule: "";
  rule_name: "";
  status: "check_rows";
  next_planned: null;
  stays: 0;
  bad_lines: number[];
};

/**
 * One line of a team report: one person under one rule. The file's other columns
 * (`department`, `email`, …) are carried through as string fields named as in its header (a
 * name that clashes with a field above gets the prefix `input_`).
 */
export type PersonReport = (PersonReportFields | UnreadPersonReportFields) & {
  readonly [column: string]: string;
};

/** What `report` read: how many rows were checked, the date format, the rows left out. */
export interface TeamReportSummary {
  /** How many rows were read and checked (not those that could not be read: `rows_in_file`). */
  rows: number;
  /**
   * How many rows the file has below its header, blank ones aside: those checked, those that
   * could not be read and those in another zone (`elsewhere_lines`), as the command line and
   * the team page count them ("from 6 rows, 1 of them unreadable (line 4)").
   */
  rows_in_file: number;
  /** The format most dates were written in; `null` when no date was read. */
  date_format: DateFormat | null;
  /** Every row that could not be read, in the order found. */
  bad_rows: BadRow[];
  /**
   * The lines of rows whose country (a `country` column) is outside their rule's zone on
   * every day of the stay (Georgia under `schengen`): another zone's days, not counted under
   * the rule and not bad rows. A `nationality` column and no rule checks every zone.
   */
  elsewhere_lines: number[];
  /**
   * Person cells that differ from an earlier line's only in letter case, spaces or dots
   * ("ivanov  i. i." after "Ivanov I.I."), read as that person, in file order: `person` as
   * reported, the other `spelling`, and the first `line` with it.
   */
  spellings: { person: string; spelling: string; line: number }[];
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
 * optionally `rule` and `planned`; every other column is carried through. Throws a
 * `StaycalcError`, which `isStaycalcError` of `staycalc` recognises.
 */
export function report(csvText: string, options: ReportOptions & { format: "csv" | "json" }): TeamReportText;
export function report(csvText: string, options: ReportOptions & { format?: "objects" }): TeamReport;
export function report(csvText: string, options: ReportOptions): TeamReport | TeamReportText;

/**
 * One traveller of `evaluateMany`: `rule` and `on` default to the options' (a person with
 * neither, here or in the options, throws). `id` is echoed in the answer.
 */
export interface PersonInput {
  id?: string | number | null;
  rule?: RuleSpec | null;
  stays: readonly StayInput[];
  on?: DateString | null;
}

/**
 * The options of `evaluateMany`: the check date and rule of every person who gives none;
 * `warn_below` as in `evaluate`; `plan: true` to have each answer's verdicts per stay (left out
 * by default: `plan` is then `[]`).
 */
export interface EvaluateManyOptions extends WarnBelowOption {
  on?: DateString | null;
  rule?: RuleSpec | null;
  plan?: boolean | null;
}

/** One person's answer in `evaluateMany`: `evaluate`'s, with the person's `id` (or `null`). */
export type PersonEvaluation = Evaluation & { id: string | number | null };

/**
 * Each person evaluated as `evaluate` would, in the order given, in one call: the fast way to
 * check many travellers held as objects (the module `staycalc/report`, built for speed). Each
 * person is read from `JSON.stringify`'s text of it when that text is plain, else field by field
 * as `evaluate` reads it: a value with a `toJSON` method, or a `String` object, is read as
 * `JSON.stringify` shows it.
 *
 * @throws {StaycalcError} for the options, or for the first person at fault: the message
 *   starts with `person N` (its place from 1) and its `id`, and `row` is the stay's row in that
 *   person's `stays`. At most 1,000,000 people a call.
 */
export function evaluateMany(people: readonly PersonInput[], options?: EvaluateManyOptions): PersonEvaluation[];

/**
 * `Traveller` is also exported by the main module `staycalc` (declared there): the same class
 * and methods, compiled into this module for speed. Objects of one module's class are not
 * `instanceof` the other's.
 */
export { Traveller, type DayNumber } from "../staycalc.js";
