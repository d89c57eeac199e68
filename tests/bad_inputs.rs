//! The catalogue of bad inputs: everything a user can get wrong, each with the exact error code
//! and message the engine answers with, and, for files, the proof that the good rows were still
//! read and checked.
//!
//! One table per kind of input: dates as typed, stays, rules (custom numbers and versions),
//! trip lengths and timeline ranges, stays files, pasted text and team files. Messages follow
//! the crate's style: lowercase, no trailing period, naming the offending value (and row).

use chrono::NaiveDate;
use staycalc::input::{parse_any_date, parse_pasted, read_stays, CsvReader, MAX_RECORD_BYTES};
use staycalc::report::{read_team, CsvReportWriter, TeamSettings};
use staycalc::{
    assess, date, parse_date, rule, Calculator, Confidence, Error, Limits, PerEntry, Rule, Stay,
    Version, Window,
};
use std::borrow::Cow;

/// A bad input's answer: the error's code and its message.
fn answer(error: &Error) -> (&'static str, String) {
    (error.code(), error.to_string())
}

// ----------------------------------------------------------------------------------- dates

/// Dates as typed into a form or a file cell (`parse_any_date`, for the `entry` field).
#[test]
fn bad_dates_name_the_field_and_the_value() {
    let not_a_date = |value: &str| {
        format!("entry {value:?} is not a date: expected a date such as 2025-03-01 or 01.03.2025")
    };
    let out_of_range = |value: &str| {
        format!("entry {value} is outside the supported range 1900-01-01 .. 2199-12-31")
    };
    let cases: &[(&str, &str, String)] = &[
        // 30 February, day first and ISO.
        ("30.02.2025", "bad_date", not_a_date("30.02.2025")),
        ("2025-02-30", "bad_date", not_a_date("2025-02-30")),
        // 29 February of a year that is not a leap year.
        ("2023-02-29", "bad_date", not_a_date("2023-02-29")),
        ("29.02.2100", "bad_date", not_a_date("29.02.2100")),
        // A 13th month, either way round.
        ("2024-13-01", "bad_date", not_a_date("2024-13-01")),
        ("01.13.2024", "bad_date", not_a_date("01.13.2024")),
        // A day 0 and a day 32.
        ("00.01.2024", "bad_date", not_a_date("00.01.2024")),
        ("32/01/2024", "bad_date", not_a_date("32/01/2024")),
        // Text, and nothing at all.
        ("next Tuesday", "bad_date", not_a_date("next Tuesday")),
        ("", "bad_date", not_a_date("")),
        ("   ", "bad_date", not_a_date("")),
        // Month first, as written in the United States: 15 is not a month.
        ("03/15/2025", "bad_date", not_a_date("03/15/2025")),
        // Two-digit years: 25 could be any century.
        ("01.03.25", "bad_date", not_a_date("01.03.25")),
        ("25-03-01", "bad_date", not_a_date("25-03-01")),
        // A time of day, a compact date, full-width digits.
        (
            "2025-03-01T10:00",
            "bad_date",
            not_a_date("2025-03-01T10:00"),
        ),
        ("20250301", "bad_date", not_a_date("20250301")),
        (
            "０１.０３.２０２５",
            "bad_date",
            not_a_date("０１.０３.２０２５"),
        ),
        // Real dates outside 1900 ..= 2199.
        (
            "1899-12-31",
            "date_out_of_range",
            out_of_range("1899-12-31"),
        ),
        (
            "01.01.2200",
            "date_out_of_range",
            out_of_range("2200-01-01"),
        ),
        (
            "0000-01-01",
            "date_out_of_range",
            out_of_range("0000-01-01"),
        ),
        (
            "9999-12-31",
            "date_out_of_range",
            out_of_range("9999-12-31"),
        ),
    ];
    for (text, code, message) in cases {
        let error = parse_any_date(text, "entry").unwrap_err();
        assert_eq!(answer(&error), (*code, message.clone()), "{text:?}");
        assert_eq!(error.row(), None);
    }
    // The edges of the range are accepted.
    assert_eq!(parse_any_date("1900-01-01", "entry"), Ok(date(1900, 1, 1)));
    assert_eq!(
        parse_any_date("31.12.2199", "entry"),
        Ok(date(2199, 12, 31))
    );
}

