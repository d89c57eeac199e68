// The declarations of `staycalc/documents`, the package's fourth module: `evaluateDocuments`,
// one traveller's stays with a passport, short-stay visas, permits and events. The types it
// shares with `staycalc` come from there (types only: nothing of that module is loaded).
import type { CaseRequest, DateString, Evaluation, WarnBelowOption } from "../staycalc.js";

export type { DateString, ErrorCode, StaycalcError, WarnBelowOption } from "../staycalc.js";

/** A passport's last valid day, and the day it was issued when known (Schengen only: valid 3
 * months after each exit, issued within 10 years before each entry). */
export interface PassportInput {
  expiry: DateString;
  issued?: DateString | null;
}

/**
 * A short-stay visa as its sticker reads: valid `from` to `until` (both included), `entries` 1,
 * 2 or `"MULT"`, a DURATION OF STAY of `days` (1 to 90), VALID FOR `area` (for people only).
 */
export interface VisaInput {
  from: DateString;
  until: DateString;
  entries: 1 | 2 | "MULT";
  days: number;
  area?: string | null;
}

/** A residence permit or long-stay (D) visa, `from` to `until`: its days are not counted.
 * `country` is the state that issued it (an ISO code or a name): needed by `evaluateTrips`,
 * where only the days in that state are left out of the Schengen count; under one rule every
 * day of its dates is left out. */
export interface PermitInput {
  from: DateString;
  until: DateString;
  country?: string | null;
}

/** The events whose deadlines are known (`staycalc check --event ID:DATE`). */
export type EventId =
  | "kz-arrival"
  | "kz-registration"
  | "kz-address-change"
  | "kz-exit-visa"
  | "kz-residence-refusal";

/** An event and its date, such as `{id: "kz-arrival", date: "2026-03-20"}`. */
export interface EventInput {
  id: EventId;
  date: DateString;
}

/** The request of `evaluateDocuments`: a case (`rule`, `stays`, `on`), `warn_below` as in
 * `evaluate`, and any of a passport, visas, permits and events (at most 1000 of each). */
export interface DocumentsRequest extends CaseRequest, WarnBelowOption {
  passport?: PassportInput | null;
  visas?: readonly VisaInput[] | null;
  permits?: readonly PermitInput[] | null;
  events?: readonly EventInput[] | null;
}

/** What ends the stay at the latest exit. */
export type ExitReason =
  | "window"
  | "per_entry"
  | "visa_entries"
  | "visa_until"
  | "visa_days"
  | "passport"
  | "permit";

/** A bound on the stay under way on `on` (or entered on it); `latest_exit` `null`: no lawful day. */
export interface ExitBound {
  reason: ExitReason;
  latest_exit: DateString | null;
}

/** A stay entered on a visa: which visa (from 1), which entry, what it breaks from when. */
export interface VisaVerdict {
  row: number;
  visa: number;
  entry: DateString;
  exit: DateString;
  entry_number: number;
  problem: "entries" | "until" | "days" | null;
  first_unlawful_day: DateString | null;
}

/** The passport against a current or planned stay. */
export interface PassportVerdict {
  row: number;
  entry: DateString;
  exit: DateString;
  problems: ("expires_too_soon" | "issued_too_long_ago")[];
  /** The latest expiry (or issue) date that would meet the conditions, when one fails. */
  needed_by: DateString | null;
}

/** Days of presence under a permit, not counted by the rule. */
export interface PermitDays {
  from: DateString;
  until: DateString;
  days_not_counted: number;
  /**
   * True when `days_not_counted` is every day of presence within the permit's dates (one rule,
   * stays without countries): they are taken to be in the state that issued the permit. Only
   * those days are left out (CISA Art. 21): days spent in other Schengen states within its
   * dates count toward 90/180, so the days used may be more than this answer says. Give each
   * stay its country (`evaluateTrips`) to have them counted. False when a travel log's stays
   * put the days in that state.
   */
  assumes_issuing_state: boolean;
}

/** An event's deadline (`kind` `by`) or earliest date (`not_before`), with its legal source. */
export interface DeadlineAnswer {
  event: EventId;
  event_date: DateString;
  date: DateString;
  kind: "by" | "not_before";
  action: string;
  source: string;
  confidence: "high" | "medium" | "low";
  notes: string;
  /**
   * True when the event is an entry (an arrival) dated by a stay that a `reentry` warning
   * doubts: it follows the stay before it with no day between, so the two may be one stay, and
   * then there was no entry and the deadline does not apply. It applies only if that was a new
   * entry.
   */
  only_if_new_entry: boolean;
}

/** A warning about the documents, in English. */
export interface DocumentWarning {
  code: "passport_expired_before_history" | "no_passport_conditions" | "no_visa_for_stay";
  message: string;
}

/** The documents' part of the answer (`staycalc check --format json`'s `documents`). */
export interface DocumentsPart {
  bounds: ExitBound[];
  visas: VisaVerdict[];
  passport: PassportVerdict[];
  permits: PermitDays[];
  deadlines: DeadlineAnswer[];
  warnings: DocumentWarning[];
}

/** Every field of `evaluate` (with `latest_exit`, `max_stay_days` and `status` counting the
 * documents), the bound that sets the latest exit (`null`: none does, as when no visa, passport
 * or permit is given) and the documents' part. */
export interface DocumentsEvaluation extends Evaluation {
  latest_exit_reason: ExitReason | null;
  documents: DocumentsPart;
}

/**
 * The answer of `staycalc check --format json` with `--passport-expiry`, `--visa`, `--permit`
 * and `--event`, less `date_format`. Throws a `StaycalcError` (`bad_request`, `bad_date`,
 * `date_out_of_range`, `exit_before_entry`, `open_stay_after_check_date`, `unknown_rule`,
 * `invalid_rule`, `rule_not_in_force` or `invalid_document`).
 */
export function evaluateDocuments(request: DocumentsRequest): DocumentsEvaluation;
