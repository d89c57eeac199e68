//! Edge cases of the day model (DESIGN.md, "The day model"): leap years, window edges, exactly the maximum and one
//! more, same-day trips and re-entries, overlaps, open and planned stays, rule versions,
//! per-entry caps, month caps, and errors. Expected values are worked out by hand in the
//! comments; every answer is also checked against the brute-force oracle in `tests/oracle`.

mod oracle;

use chrono::NaiveDate;
use oracle::{date_of, Oracle};
use staycalc::{
    date, rule, Assessment, Calculator, DropOut, Error, Options, Rule, Status, Stay, StayVerdict,
    Warning, MAX_RULE_DAYS,
};
use std::collections::BTreeSet;

fn stay(entry: (i32, u32, u32), exit: (i32, u32, u32)) -> Stay {
    Stay::new(
        date(entry.0, entry.1, entry.2),
        date(exit.0, exit.1, exit.2),
    )
}

fn schengen() -> &'static Rule {
    rule("schengen").unwrap()
}

/// The engine's assessment, after checking that it equals the oracle's on every field, that
/// each warning names two rows the oracle finds overlapping on those days, and that every row
/// that overlaps another is named.
fn assess(rule: &Rule, stays: &[Stay], on: NaiveDate) -> Assessment {
    let answer = Calculator::new(rule, stays, on)
        .unwrap()
        .assessment(&Options::default());
    let oracle = Oracle::new(rule, stays, on).unwrap();
    let mut without_warnings = answer.clone();
    without_warnings.warnings.clear();
    assert_eq!(
        without_warnings,
        oracle.assessment(10),
        "engine and oracle differ"
    );
    let overlaps = oracle.overlaps();
    let reentries = oracle.reentries();
    let warned: Vec<oracle::Reentry> = answer
        .warnings
        .iter()
        .filter_map(oracle::Reentry::of)
        .collect();
    assert_eq!(warned, reentries, "stays with no day between them");
    for warning in &answer.warnings {
        let Warning::Overlap {
            first_row,
            second_row,
            from,
            until,
        } = *warning
        else {
            continue;
        };
        assert!(
            overlaps.iter().any(|o| {
                [o.first_row, o.second_row] == [first_row, second_row]
                    || [o.second_row, o.first_row] == [first_row, second_row]
            } && (o.from, o.until) == (from, until)),
            "{warning} is not an overlap: {overlaps:?}"
        );
    }
    let named: BTreeSet<usize> = answer
        .warnings
        .iter()
        .filter(|w| w.code() == "overlap")
        .flat_map(|w| w.rows())
        .collect();
    let overlapping: BTreeSet<usize> = overlaps
        .iter()
        .flat_map(|o| [o.first_row, o.second_row])
        .collect();
    assert_eq!(named, overlapping, "rows named by warnings");
    answer
}

/// The engine's plan, after checking it against the oracle's.
fn plan(rule: &Rule, stays: &[Stay], on: NaiveDate) -> Vec<StayVerdict> {
    let verdicts = Calculator::new(rule, stays, on).unwrap().plan();
    assert_eq!(verdicts, Oracle::new(rule, stays, on).unwrap().plan());
    verdicts
}

/// The engine's `earliest_entry(n)`, after checking it against the oracle's.
fn earliest_entry(rule: &Rule, stays: &[Stay], on: NaiveDate, n: u32) -> Option<NaiveDate> {
    let engine = Calculator::new(rule, stays, on)
        .unwrap()
        .earliest_entry(n)
        .unwrap();
    let oracle = Oracle::new(rule, stays, on).unwrap().earliest_entry(n);
    assert_eq!(engine, oracle.map(date_of), "earliest entry for {n} days");
    engine
}

// --- Leap years --------------------------------------------------------------------------

#[test]
fn the_window_counts_29_february_as_a_day() {
    // 2024-02-29 + 179 days = 2024-08-26 (Feb 29 1, Mar-Jul 153, Aug 26 = 180 days), so the
    // window ending 2024-08-26 still holds 29 February and the one ending 2024-08-27 starts on
    // 1 March.
    let stays = [stay((2024, 2, 29), (2024, 2, 29))];
    let last_day_in = assess(schengen(), &stays, date(2024, 8, 26));
    assert_eq!(last_day_in.window_start, date(2024, 2, 29));
    assert_eq!(last_day_in.days_used, 1);
    let first_day_out = assess(schengen(), &stays, date(2024, 8, 27));
    assert_eq!(first_day_out.window_start, date(2024, 3, 1));
    assert_eq!(first_day_out.days_used, 0);
    let calculator = Calculator::new(schengen(), &stays, date(2024, 3, 1)).unwrap();
    let leaves = date(2024, 8, 27);
    assert_eq!(
        calculator.drop_outs(),
        [DropOut {
            from: leaves,
            until: leaves,
            days: 1
        }]
    );
}

