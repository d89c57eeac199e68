//! The team report: the reader over awkward files, the report of many people against each
//! person checked alone (a property), and `staycalc report` run as a user runs it.

#[allow(dead_code)]
#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use run::{staycalc, Run};

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use proptest::test_runner::Config;
use staycalc::input::DateFormat;
use staycalc::report::{read_team, BadRow, Team, TeamSettings};
use staycalc::{date, rule, Calculator, Options, Stay, StayVerdict};

/// The check date of the reader tests.
const ON: (i32, u32, u32) = (2025, 6, 1);

fn on() -> NaiveDate {
    date(ON.0, ON.1, ON.2)
}

/// One line of a report, as the tests compare it.
#[derive(Debug, PartialEq, Eq)]
struct Line {
    person: String,
    rule: String,
    stays: usize,
    carried: Vec<String>,
    bad_lines: Vec<usize>,
}

/// What reading `text` gave: the report's lines, and each bad row as (line, column, value).
#[derive(Debug)]
struct Read {
    lines: Vec<Line>,
    bad: Vec<(usize, Option<String>, String)>,
    reasons: Vec<String>,
    format: Option<DateFormat>,
    unread: Vec<String>,
    elsewhere: Vec<u32>,
    /// The summary's words for the rows read (`Team::rows_in_words`).
    rows_in_words: String,
}

fn read_with(text: &str, default_rule: Option<&str>) -> Result<Read, String> {
    let settings = TeamSettings::new(on(), default_rule.map(|id| rule(id).unwrap()));
    let mut bad: Vec<BadRow> = Vec::new();
    let team: Team =
        read_team(text.as_bytes(), settings, |b| bad.push(b)).map_err(|e| e.to_string())?;
    let lines = team
        .reports()
        .map(|report| {
            let report = report.unwrap();
            Line {
                person: report.person,
                rule: report.rule,
                stays: report.stays,
                carried: report.carried,
                bad_lines: report.bad_lines,
            }
        })
        .collect();
    Ok(Read {
        lines,
        reasons: bad.iter().map(|b| b.reason.clone()).collect(),
        bad: bad
            .into_iter()
            .map(|b| (b.line, b.column, b.value))
            .collect(),
        format: team.date_format(),
        unread: team.unread_people().into_iter().map(String::from).collect(),
        elsewhere: team.elsewhere_lines().to_vec(),
        rows_in_words: team.rows_in_words(),
    })
}

fn read(text: &str) -> Read {
    read_with(text, Some("schengen")).unwrap()
}

fn line(person: &str, stays: usize, carried: &[&str], bad_lines: &[usize]) -> Line {
    Line {
        person: person.into(),
        rule: "schengen".into(),
        stays,
        carried: carried.iter().map(|c| c.to_string()).collect(),
        bad_lines: bad_lines.to_vec(),
    }
}

fn bad(line: usize, column: Option<&str>, value: &str) -> (usize, Option<String>, String) {
    (line, column.map(String::from), value.into())
}

#[test]
fn reads_awkward_files() {
    let ana = || line("Ana", 1, &[], &[]);
    let cases: Vec<(&str, &str, Vec<Line>)> = vec![
        ("plain", "person,entry,exit\nAna,2025-03-01,2025-03-10\n", vec![ana()]),
        (
            "BOM and CRLF",
            "\u{feff}person,entry,exit\r\nAna,2025-03-01,2025-03-10\r\n",
            vec![ana()],
        ),
        (
            "semicolons, capitals, day-first dots",
            "Person;Entry;Exit\r\nAna;01.03.2025;10.03.2025\r\n",
            vec![ana()],
        ),
        ("tabs", "person\tentry\texit\nAna\t2025-03-01\t2025-03-10\n", vec![ana()]),
        (
            "empty lines and rows of empty cells",
            "person,entry,exit\n\n , ,\nAna,2025-03-01,2025-03-10\n,,\n\n",
            vec![ana()],
        ),
        (
            "synonyms, carried columns in file order",
            "Name,Department,From,To,E-mail\nAna,Sales,2025-03-01,2025-03-10,a@example.com\n",
            vec![line("Ana", 1, &["Sales", "a@example.com"], &[])],
        ),
        (
            "a quoted name with a comma, a quoted note over two lines",
            "person,entry,exit,note\n\"Doe, Jane\",2025-03-01,2025-03-10,\"two\nlines, \"\"quoted\"\"\"\n",
            vec![line("Doe, Jane", 1, &["two\nlines, \"quoted\""], &[])],
        ),
        (
            "a row ending early: the missing exit is an open stay",
            "person,entry,exit,department\nAna,2025-05-20\n",
            vec![line("Ana", 1, &[""], &[])],
        ),
        (
            "rows of one person apart, carried blanks filled by a later row",
            "person,entry,exit,team\nAna,2025-01-01,2025-01-02,\nBen,2025-01-01,2025-01-02,B\n\
             Ana,2025-02-01,2025-02-02,A\nAna,2025-03-01,2025-03-02,Z\n",
            vec![line("Ana", 3, &["A"], &[]), line("Ben", 1, &["B"], &[])],
        ),
    ];
    for (name, text, expected) in cases {
        let read = read(text);
        assert_eq!(read.lines, expected, "{name}");
        assert!(read.bad.is_empty(), "{name}: {:?}", read.bad);
    }
}

