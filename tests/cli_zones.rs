//! `staycalc check --nationality`: a travel log with a country per stay, an answer per zone.

#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use run::{staycalc, Run};

use json::Value;

fn json_answer(args: &[&str], stdin: &[u8]) -> Value {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(&all, stdin);
    assert_eq!(code, 0, "stderr: {stderr}");
    json::parse(&stdout).unwrap_or_else(|e| panic!("{e}: {stdout}"))
}

/// Runs a check that must fail with exit code 2 and nothing on stdout; returns stderr.
fn fails(args: &[&str], stdin: &[u8]) -> String {
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(args, stdin);
    assert_eq!(code, 2, "args {args:?}: stdout {stdout}");
    assert_eq!(stdout, "");
    stderr
}

fn zone<'a>(answer: &'a Value, id: &str) -> &'a Value {
    answer["zones"]
        .items()
        .iter()
        .find(|z| z["zone"] == id)
        .unwrap_or_else(|| panic!("no zone {id}"))
}

const LOG: &[u8] = "entry;exit;Страна\n\
    2023-05-01;2023-05-20;Bulgaria\n\
    2025-06-01;2025-07-15;FR\n\
    2025-07-15;2025-08-10;Казахстан\n\
    2025-11-20;2025-12-10;hrv\n\
    2026-01-10;;CY\n"
    .as_bytes();

#[test]
fn each_zone_gets_every_field_of_check_with_its_rule_countries_and_reason() {
    let answer = json_answer(&["--nationality", "US", "--on", "2026-01-20", "-"], LOG);
    assert_eq!(answer["on"], "2026-01-20");
    assert_eq!(answer["nationality"][0], "US");
    let ids: Vec<_> = answer["zones"]
        .items()
        .iter()
        .map(|z| z["zone"].clone())
        .collect();
    assert_eq!(ids.len(), 3, "bg of 2023 is outside every window");
    let schengen = zone(&answer, "schengen");
    assert_eq!(schengen["zone_name"], "Schengen area");
    assert_eq!(schengen["rule"], "schengen");
    assert_eq!(schengen["countries"][0], "FR");
    assert_eq!(schengen["countries"][1], "HR");
    assert_eq!(schengen["nationality"], "US");
    // 2025-07-25 .. 2026-01-20: France's last 0 days (it ended 07-15) and Croatia's 21.
    assert_eq!(schengen["days_used"], 21);
    assert_eq!(schengen["status"], "ok");
    let kz = zone(&answer, "kz");
    assert_eq!(kz["rule"], "kz-visa-free");
    assert_eq!(kz["per_entry_cap"], 30);
    assert_eq!(kz["plan"][0]["row"], 4);
    let cy = zone(&answer, "cy");
    assert_eq!(cy["rule"], "cy");
    assert_eq!(cy["present"], true);
    assert_eq!(cy["day_of_stay"], 11);
    let next = answer["where_next"].items();
    assert!(next
        .iter()
        .any(|n| n["zone"] == "us" && n["status"] == "no_limit"));
    assert!(
        next.iter().all(|n| n["zone"] != "bg"),
        "Bulgaria is in Schengen now"
    );
    assert_eq!(answer["date_format"], "YYYY-MM-DD");
}

#[test]
fn zones_come_by_urgency_and_a_dual_national_is_named() {
    let log = b"entry,exit,country\n2025-01-01,2025-04-30,DE\n2025-05-01,2025-05-05,KZ\n";
    let answer = json_answer(&["--nationality", "US", "--on", "2025-05-05", "-"], log);
    assert_eq!(answer["zones"][0]["zone"], "schengen");
    assert_eq!(answer["zones"][0]["status"], "past_overstay");
    let answer = json_answer(&["--nationality", "us,IE", "--on", "2025-05-05", "-"], log);
    let schengen = zone(&answer, "schengen");
    assert_eq!(schengen["status"], "no_limit");
    assert_eq!(schengen["nationality"], "IE");
    assert_eq!(schengen["rule"], Value::Null);
    assert_eq!(schengen["days_present"], 120);
    assert_eq!(answer["zones"][0]["zone"], "kz");
}

