/** A civil date as stamped at the border, written `YYYY-MM-DD`. */
export type DateString = string;

/**
 * A rule: the id of a catalogue rule (see `rules()`), or a custom rolling rule of at most `max`
 * days in any `window` days, with an optional cap of `per_entry` days per entry.
 */
export type RuleSpec = string | CustomRule;

/**
 * A custom rolling rule: at most `max` days in any `window` days, `per_entry` days per entry.
 * Requests' keys are snake_case, as every answer's fields are.
 */
export interface CustomRule {
  window: number;
  max: number;
  per_entry?: number | null;
  /** @deprecated The old name of `per_entry`: still read (given both, `per_entry` is read). */
  perEntry?: number | null;
}

/** The threshold of `status` `"warning"`, in the requests that take it. */
export interface WarnBelowOption {
  /** The number of days remaining below which `status` is `"warning"` (10). */
  warn_below?: number | null;
  /** @deprecated The old name of `warn_below`: still read (given both, `warn_below` is read). */
  warnBelow?: number | null;
}

/**
 * One stay: both days included. A missing, `null` or empty `exit` is a stay with no exit yet,
 * present through `on`. Other keys are ignored, so your own records can be passed as they are,
 * except a key that looks like a misspelt `entry` or `exit` (`Exit`, `exitDate`, `from`, `to`):
 * that throws a `bad_request` naming it and the key meant.
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

/**
 * The request of `evaluate`: `warn_below` is the days-remaining threshold of `warning` (10);
 * `plan: false` leaves out the verdict per stay (`plan` is then `[]`), which is most of the
 * time and of the answer's size on long histories.
 */
export interface EvaluateRequest extends CaseRequest, WarnBelowOption {
  plan?: boolean | null;
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

/**
 * The situation on the check date, from fine to worst: `warning` when close to a limit,
 * `planned_overstay` when lawful up to `on` but a later day of presence breaks the rule,
 * `past_overstay` when lawful on `on` but a day before it broke the rule, `overstay` when
 * present and over the limit on `on`.
 */
export type Status = "ok" | "warning" | "planned_overstay" | "past_overstay" | "overstay";

/** The limit that binds: the window's maximum or the per-entry cap. */
export type Bound = "window" | "per_entry";

/**
 * Something in the input the engine resolved by itself: `overlap`, stays that share days (merged,
 * counted once); `reentry`, under a per-entry cap, stays with no day between them counted as
 * separate entries as the data says, where reading them as one stay would end it sooner (the
 * message gives that date).
 */
export interface Warning {
  code: "overlap" | "reentry";
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
  /** Unlawful days up to and including `on`: how long a past overstay lasted. */
  past_unlawful_days: number;
  /** Whether there is presence on `on`. */
  present: boolean;
  /** The day number of `on` in its stay (entry day 1), 0 when absent. */
  day_of_stay: number;
  /** The per-entry cap for the stay holding `on` (or one entered on it). */
  per_entry_cap: number | null;
  /** For a stay under way with a per-entry cap: days it may still last after `on` (0 when over). */
  days_left_in_stay: number | null;
  /** The last day the per-entry cap allows to the stay holding `on` (or one entered on it). */
  per_entry_last_day: DateString | null;
  /** The last day one may stay, staying on from `on`; `null` when `on` itself would violate. */
  latest_exit: DateString | null;
  /**
   * As `latest_exit`, keeping the planned stays (entering after `on`) lawful: the last day one
   * may stay on from `on` without a violation and without making a planned stay unlawful.
   */
  latest_exit_keeping_plans: DateString | null;
  /** Days from `on` to `latest_exit`, both included: the longest stay if entering on `on`. */
  max_stay_days: number;
  /** The limit that ends the stay at `latest_exit` (or that `on` exceeds); `null` when none. */
  binding: Bound | null;
  /** The full allowance: `min(max, per_entry)` days. */
  full_allowance: number;
  /**
   * The first date from which a stay of the full allowance is lawful, counting the days up to
   * `on` only: someone present on `on` is taken to leave then (from the day after), and planned
   * stays after `on` are not counted.
   */
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
  /** For a planned stay: days of later stays that violate only because of this one. */
  later_unlawful_days: number;
  /**
   * For a planned stay, "could stay until": the latest exit with no unlawful day of its own and
   * none caused later. The stay is fine (`unlawful_days` and `later_unlawful_days` 0) exactly
   * when `exit` is not after it.
   */
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
  /** Its day number in its stay (entry day 1), 0 when absent: what a per-entry cap bounds. */
  day_of_stay: number;
  /** The per-entry cap of the stay holding it (or of one entered on it); 0 when none. */
  per_entry_cap: number;
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
  | "bad_input"
  | "unknown_country"
  | "invalid_document"
  | "too_many_planned_stays";

/**
 * What every export throws, of `staycalc` and of `staycalc/report` alike: a JS `Error` named
 * `StaycalcError` whose `message` names the value at fault, with a stable `code` and the `row`
 * (position in `stays`, from 1; for `report`, the line of the file) or `null`.
 */
export interface StaycalcError extends Error {
  name: "StaycalcError";
  code: ErrorCode;
  row: number | null;
}

/** Whether `error` is a `StaycalcError` thrown by either module: `staycalc` or `staycalc/report`. */
export function isStaycalcError(error: unknown): error is StaycalcError;

/**
 * A date as a day number: whole days since 1970-01-01 (`Date.UTC(2025, 5, 30) / 86400000` is
 * 2025-06-30). It crosses into WebAssembly as a number rather than as text: the cheapest form
 * for many questions.
 */
export type DayNumber = number;

/**
 * One traveller's rule and stays, read and checked once (and, when every stay has an exit,
 * merged once), then asked about any date: the fastest way to ask several questions of the
 * same stays (each is a date in and a number out). `free()` releases its memory at once;
 * otherwise the garbage collector does, later. Exported by `staycalc` and, the same class built
 * for speed, by `staycalc/report`.
 *
 * @throws {StaycalcError} as `evaluate` does, for the rule and the stays (`new`), and for the
 *   date (each method).
 */
export class Traveller {
  constructor(request: { rule: RuleSpec; stays: readonly StayInput[] });
  /** `evaluate(...).days_used` on `on`. */
  daysUsed(on: DateString | DayNumber): number;
  /** `evaluate(...).days_remaining` on `on`. */
  daysRemaining(on: DateString | DayNumber): number;
  /** `evaluate`'s answer on `on`; `plan` is `[]` unless `options.plan` is `true`. */
  evaluate(on: DateString | DayNumber, options?: WarnBelowOption & { plan?: boolean | null }): Evaluation;
  /** Releases the stays' memory in the module now. */
  free(): void;
}