#[test]
fn every_bad_row_is_named_and_never_drops_the_others() {
    let text = "person,entry,exit,rule,planned\n\
                Ana,2025-03-01,2025-03-10,,no\n\
                Ana,2025-04-01,2025-03-30,,no\n\
                ,2025-03-01,2025-03-10,,\n\
                Ben,,2025-03-10,,\n\
                Ben,2025-03-01,2025-03-10,atlantis,\n\
                Ben,2025-05-01,2025-05-02,,maybe\n\
                Cy,2025-07-01,,,\n\
                Doe, Jane,2025-03-01,2025-03-10,,no\n\
                Eve,31.02.2025,2025-03-10,,\n\
                Eve,1899-12-31,2025-03-10,,\n\
                Ben,2025-05-10,2025-05-12,,yes\n";
    let read = read(text);
    assert_eq!(
        read.bad,
        [
            bad(3, Some("exit"), "2025-03-30"),
            bad(4, Some("person"), ""),
            bad(5, Some("entry"), ""),
            bad(6, Some("rule"), "atlantis"),
            bad(7, Some("planned"), "maybe"),
            bad(8, Some("exit"), ""),
            bad(9, None, ""),
            bad(10, Some("entry"), "31.02.2025"),
            bad(11, Some("entry"), "1899-12-31"),
        ]
    );
    for (reason, expected) in read.reasons.iter().zip([
        "the exit is before the entry 2025-04-01",
        "empty",
        "empty",
        "unknown rule",
        "not yes or no",
        "after the check date 2025-06-01",
        "6 values where the header has 5 columns",
        "no such day in DD.MM.YYYY",
        "outside the supported range",
    ]) {
        assert!(
            reason.contains(expected),
            "{reason:?} should say {expected:?}"
        );
    }
    // People of bad rows only are reported too, with no stays and no rule.
    let unread = |person: &str, bad_lines: &[usize]| Line {
        rule: String::new(),
        ..line(person, 0, &[], bad_lines)
    };
    assert_eq!(
        read.lines,
        [
            line("Ana", 1, &[], &[3]),
            line("Ben", 1, &[], &[5, 6, 7]),
            unread("Cy", &[8]),
            unread("Doe", &[9]),
            unread("Eve", &[10, 11]),
        ]
    );
    assert_eq!(read.unread, ["Cy", "Doe", "Eve"]);
}

/// Issue 19: `report` said "line 1" for a header after blank lines.
#[test]
fn header_messages_name_the_header_s_line() {
    let error = read_with("\n\nperson,start,end\nAna,2025-01-01,\n", Some("schengen")).unwrap_err();
    assert!(
        error.starts_with("line 3: the header has no entry column"),
        "{error}"
    );
    let error = read_with("sep=;\nperson;entry;exit\n", None).unwrap_err();
    assert!(error.starts_with("line 2: no rule"), "{error}");
}

/// Issue 19: `report` rejected rows with trailing empty values that `check` accepts.
#[test]
fn trailing_empty_values_are_read_as_check_reads_them() {
    let team = read("person,entry,exit\nAna,2025-03-01,2025-03-10,,,\nBen,2025-04-01,,\t,\n");
    assert!(team.bad.is_empty(), "{:?}", team.reasons);
    assert_eq!(
        team.lines,
        [line("Ana", 1, &[], &[]), line("Ben", 1, &[], &[])]
    );
    let check = staycalc::input::read_stays("entry,exit\n2025-03-01,2025-03-10,,,\n".as_bytes());
    assert!(check.errors.is_empty());
    // A value past the header is a shifted row for both.
    let shifted = read_with(
        "person,entry,exit\nDoe, Jane,2025-03-01,2025-03-10\n",
        Some("schengen"),
    )
    .map(|read| read.bad);
    assert_eq!(shifted.unwrap(), [bad(2, None, "")]);
    let check = staycalc::input::read_stays("entry,exit\n2025-03-01,2025-03-10,x\n".as_bytes());
    assert_eq!(
        check.errors[0].to_string(),
        "line 2: 3 values where the header has 2 columns (the extra \"x\"): a value holding the separator needs quotes"
    );
}

#[test]
fn reads_the_rule_per_row_and_reports_a_line_per_rule() {
    let text = "person,entry,exit,rule\n\
                Ana,2025-03-01,2025-03-10,KZ-VISA-FREE\n\
                Ana,2025-04-01,2025-04-10,\n\
                Ana,2025-05-01,2025-05-10,schengen\n";
    let read = read(text);
    let rules: Vec<(&str, usize)> = read
        .lines
        .iter()
        .map(|l| (l.rule.as_str(), l.stays))
        .collect();
    assert_eq!(rules, [("kz-visa-free", 1), ("schengen", 2)]);
    let without_default = read_with(text, None).unwrap();
    assert_eq!(without_default.bad, [bad(3, Some("rule"), "")]);
    assert_eq!(without_default.lines.len(), 2);
}

/// A travel log across countries (the traveller page's backup CSV has a country and a rule):
/// a row counts under its rule only when its country lies in the rule's zone on every day of
/// the stay. A row wholly in another zone is another zone's days: not counted under the rule,
/// not a bad row, its line said apart (`elsewhere_lines`); a row only partly in the zone (a
/// country joining during the stay) or with an unknown country is a bad row naming its line,
/// the country column and the value (so the person is "check rows", never a false overstay or
/// a false green); a row given its country's rule counts there; someone whose every row is
/// elsewhere still has a line.
#[test]
fn a_row_in_another_zone_than_its_rule_s_is_named_not_counted() {
    let text = "person,entry,exit,country,rule\n\
                Ana,2025-01-01,2025-02-15,FR,\n\
                Ana,2025-02-16,2025-04-10,Georgia,\n\
                Ana,2025-04-11,2025-04-20,GE,ge\n\
                Ben,2023-06-01,2023-06-10,BG,\n\
                Ben,2024-05-01,2024-05-10,Болгария,\n\
                Ben,2024-03-20,2024-04-02,BG,\n\
                Cem,2025-01-01,2025-01-05,Frnace,\n\
                Dan,2025-01-01,2025-01-05,,\n\
                Eva,2025-01-01,2025-01-05,KZ,\n";
    let read = read(text);
    assert_eq!(
        read.bad,
        [
            bad(7, Some("country"), "BG"),
            bad(8, Some("country"), "Frnace"),
        ]
    );
    assert!(read.reasons[0].starts_with(
        "Bulgaria (BG) counts toward the Schengen area only from 2024-03-31, not on every day \
         of this stay (rule schengen): a line counts one rule's stays"
    ));
    assert_eq!(read.reasons[1], "not a country: did you mean France (FR)?");
    // Georgia under schengen, Bulgaria in 2023, Kazakhstan: another zone's days.
    assert_eq!(read.elsewhere, [3, 5, 10]);
    // The report's heading says so, with the unreadable rows (not only standard error: a
    // report saved to a file keeps it).
    assert_eq!(
        read.rows_in_words,
        "from 9 rows, 2 of them unreadable (lines 7, 8), 3 of them in another zone, not counted \
         (lines 3, 5, 10)"
    );
    let lines: Vec<(&str, &str, usize, &[usize])> = read
        .lines
        .iter()
        .map(|l| {
            (
                l.person.as_str(),
                l.rule.as_str(),
                l.stays,
                &l.bad_lines[..],
            )
        })
        .collect();
    assert_eq!(
        lines,
        [
            ("Ana", "schengen", 1, &[][..]),
            ("Ana", "ge", 1, &[][..]),
            ("Ben", "schengen", 1, &[7][..]),
            ("Dan", "schengen", 1, &[][..]),
            // No row of Cem's counts: listed after the others, as anyone with no readable row;
            // Eva's only row is elsewhere: a line with no numbers, not an unreadable person.
            ("Cem", "", 0, &[8][..]),
            ("Eva", "", 0, &[][..]),
        ]
    );
    assert_eq!(read.unread, ["Cem"]);
}

