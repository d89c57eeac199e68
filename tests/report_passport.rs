//! `staycalc report` with a passport column: people whose passport fails the stay under way
//! or a planned trip are flagged, as a user runs it.

#[allow(dead_code)]
#[path = "cli/json.rs"]
mod json;

#[path = "cli/run.rs"]
mod run;

use run::{staycalc, Run};

/// Runs `staycalc report --on 2026-01-15 --rule RULE` with `args` on `stdin`.
fn report(rule: &str, args: &[&str], stdin: &str) -> Run {
    let mut all = vec!["report", "--on", "2026-01-15", "--rule", rule];
    all.extend_from_slice(args);
    all.push("-");
    staycalc(&all, stdin)
}

/// Four people with the same planned trip in March 2026 (checked on 2026-01-15): Ana's passport
/// expires two months after it ends, Ben's is fine, Cem's was issued eleven years before it
/// starts, Dan gives no passport.
const TEAM: &str = "\
person,entry,exit,planned,passport expiry,passport issued
Ana,01.11.2025,10.11.2025,no,15.05.2026,
Ana,01.03.2026,15.03.2026,yes,,
Ben,01.03.2026,15.03.2026,yes,01.01.2030,01.06.2020
Cem,01.03.2026,15.03.2026,yes,01.01.2030,01.02.2015
Dan,01.03.2026,15.03.2026,yes,,
";

fn people(run: &Run) -> Vec<json::Value> {
    json::parse(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
        .items()
        .to_vec()
}

#[test]
fn a_passport_expiring_two_months_after_a_planned_exit_is_flagged() {
    let run = report("schengen", &["--format", "json"], TEAM);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let people = people(&run);
    let ana = &people[0];
    assert_eq!(ana["person"], "Ana");
    assert_eq!(ana["status"], "passport");
    assert_eq!(ana["passport_expiry"], "2026-05-15");
    assert_eq!(ana["passport_check"], "fails");
    // Entering today, she would have to leave 3 months before it expires: the latest exit
    // counts the passport, as `staycalc check` does; the status is the report's own.
    assert_eq!(ana["passport_last_exit"], "2026-02-15");
    assert_eq!(ana["latest_exit"], "2026-02-15");
    let failing = &ana["passport_failing"];
    assert_eq!(failing["entry"], "2026-03-01");
    assert_eq!(failing["exit"], "2026-03-15");
    assert_eq!(failing["problems"][0]["code"], "expires_too_soon");
    assert_eq!(failing["problems"][0]["needed"], "2026-06-15");
    // A new passport before the trip starts.
    assert_eq!(failing["needed_by"], "2026-03-01");
    assert_eq!(
        ana["passport_message"],
        "the trip 2026-03-01 .. 2026-03-15: it must be valid until 2026-06-15 (3 months after \
         the exit); a new passport is needed by 2026-03-01"
    );
}

#[test]
fn a_valid_passport_is_not_flagged_and_no_passport_is_not_checked() {
    let run = report("schengen", &["--format", "json"], TEAM);
    let people = people(&run);
    let ben = &people[1];
    assert_eq!(ben["person"], "Ben");
    assert_eq!(ben["status"], "ok");
    assert_eq!(ben["passport_check"], "ok");
    assert_eq!(ben["passport_failing"], json::Value::Null);
    assert_eq!(ben["passport_issued"], "2020-06-01");
    // His passport allows more than the rule: the rule's latest exit.
    assert_eq!(ben["latest_exit"], "2026-04-14");
    assert_eq!(ben["passport_last_exit"], "2029-10-01");
    let dan = &people[3];
    assert_eq!(dan["person"], "Dan");
    assert_eq!(dan["status"], "ok");
    assert_eq!(dan["passport_check"], json::Value::Null);
}

#[test]
fn a_passport_issued_eleven_years_before_the_entry_is_flagged() {
    let run = report("schengen", &["--format", "json"], TEAM);
    let cem = &people(&run)[2];
    assert_eq!(cem["person"], "Cem");
    assert_eq!(cem["status"], "passport");
    let failing = &cem["passport_failing"];
    assert_eq!(failing["problems"][0]["code"], "issued_too_long_ago");
    assert_eq!(failing["problems"][0]["needed"], "2016-03-01");
    assert_eq!(failing["needed_by"], "2026-03-01");
}

#[test]
fn csv_and_text_show_the_passport_and_fail_on_passport_fails() {
    let run = report(
        "schengen",
        &["--format", "csv", "--fail-on", "passport"],
        TEAM,
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let header = run.stdout.lines().next().unwrap();
    assert!(
        header.ends_with(
            ",bad_lines,passport_expiry,passport_issued,passport_check,passport_last_exit,\
             passport_trip_entry,passport_trip_exit,passport_problems,passport_needed_by,\
             passport_message"
        ),
        "{header}"
    );
    let ana = run.stdout.lines().nth(1).unwrap();
    assert!(ana.starts_with("Ana,"), "{ana}");
    assert!(
        ana.contains(
            ",2026-05-15,,fails,2026-02-15,2026-03-01,2026-03-15,expires_too_soon,2026-03-01,\
             \"the trip"
        ),
        "{ana}"
    );
    // A planned overstay is less urgent than papers that fail: --fail-on passport ignores it.
    let calm = "person,entry,exit,passport expiry\nBen,2026-01-01,2026-01-10,2030-01-01\n";
    assert_eq!(report("schengen", &["--fail-on", "passport"], calm).code, 0);

    let text = report("schengen", &[], TEAM);
    assert!(
        text.stdout
            .contains("(0 overstay, 2 passport, 2 ok) from 5 rows\n"),
        "{}",
        text.stdout
    );
    let ana = text.stdout.lines().find(|l| l.starts_with("Ana")).unwrap();
    assert!(ana.contains("passport"), "{ana}");
    assert!(
        ana.ends_with("a new passport is needed by 2026-03-01"),
        "{ana}"
    );
    // Her planned trip is within the days, but the passport fails it: never "ok".
    assert!(
        ana.contains(
            "2026-03-01 .. 2026-03-15: passport does not cover it, new passport needed by \
             2026-03-01 (the days alone allow a stay until "
        ),
        "{ana}"
    );
    assert!(!ana.contains("ok, may stay"), "{ana}");
    let ben = text.stdout.lines().find(|l| l.starts_with("Ben")).unwrap();
    assert!(ben.contains("ok, may stay until"), "{ben}");
}

#[test]
fn a_bad_passport_date_names_its_row_field_and_value() {
    let team = "person,entry,exit,Срок действия паспорта\n\
                Ana,2025-12-01,2025-12-10,31.02.2030\n\
                Ana,2026-03-01,2026-03-15,\n\
                Ben,2026-03-01,2026-03-15,01.01.2030\n";
    let run = report("schengen", &["--format", "json"], team);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("line 2, column Срок действия паспорта, value \"31.02.2030\": no such day"),
        "{}",
        run.stderr
    );
    let people = people(&run);
    // Ana's other row is still checked, and she is never shown as fine.
    assert_eq!(people[0]["status"], "check_rows");
    assert_eq!(people[0]["stays"], 1);
    assert_eq!(people[1]["status"], "ok");
}

#[test]
fn conflicting_passport_values_name_both_rows_and_the_person_is_check_rows() {
    let team = "person,entry,exit,passport expiry\n\
                Ana,2025-12-01,2025-12-10,2030-01-01\n\
                Ana,2026-03-01,2026-03-15,01.02.2031\n\
                Ana,2026-05-01,2026-05-05,2030-01-01\n";
    let run = report("schengen", &["--format", "json"], team);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "line 3, column passport expiry, value \"01.02.2031\": differs from 2030-01-01 on \
             line 2"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "1 row gives another passport date than the person's other rows (above); their \
             stays count"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("could not be read"), "{}", run.stderr);
    let ana = &people(&run)[0];
    assert_eq!(ana["status"], "check_rows");
    assert_eq!(ana["passport_check"], "not_checked");
    // Her stays still count: only the passport is in doubt.
    assert_eq!(ana["stays"], 3);
    assert_eq!(ana["bad_lines"][0], 3);
    // The text report never calls her next trip fine: its passport could not be checked.
    let text = report("schengen", &[], team);
    let ana = text.stdout.lines().find(|l| l.starts_with("Ana")).unwrap();
    assert!(
        ana.contains(
            "2026-03-01 .. 2026-03-15: passport not checked (the person's rows disagree on it \
             or could not be read); the days alone allow a stay until "
        ),
        "{ana}"
    );
    assert!(!ana.contains("ok, may stay"), "{ana}");
}

