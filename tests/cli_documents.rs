//! `staycalc check` with documents and events: options, JSON, text, errors and the iCalendar
//! file (read back with the `icalendar` crate's RFC 5545 parser).

#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use run::staycalc;

use icalendar::parser::{read_calendar, unfold};

const PRESENT: &str = "entry,exit\n2025-05-05,\n";

#[test]
fn json_gains_the_latest_exit_reason_and_the_documents() {
    let run = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2025-05-08",
            "--format",
            "json",
            "--visa",
            "2025-05-01..2025-05-31,1,11",
            "--event",
            "kz-arrival:2026-03-20",
            "-",
        ],
        PRESENT,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let answer = json::parse(&run.stdout).expect("JSON");
    assert_eq!(answer["latest_exit"], "2025-05-15");
    assert_eq!(answer["max_stay_days"], 8);
    assert_eq!(answer["latest_exit_reason"], "visa_days");
    let documents = &answer["documents"];
    assert_eq!(documents["visas"][0]["entry_number"], 1);
    assert_eq!(documents["bounds"][0]["reason"], "window");
    assert_eq!(documents["bounds"][0]["latest_exit"], "2025-08-02");
    assert_eq!(documents["deadlines"][0]["date"], "2026-03-27");
    assert_eq!(documents["deadlines"][0]["confidence"], "medium");
}

#[test]
fn without_documents_the_json_is_unchanged() {
    let run = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2025-05-08",
            "--format",
            "json",
            "-",
        ],
        PRESENT,
    );
    let answer = json::parse(&run.stdout).expect("JSON");
    assert_eq!(answer["latest_exit"], "2025-08-02");
    assert!(!run.stdout.contains("latest_exit_reason"));
}

#[test]
fn text_leads_with_what_the_documents_change() {
    let run = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2025-05-08",
            "--passport-expiry",
            "2025-07-01",
            "-",
        ],
        PRESENT,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = run.stdout.lines().next().unwrap();
    assert!(
        first.starts_with(
            "!! DOCUMENTS (overstay): no day from the check date on is lawful, set by the passport"
        ),
        "{first}"
    );
    assert!(run
        .stdout
        .contains("it must be valid until 2025-08-08 (3 months after the exit)"));
}

#[test]
fn every_bad_value_is_named_with_its_option_and_nothing_is_printed() {
    let run = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2025-05-08",
            "--visa",
            "2025-05-31..2025-05-01,1,11",
            "--visa",
            "2025-05-01..2025-05-31,0,11",
            "--visa",
            "2025-05-01..2025-05-31,1,91",
            "--event",
            "kz-visit:2026-01-01",
            "--permit",
            "2025-01-01",
            "-",
        ],
        PRESENT,
    );
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout, "");
    for message in [
        "--visa \"2025-05-31..2025-05-01,1,11\" is invalid: UNTIL 2025-05-01 is before FROM 2025-05-31",
        "--visa \"2025-05-01..2025-05-31,0,11\" is invalid: zero entries",
        "--visa \"2025-05-01..2025-05-31,1,91\" is invalid: expected 1 to 90 days",
        "--event \"kz-visit:2026-01-01\" is invalid: unknown event \"kz-visit\"",
        "--permit \"2025-01-01\" is invalid: expected FROM..UNTIL",
    ] {
        assert!(run.stderr.contains(message), "{message}\n{}", run.stderr);
    }
}

#[test]
fn an_event_in_a_year_without_holidays_is_an_error_naming_it() {
    let run = staycalc(
        &[
            "check",
            "--rule",
            "kz-visa-free",
            "--on",
            "2025-05-08",
            "--event",
            "kz-arrival:2027-01-04",
            "-",
        ],
        PRESENT,
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains(
        "event \"kz-arrival:2027-01-04\" is invalid: Kazakhstan's public holidays for 2027 are not known"
    ), "{}", run.stderr);
}

#[test]
fn the_calendar_is_valid_rfc_5545_with_an_alarm_per_date() {
    let run = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2025-05-08",
            "--format",
            "ics",
            "--visa",
            "2025-05-01..2025-05-31,1,11",
            "--passport-expiry",
            "2026-01-31",
            "--event",
            "kz-arrival:2025-05-08",
            "--event",
            "kz-residence-refusal:2025-03-01",
            "-",
        ],
        PRESENT,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run
        .stdout
        .split_inclusive('\n')
        .all(|l| l.ends_with("\r\n") && l.len() <= 77));
    let unfolded = unfold(&run.stdout);
    let calendar = read_calendar(&unfolded).expect("an RFC 5545 calendar");
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter(|c| c.name == "VEVENT")
        .collect();
    let property = |event: &icalendar::parser::Component, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.to_string())
            .unwrap_or_default()
    };
    let starts: Vec<String> = events.iter().map(|e| property(e, "DTSTART")).collect();
    // Latest exit (the visa's 11 days), the passport's last exit, the notification deadline
    // (Thursday 8 May, Victory Day Friday 9 May, weekend: 8, 12, 13 May), the re-application.
    assert_eq!(starts, ["20250515", "20251031", "20250513", "20260301"]);
    for event in &events {
        let alarms: Vec<_> = event
            .components
            .iter()
            .filter(|c| c.name == "VALARM")
            .collect();
        assert_eq!(alarms.len(), 1);
        assert!(property(alarms[0], "TRIGGER").starts_with("-P"));
        assert!(!property(event, "SUMMARY").is_empty());
        assert!(property(event, "UID").ends_with("@staycalc"));
    }
}

#[test]
fn events_and_the_calendar_with_a_travel_log_are_refused_not_ignored() {
    for (option, value, said) in [
        (
            "--event",
            "kz-arrival:2025-05-05",
            "--event works with --rule (one zone)",
        ),
        (
            "--format",
            "ics",
            "--format ics works with --rule (one zone)",
        ),
    ] {
        let run = staycalc(
            &[
                "check",
                "--nationality",
                "US",
                "--on",
                "2025-05-08",
                option,
                value,
                "-",
            ],
            "entry,exit,country\n2025-05-05,,FR\n",
        );
        assert_eq!(run.code, 2);
        assert_eq!(run.stdout, "");
        assert!(run.stderr.contains(said), "{}", run.stderr);
    }
}