#[test]
fn ninety_days_across_29_february_end_a_day_earlier_than_in_a_common_year() {
    // 2024: Jan 31 + Feb 29 + Mar 30 = 90 days end on 30 March; 2023: Jan 31 + Feb 28 + Mar 31.
    for (exit, over) in [
        ((2024, 3, 30), (2024, 3, 31)),
        ((2023, 3, 31), (2023, 4, 1)),
    ] {
        let year = exit.0;
        let lawful = [stay((year, 1, 1), exit)];
        let on = date(exit.0, exit.1, exit.2);
        let answer = assess(schengen(), &lawful, on);
        assert_eq!(answer.days_used, 90);
        assert_eq!(answer.unlawful_days, 0);
        assert_eq!(answer.latest_exit, Some(on));
        let one_more = [stay((year, 1, 1), over)];
        let answer = assess(schengen(), &one_more, date(over.0, over.1, over.2));
        assert_eq!(
            answer.first_unlawful_day,
            Some(date(over.0, over.1, over.2))
        );
        assert_eq!(answer.overstay_days, 1);
    }
}

// --- Window edges ------------------------------------------------------------------------

#[test]
fn a_day_is_in_the_window_of_day_180_and_out_of_day_181() {
    // 2025-01-01 + 179 days = 2025-06-29: Jan 30, Feb 28, Mar 31, Apr 30, May 31, Jun 29.
    let stays = [stay((2025, 1, 1), (2025, 3, 31))]; // 90 days
    let day_180 = assess(schengen(), &stays, date(2025, 6, 29));
    assert_eq!(day_180.window_start, date(2025, 1, 1));
    assert_eq!(day_180.days_used, 90);
    // Entering on day 180 makes 91 at once.
    assert_eq!(day_180.latest_exit, None);
    assert_eq!(day_180.max_stay_days, 0);
    let day_181 = assess(schengen(), &stays, date(2025, 6, 30));
    assert_eq!(day_181.window_start, date(2025, 1, 2));
    assert_eq!(day_181.days_used, 89);
    // Entering on 2025-06-30, one old day leaves as each new one comes until 2025-03-31 leaves
    // on 2025-09-27; then the new stay alone holds 90: 2025-06-30 + 89 = 2025-09-27.
    assert_eq!(day_181.latest_exit, Some(date(2025, 9, 27)));
    assert_eq!(day_181.max_stay_days, 90);
    let april = assess(schengen(), &stays, date(2025, 4, 1));
    assert_eq!(april.earliest_full_stay, Some(date(2025, 6, 30)));
    let calculator = Calculator::new(schengen(), &stays, date(2025, 4, 1)).unwrap();
    assert_eq!(
        calculator.drop_outs(),
        [DropOut {
            from: date(2025, 6, 30),
            until: date(2025, 9, 27),
            days: 90
        }]
    );
}

// --- Exactly the maximum, and one more ---------------------------------------------------

#[test]
fn exactly_the_maximum_is_lawful_and_one_more_day_is_not() {
    // 2025-01-01 .. 2025-03-31 is 90 days (31 + 28 + 31).
    let exactly = assess(
        schengen(),
        &[stay((2025, 1, 1), (2025, 3, 31))],
        date(2025, 3, 31),
    );
    assert_eq!((exactly.days_used, exactly.days_remaining), (90, 0));
    assert_eq!((exactly.unlawful_days, exactly.overstay_days), (0, 0));
    assert_eq!(exactly.status, Status::Warning);
    let over = assess(
        schengen(),
        &[stay((2025, 1, 1), (2025, 4, 1))],
        date(2025, 4, 1),
    );
    assert_eq!((over.days_used, over.overstay_days), (91, 1));
    assert_eq!(over.unlawful_days, 1);
    assert_eq!(over.first_unlawful_day, Some(date(2025, 4, 1)));
    assert_eq!(over.status, Status::Overstay);
}

