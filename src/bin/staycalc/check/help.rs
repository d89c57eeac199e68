//! `staycalc check --help`.

/// `staycalc check --help`.
pub(crate) const HELP: &str = "\
staycalc check: one person's stays against a rule, on a date

Usage:
  staycalc check --rule ID --on DATE [--format text|json] [--warn-below N] [--encoding E] FILE
  staycalc check --window N --max M [--per-entry E] --on DATE [...] FILE
  staycalc check --rule schengen --on DATE [documents and events] [--format ics] FILE
  staycalc check --nationality XX[,YY] --on DATE [--next-entry DATE] [...] FILE

Options (before or after FILE):
  --rule ID         a rule of the catalogue (`staycalc rules` lists them)
  --window N        a custom rule: at most M days in any N days ...
  --max M           ... (both needed; N and M in days, M less than N)
  --per-entry E     ... and at most E days per stay (optional)
  --nationality XX  a travel log: FILE has a country column, and each zone (the Schengen
                    area, or one country) is checked under the rule the catalogue gives
                    this nationality there (ISO codes; a dual national gives both: US,IE)
  --next-entry DATE with --nationality: where next, for entering on DATE (default --on)
  --on DATE         the check date (\"today\"): the day the counts are for
  --format F        text (default, for people), json (one object), or ics: an iCalendar
                    file (RFC 5545) of reminders, each with an alarm days before: the latest
                    exit, the last exit the passport allows, a new passport needed before a
                    planned trip, and each deadline of --event
  --warn-below N    status \"warning\" when fewer than N days remain (default 10)
  --encoding E      the file's encoding: auto (default: UTF-8, or Windows-1251 when the file
                    is not UTF-8, said with the file's name), utf-8 or windows-1251
  -h, --help        this help

Documents and events (optional; dates as in FILE):
  --passport-expiry DATE   the passport's last valid day. Schengen only (Schengen Borders Code
                           Art. 6(1)(a)): it must be valid 3 months after each exit
  --passport-issued DATE   its issue date: it must be issued within the 10 years before entry
  --visa FROM..UNTIL,ENTRIES,DAYS[,AREA]
                           a short-stay visa as its sticker reads: valid FROM..UNTIL, ENTRIES
                           1, 2 or MULT, DURATION OF STAY DAYS (1 to 90), VALID FOR (optional,
                           for people). A stay whose entry falls in FROM..UNTIL is on the visa:
                           it must end by UNTIL, be within the entries, and keep the days on
                           the visa (and earlier ones in the 180 days before each day) within
                           DAYS. Repeatable
  --permit FROM..UNTIL[,COUNTRY]
                           a residence permit or long-stay (D) visa: its days are not counted
                           (Art. 6(2)). With --rule, every day of presence within its dates
                           is left out, taken to be in the state that issued it (the answer
                           says so; JSON assumes_issuing_state). With --nationality, COUNTRY
                           (the state that issued it) is needed: only the days in that state
                           within its dates are left out of the Schengen count; days in other
                           Schengen states count (CISA Art. 21), and outside the Schengen area
                           every day counts (no source says otherwise). Repeatable
  --event ID:DATE          an event setting a deadline, as kz-arrival:2026-03-20 (with --rule
                           only, as --format ics). Repeatable.
                           IDs: kz-arrival (host notifies the migration service within 3
                           working days), kz-registration (register by the 30th day, crossings
                           from 2026-07-01), kz-address-change (re-register within 5 working
                           days), kz-exit-visa (leave within the exit visa's 30 days at most),
                           kz-residence-refusal (re-apply after one year). Working days use
                           Kazakhstan's public holidays, known for 2025 and 2026
With documents, the latest exit is the earliest of every bound (the rule's, the visa's UNTIL,
entries and days, the passport's) and latest_exit_reason says which: window, per_entry,
visa_entries, visa_until, visa_days, passport or permit. The text answer keeps the rule's part
as it is and adds a Documents section (and a first line when they make things worse); in JSON,
latest_exit, max_stay_days and status count the documents, with latest_exit_reason and
documents {bounds, visas, passport, permits, deadlines, warnings}.

FILE is a CSV or TSV file of stays, or - for standard input:
  entry,exit
  2025-01-10,2025-01-24
  2025-03-02,
The header names the columns entry and exit, in any order and letter case, or by the other
names `staycalc report` accepts (arrival, departure, Дата въезда, Дата выезда, Келу күні, ...);
other columns are ignored. An empty exit, or one saying the stay goes on (present, now, ongoing,
по н.в., по настоящее время, қазіргі уақытқа дейін, ...), is a stay with no exit yet (present
through the check date); stays after the check date are planned trips, and are checked too. Separators , ; or
tab; quoted fields as spreadsheets write them; UTF-8, with or without a byte-order mark, or
Windows-1251. Dates as YYYY-MM-DD, DD.MM.YYYY (dots: always day first), or with / or - in the
order the whole file shows: day first (DD/MM/YYYY) unless more of its dates read month first
only (03/15/2025); a date that conflicts with the file's order is a bad row. Overlapping stays
are counted once, with a warning.

Output: days used in the window ending on the check date, days remaining (not the longest
stay: days drop out of the window while one stays), the latest exit staying on from the check
date, the earliest date a full stay may start, days over the limit, and a verdict per planned
stay. With --format json, one object with the fields rule, on, window_start, days_used, limit,
days_remaining, overstay_days, unlawful_days, first_unlawful_day, past_unlawful_days, present,
day_of_stay, per_entry_cap, days_left_in_stay, per_entry_last_day, latest_exit,
latest_exit_keeping_plans, max_stay_days, binding (window or per_entry), full_allowance,
earliest_full_stay, status (ok, warning, planned_overstay, past_overstay or overstay),
warnings [{code, message, rows}], plan [{row, entry, exit, planned, unlawful_days,
first_unlawful_day, later_unlawful_days, latest_exit}] and date_format; dates as YYYY-MM-DD, null
where there is none. Rows are line numbers in FILE (the header is line 1).

With --nationality, FILE also names each stay's country (a column country, страна or ел):
an ISO 3166-1 code (FR, FRA) or the country's name in English, Russian or Kazakh. The stays
are split into zones by date (Croatia counts toward the Schengen area from 2023-01-01,
Bulgaria and Romania from 2024-03-31; Cyprus, Ireland and Andorra never), and the answer has a
block per zone with presence in its window (JSON: {on, nationality, zones: [{zone, zone_name,
countries, nationality, why, reason, rule, ...every field above}], where_next: [{zone, why,
reason, rule, status, max_stay_days, latest_exit, binding, latest_exit_reason, papers,
warnings, if_new_entries}], warnings, date_format}), most
urgent first. A zone where the nationality has no limit (a citizen at home; EU, EEA and Swiss
citizens) or the catalogue has no rule says so (status no_limit or no_rule_known) with
days_present. why is general where the zone's rule is its destination's general one, which
the catalogue does not say covers the nationality (Russia's visa-free rule for a citizen who
needs a visa there): check that it covers yours before relying on its days.
With --nationality, --passport-expiry, --passport-issued and --visa are checked against the
Schengen area's stays (the Schengen rule's conditions; other zones say they were not checked),
exactly as --rule schengen checks them: its block gains the Documents lines and its JSON
latest_exit_reason and documents. Where next applies them to a stay entered on
--next-entry as --rule schengen --on that day would: the longest stay is the earliest of every
bound and says which sets it; a visa's entries used up or a passport not valid 3 months after
the entry (or issued over 10 years before) is no entry; visas given but none valid that day
leave the rule alone, flagged (JSON papers {rule_max_stay_days, rule_latest_exit, visa,
no_visa_for_entry, passport_problems, bounds}). Each zone where a permit's state has days
lists it (text Permits:, JSON permits [{permit, country, from, until, days, left_out,
counted_elsewhere}]): the days left out and why, or that they count. Where next counts the same days.

Exit codes:
  0  the check ran, whatever the status
  2  bad input: a bad option, an unknown rule, a bad date, or any bad row in FILE. Every bad
     row is listed on standard error with its line, column and value, and nothing is printed
     on standard output: a history with a row left out would give a wrong answer.
";
