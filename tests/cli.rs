//! The `staycalc` binary, run as a user runs it: files, standard input, output and exit codes.

#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use run::staycalc;

use json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A temporary file holding `contents`, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(contents: &[u8]) -> TempFile {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "staycalc-cli-{}-{}.csv",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        );
        let path = std::env::temp_dir().join(name);
        std::fs::write(&path, contents).expect("the temp file is written");
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().expect("temp paths are UTF-8 here")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs a check that must succeed with JSON output, and parses it.
fn check_json(args: &[&str], stdin: &[u8]) -> Value {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let run = staycalc(&all, stdin);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert_eq!(run.stderr, "");
    json::parse(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// Runs a command that must fail with exit code 2, nothing on stdout; returns stderr.
fn fails(args: &[&str], stdin: &[u8]) -> String {
    let run = staycalc(args, stdin);
    assert_eq!(run.code, 2, "args {args:?}: stdout {}", run.stdout);
    assert_eq!(run.stdout, "", "args {args:?}");
    assert!(
        run.stderr.starts_with("staycalc: "),
        "args {args:?}: {}",
        run.stderr
    );
    run.stderr
}

/// Source: Swiss SEM short-stay calculator, example 2 (docs/rules.md §7.1,
/// sem.admin.ch .../aufenthaltsrechner/bsp-2.html): stays 15.08.2014-30.09.2014 and
/// 01.11.2014-30.11.2014, control on exit 30.11.2014: legal, "could stay until 13.12.2014";
/// used 77, remaining 13.
const SEM_EXAMPLE_2: &[u8] = b"entry,exit\n2014-08-15,2014-09-30\n2014-11-01,2014-11-30\n";

/// Issue 19: `check` refused a rule id in capitals that `report` read from a rule column.
#[test]
fn rule_ids_are_read_in_any_letter_case() {
    let run = |rule: &str| {
        Command::new(env!("CARGO_BIN_EXE_staycalc"))
            .args(["check", "--rule", rule, "--on", "2025-06-01", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                child
                    .stdin
                    .take()
                    .unwrap()
                    .write_all(b"entry,exit\n2025-05-01,2025-05-10\n")?;
                child.wait_with_output()
            })
            .unwrap()
    };
    let lower = run("schengen");
    let upper = run("SCHENGEN");
    assert_eq!(upper.status.code(), Some(0));
    assert_eq!(upper.stdout, lower.stdout);
}

#[test]
fn json_answers_the_sem_example_2() {
    let file = TempFile::new(SEM_EXAMPLE_2);
    let answer = check_json(
        &["--rule", "schengen", "--on", "2014-11-30", file.path()],
        b"",
    );
    assert_eq!(answer["on"], "2014-11-30");
    assert_eq!(answer["rule"], "schengen");
    assert_eq!(answer["days_used"], 77);
    assert_eq!(answer["days_remaining"], 13);
    assert_eq!(answer["limit"], 90);
    assert_eq!(answer["latest_exit"], "2014-12-13");
    // 2014-11-30 .. 2014-12-13, both days included.
    assert_eq!(answer["max_stay_days"], 14);
    // The 180-day window ending on 2014-11-30 starts 179 days earlier.
    assert_eq!(answer["window_start"], "2014-06-04");
    assert_eq!(answer["overstay_days"], 0);
    assert_eq!(answer["unlawful_days"], 0);
    assert_eq!(answer["first_unlawful_day"], Value::Null);
    assert_eq!(answer["present"], true);
    assert_eq!(answer["day_of_stay"], 30);
    assert_eq!(answer["per_entry_cap"], Value::Null);
    assert_eq!(answer["full_allowance"], 90);
    assert!(matches!(answer["earliest_full_stay"], Value::String(_)));
    assert_eq!(answer["status"], "ok");
    assert_eq!(answer["warnings"], Value::Array(vec![]));
    let plan = answer["plan"].items();
    assert_eq!(plan.len(), 2);
    assert_eq!(plan[0]["row"], 2);
    assert_eq!(plan[0]["entry"], "2014-08-15");
    assert_eq!(plan[0]["exit"], "2014-09-30");
    assert_eq!(plan[0]["planned"], false);
    assert_eq!(plan[0]["unlawful_days"], 0);
    assert_eq!(plan[0]["first_unlawful_day"], Value::Null);
    assert_eq!(plan[0]["latest_exit"], Value::Null);
    assert_eq!(plan[1]["row"], 3);
}

#[test]
fn text_says_what_each_number_means() {
    let file = TempFile::new(SEM_EXAMPLE_2);
    let run = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2014-11-30",
            file.path(),
        ],
        b"",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = |label: &str| {
        run.stdout
            .lines()
            .find(|l| l.starts_with(label))
            .unwrap_or_else(|| panic!("no {label:?} line in\n{}", run.stdout))
            .to_string()
    };
    assert!(line("days used").contains("77"));
    assert!(line("days used").contains("2014-06-04 .. 2014-11-30"));
    let remaining = line("days remaining");
    assert!(remaining.contains(" 13 "), "{remaining}");
    assert!(remaining.contains("of 90"), "{remaining}");
    assert!(remaining.contains("not the longest stay"), "{remaining}");
    assert!(line("latest exit").contains("2014-12-13"));
    assert!(line("status").contains("ok"));
    assert!(!run.stdout.contains("OVERSTAY"));
}

#[test]
fn an_overstay_is_unmissable() {
    // Source: Swiss SEM example 5a (rules.md §7.1): control on exit 2014-06-09, overstay of
    // 9 days, 99 days used.
    let stays =
        b"entry;exit\n01.09.2013;30.09.2013\n21.02.2014;20.04.2014\n01.05.2014;09.06.2014\n";
    let file = TempFile::new(stays);
    let args = [
        "check",
        "--on",
        "2014-06-09",
        file.path(),
        "--rule",
        "schengen",
    ];
    let run = staycalc(&args, b"");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let first = run.stdout.lines().next().unwrap();
    assert!(
        first.contains("OVERSTAY") && first.contains("9 days"),
        "{first}"
    );
    let answer = check_json(&args[1..], b"");
    assert_eq!(answer["overstay_days"], 9);
    assert_eq!(answer["days_used"], 99);
    assert_eq!(answer["status"], "overstay");
    assert_eq!(answer["latest_exit"], Value::Null);
}

#[test]
fn a_custom_rule_reads_its_numbers() {
    let args = ["--window", "180", "--max", "90", "--on", "2014-11-30", "-"];
    let answer = check_json(&args, SEM_EXAMPLE_2);
    assert_eq!(answer["rule"], "custom");
    assert_eq!(answer["days_used"], 77);
    assert_eq!(answer["latest_exit"], "2014-12-13");
    let answer = check_json(&[&args[..], &["--per-entry", "20"]].concat(), SEM_EXAMPLE_2);
    assert_eq!(answer["per_entry_cap"], 20);
    // Day 30 of a stay capped at 20 days: 10 days over on the check date.
    assert_eq!(answer["overstay_days"], 10);
    assert_eq!(answer["status"], "overstay");
}

#[test]
fn an_empty_exit_is_an_open_stay_through_the_check_date() {
    let stays = b"Exit,Entry\n,2025-03-01\n";
    let answer = check_json(&["--rule", "schengen", "--on", "2025-03-10", "-"], stays);
    assert_eq!(answer["days_used"], 10);
    assert_eq!(answer["present"], true);
    assert_eq!(answer["day_of_stay"], 10);
    assert_eq!(answer["plan"][0]["exit"], "2025-03-10");
    // Staying on from 2025-03-10 after 9 earlier days: day 90 of the stay is 2025-05-29.
    assert_eq!(answer["latest_exit"], "2025-05-29");
}

#[test]
fn overlapping_stays_are_counted_once_with_a_warning() {
    let stays = b"entry,exit\n2025-01-01,2025-01-10\n2025-01-05,2025-01-20\n";
    let answer = check_json(&["--rule", "schengen", "--on", "2025-02-01", "-"], stays);
    assert_eq!(answer["days_used"], 20);
    let warning = &answer["warnings"][0];
    assert_eq!(warning["code"], "overlap");
    assert_eq!(
        warning["rows"],
        Value::Array(vec![Value::Number(2), Value::Number(3)])
    );
    assert!(matches!(&warning["message"], Value::String(m) if m.contains("rows 2 and 3")));
    let run = staycalc(
        &["check", "--rule", "schengen", "--on", "2025-02-01", "-"],
        stays,
    );
    assert!(
        run.stdout.contains("warnings\n  rows 2 and 3 overlap"),
        "{}",
        run.stdout
    );
}

#[test]
fn rows_with_no_day_between_under_a_per_entry_cap_say_why_the_status_is_a_warning() {
    // One stay in Kazakhstan typed on two rows by city: 10 days left on the second entry (not
    // close to a limit), but read as one stay its 30 days ended on 2 October.
    let stays = b"entry,exit\n2026-09-03,2026-09-15\n2026-09-16,\n";
    let run = staycalc(
        &["check", "--rule", "kz-visa-free", "--on", "2026-10-05", "-"],
        stays,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let status = run
        .stdout
        .lines()
        .find(|line| line.starts_with("status "))
        .expect("a status line");
    assert!(status.contains("warning"), "{status}");
    assert!(!status.contains("close to a limit"), "{status}");
    assert!(status.contains("read as one stay"), "{status}");
    assert!(
        run.stdout
            .starts_with("! WARNING: rows 2 and 3 are counted as separate entries"),
        "{}",
        run.stdout
    );
    // Close to the limit as well (3 days left on the entry): both are said.
    let run = staycalc(
        &["check", "--rule", "kz-visa-free", "--on", "2026-10-12", "-"],
        stays,
    );
    assert!(
        run.stdout.contains(
            "within the rule, but close to a limit; and if rows are one stay it may not be"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn an_arrival_notice_for_a_row_that_may_continue_the_stay_before_holds_only_if_it_was_an_entry() {
    // Rows 2 and 3 (the file's lines) have no day between them: the host's notice of the
    // arrival on 16 September is due only if that was a new entry; 3 September's is not in doubt.
    let stays = b"entry,exit\n2026-09-03,2026-09-15\n2026-09-16,\n";
    let args = [
        "--rule",
        "kz-visa-free",
        "--on",
        "2026-09-20",
        "--event",
        "kz-arrival:2026-09-16",
        "--event",
        "kz-arrival:2026-09-03",
        "-",
    ];
    let answer = check_json(&args, stays);
    let deadlines = &answer["documents"]["deadlines"];
    assert_eq!(deadlines[0]["event_date"], "2026-09-16");
    assert_eq!(deadlines[0]["only_if_new_entry"], true);
    assert_eq!(deadlines[1]["event_date"], "2026-09-03");
    assert_eq!(deadlines[1]["only_if_new_entry"], false);
    let mut all = vec!["check"];
    all.extend_from_slice(&args);
    let run = staycalc(&all, stays);
    assert!(
        run.stdout.contains(
            "    only if 2026-09-16 was a new entry: that row follows the stay before it with no \
             day between"
        ),
        "{}",
        run.stdout
    );
    assert_eq!(run.stdout.matches("only if").count(), 1, "{}", run.stdout);
    all.extend_from_slice(&["--format", "ics"]);
    let run = staycalc(&all, stays);
    assert!(
        run.stdout
            .contains("SUMMARY:Deadline\\, only if 2026-09-16 was a new entry: the host"),
        "{}",
        run.stdout
    );
    // Rows with a day between them: no doubt.
    let apart = b"entry,exit\n2026-09-03,2026-09-14\n2026-09-16,\n";
    let answer = check_json(&args, apart);
    assert_eq!(
        answer["documents"]["deadlines"][0]["only_if_new_entry"],
        false
    );
}

#[test]
fn the_stays_line_says_when_it_counts_fewer_stays_than_were_read() {
    // Four rows; a permit covers the first: three stays counted, four read.
    let stays = b"entry,exit\n2026-01-10,2026-03-31\n2026-04-01,2026-04-20\n\
        2026-04-21,2026-06-30\n2026-07-01,2026-07-05\n";
    let run = staycalc(
        &[
            "check",
            "--rule",
            "schengen",
            "--on",
            "2026-07-25",
            "--permit",
            "2026-01-01..2026-03-31",
            "-",
        ],
        stays,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = |out: &str| {
        out.lines()
            .find(|line| line.starts_with("stays "))
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    assert_eq!(
        line(&run.stdout).as_deref(),
        Some("stays 3 (the stays counted here; 4 read from standard input, dates as YYYY-MM-DD)")
    );
    // A travel log: the Kazakhstan zone has two of the three rows.
    let log = b"entry,exit,country\n2026-09-03,2026-09-15,KZ\n2026-09-15,2026-09-16,KG\n\
        2026-09-16,,KZ\n";
    let run = staycalc(
        &["check", "--nationality", "US", "--on", "2026-10-05", "-"],
        log,
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        line(&run.stdout).as_deref(),
        Some("stays 2 (the stays counted here; 3 read from standard input, dates as YYYY-MM-DD)")
    );
    // All of them counted: as before.
    let run = staycalc(
        &["check", "--rule", "schengen", "--on", "2026-07-25", "-"],
        stays,
    );
    assert_eq!(
        line(&run.stdout).as_deref(),
        Some("stays 4 (read from standard input, dates as YYYY-MM-DD)")
    );
}

#[test]
fn planned_stays_get_a_verdict() {
    let stays =
        b"entry,exit\n2025-01-01,2025-02-28\n2025-05-01,2025-05-31\n2025-06-20,2025-06-30\n";
    let answer = check_json(&["--rule", "schengen", "--on", "2025-03-15", "-"], stays);
    let plan = answer["plan"].items();
    assert_eq!(plan[0]["planned"], false);
    assert_eq!(plan[1]["planned"], true);
    assert_eq!(plan[1]["unlawful_days"], 0);
    // 59 + 31 = 90 days by 2025-05-31, so the June trip's first day is the 91st.
    assert_eq!(plan[2]["first_unlawful_day"], "2025-06-20");
    assert_eq!(plan[2]["unlawful_days"], 11);
    // Lawful today, but a planned trip breaks the rule: a status of its own.
    assert_eq!(answer["status"], "planned_overstay");
    // The May trip has no unlawful day of its own, but makes June's 11 days unlawful (alone,
    // June would be lawful): its verdict says so, and its latest exit agrees. The window
    // ending 2025-06-30 starts 2025-01-02: 58 days of January and February and 11 of June
    // leave 21 for May.
    assert_eq!(plan[1]["later_unlawful_days"], 11);
    assert_eq!(plan[1]["latest_exit"], "2025-05-21");
    assert_eq!(plan[2]["later_unlawful_days"], 0);
    let run = staycalc(
        &["check", "--rule", "schengen", "--on", "2025-03-15", "-"],
        stays,
    );
    let may = run
        .stdout
        .lines()
        .find(|l| l.contains("2025-05-01 .. 2025-05-31"));
    assert!(
        may.is_some_and(|l| l.contains("makes 11 days of later stays unlawful")
            && l.contains("leave by 2025-05-21")),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .starts_with("! PLANNED OVERSTAY: lawful on 2025-03-15"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_binding_per_entry_cap_leads_the_answer() {
    // Kazakhstan's visa-free list: 30 days per entry, 90 in any 180. Still there since
    // 1 November, checked on 3 December: day 33 of a 30-day entry, 33 of 90 in the window.
    let stays = b"entry,exit\n2025-11-01,\n";
    let args = ["--rule", "kz-visa-free", "--on", "2025-12-03", "-"];
    let answer = check_json(&args, stays);
    assert_eq!(answer["status"], "overstay");
    assert_eq!(answer["binding"], "per_entry");
    assert_eq!(answer["overstay_days"], 3);
    assert_eq!(answer["days_left_in_stay"], 0);
    assert_eq!(answer["per_entry_last_day"], "2025-11-30");
    assert_eq!(answer["days_remaining"], 57);
    let mut text = vec!["check"];
    text.extend(args);
    let run = staycalc(&text, stays);
    let first = run.stdout.lines().next().unwrap();
    assert!(
        first.contains("OVERSTAY: day 33 of a stay of at most 30 days per entry")
            && first.contains("had to end by 2025-11-30"),
        "{first}"
    );
    // Before the cap is reached, the days left on this entry lead, before the window's.
    let run = staycalc(
        &["check", "--rule", "kz-visa-free", "--on", "2025-11-25", "-"],
        stays,
    );
    let left = run
        .stdout
        .find("left this entry")
        .expect("a line for the entry");
    let remaining = run.stdout.find("days remaining").unwrap();
    assert!(left < remaining, "{}", run.stdout);
    assert!(
        run.stdout.contains("left this entry     5") && run.stdout.contains("leave by 2025-11-30"),
        "{}",
        run.stdout
    );
    let answer = check_json(
        &["--rule", "kz-visa-free", "--on", "2025-11-25", "-"],
        stays,
    );
    assert_eq!(answer["status"], "warning");
    assert_eq!(answer["latest_exit"], "2025-11-30");
}

#[test]
fn a_past_overstay_is_not_an_overstay_now() {
    // Source: Swiss SEM example 5a (rules.md §7.1): 9 days over, the first on 2014-06-01,
    // left on 2014-06-09. Checked on 2014-10-01, the window holds no more than 90 days.
    let stays =
        b"entry,exit\n2013-09-01,2013-09-30\n2014-02-21,2014-04-20\n2014-05-01,2014-06-09\n";
    let args = ["--rule", "schengen", "--on", "2014-10-01", "-"];
    let answer = check_json(&args, stays);
    assert_eq!(answer["status"], "past_overstay");
    assert_eq!(answer["overstay_days"], 0);
    assert_eq!(answer["past_unlawful_days"], 9);
    assert_eq!(answer["first_unlawful_day"], "2014-06-01");
    let mut text = vec!["check"];
    text.extend(args);
    let run = staycalc(&text, stays);
    assert!(
        run.stdout.starts_with(
            "!! PAST OVERSTAY: 9 days of presence over the limit up to 2014-10-01, the first \
             on 2014-06-01; lawful on 2014-10-01"
        ),
        "{}",
        run.stdout
    );
}

#[test]
fn latest_exit_keeping_plans_keeps_the_booked_trip_lawful() {
    // In since 1 January, June booked. Alone, the stay could last until 31 March; the window
    // ending 30 June starts on 2 January and holds June's 30 days, so 60 are left for this
    // stay: until 2 March.
    let stays = b"entry,exit\n2025-01-01,\n2025-06-01,2025-06-30\n";
    let answer = check_json(&["--rule", "schengen", "--on", "2025-01-10", "-"], stays);
    assert_eq!(answer["latest_exit"], "2025-03-31");
    assert_eq!(answer["latest_exit_keeping_plans"], "2025-03-02");
    let run = staycalc(
        &["check", "--rule", "schengen", "--on", "2025-01-10", "-"],
        stays,
    );
    assert!(
        run.stdout.contains("keeping plans       2025-03-02"),
        "{}",
        run.stdout
    );
    // Without a planned stay there is no such line, and the field equals latest_exit.
    let alone = b"entry,exit\n2025-01-01,\n";
    let answer = check_json(&["--rule", "schengen", "--on", "2025-01-10", "-"], alone);
    assert_eq!(answer["latest_exit_keeping_plans"], "2025-03-31");
}

#[test]
fn day_first_dates_bom_and_crlf_read_like_iso() {
    let stays = b"\xEF\xBB\xBFentry;exit\r\n15.08.2014;30.09.2014\r\n\r\n01.11.2014;30.11.2014\r\n";
    let answer = check_json(&["--rule", "schengen", "--on", "30.11.2014", "-"], stays);
    assert_eq!(answer["days_used"], 77);
    assert_eq!(answer["date_format"], "DD.MM.YYYY");
    assert_eq!(answer["plan"][1]["row"], 4);
}

#[test]
fn warn_below_sets_the_warning_threshold() {
    let args = [
        "--rule",
        "schengen",
        "--on",
        "2014-11-30",
        "--warn-below",
        "14",
        "-",
    ];
    assert_eq!(check_json(&args, SEM_EXAMPLE_2)["status"], "warning");
    let args = [
        "--rule",
        "schengen",
        "--on",
        "2014-11-30",
        "--warn-below=13",
        "-",
    ];
    assert_eq!(check_json(&args, SEM_EXAMPLE_2)["status"], "ok");
}

#[test]
fn every_bad_row_is_listed_and_nothing_is_checked() {
    let stays =
        b"entry,exit\n2025-01-01,2025-01-05\nsoon,2025-02-30\n2025-04-10,2025-04-01\n2025-09-01,\n";
    let stderr = fails(
        &["check", "--rule", "schengen", "--on", "2025-06-01", "-"],
        stays,
    );
    for expected in [
        "entry \"soon\" is not a date",
        "exit \"2025-02-30\" is not a date",
        "(row 3)",
        "exit 2025-04-01 is before entry 2025-04-10 (row 4)",
        "starts on 2025-09-01, after the check date 2025-06-01 (row 5)",
        "nothing was checked",
        "hint: dates may be written",
    ] {
        assert!(stderr.contains(expected), "{expected:?} not in\n{stderr}");
    }
    assert_eq!(stderr.lines().filter(|l| l.contains("(row")).count(), 4);
}

#[test]
fn a_row_with_more_values_than_the_header_is_an_error() {
    // An unquoted "1,5" note shifts the exit out of its column: the row must not be read as a
    // stay with no exit.
    let stays = b"entry,exit\n2025-01-01,2025-01-05\n2025-03-01,2025-03-10,extra\n2025-04-01,2025-04-02,,\n";
    let stderr = fails(
        &["check", "--rule", "schengen", "--on", "2025-06-01", "-"],
        stays,
    );
    assert!(
        stderr.contains(
            "line 3: 3 values where the header has 2 columns (the extra \"extra\"): a value \
             holding the separator needs quotes"
        ),
        "{stderr}"
    );
    // Empty values after the last column (a trailing separator) are harmless.
    assert!(!stderr.contains("line 4"), "{stderr}");
}

#[test]
fn each_error_exits_2_naming_what_is_wrong() {
    let file = TempFile::new(SEM_EXAMPLE_2);
    let path = file.path();
    let cases: Vec<(Vec<&str>, &[u8], &str)> = vec![
        (
            vec!["check", "--rule", "atlantis", "--on", "2025-01-01", path],
            b"",
            "unknown rule \"atlantis\"",
        ),
        (
            vec!["check", "--rule", "schengen", "--on", "2025-13-01", path],
            b"",
            "--on \"2025-13-01\" is not a date",
        ),
        (
            vec!["check", "--rule", "schengen", "--on", "03/15/2025", path],
            b"",
            "--on \"03/15/2025\" is not a date",
        ),
        (
            vec!["check", "--rule", "schengen", path],
            b"",
            "no check date",
        ),
        (vec!["check", "--on", "2025-01-01", path], b"", "no rule"),
        (
            vec!["check", "--rule", "schengen", "--on", "2025-01-01"],
            b"",
            "no stays file",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--on",
                "2025-01-01",
                path,
                path,
            ],
            b"",
            "reads one stays file",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--window",
                "180",
                "--max",
                "90",
                "--on",
                "2025-01-01",
                path,
            ],
            b"",
            "not both",
        ),
        (
            vec!["check", "--window", "180", "--on", "2025-01-01", path],
            b"",
            "needs both --window N and --max M",
        ),
        (
            vec![
                "check",
                "--window",
                "90",
                "--max",
                "90",
                "--on",
                "2025-01-01",
                path,
            ],
            b"",
            "rule \"custom\" is invalid",
        ),
        (
            vec![
                "check",
                "--window",
                "ninety",
                "--max",
                "9",
                "--on",
                "2025-01-01",
                path,
            ],
            b"",
            "--window \"ninety\" is invalid",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--on",
                "2025-01-01",
                "--warn-below",
                "-1",
                path,
            ],
            b"",
            "--warn-below \"-1\" is invalid",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--on",
                "2025-01-01",
                "--format",
                "xml",
                path,
            ],
            b"",
            "--format \"xml\" is unknown",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--on",
                "2025-01-01",
                "--bogus",
                path,
            ],
            b"",
            "unknown option \"--bogus\"",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--on",
                "2025-01-01",
                "--on",
                "2025-01-02",
                path,
            ],
            b"",
            "--on is given twice",
        ),
        (
            vec!["check", "--rule", "schengen", "--on"],
            b"",
            "--on needs a value",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--on",
                "2025-01-01",
                "/no/such/file.csv",
            ],
            b"",
            "cannot open /no/such/file.csv",
        ),
        (
            vec!["check", "--rule", "ru", "--on", "1899-01-01", path],
            b"",
            "outside the supported range",
        ),
        (
            vec!["check", "--rule", "schengen", "--on", "2025-01-01", "-"],
            b"start,end\n2025-01-01,2025-01-02\n",
            "line 1: the header has no entry column (named entry, entry date, arrival",
        ),
        (
            vec!["check", "--rule", "schengen", "--on", "2025-01-01", "-"],
            b"",
            "the file is empty",
        ),
        (
            vec!["check", "--rule", "schengen", "--on", "2025-06-01", "-"],
            b"entry,exit\n03/15/2025,03/20/2025\n25/03/2025,\n",
            "line 3, column entry: \"25/03/2025\" written day first, but this file writes dates \
             with / or - month first",
        ),
        (
            vec!["check", "--rule", "schengen", "--on", "2025-06-01", "-"],
            b"entry,exit\n\"2025-01-01,\n",
            "a quote opened on line 2 is never closed",
        ),
        (
            vec![
                "check",
                "--rule",
                "schengen",
                "--on",
                "2025-06-01",
                "--encoding",
                "utf-8",
                "-",
            ],
            b"entry,exit\n2025-01-01,\xFF\n",
            "line 2: not UTF-8 text",
        ),
        (
            vec!["check", "--rule", "schengen", "--on", "2025-06-01", "-"],
            b"entry,exit\n2025-01-01,\xFF\n",
            "standard input (read as Windows-1251: not UTF-8): exit \"\u{44f}\" is not a date",
        ),
        (vec!["export"], b"", "unknown command \"export\""),
        (vec![], b"", "no command given"),
    ];
    for (args, stdin, expected) in cases {
        let stderr = fails(&args, stdin);
        assert!(
            stderr.contains(expected),
            "{args:?}: {expected:?} not in\n{stderr}"
        );
    }
}

#[test]
fn no_input_makes_it_panic() {
    let inputs: [&[u8]; 8] = [
        b"\0\0\0\xFF\xFE",
        b"\xFF\xFEe\0n\0t\0r\0y\0",
        b"entry,exit\n\"",
        b"entry,exit\n,,,,,,\n\"\"\"\n",
        b"entry\texit\n9999-99-99\t0000-00-00\n",
        b"entry,exit,entry\n",
        b"ENTRY,EXIT\n2199-12-31,\n",
        b"entry,exit\n1900-01-01,2199-12-31\n",
    ];
    for input in inputs {
        let run = staycalc(
            &["check", "--rule", "kz-visa-free", "--on", "2199-12-31", "-"],
            input,
        );
        assert!(run.code == 0 || run.code == 2, "{input:?}: {}", run.stderr);
        assert!(
            !run.stderr.contains("panicked"),
            "{input:?}: {}",
            run.stderr
        );
    }
}

#[test]
fn rules_lists_every_catalogue_id() {
    let run = staycalc(&["rules"], b"");
    assert_eq!(run.code, 0);
    let listed: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.starts_with(' ') && !l.is_empty())
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let ids: Vec<&str> = staycalc::catalogue()
        .iter()
        .map(|r| r.id.as_ref())
        .collect();
    assert_eq!(listed, [&ids[..], &["custom"]].concat());
    assert!(run.stdout.contains("from 2013-10-18: 90 days in any 180"));
    assert!(run.stdout.contains("confidence   high, last checked"));

    let run = staycalc(&["rules", "--format", "json"], b"");
    assert_eq!(run.code, 0);
    let rules = json::parse(&run.stdout).unwrap();
    let json_ids: Vec<&Value> = rules.items().iter().map(|r| &r["id"]).collect();
    assert_eq!(json_ids.len(), ids.len());
    for (value, id) in json_ids.iter().zip(&ids) {
        assert_eq!(**value, *id);
    }
    let schengen = &rules.items()[0];
    assert_eq!(schengen["versions"][1]["from"], "2013-10-18");
    assert_eq!(schengen["versions"][1]["window"]["kind"], "rolling");
    assert_eq!(schengen["versions"][1]["window"]["days"], 180);
    assert_eq!(schengen["confidence"], "high");
    assert!(matches!(&schengen["source"], Value::String(s) if s.contains("2016/399")));
}

#[test]
fn help_and_version_exit_0() {
    for args in [&["--help"][..], &["help"], &["-h"]] {
        let run = staycalc(args, b"");
        assert_eq!(run.code, 0);
        assert!(run.stdout.contains("staycalc check"), "{args:?}");
    }
    for args in [
        &["check", "--help"][..],
        &["help", "check"],
        &["check", "-h"],
    ] {
        let run = staycalc(args, b"");
        assert_eq!(run.code, 0);
        assert!(
            run.stdout.contains("a history with a row left out"),
            "{args:?}"
        );
    }
    let run = staycalc(&["--version"], b"");
    assert_eq!(run.code, 0);
    assert_eq!(
        run.stdout,
        format!("staycalc {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert!(fails(&["rules", "extra"], b"").contains("unexpected argument"));
}

#[test]
fn the_excel_example_reads_like_the_plain_one() {
    // examples/stays-excel.csv holds the stays of examples/stays.csv as Excel writes them:
    // byte-order mark, semicolons, CRLF, day-first dates, a quoted note column, a blank line.
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/");
    let check = |file: &str| {
        let path = format!("{examples}{file}");
        check_json(&["--rule", "schengen", "--on", "2026-11-26", &path], b"")
    };
    let (plain, excel) = (check("stays.csv"), check("stays-excel.csv"));
    assert_eq!(excel["date_format"], "DD.MM.YYYY");
    assert_eq!(plain["date_format"], "YYYY-MM-DD");
    let Value::Object(plain_fields) = &plain else {
        panic!("not an object")
    };
    for (key, value) in plain_fields {
        match key.as_str() {
            "date_format" => {}
            // The rows differ by the blank line.
            "plan" => {
                for (a, b) in value.items().iter().zip(excel["plan"].items()) {
                    assert_eq!(a["entry"], b["entry"]);
                    assert_eq!(a["exit"], b["exit"]);
                }
            }
            _ => assert_eq!(*value, excel[key.as_str()], "{key}"),
        }
    }
}

#[test]
fn a_file_of_thousands_of_bad_rows_names_the_first_hundred_and_counts_the_rest() {
    let mut file = String::from("entry,exit\n2025-01-01,2025-01-02\n");
    for day in 0..5000 {
        // Day 32..=5031 of January: every row a bad date.
        file.push_str(&format!("2025-01-{},2025-01-02\n", day + 32));
    }
    let run = staycalc(
        &["check", "--rule", "schengen", "--on", "2025-06-01", "-"],
        file.as_bytes(),
    );
    assert_eq!(run.code, 2);
    let lines: Vec<&str> = run.stderr.lines().collect();
    let named = lines.iter().filter(|l| l.contains("(row ")).count();
    assert_eq!(named, 100, "{}", &run.stderr[..400]);
    // Rows are the file's lines: the first bad row is line 3, the 101st line 103.
    assert!(lines[0].contains("entry \"2025-01-32\""), "{}", lines[0]);
    assert!(
        run.stderr
            .contains("4900 more problems not listed, from row 103"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("fix the 5000 problems above"));
    assert!(run.stderr.lines().count() < 110);
}

#[test]
fn the_text_answer_lists_twenty_warnings_and_json_every_one() {
    let mut file = String::from("entry,exit\n");
    for _ in 0..31 {
        file.push_str("2025-03-01,2025-03-02\n");
    }
    let args = ["check", "--rule", "schengen", "--on", "2025-06-01", "-"];
    let text = staycalc(&args, file.as_bytes());
    assert_eq!(text.code, 0, "{}", text.stderr);
    let shown = text
        .stdout
        .lines()
        .filter(|l| l.contains("overlap"))
        .count();
    assert_eq!(shown, 20, "{}", text.stdout);
    let json = staycalc(
        &[&args[..5], &["--format", "json", "-"]].concat(),
        file.as_bytes(),
    );
    let all = json.stdout.matches("\"overlap").count();
    assert!(all > 20, "{}", json.stdout);
    assert!(
        text.stdout.contains(&format!(
            "and {} more (`--format json` lists every one)",
            all - 20
        )),
        "{}",
        text.stdout
    );
}

#[test]
fn names_with_terminal_escape_codes_are_escaped_on_stderr() {
    // A person whose only row is bad is named on stderr: the escape sequence that would clear
    // the terminal is written as text.
    let team = "person,entry,exit\nAna\x1b[2J,2025-02-30,\nBen,2025-01-01,2025-01-05\n";
    let run = staycalc(
        &["report", "--rule", "schengen", "--on", "2025-06-01", "-"],
        team.as_bytes(),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!run.stderr.contains('\x1b'), "{:?}", run.stderr);
    assert!(
        run.stderr.contains("with no numbers: Ana\\u{1b}[2J"),
        "{:?}",
        run.stderr
    );
}

#[test]
fn the_text_report_sends_no_control_character_to_the_terminal() {
    // Names, carried values and carried columns' names come from the file: in the text report
    // (for a terminal) a control character is a space. CSV and JSON keep the data as it is.
    let team =
        "person,te\x1b]0;x\x07am,entry,exit\nAna\x1b[2J,Le\u{9b}31mgal,2025-01-01,2025-01-05\n";
    let run = staycalc(
        &["report", "--rule", "schengen", "--on", "2025-06-01", "-"],
        team.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        !run.stdout.chars().any(|c| c.is_control() && c != '\n'),
        "{:?}",
        run.stdout
    );
    assert!(run.stdout.contains("te ]0;x am"), "{:?}", run.stdout);
    assert!(run.stdout.contains("Ana [2J"), "{:?}", run.stdout);
    assert!(run.stdout.contains("Le 31mgal"), "{:?}", run.stdout);
}

#[test]
fn text_lists_twenty_planned_or_unlawful_stays_and_counts_the_rest() {
    let mut file = String::from("entry,exit\n");
    for month in 1..=12 {
        for day in [1, 11, 21] {
            file.push_str(&format!(
                "2030-{month:02}-{day:02},2030-{month:02}-{:02}\n",
                day + 1
            ));
        }
    }
    let run = staycalc(
        &["check", "--rule", "schengen", "--on", "2029-01-01", "-"],
        file.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout.matches("  row ").count(), 20, "{}", run.stdout);
    assert!(
        run.stdout
            .contains("  and 16 more (`--format json` lists every one)"),
        "{}",
        run.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = std::env::temp_dir().join(format!("staycalc-cli-names-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(std::ffi::OsStr::from_bytes(b"caf\xe9.csv"));
    std::fs::write(&path, "entry,exit\n2025-01-01,2025-01-10\n").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_staycalc"))
        .args([
            "check",
            "--rule",
            "schengen",
            "--on",
            "2025-02-01",
            "--format",
            "json",
        ])
        .arg(&path)
        .output()
        .expect("the binary runs");
    std::fs::remove_dir_all(&dir).unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("\"days_used\": 10"), "{stdout}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_closed_standard_output_is_an_error() {
    for command in [
        "rules",
        "--version",
        "check --rule schengen --on 2025-06-01 -",
    ] {
        let output = Command::new("sh")
            .arg("-c")
            .arg(format!("exec \"$0\" {command} >&- </dev/null"))
            .arg(env!("CARGO_BIN_EXE_staycalc"))
            .output()
            .expect("sh runs");
        assert_eq!(output.status.code(), Some(1), "{command}");
        assert_eq!(
            String::from_utf8_lossy(&output.stderr),
            "staycalc: cannot write the output: standard output is closed\n"
        );
    }
    // Sent to /dev/null on purpose, the output is written and the command succeeds.
    let output = Command::new("sh")
        .arg("-c")
        .arg("exec \"$0\" rules >/dev/null")
        .arg(env!("CARGO_BIN_EXE_staycalc"))
        .output()
        .expect("sh runs");
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn a_long_value_is_cut_in_messages() {
    let long = "9".repeat(100_000);
    let file = format!("entry,exit\n{long},2025-01-10\n");
    let run = staycalc(
        &["check", "--rule", "schengen", "--on", "2025-02-01", "-"],
        file.as_bytes(),
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.len() < 1_000, "{} bytes", run.stderr.len());
    assert!(
        run.stderr
            .contains(&format!("\"{}\"... (100000 characters)", "9".repeat(60))),
        "{}",
        run.stderr
    );
}