#[test]
fn rejects_a_header_without_the_needed_columns() {
    for (text, message) in [
        ("", "the file is empty"),
        (
            "person,entry,department\nAna,2025-03-01,Sales\n",
            "no exit column",
        ),
        ("who,entry,exit\n", "no person column"),
    ] {
        let error = read_with(text, Some("schengen")).unwrap_err();
        assert!(error.contains(message), "{error}");
    }
    let error = read_with("person,entry,exit\n", None).unwrap_err();
    assert!(error.contains("no rule"), "{error}");
    assert!(!error.contains("nationality"), "{error}");
    // A country column: each row could be checked under its country's rule instead.
    let error = read_with("person,entry,exit,country\n", None).unwrap_err();
    assert!(
        error.ends_with(
            "no default rule was given (--rule), nor a nationality to check each row's country \
             under its own rule (--nationality)"
        ),
        "{error}"
    );
}

#[test]
fn shows_the_date_format_and_decides_the_order_from_the_whole_file() {
    let read = read("person,entry,exit\nAna,01/03/2025,10/03/2025\nBen,20/03/2025,\n");
    assert_eq!(read.format, Some(DateFormat::DayFirstSlash));
    assert!(read.bad.is_empty());
    // Two dates read only day first and two only month first: both are read, and Ana's,
    // which read both ways, are refused, naming an example of each, wherever they are.
    let read = read_with(
        "person,entry,exit\nAna,03/04/2025,05/04/2025\nBen,03/15/2025,03/20/2025\nCy,20/03/2025,25/03/2025\n",
        Some("schengen"),
    )
    .unwrap();
    assert_eq!(
        read.bad,
        [
            bad(2, Some("entry"), "03/04/2025"),
            bad(2, Some("exit"), "05/04/2025"),
        ]
    );
    assert!(
        read.reasons[0]
            .contains("\"20/03/2025\" on line 4 day first, \"03/15/2025\" on line 3 month first"),
        "{}",
        read.reasons[0]
    );
    let unread = |person: &str, bad_lines: &[usize]| Line {
        rule: String::new(),
        ..line(person, 0, &[], bad_lines)
    };
    assert_eq!(
        read.lines,
        [
            line("Ben", 1, &[], &[]),
            line("Cy", 1, &[], &[]),
            unread("Ana", &[2])
        ]
    );
}

/// Issue 16: one month-first typo among hundreds of dotted dates made every later row
/// unreadable. Now every row is read, wherever the typo sits.
#[test]
fn a_month_first_typo_never_poisons_the_file() {
    for at in [0, 150, 299] {
        let mut file = String::from("ФИО;Отдел;Дата въезда;Дата выезда\r\n");
        for i in 0..300 {
            let day = 1 + i % 28;
            if i == at {
                file.push_str(&format!("P{i};Продажи;06/25/2026;{day:02}.07.2026\r\n"));
            } else {
                file.push_str(
                    &format!("P{i};Продажи;{day:02}.03.2026;04.03.2026\r\n")
                        .replace(";04.03.2026", &format!(";{day:02}.04.2026")),
                );
            }
        }
        let read = read_with(&file, Some("schengen")).unwrap();
        assert!(read.bad.is_empty(), "typo at {at}: {:?}", read.reasons);
        assert_eq!(read.lines.len(), 300);
        assert_eq!(read.format, Some(DateFormat::DayFirstDot));
    }
    // With day-first slash dates around, the typo conflicts, and only its row is named.
    let file = "person,entry,exit\n\
                Ana,25/02/2025,03/03/2025\n\
                Ben,06/25/2024,\n\
                Cy,14/03/2025,24.03.2025\n\
                Cy,05.04.2025,\n";
    let read = read_with(file, Some("schengen")).unwrap();
    assert_eq!(read.bad, [bad(3, Some("entry"), "06/25/2024")]);
    assert!(
        read.reasons[0].starts_with(
            "written month first, but this file writes dates with / or - day first (2 to 1"
        ),
        "{}",
        read.reasons[0]
    );
}