#[test]
fn exactly_the_per_entry_cap_is_lawful_and_one_more_day_is_not() {
    // Kazakhstan's visa-free list: 30 days per entry; 2024-03-01 .. 2024-03-30 is 30 days.
    let kz = rule("kz-visa-free").unwrap();
    let exactly = assess(kz, &[stay((2024, 3, 1), (2024, 3, 30))], date(2024, 3, 30));
    assert_eq!((exactly.day_of_stay, exactly.per_entry_cap), (30, Some(30)));
    assert_eq!((exactly.unlawful_days, exactly.overstay_days), (0, 0));
    assert_eq!(exactly.latest_exit, Some(date(2024, 3, 30)));
    let over = assess(kz, &[stay((2024, 3, 1), (2024, 3, 31))], date(2024, 3, 31));
    assert_eq!((over.day_of_stay, over.overstay_days), (31, 1));
    assert_eq!(over.first_unlawful_day, Some(date(2024, 3, 31)));
    assert_eq!(over.latest_exit, None);
}

// --- Same-day trips, re-entries, overlaps ------------------------------------------------

#[test]
fn a_same_day_trip_is_one_day() {
    let answer = assess(
        schengen(),
        &[stay((2025, 5, 5), (2025, 5, 5))],
        date(2025, 5, 5),
    );
    assert_eq!((answer.days_used, answer.day_of_stay), (1, 1));
    assert!(answer.present);
    let later = assess(
        schengen(),
        &[stay((2025, 5, 5), (2025, 5, 5))],
        date(2025, 5, 6),
    );
    assert_eq!((later.days_used, later.present), (1, false));
}

#[test]
fn a_same_day_exit_and_reentry_counts_the_date_once_as_day_one_of_the_new_stay() {
    // 1-20 March and 20 March - 10 April: 41 days, not 42; 20 March is day 1 of the second
    // stay, so 10 April is its day 22 (12 days in March, 10 in April), under the 30-day cap.
    let kz = rule("kz-visa-free").unwrap();
    let stays = [
        stay((2024, 3, 1), (2024, 3, 20)),
        stay((2024, 3, 20), (2024, 4, 10)),
    ];
    let answer = assess(kz, &stays, date(2024, 4, 10));
    assert_eq!(answer.days_used, 41);
    assert_eq!(answer.day_of_stay, 22);
    assert_eq!(answer.unlawful_days, 0);
    // By the data two entries; read as one stay from 1 March its 30 days end on 30 March, and
    // `on` is in the second: a warning says so (DESIGN.md).
    assert_eq!(answer.warnings.len(), 1);
    assert_eq!(answer.warnings[0].code(), "reentry");
    assert!(answer.warnings[0]
        .to_string()
        .ends_with("they are one stay from 2024-03-01, whose 30 days end on 2024-03-30"));
    // Entering one day earlier overlaps instead: one stay of 41 days from 1 March, a warning,
    // and days 31-41 (31 March - 10 April) over the cap.
    let overlapping = [
        stay((2024, 3, 1), (2024, 3, 20)),
        stay((2024, 3, 19), (2024, 4, 10)),
    ];
    let answer = assess(kz, &overlapping, date(2024, 4, 10));
    assert_eq!((answer.days_used, answer.day_of_stay), (41, 41));
    assert_eq!(answer.unlawful_days, 11);
    assert_eq!(answer.first_unlawful_day, Some(date(2024, 3, 31)));
    assert_eq!(answer.warnings.len(), 1);
    assert_eq!(
        answer.warnings[0].to_string(),
        "rows 1 and 2 overlap from 2024-03-19 to 2024-03-20: those days are counted once"
    );
}

#[test]
fn an_exit_and_an_entry_on_consecutive_days_are_two_stays() {
    // Exit 20 March, entry 21 March: no day shared, the count restarts: 21 March - 10 April is
    // day 21.
    let kz = rule("kz-visa-free").unwrap();
    let stays = [
        stay((2024, 3, 1), (2024, 3, 20)),
        stay((2024, 3, 21), (2024, 4, 10)),
    ];
    let answer = assess(kz, &stays, date(2024, 4, 10));
    assert_eq!((answer.days_used, answer.day_of_stay), (41, 21));
    assert_eq!(answer.warnings[0].rows(), [1, 2]);
    assert_eq!(answer.warnings[0].code(), "reentry");
    // A day apart (exit 20 March, entry 22 March): nothing to ask.
    let apart = [
        stay((2024, 3, 1), (2024, 3, 20)),
        stay((2024, 3, 22), (2024, 4, 10)),
    ];
    assert!(assess(kz, &apart, date(2024, 4, 10)).warnings.is_empty());
}

