//! `staycalc check --nationality` with papers: a residence permit (or D visa) leaves out the
//! days in the state that issued it, from the Schengen count only; short-stay visas and the
//! passport are checked against the Schengen area's stays. Each answer is compared with what
//! `staycalc check --rule schengen` says of the same person's Schengen stays.

#[path = "cli/json.rs"]
mod json;
#[path = "cli/run.rs"]
mod run;

use run::{staycalc, Run};

use json::Value;

fn json_answer(args: &[&str], stdin: &str) -> Value {
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

fn zone<'a>(answer: &'a Value, id: &str) -> &'a Value {
    answer["zones"]
        .items()
        .iter()
        .find(|z| z["zone"] == id)
        .unwrap_or_else(|| panic!("no zone {id} in {answer:?}"))
}

/// Every field of the single-rule answer `single` that does not name rows or the file (the
/// rows differ: the travel log has other countries' rows) equals the zone's.
fn same_answer(zone: &Value, single: &Value) {
    let Value::Object(fields) = single else {
        panic!("not an object: {single:?}")
    };
    let mut compared = 0;
    for (key, value) in fields {
        if ["plan", "warnings", "date_format", "documents"].contains(&key.as_str()) {
            continue;
        }
        assert_eq!(&zone[key.as_str()], value, "field {key}");
        compared += 1;
    }
    assert!(compared > 20, "only {compared} fields compared");
    if let Value::Object(_) = &single["documents"] {
        assert_eq!(zone["documents"]["bounds"], single["documents"]["bounds"]);
        // The same days, but only the single rule's are an assumption (every day within the
        // permit's dates taken to be in its state).
        let permits = |v: &Value, assumed: bool| -> Vec<Value> {
            v["documents"]["permits"]
                .items()
                .iter()
                .map(|item| match item {
                    Value::Object(f) => {
                        assert_eq!(item["assumes_issuing_state"], assumed, "{item:?}");
                        Value::Object(
                            f.iter()
                                .filter(|(k, _)| k != "assumes_issuing_state")
                                .cloned()
                                .collect(),
                        )
                    }
                    other => other.clone(),
                })
                .collect()
        };
        assert_eq!(permits(zone, false), permits(single, true));
        for part in ["visas", "passport"] {
            let strip = |v: &Value| -> Vec<Value> {
                v[part]
                    .items()
                    .iter()
                    .map(|item| match item {
                        Value::Object(f) => {
                            Value::Object(f.iter().filter(|(k, _)| k != "row").cloned().collect())
                        }
                        other => other.clone(),
                    })
                    .collect()
            };
            assert_eq!(
                strip(&zone["documents"]),
                strip(&single["documents"]),
                "{part}"
            );
        }
    }
}

/// Ten months in France, five of them under a French residence permit, then Kazakhstan and
/// Germany.
const LOG: &str = "entry,exit,country\n\
    2025-01-10,2025-06-30,FR\n\
    2025-07-01,2025-07-20,KZ\n\
    2025-08-01,2025-08-20,DE\n";

#[test]
fn a_permit_of_the_state_the_days_were_in_leaves_them_out_as_check_permit_does() {
    let zones = json_answer(
        &[
            "--nationality",
            "US",
            "--on",
            "2025-08-20",
            "--permit",
            "2025-02-01..2025-06-30,FR",
            "-",
        ],
        LOG,
    );
    // The same person's Schengen stays under one rule: every day of the permit's dates is in
    // France, so the two readings agree here.
    let single = json_answer(
        &[
            "--rule",
            "schengen",
            "--on",
            "2025-08-20",
            "--permit",
            "2025-02-01..2025-06-30",
            "-",
        ],
        "entry,exit\n2025-01-10,2025-06-30\n2025-08-01,2025-08-20\n",
    );
    let schengen = zone(&zones, "schengen");
    same_answer(schengen, &single);
    assert_eq!(schengen["documents"]["permits"][0]["days_not_counted"], 150);
    let permit = &schengen["permits"][0];
    assert_eq!(permit["country"], "FR");
    assert_eq!(permit["days"], 150);
    assert_eq!(permit["left_out"], true);
    assert_eq!(permit["counted_elsewhere"], 0);
    // Without the permit the days in France would make the stay under way an overstay.
    let without = json_answer(&["--nationality", "US", "--on", "2025-08-20", "-"], LOG);
    assert_eq!(zone(&without, "schengen")["status"], "overstay");
    assert_eq!(schengen["status"], "ok");
    // Where next counts the same days: entering again on the check date.
    let next = |answer: &Value| {
        answer["where_next"]
            .items()
            .iter()
            .find(|n| n["zone"] == "schengen")
            .map(|n| n["max_stay_days"].clone())
            .expect("the Schengen area is listed")
    };
    assert_eq!(next(&without), 0);
    assert_eq!(next(&zones), schengen["max_stay_days"]);
}