/// A random team: people with random stays (some open, some marked planned) under random
/// rules, written as rows in a random order.
#[derive(Clone, Debug)]
struct Scenario {
    /// (person, rule, entry offset, length or open, planned), in file order.
    rows: Vec<(usize, &'static str, u64, Option<u64>, bool)>,
    on_offset: u64,
    warn_below: u32,
}

const RULES: [&str; 4] = ["schengen", "kz-visa-free", "ru", "ge"];

fn scenario() -> impl Strategy<Value = Scenario> {
    let row = (
        0usize..6,
        0usize..4,
        0u64..500,
        prop::option::weighted(0.9, 0u64..70),
        any::<bool>(),
    );
    (prop::collection::vec(row, 0..40), 100u64..450, 0u32..30).prop_flat_map(
        |(rows, on_offset, warn_below)| {
            let rows: Vec<_> = rows
                .into_iter()
                .map(|(person, rule, entry, length, planned)| {
                    // An open stay must start by the check date.
                    let entry = if length.is_none() {
                        entry.min(on_offset)
                    } else {
                        entry
                    };
                    (person, RULES[rule], entry, length, planned)
                })
                .collect();
            Just(rows).prop_shuffle().prop_map(move |rows| Scenario {
                rows,
                on_offset,
                warn_below,
            })
        },
    )
}

fn day(offset: u64) -> NaiveDate {
    date(2024, 1, 1) + Days::new(offset)
}

/// The next planned trip as the report defines it, among `stays` with their planned marks.
fn next_planned(stays: &[(Stay, bool)], on: NaiveDate) -> Option<usize> {
    stays
        .iter()
        .filter(|(s, planned)| s.entry > on || (*planned && s.exit.is_none_or(|x| x >= on)))
        .min_by_key(|(s, _)| (s.entry, s.row))
        .and_then(|(s, _)| s.row)
}

proptest! {
    #![proptest_config(Config::with_cases(128))]

    /// Each line of the report equals the person's own stays checked alone by the engine.
    #[test]
    fn the_report_equals_each_person_checked_alone(s in scenario()) {
        let on = day(s.on_offset);
        let mut text = String::from("person,rule,entry,exit,planned\n");
        for (person, rule, entry, length, planned) in &s.rows {
            let exit = length.map_or(String::new(), |l| day(entry + l).to_string());
            text.push_str(&format!("P{person},{rule},{},{exit},{}\n", day(*entry), if *planned { "yes" } else { "no" }));
        }
        let mut settings = TeamSettings::new(on, None);
        settings.options.warning_threshold = s.warn_below;
        let team = read_team(text.as_bytes(), settings, |b| panic!("{b}")).unwrap();
        let options = Options { warning_threshold: s.warn_below };
        let mut expected: Vec<(String, &str)> = Vec::new();
        for (person, rule, ..) in &s.rows {
            let key = (format!("P{person}"), *rule);
            if !expected.contains(&key) {
                expected.push(key);
            }
        }
        prop_assert_eq!(team.len(), expected.len());
        for (report, (person, rule_id)) in team.reports().zip(&expected) {
            let report = report.unwrap();
            let stays: Vec<(Stay, bool)> = s
                .rows
                .iter()
                .enumerate()
                .filter(|(_, (p, r, ..))| format!("P{p}") == *person && r == rule_id)
                .map(|(i, (_, _, entry, length, planned))| {
                    let stay = match length {
                        Some(l) => Stay::new(day(*entry), day(entry + l)),
                        None => Stay::open(day(*entry)),
                    };
                    (stay.at_row(i + 2), *planned)
                })
                .collect();
            let alone: Vec<Stay> = stays.iter().map(|(stay, _)| *stay).collect();
            let calculator = Calculator::new(rule(rule_id).unwrap(), &alone, on).unwrap();
            let next: Option<StayVerdict> = next_planned(&stays, on)
                .and_then(|row| calculator.plan().into_iter().find(|v| v.row == row));
            prop_assert_eq!(&report.person, person);
            prop_assert_eq!(&report.rule, rule_id);
            prop_assert_eq!(report.stays, alone.len());
            prop_assert_eq!(report.assessment, Some(calculator.assessment(&options)));
            prop_assert_eq!(report.next_planned, next);
        }
    }

    /// Issue 19: a bad record (not UTF-8, or too long), even a quoted cell of several lines
    /// that look like rows, never creates, changes or swallows a person.
    #[test]
    fn a_garbage_record_anywhere_changes_no_one_s_answers(
        s in scenario(),
        garbage in garbage(),
        at in any::<prop::sample::Index>(),
    ) {
        let on = day(s.on_offset);
        let rows: Vec<String> = s
            .rows
            .iter()
            .map(|(person, rule, entry, length, planned)| {
                let exit = length.map_or(String::new(), |l| day(entry + l).to_string());
                format!("P{person},{rule},{},{exit},{}\n", day(*entry), if *planned { "yes" } else { "no" })
            })
            .collect();
        let at = at.index(rows.len() + 1);
        let mut clean = b"person,rule,entry,exit,planned\n".to_vec();
        let mut dirty = clean.clone();
        for (i, row) in rows.iter().enumerate() {
            if i == at {
                dirty.extend_from_slice(&garbage);
            }
            clean.extend_from_slice(row.as_bytes());
            dirty.extend_from_slice(row.as_bytes());
        }
        if at == rows.len() {
            dirty.extend_from_slice(&garbage);
        }
        let settings = TeamSettings::new(on, None);
        let clean = read_team(&clean[..], settings, |b| panic!("{b}")).unwrap();
        let mut bad = Vec::new();
        let dirty = read_team(&dirty[..], settings, |b| bad.push(b)).unwrap();
        prop_assert_eq!(bad.len(), 1, "{:?}", bad);
        prop_assert_eq!(bad[0].line, at + 2);
        prop_assert_eq!(answers(&dirty), answers(&clean));
    }
}

/// The answers of a team's lines, without the file's line numbers (which move when a record
/// of several lines is inserted).
fn answers(team: &Team) -> Vec<String> {
    team.reports()
        .map(|report| {
            let report = report.unwrap();
            let a = report.assessment.as_ref().map(|a| {
                (
                    a.days_used,
                    a.days_remaining,
                    a.overstay_days,
                    a.unlawful_days,
                    a.first_unlawful_day,
                    a.latest_exit,
                    a.earliest_full_stay,
                    a.warnings.len(),
                )
            });
            let next = report
                .next_planned
                .as_ref()
                .map(|v| (v.entry, v.exit, v.first_unlawful_day, v.latest_exit));
            format!(
                "{} {} {} {:?} {a:?} {next:?} {}",
                report.person,
                report.rule,
                report.stays,
                report.status(),
                report.bad_lines.len()
            )
        })
        .collect()
}

/// A record that cannot be read, of one line or several (a quoted note whose lines look like
/// rows of other people): a byte that is not UTF-8, or more than the record limit.
fn garbage() -> impl Strategy<Value = Vec<u8>> {
    let line = prop_oneof![
        "[A-Za-z0-9 ;.-]{0,20}",
        (0usize..6, 0u64..400).prop_map(|(p, d)| format!(
            "P{p},schengen,{},{},no",
            day(d),
            day(d + 3)
        )),
    ];
    (
        "[A-Za-z ]{0,6}",
        prop::collection::vec(line, 1..4),
        0usize..4,
        any::<bool>(),
    )
        .prop_map(|(person, lines, at, too_long)| {
            let mut note: Vec<u8> = lines.join("\n").into_bytes();
            if too_long {
                note.extend(std::iter::repeat_n(
                    b'x',
                    staycalc::input::MAX_RECORD_BYTES + 10,
                ));
            } else {
                let at = at.min(note.len());
                note.insert(at, 0xE9);
            }
            let mut record = format!("{person},\"").into_bytes();
            record.extend(note);
            record.extend_from_slice(b"\",2024-01-01,,no\n");
            record
        })
}

const EXAMPLE: &str = "examples/team.csv";
const EXAMPLE_ON: &str = "2026-06-01";

#[test]
fn cli_reports_the_example_as_text() {
    let run = staycalc(
        &["report", "--on", EXAMPLE_ON, "--rule", "schengen", EXAMPLE],
        "",
    );
    // Ines Costa's first row has no such day: listed, and the exit code says so.
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("staycalc: examples/team.csv: line 13, column exit, value \"2026-02-30\""),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout
            .starts_with("Team report on 2026-06-01: 12 people"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("dates read as YYYY-MM-DD"),
        "{}",
        run.stdout
    );
    let ines = run
        .stdout
        .lines()
        .find(|l| l.starts_with("Ines Costa"))
        .unwrap();
    // Her other rows show no overstay: she is not shown as fine, but as "check rows".
    assert!(ines.contains("check rows"), "{ines}");
    assert!(!ines.contains(" ok"), "{ines}");
    assert!(
        run.stdout.contains("(1 overstay, 1 check rows, "),
        "{}",
        run.stdout
    );
    let chloe = run
        .stdout
        .lines()
        .find(|l| l.starts_with("Chloé Martin"))
        .unwrap();
    assert!(chloe.contains("overstay"), "{chloe}");
}

/// The keys of an object, in order.
fn keys(value: &json::Value) -> Vec<&str> {
    match value {
        json::Value::Object(fields) => fields.iter().map(|(k, _)| k.as_str()).collect(),
        other => panic!("not an object: {other:?}"),
    }
}

#[test]
fn cli_json_has_the_fields_of_check_named_the_same() {
    let run = staycalc(
        &[
            "report", "--on", EXAMPLE_ON, "--rule", "schengen", "--format", "json", EXAMPLE,
        ],
        "",
    );
    assert_eq!(run.code, 2);
    let report = json::parse(&run.stdout).expect("the output is JSON");
    let people = report.items();
    assert_eq!(people.len(), 12);
    let check = staycalc(
        &[
            "check", "--rule", "schengen", "--on", EXAMPLE_ON, "--format", "json", "-",
        ],
        "entry,exit\n2026-01-05,2026-01-20\n2026-03-10,2026-04-02\n2026-07-01,2026-07-14\n",
    );
    assert_eq!(check.code, 0, "{}", check.stderr);
    let check = json::parse(&check.stdout).expect("check prints JSON");
    let check_keys: Vec<&str> = keys(&check)
        .into_iter()
        .filter(|k| !matches!(*k, "plan" | "date_format"))
        .collect();
    let mut expected = vec!["person", "department", "email", "notes"];
    expected.extend(&check_keys);
    expected.extend(["next_planned", "stays", "bad_lines"]);
    assert_eq!(keys(&people[0]), expected);
    // Ana's three stays are the same as the check above: every field of check is equal.
    let ana = &people[0];
    assert_eq!(ana["person"], "Berg, Ana");
    for &key in &check_keys {
        assert_eq!(ana[key], check[key], "{key}");
    }
    // The same trip, but its row is a line of each file.
    for key in keys(&check["plan"][2]) {
        if key != "row" {
            assert_eq!(ana["next_planned"][key], check["plan"][2][key], "{key}");
        }
    }
    assert_eq!(ana["next_planned"]["row"], 17);
    let by_name = |name: &str| {
        people
            .iter()
            .find(|p| p["person"] == name)
            .unwrap_or_else(|| panic!("{name} is reported"))
    };
    assert_eq!(
        by_name("Ines Costa")["bad_lines"],
        json::Value::Array(vec![json::Value::Number(13)])
    );
    assert_eq!(by_name("Chloé Martin")["status"], "overstay");
    assert_eq!(by_name("Dmitri Volkov")["rule"], "kz-visa-free");
    assert_eq!(by_name("Grace Liu")["warnings"][0]["code"], "overlap");
    assert_eq!(by_name("Lena Novak")["next_planned"]["entry"], "2026-05-25");
    assert_eq!(by_name("Farid Haddad")["next_planned"], json::Value::Null);
}

#[test]
fn cli_csv_is_spreadsheet_safe() {
    let run = staycalc(
        &[
            "report", "--on", EXAMPLE_ON, "--rule", "schengen", "--format", "csv", EXAMPLE,
        ],
        "",
    );
    assert_eq!(run.code, 2);
    let lines: Vec<&str> = run.stdout.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines.len(), 13);
    assert!(lines[0]
        .starts_with("person,department,email,notes,rule,rule_name,on,window_start,days_used,"));
    assert!(lines[1].starts_with("\"Berg, Ana\",Sales,ana.berg@example.com,trade fair,schengen,"));
    let kofi = lines.iter().find(|l| l.starts_with("Kofi Mensah")).unwrap();
    assert!(kofi.contains(",'+1 day if the flight slips,"), "{kofi}");
    assert!(
        run.stderr.contains(
            "12 lines reported from 20 rows, 1 of them unreadable (line 13), dates as YYYY-MM-DD"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn cli_never_shows_a_person_with_a_bad_row_as_ok() {
    // Ana's second row has no such day; her first alone is fine. Ben's only row is bad. Cy
    // overstays in the rows read, bad row or not.
    let team = "person,entry,exit\n\
                Ana,2026-05-01,2026-05-10\n\
                Ana,2026-02-30,2026-03-10\n\
                Ben,someday,\n\
                Cy,2026-01-01,2026-05-01\n\
                Cy,2026-05-20,soon\n\
                Dan,2026-05-01,2026-05-02\n";
    let args = ["report", "--on", EXAMPLE_ON, "--rule", "schengen"];
    let csv = staycalc(&[&args[..], &["--format", "csv", "-"]].concat(), team);
    assert_eq!(csv.code, 2, "{}", csv.stderr);
    let mut lines = csv.stdout.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let status = |person: &str| {
        let row = rows.iter().find(|r| r[0] == person).unwrap();
        (row[column("status")], row[column("days_used")])
    };
    assert_eq!(status("Ana"), ("check_rows", "10"));
    assert_eq!(status("Ben"), ("check_rows", ""));
    // Cy left on 1 May, 121 days in the window: an overstay before the check date.
    assert_eq!(status("Cy"), ("past_overstay", "121"));
    assert_eq!(status("Dan"), ("ok", "2"));
    let json = staycalc(&[&args[..], &["--format", "json", "-"]].concat(), team);
    let people = json::parse(&json.stdout).expect("json");
    let people = people.items();
    let statuses: Vec<(String, String)> = people
        .iter()
        .map(|p| match (&p["person"], &p["status"]) {
            (json::Value::String(person), json::Value::String(status)) => {
                (person.clone(), status.clone())
            }
            other => panic!("{other:?}"),
        })
        .collect();
    let expected = [
        ("Ana", "check_rows"),
        ("Cy", "past_overstay"),
        ("Dan", "ok"),
        ("Ben", "check_rows"),
    ]
    .map(|(p, s)| (p.to_string(), s.to_string()));
    assert_eq!(statuses, expected);
    assert_eq!(people[3]["days_used"], json::Value::Null);
    let text = staycalc(&[&args[..], &["-"]].concat(), team);
    assert!(
        text.stdout
            .contains("4 people (0 overstay, 1 past_overstay, 2 check rows, 1 ok)"),
        "{}",
        text.stdout
    );
    let ben = text.stdout.lines().find(|l| l.starts_with("Ben")).unwrap();
    assert!(ben.contains("check rows"), "{ben}");
    assert!(text
        .stdout
        .lines()
        .any(|l| l.starts_with("Cy") && l.contains("overstay !")));
    // --fail-on knows the status; bad rows make the exit code 2 whatever it says.
    for fail_on in ["warning", "check_rows", "overstay"] {
        let run = staycalc(&[&args[..], &["--fail-on", fail_on, "-"]].concat(), team);
        assert_eq!(run.code, 2, "{fail_on}: {}", run.stderr);
    }
}

/// The summary counts every row of the file, the unreadable ones among them and named by
/// line (a date no calendar has, found as it is read, and a month-first date the day-first
/// file refuses, found at its end), in the text report and on standard error alike.
#[test]
fn cli_summary_counts_the_rows_that_could_not_be_read() {
    let team = "person,entry,exit\n\
                Ana,01/03/2026,10/03/2026\n\
                Ben,02/03/2026,05/03/2026\n\
                Cem,12/03/2026,31/02/2026\n\
                Dan,03/25/2026,03/28/2026\n\
                \n\
                Eve,20/03/2026,25/03/2026\n\
                Fay,13/04/2026,14/04/2026\n";
    let rows = team.lines().skip(1).filter(|l| !l.is_empty()).count();
    let args = ["report", "--on", EXAMPLE_ON, "--rule", "schengen"];
    let text = staycalc(&[&args[..], &["-"]].concat(), team);
    assert_eq!(text.code, 2, "{}", text.stderr);
    // The lines standard error names as not read (a line for each bad cell), in file order.
    let mut named: Vec<&str> = text
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("staycalc: standard input: line "))
        .map(|l| l.split(',').next().unwrap())
        .collect();
    named.dedup();
    assert_eq!(named, ["4", "5"], "{}", text.stderr);
    let said = format!(
        "from {rows} rows, 2 of them unreadable (lines {})",
        named.join(", ")
    );
    assert_eq!(said, "from 6 rows, 2 of them unreadable (lines 4, 5)");
    let first = text.stdout.lines().next().unwrap();
    assert!(
        first.starts_with("Team report on 2026-06-01: 6 people (")
            && first.ends_with(&format!(") {said}")),
        "{first}"
    );
    for format in ["csv", "json"] {
        let run = staycalc(&[&args[..], &["--format", format, "-"]].concat(), team);
        assert!(
            run.stderr.contains(&format!(
                "staycalc: standard input: 6 lines reported {said}, dates as DD/MM/YYYY"
            )),
            "{}",
            run.stderr
        );
    }
}

/// Issue 19: `/dev/zero` ran for ever, and CR-only line ends gave a garbage header.
#[test]
fn cli_stops_at_input_that_is_not_csv_text() {
    if std::path::Path::new("/dev/zero").exists() {
        let run = staycalc(
            &[
                "report",
                "--on",
                EXAMPLE_ON,
                "--rule",
                "schengen",
                "/dev/zero",
            ],
            "",
        );
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains("the file is not text"),
            "{}",
            run.stderr
        );
    }
    let run = staycalc(
        &["report", "--on", EXAMPLE_ON, "--rule", "schengen", "-"],
        "person,entry,exit\rAna,2026-01-01,\r",
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("old Mac line ends"), "{}", run.stderr);
}

/// Issue 16: a Russian-locale Excel "CSV" (Windows-1251, semicolons, CRLF, Russian headers),
/// with a month-first typo in the middle and a row with no such day.
const CP1251: &str = "tests/fixtures/team-ru-cp1251.csv";

#[test]
fn cli_reads_a_windows_1251_file_with_russian_headers() {
    let args = [
        "report",
        "--on",
        "2026-05-20",
        "--rule",
        "schengen",
        "--format",
        "json",
        CP1251,
    ];
    let run = staycalc(&args, "");
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("not UTF-8 text: read as Windows-1251"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("Windows-1251").count(), 1, "said once");
    assert!(run
        .stderr
        .contains("line 5, column Дата въезда, value \"31.02.2026\""));
    let people = json::parse(&run.stdout).expect("json");
    let statuses: Vec<(String, String, i64)> = people
        .items()
        .iter()
        .map(|p| match (&p["person"], &p["status"], &p["days_used"]) {
            (json::Value::String(person), json::Value::String(status), json::Value::Number(n)) => {
                (person.clone(), status.clone(), *n)
            }
            other => panic!("{other:?}"),
        })
        .collect();
    let expected = [
        ("Иванов Иван", "past_overstay", 104),
        ("Петрова Анна", "check_rows", 11),
        ("Сидоров Пётр", "ok", 0),
        ("Ким Ольга", "warning", 81),
        ("Ахметов Ерлан", "ok", 6),
    ]
    .map(|(p, s, n)| (p.to_string(), s.to_string(), n));
    assert_eq!(statuses, expected);
    assert_eq!(people.items()[0]["Отдел"], "Продажи");
    // Refused when told it is UTF-8: every row names the byte.
    let utf8 = staycalc(&[&args[..7], &["--encoding", "utf-8", CP1251]].concat(), "");
    assert_eq!(utf8.code, 2);
    assert!(
        utf8.stderr.contains("not UTF-8 text (byte 0x"),
        "{}",
        utf8.stderr
    );
    // check reads the same file (its entry and exit columns) the same way.
    let check = staycalc(
        &["check", "--on", "2026-05-20", "--rule", "schengen", CP1251],
        "",
    );
    assert_eq!(check.code, 2);
    assert!(
        check.stderr.contains(
            "team-ru-cp1251.csv (read as Windows-1251: not UTF-8): entry \"31.02.2026\" is not a date"
        ),
        "{}",
        check.stderr
    );
}

#[test]
fn cli_fail_on_sets_the_exit_code() {
    let team = "person,entry,exit\nAna,2026-03-01,2026-05-29\nBen,2026-05-20,2026-05-25\n";
    // Cy left on 1 May after 121 days: an overstay in the past. Dee is still there on her
    // 92nd day: over the limit now. Eve's booked July trip would take her over.
    let past = format!("{team}Cy,2026-01-01,2026-05-01\n");
    let now = format!("{team}Dee,2026-03-02,\n");
    let planned = format!("{team}Eve,2026-04-01,2026-05-20\nEve,2026-07-01,2026-08-30\n");
    for (input, fail_on, code) in [
        (team, None, 0),
        (team, Some("warning"), 1),
        (team, Some("overstay"), 0),
        (&past, Some("overstay"), 0),
        (&past, Some("past_overstay"), 1),
        (&past, None, 0),
        (&now, Some("overstay"), 1),
        (&planned, Some("planned_overstay"), 1),
        (&planned, Some("past_overstay"), 0),
    ] {
        let mut args = vec![
            "report", "--on", EXAMPLE_ON, "--rule", "schengen", "--format", "csv", "-",
        ];
        if let Some(status) = fail_on {
            args.extend(["--fail-on", status]);
        }
        let run = staycalc(&args, input);
        assert_eq!(run.code, code, "{fail_on:?} on {input:?}: {}", run.stderr);
        let people: std::collections::BTreeSet<_> =
            input.lines().map(|l| l.split(',').next()).collect();
        assert_eq!(
            run.stdout.split("\r\n").filter(|l| !l.is_empty()).count(),
            people.len()
        );
    }
    let run = staycalc(
        &["report", "--on", EXAMPLE_ON, "--fail-on", "late", "-"],
        team,
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "--fail-on \"late\" is unknown: expected warning, planned_overstay, passport, check_rows, past_overstay, overstay"
        ),
        "{}",
        run.stderr
    );
    // A bad row wins over --fail-on: 2, after the report of the good rows.
    let run = staycalc(
        &[
            "report",
            "--on",
            EXAMPLE_ON,
            "--rule",
            "schengen",
            "--fail-on",
            "warning",
            "-",
        ],
        format!("{team}Dee,soon,\n"),
    );
    assert_eq!(run.code, 2);
    assert!(run.stdout.contains("Ana"));
    assert!(
        run.stderr.contains("line 4, column entry, value \"soon\""),
        "{}",
        run.stderr
    );
}