#[test]
fn overlaps_and_duplicates_are_counted_once_with_a_warning_naming_both_rows() {
    // Rows: 1-10 Jan, 5-15 Jan, 5-15 Jan again. Presence is 1-15 Jan: 15 days.
    let stays = [
        stay((2025, 1, 1), (2025, 1, 10)),
        stay((2025, 1, 5), (2025, 1, 15)),
        stay((2025, 1, 5), (2025, 1, 15)),
    ];
    let answer = assess(schengen(), &stays, date(2025, 2, 1));
    assert_eq!(answer.days_used, 15);
    let rows: Vec<Vec<usize>> = answer.warnings.iter().map(|w| w.rows()).collect();
    assert_eq!(rows, [vec![1, 2], vec![2, 3]]);
    assert!(answer.warnings.iter().all(|w| w.code() == "overlap"));
    assert_eq!(
        answer.warnings[1].to_string(),
        "rows 2 and 3 overlap from 2025-01-05 to 2025-01-15: those days are counted once"
    );
    // A stay inside another: 1-31 Jan holds 10-12 Jan: 31 days, one warning.
    let inside = [
        stay((2025, 1, 1), (2025, 1, 31)),
        stay((2025, 1, 10), (2025, 1, 12)),
    ];
    let answer = assess(schengen(), &inside, date(2025, 2, 1));
    assert_eq!(answer.days_used, 31);
    assert_eq!(answer.warnings.len(), 1);
    // Rows given by the caller are the ones named.
    let rowed = [
        stay((2025, 1, 1), (2025, 1, 10)).at_row(7),
        stay((2025, 1, 1), (2025, 1, 10)).at_row(12),
    ];
    let answer = assess(schengen(), &rowed, date(2025, 2, 1));
    assert_eq!(answer.days_used, 10);
    assert_eq!(answer.warnings[0].rows(), [7, 12]);
}

// --- Open and planned stays --------------------------------------------------------------

#[test]
fn an_open_stay_runs_through_the_check_date() {
    // In since 1 March, checked 15 April: 31 + 15 = 46 days used, 44 remaining; 90 days end
    // on 29 May (1 March + 89), 45 days from 15 April inclusive.
    let stays = [Stay::open(date(2025, 3, 1))];
    let answer = assess(schengen(), &stays, date(2025, 4, 15));
    assert_eq!((answer.days_used, answer.days_remaining), (46, 44));
    assert_eq!((answer.present, answer.day_of_stay), (true, 46));
    assert_eq!(answer.latest_exit, Some(date(2025, 5, 29)));
    assert_eq!(answer.max_stay_days, 45);
    // Leaving on 15 April: 1 March .. 15 April (46 days) counted. A 90-day trip from s counts
    // 46 + (days of the trip) until 1 March leaves the window after 27 August (1 March + 179),
    // then stays level: 46 + (27 Aug - s + 1) <= 90 gives s >= 15 July.
    assert_eq!(answer.earliest_full_stay, Some(date(2025, 7, 15)));
    // An open stay entered on the check date is one day.
    let today = assess(
        schengen(),
        &[Stay::open(date(2025, 4, 15))],
        date(2025, 4, 15),
    );
    assert_eq!((today.days_used, today.day_of_stay), (1, 1));
}

#[test]
fn planned_stays_get_a_verdict_and_a_latest_exit_that_keeps_later_ones_lawful() {
    // 59 days in Jan-Feb; planned 1-31 May (31 days: 59 + 31 = 90, lawful) and 20-30 June.
    // The window of 20 June (from 23 Dec) holds 59 + 31 + 1 = 91: every June day violates
    // (30 June: 1 Jan left, 58 + 31 + 11 = 100). Keeping June lawful needs May <= 21 days
    // (29 June: 59 + n + 10 <= 90), so May's latest exit is 21 May.
    let stays = [
        stay((2025, 1, 1), (2025, 2, 28)),
        stay((2025, 5, 1), (2025, 5, 31)),
        stay((2025, 6, 20), (2025, 6, 30)),
    ];
    let on = date(2025, 3, 15);
    let verdicts = plan(schengen(), &stays, on);
    assert!(!verdicts[0].planned && verdicts[0].is_lawful());
    assert!(verdicts[1].planned && verdicts[1].is_lawful());
    assert_eq!(verdicts[1].latest_exit, Some(date(2025, 5, 21)));
    assert_eq!(verdicts[2].unlawful_days, 11);
    assert_eq!(verdicts[2].first_unlawful_day, Some(date(2025, 6, 20)));
    assert_eq!(verdicts[2].latest_exit, None);
    let answer = assess(schengen(), &stays, on);
    assert_eq!(answer.status, Status::PlannedOverstay);
    assert_eq!(answer.unlawful_days, 11);
    // Planned stays do not count on the check date.
    assert_eq!(answer.days_used, 59);
}

