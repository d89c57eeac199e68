//! The tests of `staycalc report`.

use super::*;

/// Runs `report` on `input` (as standard input): exit code, stdout, stderr.
fn report(args: &[&str], input: &str) -> (i32, String, String) {
    let args: Vec<OsString> = args.iter().map(OsString::from).collect();
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let code = run(&args, &mut input.as_bytes(), &mut stdout, &mut stderr);
    (
        code,
        String::from_utf8(stdout).unwrap(),
        String::from_utf8(stderr).unwrap(),
    )
}

const TEAM: &str = "person,entry,exit\n\
                    Ana,2025-03-01,2025-05-29\n\
                    Ben,2025-05-20,2025-05-25\n";

#[test]
fn fail_on_sets_code_1_only_when_reached() {
    let on = ["--on", "2025-06-01", "--rule", "schengen"];
    let with = |extra: &[&str]| {
        let mut args = vec!["-"];
        args.extend(on);
        args.extend(extra);
        report(&args, TEAM).0
    };
    // Ana has 0 days left on 2025-06-01: a warning, no overstay.
    assert_eq!(with(&[]), 0);
    assert_eq!(with(&["--fail-on", "warning"]), 1);
    assert_eq!(with(&["--fail-on", "overstay"]), 0);
}

#[test]
fn bad_rows_go_to_stderr_and_make_code_2_after_the_report() {
    let input = format!("{TEAM}Cy,2025-02-30,\n");
    let (code, out, err) = report(
        &[
            "--on",
            "2025-06-01",
            "--rule",
            "schengen",
            "--format",
            "csv",
            "-",
        ],
        &input,
    );
    assert_eq!(code, 2);
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(out.lines().last().unwrap().starts_with("Cy,,,"), "{out}");
    assert!(out.contains(",check_rows,"), "{out}");
    assert!(
        err.contains("staycalc: standard input: line 4, column entry, value \"2025-02-30\""),
        "{err}"
    );
    assert!(
        err.contains("no row readable, reported as check_rows with no numbers: Cy"),
        "{err}"
    );
}

#[test]
fn usage_mistakes_are_code_2_with_a_message() {
    for (args, message) in [
        (&["-"][..], "no check date"),
        (
            &["--on", "2025-06-01", "-", "--format", "xml"],
            "--format \"xml\" is unknown",
        ),
        (
            &["--on", "2025-06-01", "--fail-on", "ok", "-"],
            "--fail-on \"ok\" is unknown",
        ),
        (
            &["--on", "2025-06-01", "--rule", "atlantis", "-"],
            "unknown rule \"atlantis\"",
        ),
        (
            &["--on", "2025-06-01", "-"],
            "no rule: the header has no rule column",
        ),
    ] {
        let (code, out, err) = report(args, TEAM);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty());
        assert!(err.contains(message), "{args:?}: {err}");
    }
}

#[test]
fn a_custom_rule_is_the_default_for_rows_without_one() {
    // 45 days in any 60: on 2025-06-01 the window is 2025-04-03..=2025-06-01. Ana's stay
    // 2025-03-01..=2025-05-29 has 28 days in April and 29 in May in it: 57, 12 over; she has
    // left, so a past overstay. Ben's
    // 2025-05-20..=2025-05-25 is 6 days: 39 remain.
    let args = ["--on", "2025-06-01", "--window", "60", "--max", "45"];
    let (code, out, err) = report(&[&args[..], &["--format", "csv", "-"]].concat(), TEAM);
    assert_eq!(code, 0, "{err}");
    let mut lines = out.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let column = |name: &str| header.iter().position(|h| *h == name).unwrap();
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let row = |person: &str| rows.iter().find(|r| r[column("person")] == person).unwrap();
    assert_eq!(row("Ana")[column("days_used")], "57");
    assert_eq!(row("Ana")[column("overstay_days")], "12");
    assert_eq!(row("Ana")[column("status")], "past_overstay");
    assert_eq!(row("Ben")[column("days_used")], "6");
    assert_eq!(row("Ben")[column("days_remaining")], "39");
    assert_eq!(row("Ben")[column("status")], "ok");
}

#[test]
fn a_custom_rule_needs_both_numbers_and_not_a_rule_id_too() {
    for (args, message) in [
        (
            &["--window", "60"][..],
            "a custom rule needs both --window N and --max M",
        ),
        (
            &["--rule", "schengen", "--window", "60", "--max", "45"],
            "give either --rule ID or --window N --max M",
        ),
        (&["--window", "sixty", "--max", "45"], "--window"),
        (&["--window", "60", "--max", "60"], "60"),
    ] {
        let (code, out, err) = report(&[&["--on", "2025-06-01", "-"], args].concat(), TEAM);
        assert_eq!(code, 2, "{args:?}");
        assert!(out.is_empty(), "{args:?}");
        assert!(err.contains(message), "{args:?}: {err}");
    }
}