/// `parse_date` takes ISO only, names the value as given, and suggests only what it takes (it
/// once suggested `01.03.2025`, which it refuses).
#[test]
fn parse_date_takes_iso_only() {
    let cases = [
        (
            "01.03.2025",
            "bad_date",
            "on \"01.03.2025\" is not a date: expected YYYY-MM-DD, such as 2025-03-01",
        ),
        (
            "2025-3-1",
            "bad_date",
            "on \"2025-3-1\" is not a date: expected YYYY-MM-DD, such as 2025-03-01",
        ),
        (
            "2023-02-29",
            "bad_date",
            "on \"2023-02-29\" is not a date: expected YYYY-MM-DD, such as 2025-03-01",
        ),
        (
            "2200-01-01",
            "date_out_of_range",
            "on 2200-01-01 is outside the supported range 1900-01-01 .. 2199-12-31",
        ),
    ];
    for (text, code, message) in cases {
        let error = parse_date(text, "on").unwrap_err();
        assert_eq!(answer(&error), (code, message.to_string()), "{text:?}");
    }
}

// ----------------------------------------------------------------------------------- stays

/// Stays that cannot be checked, each named by its row; overlapping stays are no error.
#[test]
fn bad_stays_name_their_row() {
    let schengen = rule("schengen").unwrap();
    let on = date(2025, 6, 1);
    let cases: [(&str, Vec<Stay>, NaiveDate, &str, &str); 5] = [
        (
            "exit before entry",
            vec![
                Stay::new(date(2025, 1, 1), date(2025, 1, 5)),
                Stay::new(date(2025, 3, 5), date(2025, 3, 1)),
            ],
            on,
            "exit_before_entry",
            "exit 2025-03-01 is before entry 2025-03-05 (row 2)",
        ),
        (
            "an open stay after the check date",
            vec![Stay::open(date(2025, 7, 1)).at_row(9)],
            on,
            "open_stay_after_check_date",
            "stay with no exit starts on 2025-07-01, after the check date 2025-06-01 (row 9)",
        ),
        (
            "an entry before 1900",
            vec![Stay::new(date(1899, 12, 30), date(1900, 1, 2))],
            on,
            "date_out_of_range",
            "entry 1899-12-30 is outside the supported range 1900-01-01 .. 2199-12-31 (row 1)",
        ),
        (
            "an exit after 2199",
            vec![Stay::new(date(2199, 12, 1), date(2200, 1, 1)).at_row(4)],
            on,
            "date_out_of_range",
            "exit 2200-01-01 is outside the supported range 1900-01-01 .. 2199-12-31 (row 4)",
        ),
        (
            "a check date after 2199",
            vec![],
            date(2200, 1, 1),
            "date_out_of_range",
            "check date 2200-01-01 is outside the supported range 1900-01-01 .. 2199-12-31",
        ),
    ];
    for (name, stays, on, code, message) in cases {
        let error = Calculator::new(schengen, &stays, on).unwrap_err();
        assert_eq!(answer(&error), (code, message.to_string()), "{name}");
    }
}

#[test]
fn overlapping_stays_are_a_warning_and_counted_once() {
    let stays = [
        Stay::new(date(2025, 1, 1), date(2025, 1, 10)),
        Stay::new(date(2025, 1, 5), date(2025, 1, 12)),
        // An entry on the day of an exit is a same-day re-entry, not an overlap.
        Stay::new(date(2025, 2, 1), date(2025, 2, 3)),
        Stay::new(date(2025, 2, 3), date(2025, 2, 3)),
        // The same day trip entered twice.
        Stay::new(date(2025, 3, 10), date(2025, 3, 10)),
        Stay::new(date(2025, 3, 10), date(2025, 3, 10)),
    ];
    let answer = assess(rule("schengen").unwrap(), &stays, date(2025, 4, 1)).unwrap();
    // 1..12 January, 1..3 February and 10 March, each day once.
    assert_eq!(answer.days_used, 12 + 3 + 1);
    let warnings: Vec<(&str, String)> = answer
        .warnings
        .iter()
        .map(|w| (w.code(), w.to_string()))
        .collect();
    assert_eq!(
        warnings,
        [
            (
                "overlap",
                "rows 1 and 2 overlap from 2025-01-05 to 2025-01-10: those days are counted once"
                    .to_string()
            ),
            (
                "overlap",
                "rows 5 and 6 overlap on 2025-03-10: the day is counted once".to_string()
            ),
        ]
    );
}