#[test]
fn the_text_answer_has_a_block_per_zone_and_where_next() {
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(
        &["check", "--nationality", "US", "--on", "2026-01-20", "-"],
        LOG,
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.starts_with("travel log of a citizen of US on 2026-01-20: 3 zones"));
    assert!(stdout.contains("== Schengen area (schengen): ok =="));
    assert!(stdout.contains("== Kazakhstan (kz): ok =="));
    assert!(stdout.contains("rule                kz-visa-free"));
    assert!(stdout.contains("== where next =="));
    assert!(stdout.contains("United States (us)          no limit (as US)"));
}

#[test]
fn an_unknown_or_missing_country_is_a_bad_row_with_a_suggestion() {
    let log = b"entry,exit,country\n2025-01-01,2025-01-10,Frnace\n2025-02-01,2025-02-10,XX\n\
        2025-03-01,2025-03-10,\n2025-04-01,2025-04-10,DE\n";
    let stderr = fails(
        &["check", "--nationality", "US", "--on", "2025-05-01", "-"],
        log,
    );
    assert!(
        stderr.contains("country \"Frnace\" is not a country: did you mean France (FR)? (row 2)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("country \"XX\" is not a country"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 4, column country: the country is empty"),
        "{stderr}"
    );
    assert!(
        stderr.contains("nothing was checked: fix the 3 problems"),
        "{stderr}"
    );
}

#[test]
fn nationality_rule_and_columns_are_checked() {
    let log = b"entry,exit,country\n2025-01-01,2025-01-10,FR\n";
    let stderr = fails(
        &[
            "check",
            "--nationality",
            "US",
            "--rule",
            "schengen",
            "--on",
            "2025-05-01",
            "-",
        ],
        log,
    );
    assert!(stderr.contains("not both"), "{stderr}");
    let stderr = fails(
        &["check", "--nationality", "XX", "--on", "2025-05-01", "-"],
        log,
    );
    assert!(
        stderr.contains("nationality \"XX\" is not a country: expected an ISO 3166-1 code"),
        "{stderr}"
    );
    let stderr = fails(
        &["check", "--nationality", "US", "--on", "2025-05-01", "-"],
        b"entry,exit\n2025-01-01,2025-01-10\n",
    );
    assert!(
        stderr.contains("the header has no country column"),
        "{stderr}"
    );
    let stderr = fails(
        &[
            "check",
            "--next-entry",
            "2025-06-01",
            "--rule",
            "schengen",
            "--on",
            "2025-05-01",
            "-",
        ],
        log,
    );
    assert!(
        stderr.contains("--next-entry needs --nationality"),
        "{stderr}"
    );
}

#[test]
fn next_entry_asks_where_next_for_another_date() {
    let log = b"entry,exit,country\n2025-01-01,2025-03-31,FR\n";
    let now = json_answer(&["--nationality", "US", "--on", "2025-04-01", "-"], log);
    let schengen = |answer: &Value| {
        answer["where_next"]
            .items()
            .iter()
            .find(|n| n["zone"] == "schengen")
            .expect("schengen")
            .clone()
    };
    assert_eq!(schengen(&now)["max_stay_days"], 0);
    let later = json_answer(
        &[
            "--nationality",
            "US",
            "--on",
            "2025-04-01",
            "--next-entry",
            "2025-09-28",
            "-",
        ],
        log,
    );
    assert_eq!(schengen(&later)["max_stay_days"], 90);
}

/// A travel log under one rule would count every stay toward it, wherever it was: `check
/// --rule` refuses a file with a country column and says what to give instead.
#[test]
fn one_rule_refuses_a_log_with_countries() {
    let log = b"entry,exit,country\n2026-01-01,2026-02-15,FR\n2026-02-16,2026-04-10,GE\n";
    let stderr = fails(
        &["check", "--rule", "schengen", "--on", "2026-04-10", "-"],
        log,
    );
    assert!(
        stderr.contains(
            "standard input: the file names each stay's country, but --rule schengen counts every \
             stay toward one rule, wherever it was; give --nationality XX"
        ),
        "{stderr}"
    );
    // With a nationality the same log is two zones, neither over its limit.
    let answer = json_answer(&["--nationality", "US", "--on", "2026-04-10", "-"], log);
    assert_eq!(zone(&answer, "schengen")["days_used"], 46);
    assert_eq!(zone(&answer, "ge")["status"], "ok");
}

#[test]
fn the_logs_notes_are_said_in_the_same_words_in_text_and_json() {
    let log = b"entry,exit,country\n2025-03-01,2025-03-10,FR\n2025-03-08,2025-03-12,GE\n\
        2025-04-01,2025-04-05,MC\n2025-04-06,2025-04-08,AD\n";
    let notes = [
        "Monaco (MC): An assumption: Monaco is inside the Schengen external border, so its days \
         count with France's, from France's date.",
        "Andorra (AD): An assumption: entering Andorra is leaving the Schengen area.",
        "rows 2 (schengen) and 3 (ge) overlap from 2025-03-08 to 2025-03-10: days in two zones \
         at once beyond a crossing day; each zone counts them",
    ];
    let args = ["check", "--nationality", "US", "--on", "2025-04-08", "-"];
    let Run {
        code,
        stdout: text,
        stderr,
    } = staycalc(&args, log);
    assert_eq!(code, 0, "{stderr}");
    let said: Vec<&str> = text
        .lines()
        .filter_map(|l| l.strip_prefix("note: "))
        .collect();
    assert_eq!(said, notes);
    let answer = json_answer(&["--nationality", "US", "--on", "2025-04-08", "-"], log);
    let warnings: Vec<&Value> = answer["warnings"].items().iter().collect();
    assert_eq!(warnings.len(), notes.len());
    for (warning, note) in warnings.into_iter().zip(notes) {
        assert_eq!(*warning, note);
    }
}

#[test]
fn where_next_marks_a_general_rule_the_catalogue_does_not_say_covers_the_nationality() {
    // Russia's rule is for foreigners staying without a visa, and names no nationality: a
    // citizen of the United States reading "Russia 90 days" would take it as visa-free.
    let log = b"entry,exit,country\n2026-10-01,2026-10-20,FR\n";
    let answer = json_answer(&["--nationality", "US", "--on", "2026-12-05", "-"], log);
    let next = answer["where_next"].items();
    let zone = |id: &str| next.iter().find(|n| n["zone"] == id).expect(id).clone();
    assert_eq!(zone("ru")["why"], "general");
    assert!(
        matches!(&zone("ru")["reason"], Value::String(r) if r.contains("check yours is among them"))
    );
    assert_eq!(
        zone("al")["why"],
        "named",
        "Albania's rule names US citizens"
    );
    assert_eq!(zone("us")["why"], "home");
    let schengen = answer["zones"].items()[0].clone();
    assert_eq!(schengen["why"], "general");

    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(
        &["check", "--nationality", "US", "--on", "2026-12-05", "-"],
        log,
    );
    assert_eq!(code, 0, "{stderr}");
    let line = |start: &str| {
        stdout
            .lines()
            .find(|l| l.starts_with(start))
            .unwrap_or_else(|| panic!("{start}: {stdout}"))
            .to_string()
    };
    assert!(line("Russia (ru)").ends_with("(ru) (as US*)"));
    assert!(line("Albania (al)").ends_with("(al-us) (as US)"));
    assert!(line("United States (us)").ends_with("no limit (as US)"));
    assert!(line("* the destination's general rule").contains("does not say it covers"));

    // A French citizen (EU) has no starred line in the Schengen area or Cyprus.
    let Run { stdout, .. } = staycalc(
        &["check", "--nationality", "FR", "--on", "2026-12-05", "-"],
        log,
    );
    assert!(stdout.contains("Schengen area (schengen)    no limit (as FR)\n"));
}

/// One stay in Kazakhstan typed on two rows by city (1-15 Sep, 16 Sep on): where next never
/// gives the count as two entries as settled. Staying on from 20 September, the figure is the
/// one-stay reading's (its 30 days end on 30 September: 11 days), with the figure if each row was
/// a new entry (26 days, to 15 October) beside it and the warning; entering again after the
/// rows, the figure stands with the warning.
#[test]
fn where_next_after_rows_that_may_be_one_stay_gives_the_stricter_reading_and_says_why() {
    let log = b"entry,exit,country\n2026-09-01,2026-09-15,KZ\n2026-09-16,,KZ\n";
    let kz = |answer: &Value| {
        answer["where_next"]
            .items()
            .iter()
            .find(|n| n["zone"] == "kz")
            .expect("kz")
            .clone()
    };
    let now = kz(&json_answer(
        &["--nationality", "US", "--on", "2026-09-20", "-"],
        log,
    ));
    assert_eq!(now["max_stay_days"], 11);
    assert_eq!(now["latest_exit"], "2026-09-30");
    assert_eq!(now["binding"], "per_entry");
    assert_eq!(now["if_new_entries"]["max_stay_days"], 26);
    assert_eq!(now["if_new_entries"]["latest_exit"], "2026-10-15");
    assert_eq!(now["warnings"][0]["code"], "reentry");
    assert_eq!(now["warnings"][0]["rows"][1], 3);
    // The same day in the zone's own answer: the data's count, with the warning.
    let answer = json_answer(&["--nationality", "US", "--on", "2026-09-20", "-"], log);
    assert_eq!(zone(&answer, "kz")["latest_exit"], "2026-10-15");
    // A zone without such rows: no warning, no second figure.
    let ge = answer["where_next"]
        .items()
        .iter()
        .find(|n| n["zone"] == "ge")
        .expect("ge")
        .clone();
    assert_eq!(ge["warnings"].items().len(), 0);
    assert!(matches!(ge["if_new_entries"], Value::Null));

    // The text says both, on the zone's line and under it.
    let Run {
        code,
        stdout,
        stderr,
    } = staycalc(
        &["check", "--nationality", "US", "--on", "2026-09-20", "-"],
        log,
    );
    assert_eq!(code, 0, "{stderr}");
    let next = stdout.split("== where next ==").nth(1).expect("where next");
    let line = next
        .lines()
        .skip_while(|l| !l.starts_with("Kazakhstan (kz)"))
        .take(2)
        .collect::<Vec<_>>();
    assert!(line[0].contains("11 days, until 2026-09-30"), "{next}");
    assert!(
        line[1].contains(
            "! rows 2 and 3 may be one stay from 2026-09-01, whose 30 days end on 2026-09-30: \
             the figure above reads them as one stay; if each was a new entry: 26 days, until \
             2026-10-15"
        ),
        "{next}"
    );

    // Entering again on 25 October, after the rows ended on 20 October: a new entry either
    // way; the figure counts each row as a new entry, and says so.
    let later = kz(&json_answer(
        &[
            "--nationality",
            "US",
            "--on",
            "2026-10-20",
            "--next-entry",
            "2026-10-25",
            "-",
        ],
        log,
    ));
    assert_eq!(later["max_stay_days"], 30);
    assert!(matches!(later["if_new_entries"], Value::Null));
    assert_eq!(later["warnings"][0]["code"], "reentry");

    // A day in Kyrgyzstan between the rows shows the person left: nothing is asked.
    let crossed = b"entry,exit,country\n2026-09-01,2026-09-15,KZ\n2026-09-15,2026-09-16,KG\n\
        2026-09-16,,KZ\n";
    let plain = kz(&json_answer(
        &["--nationality", "US", "--on", "2026-09-20", "-"],
        crossed,
    ));
    assert_eq!(plain["latest_exit"], "2026-10-15");
    assert_eq!(plain["warnings"].items().len(), 0);
}