#[test]
fn cli_refuses_bad_usage_and_bad_headers_with_code_2_and_no_report() {
    for (args, stdin, message) in [
        (&["report", "-"][..], "", "no check date"),
        (
            &["report", "--on", "2026-06-01", "--rule", "schengen", "-"],
            "name,date\n",
            "no entry column",
        ),
        (
            &[
                "report",
                "--on",
                "2026-06-01",
                "--rule",
                "schengen",
                "missing.csv",
            ],
            "",
            "cannot open missing.csv",
        ),
        (
            &[
                "report",
                "--on",
                "2026-06-01",
                "--rule",
                "schengen",
                "--format",
                "xml",
                "-",
            ],
            "",
            "--format",
        ),
    ] {
        let run = staycalc(args, stdin);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}: {}", run.stdout);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
    let help = staycalc(&["report", "--help"], "");
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("--fail-on"));
}

/// `staycalc report --format csv` of the team `text` on 2026-12-05 under Schengen.
fn csv_report_on_5_dec(text: &str) -> Run {
    let args = [
        "report",
        "--on",
        "2026-12-05",
        "--rule",
        "schengen",
        "--format",
        "csv",
        "-",
    ];
    staycalc(&args, text)
}

#[test]
fn an_exit_saying_the_stay_goes_on_is_a_stay_with_no_exit_yet() {
    // As HR sheets in Russian write it: "по н.в." (to the present), beside the same team with
    // the exit left empty. Both give the same report; the words are never a bad row.
    let words = "ФИО;Въезд;Выезд\nИванов;01.09.2026;30.09.2026\nИванов;15.10.2026;по н.в.\n\
                 Smith;10.11.2026;present\nСейітов;01.11.2026;қазіргі уақытқа дейін\n";
    let empty = "ФИО;Въезд;Выезд\nИванов;01.09.2026;30.09.2026\nИванов;15.10.2026;\n\
                 Smith;10.11.2026;\nСейітов;01.11.2026;\n";
    let (said, left) = (csv_report_on_5_dec(words), csv_report_on_5_dec(empty));
    assert_eq!(said.code, 0, "{}", said.stderr);
    assert_eq!(said.stdout, left.stdout);
    // Иванов: 30 days in September and 52 from 15 October through the check date.
    assert!(
        said.stdout.contains(",2026-06-09,82,90,8,") && said.stdout.contains(",warning,"),
        "{}",
        said.stdout
    );

    // `check` reads its file the same way.
    let check = |text: &str| {
        let file = std::env::temp_dir().join(format!("staycalc-ongoing-{}.csv", text.len()));
        std::fs::write(&file, text).unwrap();
        let args = [
            "check",
            "--on",
            "2026-12-05",
            "--rule",
            "schengen",
            "--format",
            "json",
        ];
        let run = staycalc(&[&args[..], &[file.to_str().unwrap()]].concat(), "");
        std::fs::remove_file(&file).unwrap();
        run
    };
    let said = check("entry,exit\n2026-09-01,2026-09-30\n2026-10-15,по н.в.\n");
    let left = check("entry,exit\n2026-09-01,2026-09-30\n2026-10-15,\n");
    assert_eq!(said.code, left.code, "{}", said.stderr);
    assert_eq!(said.stdout, left.stdout);
    assert!(said.stdout.contains("\"days_used\":82") || said.stdout.contains("\"days_used\": 82"));
}