// --- Rule versions -----------------------------------------------------------------------

#[test]
fn kazakhstan_90_180_is_not_retroactive_before_27_january_2023() {
    // Visa runs of 30 days each in 2022 (120 days in 180) were lawful under the 30-day cap
    // alone, and none of them counts on 27 January 2023.
    let kz = rule("kz-visa-free").unwrap();
    let runs = [
        stay((2022, 8, 1), (2022, 8, 30)),
        stay((2022, 9, 1), (2022, 9, 30)),
        stay((2022, 10, 2), (2022, 10, 31)),
        stay((2022, 11, 2), (2022, 12, 1)),
    ];
    let answer = assess(kz, &runs, date(2023, 1, 27));
    assert_eq!(answer.unlawful_days, 0);
    assert_eq!((answer.days_used, answer.days_remaining), (0, 90));
    assert_eq!(answer.window_start, date(2023, 1, 27));
    // Entering that day: 30 days per entry, 27 Jan + 29 = 25 Feb.
    assert_eq!(answer.latest_exit, Some(date(2023, 2, 25)));
    // A stay across the change: entered 20 January (cap of the version then: 30), counted in
    // the window only from 27 January: 5 + 10 = 15 days on 10 February, day 22 of the stay.
    let across = [stay((2023, 1, 20), (2023, 2, 10))];
    let answer = assess(kz, &across, date(2023, 2, 10));
    assert_eq!((answer.days_used, answer.day_of_stay), (15, 22));
    assert_eq!(answer.per_entry_cap, Some(30));
}

#[test]
fn russia_switches_to_a_calendar_year_on_1_january_2025() {
    let ru = rule("ru").unwrap();
    // Across New Year: 15 Nov 2024 - 10 Feb 2025; 47 days in 2024 (16 + 31) judged by the
    // 90/180 window, 41 in 2025 (31 + 10) by the calendar year. The stay was entered under
    // the old version, which has no per-entry cap.
    let across = [stay((2024, 11, 15), (2025, 2, 10))];
    let answer = assess(ru, &across, date(2025, 2, 10));
    assert_eq!(answer.window_start, date(2025, 1, 1));
    assert_eq!((answer.days_used, answer.days_remaining), (41, 49));
    assert_eq!(answer.per_entry_cap, None);
    // Staying on: day 90 of 2025 is 31 March (31 + 28 + 31).
    assert_eq!(answer.latest_exit, Some(date(2025, 3, 31)));
    // The year resets the count: 90 days in spring 2025, then 1 Dec 2025 - 10 Jan 2026:
    // December's 31 days violate (days 91-121 of 2025), January's 10 are lawful.
    let reset = [
        stay((2025, 3, 1), (2025, 5, 29)),
        stay((2025, 12, 1), (2026, 1, 10)),
    ];
    let answer = assess(ru, &reset, date(2026, 1, 10));
    assert_eq!(answer.unlawful_days, 31);
    assert_eq!(answer.first_unlawful_day, Some(date(2025, 12, 1)));
    assert_eq!(answer.window_start, date(2026, 1, 1));
    assert_eq!(answer.days_used, 10);
    // From 2025 a stay entered under the new version has the 90-day cap too.
    let long = [Stay::open(date(2025, 1, 1))];
    let answer = assess(ru, &long, date(2025, 1, 1));
    assert_eq!(answer.per_entry_cap, Some(90));
    assert_eq!(answer.latest_exit, Some(date(2025, 3, 31)));
}

#[test]
fn kazakhstan_china_switches_to_30_and_90_on_10_november_2023() {
    let kz_china = rule("kz-china").unwrap();
    // Three 14-day trips: 42 days in 180, the old maximum.
    let trips = [
        stay((2023, 8, 1), (2023, 8, 14)),
        stay((2023, 9, 1), (2023, 9, 14)),
        stay((2023, 10, 1), (2023, 10, 14)),
    ];
    let before = assess(kz_china, &trips, date(2023, 11, 1));
    assert_eq!((before.days_used, before.limit), (42, 42));
    // Entering on 1 November makes 43 of 42 at once.
    assert_eq!(before.latest_exit, None);
    // From 10 November: 90 in 180 and 30 per entry: 10 Nov + 29 = 9 Dec, with 42 + 30 = 72.
    let after = assess(kz_china, &trips, date(2023, 11, 10));
    assert_eq!((after.days_used, after.limit), (42, 90));
    assert_eq!(after.latest_exit, Some(date(2023, 12, 9)));
    assert_eq!(after.per_entry_cap, Some(30));
    // A stay entered on 5 November keeps the 14-day cap of its entry: days 15-26 (19-30 Nov)
    // violate although the window allows 90 by then.
    let early = [stay((2023, 11, 5), (2023, 11, 30))];
    let answer = assess(kz_china, &early, date(2023, 11, 30));
    assert_eq!(answer.unlawful_days, 12);
    assert_eq!(answer.first_unlawful_day, Some(date(2023, 11, 19)));
    assert_eq!(answer.per_entry_cap, Some(14));
}