#[test]
fn unknown_and_not_yet_valid_rules() {
    assert_eq!(
        answer(&rule("atlantis").unwrap_err()),
        (
            "unknown_rule",
            "unknown rule \"atlantis\": the catalogue has no rule with this id".to_string()
        )
    );
    // Ids are read in any letter case, as a team file's rule column always was.
    assert_eq!(rule("Schengen").unwrap().id, "schengen");
    let india_iran = rule("kz-india-iran").unwrap();
    let from = india_iran.versions[0].from.expect("a dated rule");
    let before = from.pred_opt().unwrap();
    let error = Calculator::new(india_iran, &[], before).unwrap_err();
    assert_eq!(
        answer(&error),
        (
            "rule_not_in_force",
            format!("rule \"kz-india-iran\" is not in force on {before}: it starts on {from}")
        )
    );
}

/// Under fixed periods counted from a first entry (Schengen before 2013-10-18) each planned
/// stay's latest exit judges the history up to the periods' end again: more than
/// `MAX_FIXED_PERIOD_PLANS` such stays are refused with a coded error naming the numbers,
/// rather than answered in minutes. Stays before the check date, or after the periods' end,
/// do not count toward the bound.
#[test]
fn too_many_planned_stays_under_fixed_periods() {
    let schengen = rule("schengen").unwrap();
    let trips = |n: usize, first: NaiveDate| -> Vec<Stay> {
        (0..n)
            .map(|i| {
                let day = first + chrono::Days::new(3 * i as u64);
                Stay::new(day, day)
            })
            .collect()
    };
    let on = date(1995, 6, 1);
    let max = staycalc::MAX_FIXED_PERIOD_PLANS;
    let allowed = trips(max, date(1996, 1, 1));
    let calculator = Calculator::new(schengen, &allowed, on).unwrap();
    assert_eq!(calculator.plan().len(), max);
    let mut many = trips(max + 1, date(1996, 1, 1));
    let error = Calculator::new(schengen, &many, on).unwrap_err();
    assert_eq!(
        answer(&error),
        (
            "too_many_planned_stays",
            format!(
                "{} planned stays enter while the rule counts fixed periods from a first entry \
                 (before 2013-10-18): at most {max} such stays can be checked at once; check \
                 fewer, or from a later date",
                max + 1
            )
        )
    );
    // The same stays checked from a date after the first are not all planned.
    assert!(Calculator::new(schengen, &many, date(1996, 1, 1)).is_ok());
    // Planned stays after the periods' end are judged near themselves: no bound.
    many.extend(trips(3 * max, date(2014, 1, 1)));
    many.drain(..2);
    assert!(Calculator::new(schengen, &many, on).is_ok());
}

// ----------------------------------------------------------------------------------- rules

/// Custom numbers (`Rule::custom`, as `staycalc check --window N --max M --per-entry E`).
#[test]
fn custom_rules_with_impossible_numbers() {
    let invalid = |reason: &str| format!("rule \"custom\" is invalid: {reason}");
    let cases: [(u32, u32, Option<u32>, String); 10] = [
        (
            0,
            90,
            None,
            invalid("the window is 0; it must be 1 to 36525"),
        ),
        (
            180,
            0,
            None,
            invalid("the maximum is 0; it must be 1 to 179"),
        ),
        (
            180,
            180,
            None,
            invalid("the maximum is 180; it must be 1 to 179"),
        ),
        (
            180,
            500,
            None,
            invalid("the maximum is 500; it must be 1 to 179"),
        ),
        (
            1,
            1,
            None,
            invalid("the maximum 1 is not less than the window 1, so it never binds"),
        ),
        (
            36_526,
            90,
            None,
            invalid("the window is 36526; it must be 1 to 36525"),
        ),
        (
            u32::MAX,
            90,
            None,
            invalid("the window is 4294967295; it must be 1 to 36525"),
        ),
        (
            180,
            90,
            Some(0),
            invalid("the per-entry cap is 0; it must be 1 to 36525"),
        ),
        (
            180,
            90,
            Some(1_000_000),
            invalid("the per-entry cap is 1000000; it must be 1 to 36525"),
        ),
        (
            180,
            90,
            Some(u32::MAX),
            invalid("the per-entry cap is 4294967295; it must be 1 to 36525"),
        ),
    ];
    for (window, max, per_entry, message) in cases {
        let error = Rule::custom(window, max, per_entry).unwrap_err();
        assert_eq!(
            answer(&error),
            ("invalid_rule", message),
            "{window} {max} {per_entry:?}"
        );
    }
    // The largest numbers allowed are accepted.
    assert!(Rule::custom(36_525, 36_524, Some(36_525)).is_ok());
}