#[test]
fn days_in_another_schengen_state_while_the_permit_is_valid_count() {
    // A French permit; ten days in Germany in the middle of it.
    let log = "entry,exit,country\n\
        2025-01-10,2025-03-09,FR\n\
        2025-03-10,2025-03-20,DE\n\
        2025-03-21,2025-06-30,FR\n";
    let args = [
        "--nationality",
        "US",
        "--on",
        "2025-07-10",
        "--permit",
        "2025-02-01..2025-06-30,FR",
        "-",
    ];
    let zones = json_answer(&args, log);
    let schengen = zone(&zones, "schengen");
    // What counts: France before the permit and Germany, exactly as a check of those days.
    let single = json_answer(
        &["--rule", "schengen", "--on", "2025-07-10", "-"],
        "entry,exit\n2025-01-10,2025-01-31\n2025-03-10,2025-03-20\n",
    );
    for key in [
        "days_used",
        "days_remaining",
        "latest_exit",
        "earliest_full_stay",
    ] {
        assert_eq!(schengen[key], single[key], "{key}");
    }
    assert_eq!(schengen["days_used"], 31);
    let permit = &schengen["permits"][0];
    assert_eq!(permit["days"], 139);
    assert_eq!(permit["counted_elsewhere"], 11);
    // The text says which days were left out and why, and which counted.
    let Run {
        code,
        stdout: text,
        stderr,
    } = staycalc(
        &[&["check"][..], &args[..args.len() - 1], &["-"]].concat(),
        log,
    );
    assert_eq!(code, 0, "{stderr}");
    assert!(
        text.contains(
            "permit 1 (FR, 2025-02-01 to 2025-06-30): 139 days of presence in France not \
             counted (Schengen Borders Code Art. 6(2)); 11 days in other Schengen states within \
             its dates counted"
        ),
        "{text}"
    );
}

#[test]
fn a_permit_outside_the_schengen_area_leaves_out_nothing_and_says_so() {
    let args = [
        "--nationality",
        "US",
        "--on",
        "2025-07-20",
        "--permit",
        "2025-07-01..2026-06-30,Kazakhstan",
        "-",
    ];
    let with = json_answer(&args, LOG);
    let without = json_answer(&["--nationality", "US", "--on", "2025-07-20", "-"], LOG);
    let kz = zone(&with, "kz");
    assert_eq!(kz["days_used"], zone(&without, "kz")["days_used"]);
    assert_eq!(kz["status"], zone(&without, "kz")["status"]);
    assert_eq!(kz["permits"][0]["left_out"], false);
    assert_eq!(kz["permits"][0]["days"], 20);
    let Run {
        code, stdout: text, ..
    } = staycalc(&[&["check"][..], &args[..]].concat(), LOG);
    assert_eq!(code, 0);
    assert!(
        text.contains("20 days of presence in Kazakhstan counted: no source found"),
        "{text}"
    );
}

#[test]
fn a_visa_and_the_passport_bound_the_schengen_zone_as_check_visa_does() {
    let log = "entry,exit,country\n2025-04-01,2025-04-20,KZ\n2025-05-05,,FR\n";
    let papers = [
        "--visa",
        "2025-05-01..2025-05-31,1,11",
        "--passport-expiry",
        "2025-08-20",
    ];
    let zones = json_answer(
        &[
            &["--nationality", "US", "--on", "2025-05-08"][..],
            &papers[..],
            &["-"],
        ]
        .concat(),
        log,
    );
    let single = json_answer(
        &[
            &["--rule", "schengen", "--on", "2025-05-08"][..],
            &papers[..],
            &["-"],
        ]
        .concat(),
        "entry,exit\n2025-05-05,\n",
    );
    let schengen = zone(&zones, "schengen");
    same_answer(schengen, &single);
    assert_eq!(schengen["latest_exit"], "2025-05-15");
    assert_eq!(schengen["latest_exit_reason"], "visa_days");
    // Kazakhstan's rule has no sourced visa or passport conditions: not checked there, and
    // the text says so.
    let kz = zone(&zones, "kz");
    assert!(matches!(&kz["rule"], Value::String(_)));
    let Run {
        code, stdout: text, ..
    } = staycalc(
        &[
            &["check", "--nationality", "US", "--on", "2025-05-08"][..],
            &papers[..],
            &["-"],
        ]
        .concat(),
        log,
    );
    assert_eq!(code, 0);
    assert!(
        text.contains("set by the visa's duration of stay"),
        "{text}"
    );
    assert!(
        text.contains("the passport and visas were not checked here"),
        "{text}"
    );
}