#[test]
fn poland_us_counts_schengen_days_only_from_12_october_2025() {
    let pl_us = rule("pl-us").unwrap();
    // 90 days in summer 2025 under the old 90-per-entry agreement: lawful, and not counted
    // on 12 October 2025.
    let summer = [stay((2025, 6, 1), (2025, 8, 29))];
    let answer = assess(pl_us, &summer, date(2025, 10, 12));
    assert_eq!(answer.unlawful_days, 0);
    assert_eq!(answer.days_used, 0);
    // Entering on 12 October: 90/180 and no per-entry cap: 12 Oct + 89 = 9 Jan 2026.
    assert_eq!(answer.latest_exit, Some(date(2026, 1, 9)));
    // In since 1 August: the stay keeps the 90-day cap of its entry; 29 October is day 90
    // (31 + 30 + 29), while the window holds only 12-29 October (18 days).
    let in_since = [Stay::open(date(2025, 8, 1))];
    let answer = assess(pl_us, &in_since, date(2025, 10, 29));
    assert_eq!((answer.day_of_stay, answer.days_used), (90, 18));
    assert_eq!(answer.latest_exit, Some(date(2025, 10, 29)));
}

// --- Per-entry caps ----------------------------------------------------------------------

#[test]
fn kazakhstan_india_allows_14_per_entry_and_42_in_180() {
    let kz_india = rule("kz-india-iran").unwrap();
    // Three 14-day trips: 42 days; a fourth trip in April violates from its first day.
    let trips = [
        stay((2024, 1, 1), (2024, 1, 14)),
        stay((2024, 2, 1), (2024, 2, 14)),
        stay((2024, 3, 1), (2024, 3, 14)),
    ];
    let full = assess(kz_india, &trips, date(2024, 3, 14));
    assert_eq!((full.days_used, full.days_remaining), (42, 0));
    assert_eq!(full.full_allowance, 14);
    // 1 Jan + 179 = 28 June in 2024, so 1 January leaves the window of 29 June; a 14-day trip
    // from 29 June then stays at 42 as each January day leaves.
    let march = assess(kz_india, &trips, date(2024, 3, 15));
    assert_eq!(march.earliest_full_stay, Some(date(2024, 6, 29)));
    let fourth = [&trips[..], &[stay((2024, 4, 1), (2024, 4, 5))]].concat();
    let answer = assess(kz_india, &fourth, date(2024, 4, 5));
    assert_eq!((answer.unlawful_days, answer.overstay_days), (5, 5));
    // One 15-day stay: day 15 is over the cap.
    let long = [stay((2024, 9, 1), (2024, 9, 15))];
    let answer = assess(kz_india, &long, date(2024, 9, 15));
    assert_eq!(answer.first_unlawful_day, Some(date(2024, 9, 15)));
    assert_eq!((answer.unlawful_days, answer.overstay_days), (1, 1));
}

#[test]
fn georgia_allows_one_year_per_entry_counted_in_calendar_months() {
    let ge = rule("ge").unwrap();
    // Entered 1 March 2024: until the day before 1 March 2025, i.e. 28 February 2025, 365 days.
    let stays = [Stay::open(date(2024, 3, 1))];
    let last = assess(ge, &stays, date(2025, 2, 28));
    assert_eq!((last.day_of_stay, last.per_entry_cap), (365, Some(365)));
    assert_eq!((last.days_used, last.limit), (365, 365));
    assert_eq!(last.window_start, date(2024, 3, 1));
    assert_eq!(last.latest_exit, Some(date(2025, 2, 28)));
    let over = assess(ge, &stays, date(2025, 3, 1));
    assert_eq!((over.overstay_days, over.unlawful_days), (1, 1));
    assert_eq!(over.latest_exit, None);
    // Entered 1 March 2023, the year holds 29 February 2024: 366 days.
    let leap = assess(ge, &[Stay::open(date(2023, 3, 1))], date(2023, 3, 1));
    assert_eq!(leap.per_entry_cap, Some(366));
    assert_eq!(leap.latest_exit, Some(date(2024, 2, 29)));
    // A 366-day stay needs an entry whose year holds a 29 February: 1 March 2027 (to
    // 29 February 2028) is the first after 1 March 2024.
    assert_eq!(
        earliest_entry(ge, &[], date(2024, 3, 1), 366),
        Some(date(2027, 3, 1))
    );
    assert_eq!(earliest_entry(ge, &[], date(2024, 3, 1), 367), None);
}