/// A rule made by hand with the given versions.
fn rule_with(versions: Vec<Version>) -> Rule {
    Rule {
        id: Cow::Borrowed("hand-made"),
        name: Cow::Borrowed("hand-made"),
        destination: "",
        applies_to: "",
        nationalities: &[],
        versions: Cow::Owned(versions),
        source: "",
        confidence: Confidence::Low,
        last_checked: "",
        consequences: "",
        notes: "",
        translations: Default::default(),
    }
}

fn version(
    from: Option<NaiveDate>,
    window: Option<Window>,
    per_entry: Option<PerEntry>,
) -> Version {
    Version {
        from,
        limits: Limits { window, per_entry },
        ignores_earlier_presence: false,
    }
}

/// Rules as data: versions overlapping, out of order, undated, empty, or with absurd numbers.
/// Versions cannot leave a gap (each lasts until the next starts); the only gap is before the
/// first one, where the rule is not in force (see `unknown_and_not_yet_valid_rules`).
#[test]
fn rules_whose_versions_make_no_sense() {
    let rolling = Some(Window::Rolling { days: 180, max: 90 });
    let y2020 = Some(date(2020, 1, 1));
    let y2021 = Some(date(2021, 1, 1));
    let invalid = |reason: &str| format!("rule \"hand-made\" is invalid: {reason}");
    let cases: Vec<(&str, Vec<Version>, String)> = vec![
        (
            "two versions from the same day",
            vec![version(y2020, rolling, None), version(y2020, rolling, None)],
            invalid("version 2 starts on 2020-01-01, not after the previous one (2020-01-01): versions overlap"),
        ),
        (
            "versions out of order",
            vec![version(y2021, rolling, None), version(y2020, rolling, None)],
            invalid("version 2 starts on 2020-01-01, not after the previous one (2021-01-01): versions overlap"),
        ),
        (
            "a later version with no start",
            vec![version(y2020, rolling, None), version(None, rolling, None)],
            invalid("version 2 has no start date; only the first may"),
        ),
        ("no versions", vec![], invalid("it has no versions")),
        (
            "a version with no limit",
            vec![version(None, None, None)],
            invalid("version 1 sets no limit"),
        ),
        (
            "a version starting before 1900",
            vec![version(Some(date(1800, 1, 1)), rolling, None)],
            invalid("version 1 starts on 1800-01-01, outside the supported range"),
        ),
        (
            "a calendar year of 366 days allowed",
            vec![version(None, Some(Window::CalendarYear { max: 366 }), None)],
            invalid("the yearly maximum is 366; it must be 1 to 365"),
        ),
        (
            "a fixed period of 0 days",
            vec![version(None, Some(Window::FromFirstEntry { days: 0, max: 0 }), None)],
            invalid("the window is 0; it must be 1 to 36525"),
        ),
        (
            "a per-entry cap of 0 months",
            vec![version(None, None, Some(PerEntry::Months(0)))],
            invalid("the per-entry cap in months is 0; it must be 1 to 1200"),
        ),
        (
            "a per-entry cap of 1201 months",
            vec![version(y2020, rolling, None), version(y2021, None, Some(PerEntry::Months(1201)))],
            invalid("the per-entry cap in months is 1201; it must be 1 to 1200"),
        ),
    ];
    for (name, versions, message) in cases {
        let rule = rule_with(versions);
        let error = rule.validate().unwrap_err();
        assert_eq!(answer(&error), ("invalid_rule", message), "{name}");
        // The calculator refuses the rule the same way before looking at anything else.
        let refused = Calculator::new(&rule, &[], date(2025, 1, 1)).unwrap_err();
        assert_eq!(refused, error, "{name}");
    }
}