#[test]
fn spellings_of_one_name_are_one_person_and_said() {
    // Typed by hand, one person is spelt three ways: counted apart, each spelling was within
    // the limit while the person overstayed.
    let text = "person,entry,exit\nIvanov I.I.,2026-07-01,2026-08-15\nIvanov I. I.,2026-09-01,2026-10-20\n\
                ivanov i.i,2026-11-01,2026-11-20\nАлёна Ким,2026-06-01,2026-06-02\n\
                Алена  КИМ,2026-06-03,2026-06-04\nIvanov I.,2026-06-01,2026-06-01\n\
                Ivanov Ivan,2026-06-01,2026-06-01\n";
    let settings = TeamSettings::new(date(2026, 12, 5), Some(rule("schengen").unwrap()));
    let team = read_team(text.as_bytes(), settings, |_| {}).unwrap();
    let people: Vec<(String, usize)> = team
        .reports()
        .map(|r| r.map(|r| (r.person, r.stays)).unwrap())
        .collect();
    assert_eq!(
        people,
        [
            ("Ivanov I.I.".to_string(), 3),
            ("Алёна Ким".to_string(), 2),
            ("Ivanov I.".to_string(), 1),
            ("Ivanov Ivan".to_string(), 1),
        ]
    );
    let spellings: Vec<(&str, &str, u32)> = team
        .spellings()
        .iter()
        .map(|s| (&*s.person, &*s.spelling, s.line))
        .collect();
    assert_eq!(
        spellings,
        [
            ("Ivanov I.I.", "Ivanov I. I.", 3),
            ("Ivanov I.I.", "ivanov i.i", 4),
            ("Алёна Ким", "Алена  КИМ", 6),
        ]
    );
    let ivanov = team.report(0).unwrap();
    assert_eq!(ivanov.assessment.map(|a| a.days_used), Some(46 + 50 + 20));

    // The command line says so, in every format.
    let args = ["report", "--on", "2026-12-05", "--rule", "schengen", "-"];
    let run = staycalc(&args, text);
    assert!(run.stdout.contains(
        "3 other spellings of names (letter case, spaces, dots) were read as the person of an \
         earlier line (listed on standard error)"
    ));
    let csv = staycalc(&[&args[..5], &["--format", "csv", "-"]].concat(), text);
    assert!(csv.stderr.contains(
        "names that differ only in letter case, spaces or dots are one person: \"Ivanov I. I.\" \
         (line 3) as \"Ivanov I.I.\"; \"ivanov i.i\" (line 4) as \"Ivanov I.I.\"; \"Алена  КИМ\" \
         (line 6) as \"Алёна Ким\""
    ), "{}", csv.stderr);
}