#[test]
fn six_months_are_181_to_184_days_depending_on_the_entry_date() {
    // UK visitors: six months per visit. From 15 January: to 14 July, 181 days. From 1 March:
    // to 31 August, 184 days (31 + 30 + 31 + 30 + 31 + 31), the first such entry after
    // 15 January. No six months reach 185 days.
    let gb = rule("gb").unwrap();
    let on = date(2025, 1, 15);
    assert_eq!(earliest_entry(gb, &[], on, 181), Some(on));
    assert_eq!(earliest_entry(gb, &[], on, 182), Some(date(2025, 3, 1)));
    assert_eq!(earliest_entry(gb, &[], on, 184), Some(date(2025, 3, 1)));
    assert_eq!(earliest_entry(gb, &[], on, 185), None);
}

// --- Errors ------------------------------------------------------------------------------

/// The engine's error, after checking the oracle refuses the same input with the same code
/// and row.
fn refused(rule: &Rule, stays: &[Stay], on: NaiveDate) -> Error {
    let error = Calculator::new(rule, stays, on).unwrap_err();
    let refusal = Oracle::new(rule, stays, on)
        .err()
        .expect("the oracle refuses too");
    assert_eq!((error.code(), error.row()), (refusal.code, refusal.row));
    error
}

#[test]
fn an_exit_before_its_entry_is_an_error_naming_the_row() {
    let stays = [
        stay((2024, 1, 1), (2024, 1, 2)),
        stay((2024, 3, 5), (2024, 3, 1)),
    ];
    let error = refused(schengen(), &stays, date(2024, 5, 1));
    assert_eq!(error.code(), "exit_before_entry");
    assert_eq!(
        error.to_string(),
        "exit 2024-03-01 is before entry 2024-03-05 (row 2)"
    );
    let rowed = [stay((2024, 3, 5), (2024, 3, 1)).at_row(7)];
    assert_eq!(refused(schengen(), &rowed, date(2024, 5, 1)).row(), Some(7));
}

#[test]
fn an_open_stay_after_the_check_date_is_an_error_naming_the_row() {
    let stays = [Stay::open(date(2024, 6, 1)).at_row(9)];
    let error = refused(schengen(), &stays, date(2024, 5, 1));
    assert_eq!(error.code(), "open_stay_after_check_date");
    assert_eq!(error.row(), Some(9));
    assert_eq!(
        error.to_string(),
        "stay with no exit starts on 2024-06-01, after the check date 2024-05-01 (row 9)"
    );
    // A closed stay after the check date is a planned stay, not an error.
    assess(
        schengen(),
        &[stay((2024, 6, 1), (2024, 6, 2))],
        date(2024, 5, 1),
    );
}

#[test]
fn dates_outside_the_supported_range_are_errors() {
    let early = [
        stay((2024, 1, 1), (2024, 1, 2)),
        stay((1899, 12, 31), (1900, 1, 5)),
    ];
    let error = refused(schengen(), &early, date(2024, 5, 1));
    assert_eq!(error.code(), "date_out_of_range");
    assert_eq!(error.row(), Some(2));
    assert!(error.to_string().contains("1899-12-31"), "{error}");
    let late = [stay((2199, 12, 1), (2200, 1, 1))];
    assert_eq!(
        refused(schengen(), &late, date(2199, 12, 31)).row(),
        Some(1)
    );
    let error = refused(schengen(), &[], date(2200, 1, 1));
    assert_eq!((error.code(), error.row()), ("date_out_of_range", None));
    // The last supported day works, and answers that never end stop there.
    let answer = assess(rule("ge").unwrap(), &[], date(2199, 12, 31));
    assert_eq!(answer.latest_exit, Some(date(2199, 12, 31)));
}