// ----------------------------------------------------------------------------------- numbers

#[test]
fn trip_lengths_of_zero_or_absurd_size() {
    let stays = [Stay::new(date(2025, 1, 1), date(2025, 1, 10))];
    let calculator = Calculator::new(rule("schengen").unwrap(), &stays, date(2025, 2, 1)).unwrap();
    let invalid = |n: &str| format!("trip length \"{n}\" is invalid: expected 1 to 36525 days");
    for (days, message) in [
        (0, invalid("0")),
        (36_526, invalid("36526")),
        (u32::MAX, invalid("4294967295")),
    ] {
        let error = calculator.earliest_entry(days).unwrap_err();
        assert_eq!(answer(&error), ("invalid_number", message), "{days}");
    }
    // Allowed, though no such trip is ever lawful under 90/180.
    assert_eq!(calculator.earliest_entry(36_525), Ok(None));
}

#[test]
fn timeline_ranges_reversed_too_long_or_out_of_range() {
    let calculator = Calculator::new(rule("schengen").unwrap(), &[], date(2025, 2, 1)).unwrap();
    let invalid = |range: &str| {
        format!(
            "timeline range \"{range}\" is invalid: expected a start not after the end, at most \
             7305 days"
        )
    };
    let cases = [
        (
            date(2025, 2, 1),
            date(2025, 1, 31),
            "invalid_number",
            invalid("2025-02-01 .. 2025-01-31"),
        ),
        (
            date(2000, 1, 1),
            date(2020, 1, 1),
            "invalid_number",
            invalid("2000-01-01 .. 2020-01-01"),
        ),
        (
            date(1900, 1, 1),
            date(2199, 12, 31),
            "invalid_number",
            invalid("1900-01-01 .. 2199-12-31"),
        ),
        (
            date(1899, 12, 31),
            date(1900, 1, 31),
            "date_out_of_range",
            "from 1899-12-31 is outside the supported range 1900-01-01 .. 2199-12-31".to_string(),
        ),
        (
            date(2199, 12, 1),
            date(2200, 1, 1),
            "date_out_of_range",
            "to 2200-01-01 is outside the supported range 1900-01-01 .. 2199-12-31".to_string(),
        ),
    ];
    for (from, to, code, message) in cases {
        let error = calculator.timeline(from, to).unwrap_err();
        assert_eq!(answer(&error), (code, message), "{from} .. {to}");
    }
    // 20 years less a day is the longest range: 7305 days.
    let longest = calculator
        .timeline(date(2000, 1, 1), date(2019, 12, 31))
        .unwrap();
    assert_eq!(longest.len(), 7305);
}

// ----------------------------------------------------------------------------------- files