#[test]
fn a_date_with_a_time_of_day_is_its_day() {
    // As 1C and Excel export a date-and-time column.
    let with = "ФИО;Въезд;Выезд\nИванов;01.09.2026 0:00:00;15.09.2026 0:00:00\nSmith;2026-10-01T00:00:00;2026-10-05 18:30\n";
    let without = "ФИО;Въезд;Выезд\nИванов;01.09.2026;15.09.2026\nSmith;2026-10-01;2026-10-05\n";
    let (with, without) = (csv_report_on_5_dec(with), csv_report_on_5_dec(without));
    assert_eq!(with.code, 0, "{}", with.stderr);
    assert_eq!(with.stdout, without.stdout);
}

/// On the 26th day of a 30-day entry to Kazakhstan, the window has 64 of its 90 days left but
/// the stay only 4: the text report's "left" says the entry's days, so a person who must leave
/// in 4 days never reads as one with 64 to spare; the CSV keeps both numbers.
#[test]
fn cli_text_report_gives_the_entry_s_days_left_when_its_cap_ends_the_stay() {
    let file = "person,entry,exit\nAigerim,2026-11-10,\nBob,2026-10-01,2026-10-20\n";
    let args = [
        "report",
        "--on",
        "2026-12-05",
        "--rule",
        "kz-visa-free",
        "-",
    ];
    let run = staycalc(&args, file);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let row = |name: &str| {
        let line = run.stdout.lines().find(|l| l.starts_with(name)).unwrap();
        line.split_whitespace()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(row("Aigerim")[3..6], ["26", "4", "entry"]);
    assert_eq!(row("Bob")[3..5], ["20", "70"]);
    assert!(run
        .stdout
        .contains("(\"4 entry\": the days left on the stay under way"));
    let csv = staycalc(&[&args[..5], &["--format", "csv", "-"]].concat(), file);
    let aigerim = csv.stdout.lines().nth(1).unwrap();
    assert!(aigerim.contains(",26,90,64,"), "{aigerim}");
    assert!(aigerim.contains(",true,26,30,4,2026-12-09,"), "{aigerim}");
}

#[test]
fn cli_text_report_says_why_a_person_with_touching_rows_is_a_warning() {
    // Ana's one stay in Kazakhstan typed on two rows by city: 10 days left on the second entry,
    // so the table alone shows no reason for her warning; read as one stay, its 30 days ended
    // on 2 October. Ben's rows have a day between them: nothing listed for him.
    let file = "person,entry,exit\nAna,2026-09-03,2026-09-15\nAna,2026-09-16,\n\
                Ben,2026-09-01,2026-09-10\nBen,2026-09-12,2026-09-20\n";
    let run = staycalc(
        &[
            "report",
            "--on",
            "2026-10-05",
            "--rule",
            "kz-visa-free",
            "-",
        ],
        file,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ana = run.stdout.lines().find(|l| l.starts_with("Ana")).unwrap();
    assert!(ana.contains("warning") && ana.contains("10 entry"), "{ana}");
    assert!(
        run.stdout.contains(
            "\n  Ana: rows 2 and 3 follow each other with no day between: each is counted as a \
             new entry. If you did not leave in between, they are one stay from 2026-09-03, \
             whose 30 days end on 2026-10-02\n"
        ),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("  Ben:"), "{}", run.stdout);
    assert!(
        run.stdout.contains("or rows that may be one stay"),
        "{}",
        run.stdout
    );
}