#[test]
fn a_passport_with_only_an_issue_date_leaves_the_trip_unchecked_not_fine() {
    let team = "person,entry,exit,planned,passport issued\n\
                Ana,01.03.2026,15.03.2026,yes,01.06.2020\n";
    let text = report("schengen", &[], team);
    let ana = text.stdout.lines().find(|l| l.starts_with("Ana")).unwrap();
    assert!(
        ana.contains("2026-03-01 .. 2026-03-15: passport not checked (no expiry date given)"),
        "{ana}"
    );
    assert!(!ana.contains("ok, may stay"), "{ana}");
}

#[test]
fn other_rules_have_no_passport_conditions() {
    let team = "person,entry,exit,passport expiry\nAna,2026-01-10,2026-01-20,2026-02-01\n";
    let run = report("kz-visa-free", &["--format", "json"], team);
    let ana = &people(&run)[0];
    assert_eq!(ana["passport_check"], "not_checked");
    assert_eq!(
        ana["passport_message"],
        "not checked: only the Schengen rule has sourced passport conditions"
    );
    assert_ne!(ana["status"], "passport");
}

#[test]
fn without_a_passport_column_the_report_has_no_passport_field() {
    let team = "person,entry,exit,passport\nAna,2026-01-10,2026-01-20,X1234567\n";
    let run = report("schengen", &["--format", "csv"], team);
    assert!(!run.stdout.contains("passport_"), "{}", run.stdout);
    // A column named just passport (the number) is carried as it is.
    assert!(
        run.stdout.starts_with("person,passport,rule,"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_passport_that_fails_the_stay_under_way_needs_a_new_one_by_the_check_date() {
    // Present since 2026-01-10 with no exit yet: leaving today needs a passport valid until
    // 2026-04-15, and this one ends on 2026-03-31. No day from today is lawful with it.
    let team = "person,entry,exit,passport expiry\nAna,2026-01-10,,2026-03-31\n";
    let run = report("schengen", &["--format", "json"], team);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let ana = &people(&run)[0];
    assert_eq!(ana["status"], "passport");
    assert_eq!(ana["latest_exit"], json::Value::Null);
    let failing = &ana["passport_failing"];
    assert_eq!(failing["entry"], "2026-01-10");
    assert_eq!(failing["exit"], "2026-01-15");
    assert_eq!(failing["problems"][0]["needed"], "2026-04-15");
    assert_eq!(failing["needed_by"], "2026-01-15");
}