/// A stays file with bad lines: each error (code, message) in order, then the good rows'
/// stays, which are still read, and checked: `days_used` on `on` under Schengen.
struct FileCase {
    name: &'static str,
    file: Vec<u8>,
    errors: Vec<(&'static str, String)>,
    good: Vec<Stay>,
    days_used: u32,
}

/// `good` with the rows of the file's lines.
fn rows(good: &[(usize, NaiveDate, Option<NaiveDate>)]) -> Vec<Stay> {
    good.iter()
        .map(|&(row, entry, exit)| match exit {
            Some(exit) => Stay::new(entry, exit).at_row(row),
            None => Stay::open(entry).at_row(row),
        })
        .collect()
}

fn check_file(case: FileCase) {
    let on = date(2025, 6, 1);
    let file = read_stays(&case.file[..]);
    let errors: Vec<(&str, String)> = file.errors.iter().map(answer).collect();
    assert_eq!(errors, case.errors, "{}", case.name);
    assert_eq!(file.stays, case.good, "{}", case.name);
    let checked = assess(rule("schengen").unwrap(), &file.stays, on).unwrap();
    assert_eq!(checked.days_used, case.days_used, "{}", case.name);
}

#[test]
fn bad_files_keep_their_good_rows() {
    let not_a_date = |field: &str, value: &str, row: usize| {
        format!(
            "{field} {value:?} is not a date: expected a date such as 2025-03-01 or 01.03.2025 \
             (row {row})"
        )
    };
    let good = |line: usize| (line, date(2025, 5, 1), Some(date(2025, 5, 10)));
    let mut megabyte_line = b"entry,exit\n".to_vec();
    megabyte_line.extend(std::iter::repeat_n(b'x', 3 << 20));
    megabyte_line.extend(b"\n2025-05-01,2025-05-10\n");
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "entry,exit\r\n2025-05-01,2025-05-10\r\n".encode_utf16() {
        utf16.extend(unit.to_le_bytes());
    }
    let cases = vec![
        FileCase {
            name: "bad dates of several kinds between good rows",
            file: b"entry,exit\n\
                    2025-05-01,2025-05-10\n\
                    30.02.2025,\n\
                    2025-03-01,2023-02-29\n\
                    01.03.25,\n\
                    1899-12-31,1900-01-05\n\
                    ,2025-04-01\n\
                    2025-04-20,2025-04-10\n\
                    01.05.2025,10.05.2025\n"
                .to_vec(),
            errors: vec![
                ("bad_date", not_a_date("entry", "30.02.2025", 3)),
                ("bad_date", not_a_date("exit", "2023-02-29", 4)),
                ("bad_date", not_a_date("entry", "01.03.25", 5)),
                (
                    "date_out_of_range",
                    "entry 1899-12-31 is outside the supported range 1900-01-01 .. 2199-12-31 (row 6)"
                        .into(),
                ),
                (
                    "bad_input",
                    "line 7, column entry: the entry date is empty: every stay needs one".into(),
                ),
                (
                    "exit_before_entry",
                    "exit 2025-04-10 is before entry 2025-04-20 (row 8)".into(),
                ),
            ],
            // Rows 2 and 9 are the same stay: counted once.
            good: rows(&[good(2), good(9)]),
            days_used: 10,
        },
        FileCase {
            name: "a month-first file with one day-first date",
            file: b"entry,exit\n03/15/2025,03/20/2025\n04/05/2025,\n25/05/2025,\n".to_vec(),
            errors: vec![(
                "bad_input",
                "line 4, column entry: \"25/05/2025\" written day first, but this file writes \
                 dates with / or - month first (2 to 1, as \"03/15/2025\" on line 2): write \
                 YYYY-MM-DD"
                    .into(),
            )],
            // Read month first: 15 to 20 March, and from 5 April on.
            good: rows(&[
                (2, date(2025, 3, 15), Some(date(2025, 3, 20))),
                (3, date(2025, 4, 5), None),
            ]),
            days_used: 6 + 26 + 31 + 1,
        },
        FileCase {
            name: "a missing column",
            file: b"Entry;Date out\n2025-05-01;2025-05-10\n".to_vec(),
            errors: vec![(
                "bad_input",
                "line 1: the header has no exit column (named exit, exit date, departure, \
                 departure date, to, выезд, дата выезда, убытие, дата убытия, отъезд, кету, \
                 кету күні, кеткен күні, шығу or шығу күні); it has \"Entry\", \"Date out\""
                    .into(),
            )],
            good: vec![],
            days_used: 0,
        },
        FileCase {
            name: "a duplicated column",
            file: b"entry,exit,Exit\n2025-05-01,2025-05-10,2025-05-11\n".to_vec(),
            errors: vec![(
                "bad_input",
                "line 1: the header has two exit columns (\"exit\" in columns 2 and 3): keep one".into(),
            )],
            good: vec![],
            days_used: 0,
        },
        FileCase {
            name: "an empty file",
            file: b"\xEF\xBB\xBF\r\n\r\n".to_vec(),
            errors: vec![(
                "bad_input",
                "line 1: the file is empty: expected a header line naming the columns `entry` \
                 and `exit`"
                    .into(),
            )],
            good: vec![],
            days_used: 0,
        },
        FileCase {
            name: "a quote left open swallows the rest of the file",
            file: b"note,entry,exit\nski,2025-05-01,2025-05-10\n\"oops,2025-05-20,\nx,2025-05-25,\n"
                .to_vec(),
            errors: vec![(
                "bad_input",
                "line 3, column note: a quote opened on line 3 is never closed (the file ends \
                 inside it)"
                    .into(),
            )],
            good: rows(&[good(2)]),
            days_used: 10,
        },
        FileCase {
            name: "a line of megabytes",
            file: megabyte_line,
            errors: vec![(
                "bad_input",
                format!("line 2: the record is longer than {MAX_RECORD_BYTES} bytes"),
            )],
            good: rows(&[good(3)]),
            days_used: 10,
        },
        FileCase {
            name: "a line that is not UTF-8 (Latin-1)",
            file: b"note,entry,exit\nJos\xE9,2025-04-01,2025-04-02\nAna,2025-05-01,2025-05-10\n"
                .to_vec(),
            errors: vec![(
                "bad_input",
                "line 2: not UTF-8 text (byte 0xE9 at position 4): save the file as \"CSV UTF-8\""
                    .into(),
            )],
            good: rows(&[good(3)]),
            days_used: 10,
        },
        FileCase {
            name: "binary after good rows",
            file: b"entry,exit\n2025-05-01,2025-05-10\n\x7FELF\x02\x01\x01\x00\x00\n2025-05-20,\n"
                .to_vec(),
            errors: vec![(
                "bad_input",
                "line 3: the file is not text (a zero byte at position 8): expected CSV text"
                    .into(),
            )],
            good: rows(&[good(2)]),
            days_used: 10,
        },
        FileCase {
            name: "a UTF-16 file (Excel's \"Unicode text\")",
            file: utf16,
            errors: vec![(
                "bad_input",
                "line 1: the file is UTF-16 text (as Excel's \"Unicode text\"): save it as \"CSV \
                 UTF-8\""
                    .into(),
            )],
            good: vec![],
            days_used: 0,
        },
        FileCase {
            name: "a semicolon file with day-first dates reads like a comma file",
            file: b"sep=;\r\nEntry;Exit;Note\r\n01.05.2025;10.05.2025;\"a; b\"\r\n20.05.2025;;\r\n"
                .to_vec(),
            errors: vec![],
            good: rows(&[good(3), (4, date(2025, 5, 20), None)]),
            days_used: 10 + 13,
        },
    ];
    for case in cases {
        check_file(case);
    }
}

#[test]
fn an_open_stay_after_the_check_date_in_a_file_names_its_line() {
    let file = read_stays(&b"entry,exit\n2025-05-01,2025-05-10\n\n2025-07-01,\n"[..]);
    assert!(file.errors.is_empty());
    let error =
        Calculator::new(rule("schengen").unwrap(), &file.stays, date(2025, 6, 1)).unwrap_err();
    assert_eq!(
        answer(&error),
        (
            "open_stay_after_check_date",
            "stay with no exit starts on 2025-07-01, after the check date 2025-06-01 (row 4)"
                .to_string()
        )
    );
}

/// Millions of empty lines (and empty rows) are each skipped, with no error, and the one stay
/// after them keeps its row number. No time bound here: a blow-up shows in the suite's time.
#[test]
fn millions_of_empty_lines_are_skipped() {
    let mut file = b"entry,exit\n".to_vec();
    file.extend(b"\n".repeat(2_000_000));
    file.extend(b",\r\n".repeat(1_000_000));
    file.extend(b"2025-05-01,2025-05-10\n");
    let read = read_stays(&file[..]);
    assert!(read.errors.is_empty());
    assert_eq!(
        read.stays,
        rows(&[(3_000_002, date(2025, 5, 1), Some(date(2025, 5, 10)))])
    );
}

// ----------------------------------------------------------------------------------- paste

#[test]
fn pasted_lines_that_cannot_be_read() {
    let pasted = parse_pasted(
        "2025-05-01 2025-05-10\n\
         2025-05-20 2025-05-21 2025-05-22\n\
         2025-05-20 Paris\n\
         =HYPERLINK(\"http://example.com\")\n\
         <script>alert(1)</script>\n\
         =HYPERLINK(\"http://example.com\") 2025-06-01\n\
         2025-07-01 2025-07-O2\n\
         2025-08-01 2025-08-02 7\n\
         2025-09-01 3 2025-09-02\n",
    );
    // A word beside the dates is the stay's place, never read as a date; a formula there
    // loses its `=`.
    assert_eq!(
        pasted.stays,
        rows(&[
            (1, date(2025, 5, 1), Some(date(2025, 5, 10))),
            (3, date(2025, 5, 20), None),
            (6, date(2025, 6, 1), None),
        ])
    );
    assert_eq!(
        pasted.places,
        [
            None,
            Some("Paris".to_string()),
            Some("HYPERLINK(\"http://example.com\")".to_string())
        ]
    );
    let rejected: Vec<(usize, &str, String)> = pasted
        .rejected
        .iter()
        .map(|r| (r.line, r.reason.code(), r.to_string()))
        .collect();
    let unexpected = |line: usize, token: &str| {
        format!(
            "line {line}: unexpected \"{token}\": one stay per line, entry then exit, then its \
             number of days if you like"
        )
    };
    assert_eq!(
        rejected,
        [
            (
                2,
                "bad_input",
                "line 2: more than two dates (\"2025-05-22\" after the exit): one stay per line, \
                 entry then exit"
                    .to_string()
            ),
            (4, "bad_input", "line 4: no date on the line".to_string()),
            (5, "bad_input", "line 5: no date on the line".to_string()),
            (
                7,
                "bad_date",
                "exit \"2025-07-O2\" is not a date: expected a date such as 2025-03-01 or \
                 01.03.2025 (row 7)"
                    .to_string()
            ),
            (
                8,
                "bad_input",
                "line 8: 7 days, but the stay from 2025-08-01 to 2025-08-02 has 2 (the entry and \
                 exit days both count)"
                    .to_string()
            ),
            (9, "bad_input", unexpected(9, "3")),
        ]
    );
}

// ----------------------------------------------------------------------------------- team

/// Formulas in carried columns come out of the CSV report as text (a leading `'`), and a bad
/// row of a team file never drops the good ones.
#[test]
fn team_reports_neutralise_formulas_and_keep_good_rows() {
    let file = "person,note,entry,exit\n\
                Ana,=HYPERLINK(\"http://example.com\";\"x\"),2025-05-01,2025-05-10\n\
                Ben,+1,31.02.2025,\n\
                Ben,@SUM(A1),2025-05-20,\n\
                -Cy,-2,2025-05-30,2025-05-30\n";
    let settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen").unwrap()));
    let mut bad = Vec::new();
    let team = read_team(file.as_bytes(), settings, |b| bad.push(b.to_string())).unwrap();
    assert_eq!(
        bad,
        ["line 3, column entry, value \"31.02.2025\": no such day in DD.MM.YYYY"]
    );
    let mut csv = CsvReportWriter::new(Vec::new(), team.carried_names()).unwrap();
    let mut used = Vec::new();
    for report in team.reports() {
        let report = report.unwrap();
        used.push((
            report.person.clone(),
            report.assessment.as_ref().unwrap().days_used,
        ));
        csv.write(&report).unwrap();
    }
    // Every good row was checked: Ben's open stay from 20 May is 13 days on 1 June.
    assert_eq!(
        used,
        [
            ("Ana".to_string(), 10),
            ("Ben".to_string(), 13),
            ("-Cy".to_string(), 1)
        ]
    );
    let output = csv.finish().unwrap();
    let records: Vec<Vec<String>> = CsvReader::new(&output[..])
        .map(|record| record.unwrap().fields)
        .collect();
    let first_two: Vec<[&str; 2]> = records
        .iter()
        .map(|fields| [fields[0].as_str(), fields[1].as_str()])
        .collect();
    assert_eq!(
        first_two,
        [
            ["person", "note"],
            ["Ana", "'=HYPERLINK(\"http://example.com\";\"x\")"],
            ["Ben", "'@SUM(A1)"],
            ["'-Cy", "'-2"],
        ]
    );
}
