// The declarations of `staycalc/trips`, the package's third module: `evaluateTrips`, a travel
// log across countries judged per zone. The types it shares with `staycalc` come from there
// (types only: nothing of that module is loaded).
import type { Bound, DateString, Evaluation, WarnBelowOption, Warning } from "../staycalc.js";
import type {
  DocumentsPart,
  ExitBound,
  ExitReason,
  PassportInput,
  VisaInput,
} from "../documents/staycalc_documents.js";

export type { DateString, ErrorCode, StaycalcError, WarnBelowOption } from "../staycalc.js";

/** One stay of a travel log: its dates, and the country (an ISO 3166-1 code such as `FR` or
 * `FRA`, or the country's name in English, Russian or Kazakh). */
export interface TripStay {
  entry: DateString;
  exit?: DateString | null;
  country: string;
}

/** The request of `evaluateTrips`. `nationality` is an ISO code, or several separated by commas
 * for a dual national (`"US,IE"`: each zone takes the most favourable, and names it).
 * `next_entry` is the date `where_next` is for (`on` when absent); `warn_below` as in `evaluate`. */
export interface TripsRequest extends WarnBelowOption {
  nationality: string;
  stays: TripStay[];
  on: DateString;
  next_entry?: DateString | null;
  /** @deprecated The old name of `next_entry`: still read (given both, `next_entry` is read). */
  nextEntry?: DateString | null;
  /** Checked against the Schengen area's stays (the Schengen rule's conditions). */
  passport?: PassportInput | null;
  /** Short-stay visas, checked against the Schengen area's stays. */
  visas?: readonly VisaInput[] | null;
  /** Residence permits and long-stay visas, each naming the state that issued it. */
  permits?: readonly TripPermitInput[] | null;
}

/** A residence permit or long-stay (D) visa of `country` (an ISO code or a name): the days in
 * that state from `from` to `until` are left out of the Schengen count (Borders Code Art.
 * 6(2)); days in other Schengen states count (CISA Art. 21); outside the Schengen area every
 * day counts (no source says otherwise). */
export interface TripPermitInput {
  from: DateString;
  until: DateString;
  country: string;
}

/** A permit with days of presence in its state in a zone. */
export interface ZonePermit {
  /** The permit, from 1 in the order given. */
  permit: number;
  country: string;
  from: DateString;
  until: DateString;
  /** Days of presence in `country` within its dates, in this zone. */
  days: number;
  /** Whether they are left out of the zone's count (the Schengen area only). */
  left_out: boolean;
  /** Days in the zone's other countries within its dates, which count. */
  counted_elsewhere: number;
}

/** What a zone is, for whom, and why. */
interface ZoneHead {
  /** `schengen`, or a country's alpha-2 code in lower case (`kz`, `bg`). */
  zone: string;
  /** The zone's name in English. */
  zone_name: string;
  /** The alpha-2 codes of the countries whose stays counted toward it. */
  countries: string[];
  /** The nationality the answer is for. */
  nationality: string;
  /** Why this rule (or no limit, or none known) applies: a citizen at home, EU/EEA/Swiss free
   * movement, a rule naming the nationality, the destination's `general` rule (the catalogue
   * does not say it covers this nationality: check it does), no rule, or a rule not yet in force. */
  why: Why;
  /** The same, in words. */
  reason: string;
}

/** Why a zone's rule (or no limit, or none known) applies to the nationality. */
export type Why = "home" | "free_movement" | "named" | "general" | "no_rule" | "not_yet_in_force";

/** A zone judged under a catalogue rule: every field of `evaluate`. Under the Schengen rule
 * with a passport, visas or a permit's days left out, `latest_exit`, `max_stay_days` and
 * `status` count them and `latest_exit_reason` and `documents` are there, as in
 * `evaluateDocuments`. */
export type RuleZone = ZoneHead &
  Evaluation & {
    latest_exit_reason?: ExitReason | null;
    documents?: DocumentsPart;
    permits?: ZonePermit[];
  };

/** A zone with no limit for the nationality, or no rule known: its days counted. */
export interface CountedZone extends ZoneHead {
  rule: null;
  status: "no_limit" | "no_rule_known";
  /** Days of presence in the zone in the whole log. */
  days_present: number;
  /** Whether there is presence on the check date. */
  present: boolean;
  warnings: Warning[];
  permits?: ZonePermit[];
}

/** A longest stay: days from the entry date to `latest_exit`, both included. */
export interface Longest {
  max_stay_days: number;
  latest_exit: DateString | null;
  binding: Bound | null;
}

/** What the visas and the passport say of a stay entered on the date asked (the Schengen
 * rule only), as `evaluateDocuments` bounds a stay entered on its `on`. */
export interface NextPapers {
  /** The longest stay and latest exit under the rule alone. */
  rule_max_stay_days: number;
  rule_latest_exit: DateString | null;
  /** The visa (1-based) the stay would be entered on; `null` when none given is valid then. */
  visa: number | null;
  /** Visas were given but none is valid on the entry date: the rule alone bounds the stay. */
  no_visa_for_entry: boolean;
  /** The passport's problems for the stay (`expires_too_soon`, `issued_too_long_ago`). */
  passport_problems: ("expires_too_soon" | "issued_too_long_ago")[];
  /** Every bound on the stay; `latest_exit` `null`: no lawful day. */
  bounds: ExitBound[];
}

/**
 * The longest stay in a zone if entering on the date asked. With visas or a passport, under
 * the Schengen rule `max_stay_days` and `latest_exit` are the earliest of every bound (0 and
 * `null`: no entry that day), `latest_exit_reason` names it, and `papers` says more. Under a
 * rule, `warnings` are the zone's `reentry` warnings (rows with no day between them that may be
 * one stay): where there are any, the figure holds only if each row was a new entry. When the
 * entry date falls in a later one of those rows, the figure is the one-stay reading's (the
 * stricter) and `if_new_entries` is the figure if each was a new entry; else it is null.
 */
export type NextStay =
  | ({ zone: string; zone_name: string; nationality: string; why: Why; reason: string;
      rule: string; status: "limited"; latest_exit_reason: ExitReason | null;
      papers: NextPapers | null; warnings: Warning[]; if_new_entries: Longest | null } & Longest)
  | { zone: string; zone_name: string; nationality: string; why: Why; reason: string;
      rule: null; status: "no_limit" | "no_rule_known" };

/** `evaluateTrips`' answer. */
export interface TripsAnswer {
  on: DateString;
  nationality: string[];
  /** One entry per zone with presence in its window, planned or on record; most urgent first. */
  zones: (RuleZone | CountedZone)[];
  /** Every zone the catalogue has rules for, and the log's, with the longest stay. */
  where_next: NextStay[];
  /** The log's own notes: days in two zones at once, assumptions (microstates). */
  warnings: string[];
}

/**
 * A travel log across countries judged per zone on `request.on`: the Schengen area (each member
 * from the date its days count) and every other country on its own, each under the rule the
 * catalogue gives the nationality there. Throws a `StaycalcError` (`unknown_country` names the
 * stay's `row` and the closest country).
 */
export function evaluateTrips(request: TripsRequest): TripsAnswer;