#[test]
fn an_unknown_rule_is_an_error_naming_it() {
    let error = rule("atlantis").unwrap_err();
    assert_eq!(error.code(), "unknown_rule");
    assert!(error.to_string().contains("\"atlantis\""), "{error}");
}

#[test]
fn a_rule_not_in_force_on_the_check_date_is_an_error() {
    // Kazakhstan's India and Iran regime starts on 8 July 2022.
    let kz_india = rule("kz-india-iran").unwrap();
    let error = refused(kz_india, &[], date(2022, 7, 7));
    assert_eq!(error.code(), "rule_not_in_force");
    assert_eq!(
        error.to_string(),
        "rule \"kz-india-iran\" is not in force on 2022-07-07: it starts on 2022-07-08"
    );
    assess(kz_india, &[], date(2022, 7, 8));
}

#[test]
fn bad_numbers_are_errors() {
    let calculator = Calculator::new(schengen(), &[], date(2025, 1, 1)).unwrap();
    for days in [0, MAX_RULE_DAYS + 1] {
        let error = calculator.earliest_entry(days).unwrap_err();
        assert_eq!(error.code(), "invalid_number", "{days}");
    }
    let error = calculator
        .timeline(date(2025, 2, 1), date(2025, 1, 1))
        .unwrap_err();
    assert_eq!(error.code(), "invalid_number");
    for (window, max) in [(180, 180), (0, 0), (180, 0)] {
        let error = Rule::custom(window, max, None).unwrap_err();
        assert_eq!(error.code(), "invalid_rule", "{window} {max}");
    }
}

/// A hand-made rule of fixed periods (the historic Schengen method) with the given versions.
fn fixed_periods(versions: Vec<staycalc::Version>) -> Rule {
    Rule {
        id: std::borrow::Cow::Borrowed("fixed"),
        name: std::borrow::Cow::Borrowed("fixed"),
        destination: "",
        applies_to: "",
        nationalities: &[],
        versions: std::borrow::Cow::Owned(versions),
        source: "",
        confidence: staycalc::Confidence::Low,
        last_checked: "",
        consequences: "",
        notes: "",
        translations: Default::default(),
    }
}

fn version(from: Option<NaiveDate>, window: staycalc::Window) -> staycalc::Version {
    staycalc::Version {
        from,
        limits: staycalc::Limits {
            window: Some(window),
            per_entry: None,
        },
        ignores_earlier_presence: false,
    }
}

#[test]
fn a_trip_longer_than_any_fixed_period_allows_is_never_possible_and_answers_at_once() {
    use staycalc::Window::FromFirstEntry;
    // One day in each 2-day period: a 57-day trip opens a period of its own and has 2 days in
    // it wherever it starts. The search used to try every day up to 2199.
    let one_in_two = fixed_periods(vec![version(None, FromFirstEntry { days: 2, max: 1 })]);
    let on = date(1900, 6, 1);
    assert_eq!(earliest_entry(&one_in_two, &[], on, 57), None);
    let stays = [stay((1900, 5, 20), (1900, 5, 20))];
    assert_eq!(earliest_entry(&one_in_two, &stays, on, 1), Some(on));
    assert_eq!(earliest_entry(&one_in_two, &stays, on, 2), None);
    // Present on 31 May, whose period runs to 1 June: the first day free is 2 June.
    let stays = [stay((1900, 5, 31), (1900, 5, 31))];
    assert_eq!(
        earliest_entry(&one_in_two, &stays, on, 1),
        Some(date(1900, 6, 2))
    );
}

#[test]
fn a_fixed_period_trip_waits_for_the_version_that_allows_it() {
    use staycalc::Window::{FromFirstEntry, Rolling};
    // Until 1 March 2025 at most 3 days in each 10-day period, then at most 5 in any 10 days.
    // A 5-day trip under the first version alone breaks on its 4th day. From 26 February:
    // 26, 27 and 28 February are 3 days of the trip's own period, and 1 and 2 March are judged
    // by the rolling window: 5 days in 21 February .. 2 March, allowed. From 25 February: 4 days
    // before March, over. So 26 February.
    let rule = fixed_periods(vec![
        version(None, FromFirstEntry { days: 10, max: 3 }),
        version(Some(date(2025, 3, 1)), Rolling { days: 10, max: 5 }),
    ]);
    let on = date(2025, 1, 1);
    assert_eq!(earliest_entry(&rule, &[], on, 5), Some(date(2025, 2, 26)));
    // A trip of 6 never fits 5 in any 10 days.
    assert_eq!(earliest_entry(&rule, &[], on, 6), None);
}