#[test]
fn a_visa_broken_in_the_past_makes_the_zone_a_past_overstay_as_with_one_rule() {
    // A single-entry visa used twice.
    let log = "entry,exit,country\n2025-05-02,2025-05-05,IT\n2025-05-10,2025-05-12,ES\n";
    let visa = ["--visa", "2025-05-01..2025-05-31,1,15"];
    let zones = json_answer(
        &[
            &["--nationality", "US", "--on", "2025-06-01"][..],
            &visa,
            &["-"],
        ]
        .concat(),
        log,
    );
    let single = json_answer(
        &[
            &["--rule", "schengen", "--on", "2025-06-01"][..],
            &visa,
            &["-"],
        ]
        .concat(),
        "entry,exit\n2025-05-02,2025-05-05\n2025-05-10,2025-05-12\n",
    );
    let schengen = zone(&zones, "schengen");
    same_answer(schengen, &single);
    assert_eq!(schengen["status"], "past_overstay");
    assert_eq!(schengen["documents"]["visas"][1]["problem"], "entries");
    assert_eq!(schengen["documents"]["visas"][1]["row"], 3);
}

#[test]
fn a_permit_without_its_state_or_with_an_unknown_one_is_named_and_nothing_printed() {
    for (permit, expected) in [
        ("2025-02-01..2025-06-30", "permit 1"),
        ("2025-02-01..2025-06-30,Frnace", "\"Frnace\""),
    ] {
        let Run {
            code,
            stdout,
            stderr,
        } = staycalc(
            &[
                "check",
                "--nationality",
                "US",
                "--on",
                "2025-08-20",
                "--permit",
                permit,
                "-",
            ],
            LOG,
        );
        assert_eq!(code, 2, "{permit}");
        assert_eq!(stdout, "");
        assert!(stderr.contains(expected), "{permit}: {stderr}");
    }
}

/// One rule and no countries: every day within a permit's dates is left out, the days in
/// another Schengen state too (the stays do not say where they were). The answer says it
/// assumes they were in the issuing state, and how to have the others counted; the travel log
/// of the same days counts Germany's.
#[test]
fn one_rule_says_it_takes_a_permits_days_to_be_in_its_state() {
    let permit = ["--permit", "2025-02-01..2025-08-31"];
    let single_stays = "entry,exit\n2025-01-10,2025-06-30\n2025-08-01,2025-08-20\n";
    let mut args = vec!["--rule", "schengen", "--on", "2025-08-20"];
    args.extend_from_slice(&permit);
    args.push("-");
    let single = json_answer(&args, single_stays);
    let permits = single["documents"]["permits"].items();
    assert_eq!(permits.len(), 1);
    assert_eq!(permits[0]["days_not_counted"], 170);
    assert_eq!(permits[0]["assumes_issuing_state"], true);

    let mut text_args = vec!["check"];
    text_args.extend_from_slice(&args);
    let Run {
        code,
        stdout: text,
        stderr,
    } = staycalc(&text_args, single_stays);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        text.contains("permit 2025-02-01 to 2025-08-31: 170 days of presence not counted\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "  assumed: the days left out are taken to be in the state that issued the permit; \
             days spent in other Schengen states within its dates count toward 90/180. Give \
             each stay its country (with --nationality) to have them counted\n"
        ),
        "{text}"
    );

    // The travel log says where the days were: Germany's 20 count.
    let zones = json_answer(
        &[
            "--nationality",
            "US",
            "--on",
            "2025-08-20",
            "--permit",
            "2025-02-01..2025-08-31,FR",
            "-",
        ],
        LOG,
    );
    let schengen = zone(&zones, "schengen");
    assert_eq!(schengen["permits"][0]["days"], 150);
    assert_eq!(schengen["permits"][0]["counted_elsewhere"], 20);
    let left_out = &schengen["documents"]["permits"][0];
    assert_eq!(left_out["days_not_counted"], 150);
    assert_eq!(left_out["assumes_issuing_state"], false);
    // Without a permit in the way, no assumption is said.
    let Run { stdout: plain, .. } = staycalc(
        &["check", "--rule", "schengen", "--on", "2025-08-20", "-"],
        single_stays,
    );
    assert!(!plain.contains("assumed"), "{plain}");
}
