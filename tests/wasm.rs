//! The JavaScript API called from inside WebAssembly, in Node and in headless Chromium:
//!
//! ```text
//! wasm-pack test --node -- --features wasm,wasm-report --test wasm
//! WASM_BINDGEN_USE_BROWSER=1 wasm-pack test --headless --chrome -- --features wasm,wasm-report --test wasm
//! ```
//!
//! With both features, one module holds the exports of `staycalc` (feature `wasm`) and of
//! `staycalc/report` (feature `wasm-report`, the tests of `report` at the end); the npm package
//! builds each into a module of its own, tested in tests/js.
//!
//! Requests are built from JSON text as a JS caller would write them; answers are read back as
//! JS objects. Expected figures come from the official worked examples cited beside them.
#![cfg(all(target_arch = "wasm32", feature = "wasm"))]

use js_sys::{Array, Reflect, JSON};
use staycalc::wasm::{
    earliest_entry, evaluate, is_staycalc_error, plan_check, rules, timeline, version,
};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// A JS value from JSON text.
fn js(json: &str) -> JsValue {
    JSON::parse(json).unwrap_or_else(|_| panic!("test JSON is valid: {json}"))
}

/// `object[key]`.
fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap()
}

fn text(object: &JsValue, key: &str) -> String {
    get(object, key)
        .as_string()
        .unwrap_or_else(|| panic!("{key} is a string: {:?}", get(object, key)))
}

fn number(object: &JsValue, key: &str) -> f64 {
    get(object, key)
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is a number: {:?}", get(object, key)))
}

/// Swiss SEM example 4 (docs/rules.md §2): stays up to 2014-01-30, checked that day.
const SEM_EXAMPLE_4: &str = r#"{
    "rule": "schengen",
    "stays": [
        {"entry": "2013-06-01", "exit": "2013-07-13"},
        {"entry": "2013-08-15", "exit": "2013-09-30"},
        {"entry": "2014-01-01", "exit": "2014-01-30"}
    ],
    "on": "2014-01-30"
}"#;

/// The thrown value's `code`, `row` and `message`, after checking it is a `StaycalcError`.
fn thrown(result: Result<JsValue, JsValue>) -> (String, JsValue, String) {
    let error = result.expect_err("the call throws");
    assert!(
        error.is_instance_of::<js_sys::Error>(),
        "a JS Error is thrown"
    );
    assert!(is_staycalc_error(&error));
    assert_eq!(text(&error, "name"), "StaycalcError");
    (
        text(&error, "code"),
        get(&error, "row"),
        text(&error, "message"),
    )
}

#[wasm_bindgen_test]
fn evaluate_answers_the_official_example_with_cli_field_names() {
    let answer = evaluate(js(SEM_EXAMPLE_4)).unwrap();
    // SEM example 4: window from 2013-08-04, 77 days used, may stay until 2014-03-31.
    assert_eq!(text(&answer, "window_start"), "2013-08-04");
    assert_eq!(number(&answer, "days_used"), 77.0);
    assert_eq!(number(&answer, "days_remaining"), 13.0);
    assert_eq!(text(&answer, "latest_exit"), "2014-03-31");
    assert_eq!(text(&answer, "status"), "ok");
    assert_eq!(text(&answer, "rule"), "schengen");
    assert_eq!(text(&answer, "on"), "2014-01-30");
    // Absent values are null, not undefined, as in the command line's JSON.
    assert!(get(&answer, "first_unlawful_day").is_null());
    assert!(get(&answer, "per_entry_cap").is_null());
    assert!(Array::is_array(&get(&answer, "warnings")));
    for key in [
        "limit",
        "overstay_days",
        "unlawful_days",
        "present",
        "day_of_stay",
        "max_stay_days",
        "past_unlawful_days",
        "latest_exit_keeping_plans",
        "binding",
        "full_allowance",
        "earliest_full_stay",
    ] {
        assert!(!get(&answer, key).is_undefined(), "{key} is present");
    }
}

#[wasm_bindgen_test]
fn evaluate_takes_a_custom_rule_a_threshold_and_open_stays() {
    // Day 20 of a stay capped at 25 days: 5 days left in it, fewer than the threshold of 11.
    let answer = evaluate(js(r#"{
        "rule": {"window": 180, "max": 30, "perEntry": 25},
        "stays": [{"entry": "2025-03-01", "exit": null, "note": "kept by the caller"}],
        "on": "2025-03-20",
        "warnBelow": 11
    }"#))
    .unwrap();
    assert_eq!(text(&answer, "rule"), "custom");
    assert_eq!(number(&answer, "days_used"), 20.0);
    assert_eq!(number(&answer, "day_of_stay"), 20.0);
    assert_eq!(number(&answer, "per_entry_cap"), 25.0);
    assert_eq!(text(&answer, "latest_exit"), "2025-03-25");
    assert_eq!(text(&answer, "status"), "warning");
}

#[wasm_bindgen_test]
fn evaluate_reports_overlaps_as_warnings_naming_both_rows() {
    let answer = evaluate(js(r#"{
        "rule": "schengen",
        "stays": [{"entry": "2025-01-01", "exit": "2025-01-10"}, {"entry": "2025-01-08", "exit": "2025-01-12"}],
        "on": "2025-01-31"
    }"#))
    .unwrap();
    assert_eq!(number(&answer, "days_used"), 12.0);
    let warning = Array::from(&get(&answer, "warnings")).get(0);
    assert_eq!(text(&warning, "code"), "overlap");
    assert_eq!(JSON::stringify(&get(&warning, "rows")).unwrap(), "[1,2]");
    assert!(text(&warning, "message").contains("2025-01-08"));
}

#[wasm_bindgen_test]
fn plan_check_gives_a_verdict_per_stay() {
    // 59 days in January and February, then 31 in May: 90 days. A June trip is one too many.
    let answer = plan_check(js(r#"{
        "rule": "schengen",
        "stays": [
            {"entry": "2025-01-01", "exit": "2025-02-28"},
            {"entry": "2025-05-01", "exit": "2025-05-31"},
            {"entry": "2025-06-20", "exit": "2025-06-30"}
        ],
        "on": "2025-03-15"
    }"#))
    .unwrap();
    assert_eq!(get(&answer, "lawful"), JsValue::FALSE);
    let stays = Array::from(&get(&answer, "stays"));
    assert_eq!(stays.length(), 3);
    let (past, may, june) = (stays.get(0), stays.get(1), stays.get(2));
    assert_eq!(get(&past, "planned"), JsValue::FALSE);
    assert_eq!(number(&may, "unlawful_days"), 0.0);
    assert!(get(&may, "first_unlawful_day").is_null());
    assert_eq!(number(&june, "row"), 3.0);
    assert_eq!(text(&june, "first_unlawful_day"), "2025-06-20");
    assert_eq!(number(&june, "unlawful_days"), 11.0);
}

#[wasm_bindgen_test]
fn timeline_has_a_day_per_date_and_the_drop_outs() {
    let answer = timeline(js(r#"{
        "rule": "schengen",
        "stays": [{"entry": "2025-01-01", "exit": "2025-01-10"}],
        "on": "2025-03-01", "from": "2025-01-09", "to": "2025-01-12"
    }"#))
    .unwrap();
    let days = Array::from(&get(&answer, "days"));
    let counts: Vec<f64> = days.iter().map(|day| number(&day, "count")).collect();
    assert_eq!(counts, [9.0, 10.0, 10.0, 10.0]);
    assert_eq!(text(&days.get(3), "date"), "2025-01-12");
    assert_eq!(get(&days.get(2), "present"), JsValue::FALSE);
    // The ten January days leave the 180-day window 180 days later.
    let drop_out = Array::from(&get(&answer, "drop_outs")).get(0);
    assert_eq!(text(&drop_out, "from"), "2025-06-30");
    assert_eq!(text(&drop_out, "until"), "2025-07-09");
    assert_eq!(number(&drop_out, "days"), 10.0);
}

#[wasm_bindgen_test]
fn earliest_entry_is_a_date_string_or_null() {
    // Swiss SEM example 5b: after these stays, a full 90-day stay from 2014-09-08.
    let stays = r#"[
        {"entry": "2013-09-01", "exit": "2013-09-30"},
        {"entry": "2014-02-21", "exit": "2014-04-20"},
        {"entry": "2014-05-01", "exit": "2014-06-09"}
    ]"#;
    let request = |days: u32| {
        js(&format!(
            r#"{{"rule": "schengen", "stays": {stays}, "on": "2014-08-30", "days": {days}}}"#
        ))
    };
    assert_eq!(earliest_entry(request(90)).unwrap(), "2014-09-08");
    assert_eq!(earliest_entry(request(50)).unwrap(), "2014-08-30");
    let never =
        js(r#"{"rule": {"window": 180, "max": 90}, "stays": [], "on": "2025-01-01", "days": 91}"#);
    assert!(earliest_entry(never).unwrap().is_null());
}

#[wasm_bindgen_test]
fn rules_lists_the_catalogue_with_sources() {
    let list = Array::from(&rules().unwrap());
    assert!(list.length() >= 10);
    let ids: Vec<String> = list.iter().map(|rule| text(&rule, "id")).collect();
    assert!(ids.contains(&"schengen".to_string()));
    for rule in list.iter() {
        assert!(!text(&rule, "source").is_empty());
        assert!(["high", "medium", "low"].contains(&text(&rule, "confidence").as_str()));
        assert!(Array::from(&get(&rule, "versions")).length() >= 1);
    }
    let schengen = list
        .iter()
        .find(|rule| text(rule, "id") == "schengen")
        .unwrap();
    let versions = Array::from(&get(&schengen, "versions"));
    let current = get(&versions.get(versions.length() - 1), "window");
    assert_eq!(text(&current, "kind"), "rolling");
    assert_eq!(
        (number(&current, "days"), number(&current, "max")),
        (180.0, 90.0)
    );
}

#[wasm_bindgen_test]
fn version_is_the_crate_version() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn engine_errors_keep_their_code_row_and_value() {
    let cases = [
        (
            r#"{"rule": "atlantis", "stays": [], "on": "2025-01-01"}"#,
            "unknown_rule",
            None,
            "atlantis",
        ),
        (
            r#"{"rule": "schengen", "stays": [], "on": "2025-02-30"}"#,
            "bad_date",
            None,
            "2025-02-30",
        ),
        (
            r#"{"rule": "schengen", "stays": [{"entry": "2025-01-01"}, {"entry": "1 May"}], "on": "2025-06-01"}"#,
            "bad_date",
            Some(2.0),
            "1 May",
        ),
        (
            r#"{"rule": "schengen", "stays": [{"entry": "2025-03-05", "exit": "2025-03-01"}], "on": "2025-06-01"}"#,
            "exit_before_entry",
            Some(1.0),
            "2025-03-01",
        ),
        (
            r#"{"rule": "schengen", "stays": [{"entry": "2025-07-01"}], "on": "2025-06-01"}"#,
            "open_stay_after_check_date",
            Some(1.0),
            "2025-07-01",
        ),
        (
            r#"{"rule": "schengen", "stays": [], "on": "2300-01-01"}"#,
            "date_out_of_range",
            None,
            "2300-01-01",
        ),
        (
            r#"{"rule": {"window": 90, "max": 90}, "stays": [], "on": "2025-01-01"}"#,
            "invalid_rule",
            None,
            "90",
        ),
        (
            r#"{"rule": "kz-india-iran", "stays": [], "on": "2020-01-01"}"#,
            "rule_not_in_force",
            None,
            "2020-01-01",
        ),
    ];
    for (request, code, row, value) in cases {
        let (got_code, got_row, message) = thrown(evaluate(js(request)));
        assert_eq!(got_code, code, "{request}");
        assert_eq!(got_row.as_f64(), row, "{request}");
        assert!(
            row.is_some() || got_row.is_null(),
            "row is null, not undefined"
        );
        assert!(message.contains(value), "{message:?} names {value:?}");
    }
    let too_long = js(r#"{"rule": "schengen", "stays": [], "on": "2025-01-01", "days": 0}"#);
    assert_eq!(thrown(earliest_entry(too_long)).0, "invalid_number");
    let reversed = js(
        r#"{"rule": "schengen", "stays": [], "on": "2025-01-01", "from": "2025-02-01", "to": "2025-01-01"}"#,
    );
    assert_eq!(thrown(timeline(reversed)).0, "invalid_number");
}

#[wasm_bindgen_test]
fn bad_request_shapes_are_bad_request_errors() {
    let cases = [
        ("5", None, "5"),
        ("null", None, "null"),
        ("[]", None, "array"),
        (r#"{"stays": [], "on": "2025-01-01"}"#, None, "\"rule\""),
        (
            r#"{"rule": "schengen", "on": "2025-01-01"}"#,
            None,
            "\"stays\"",
        ),
        (r#"{"rule": "schengen", "stays": []}"#, None, "\"on\""),
        (
            r#"{"rule": "schengen", "stays": [], "on": 20250101}"#,
            None,
            "20250101",
        ),
        (
            r#"{"rule": 90, "stays": [], "on": "2025-01-01"}"#,
            None,
            "90",
        ),
        (
            r#"{"rule": {"window": 180}, "stays": [], "on": "2025-01-01"}"#,
            None,
            "\"max\"",
        ),
        (
            r#"{"rule": {"window": 180, "max": 90, "perentry": 30}, "stays": [], "on": "2025-01-01"}"#,
            None,
            "did you mean \"per_entry\"",
        ),
        (
            r#"{"rule": {"window": -180, "max": 90}, "stays": [], "on": "2025-01-01"}"#,
            None,
            "-180",
        ),
        (
            r#"{"rule": "schengen", "stays": {}, "on": "2025-01-01"}"#,
            None,
            "object",
        ),
        (
            r#"{"rule": "schengen", "stays": ["2025-01-01"], "on": "2025-01-01"}"#,
            Some(1.0),
            "2025-01-01",
        ),
        (
            r#"{"rule": "schengen", "stays": [{"exit": "2025-01-01"}], "on": "2025-01-01"}"#,
            Some(1.0),
            "\"entry\"",
        ),
        (
            r#"{"rule": "schengen", "stays": [{"entry": "2025-01-01", "exit": 5}], "on": "2025-01-01"}"#,
            Some(1.0),
            "5",
        ),
        (
            r#"{"rule": "schengen", "stays": [], "on": "2025-01-01", "warn_blow": 3}"#,
            None,
            "warn_blow",
        ),
        (
            r#"{"rule": "schengen", "stays": [], "on": "2025-01-01", "warn_below": 2.5}"#,
            None,
            "2.5",
        ),
        (
            r#"{"rule": "schengen", "stays": [], "on": "2025-01-01", "warnBelow": 1e12}"#,
            None,
            "1000000000000",
        ),
    ];
    for (request, row, value) in cases {
        let (code, got_row, message) = thrown(evaluate(js(request)));
        assert_eq!(code, "bad_request", "{request}");
        assert_eq!(got_row.as_f64(), row, "{request}");
        assert!(message.contains(value), "{message:?} names {value:?}");
    }
    let no_days = js(r#"{"rule": "schengen", "stays": [], "on": "2025-01-01"}"#);
    assert_eq!(thrown(earliest_entry(no_days)).0, "bad_request");
    let no_range =
        js(r#"{"rule": "schengen", "stays": [], "on": "2025-01-01", "from": "2025-01-01"}"#);
    assert_eq!(
        thrown(timeline(no_range)).2,
        "missing field \"to\" in the request"
    );
}

#[wasm_bindgen_test]
fn odd_values_anywhere_never_panic() {
    let odd: Vec<JsValue> = vec![
        JsValue::UNDEFINED,
        JsValue::NULL,
        JsValue::TRUE,
        JsValue::from(-1.5),
        JsValue::from(f64::NAN),
        JsValue::from(f64::INFINITY),
        JsValue::from(""),
        JsValue::from("\u{1F600}2025-01-0"),
        JsValue::from("2025-01-01\u{301}"),
        Array::new().into(),
        js_sys::Object::new().into(),
        js_sys::Date::new_0().into(),
        js_sys::Symbol::for_("staycalc").into(),
        js_sys::BigInt::from(7u32).into(),
    ];
    type Export = fn(JsValue) -> Result<JsValue, JsValue>;
    let exports: [(Export, &str); 4] = [
        (evaluate, r#", "warnBelow": 5"#),
        (plan_check, ""),
        (timeline, r#", "from": "2025-01-01", "to": "2025-01-31""#),
        (earliest_entry, r#", "days": 10"#),
    ];
    for value in &odd {
        for (export, extra) in exports {
            let base = || {
                js(&format!(
                    r#"{{"rule": "schengen", "stays": [{{"entry": "2025-01-01", "exit": "2025-01-09"}}], "on": "2025-02-01"{extra}}}"#
                ))
            };
            export(base()).expect("the base request is good");
            for key in js_sys::Object::keys(&base().into()).iter() {
                let request = base();
                Reflect::set(&request, &key, value).unwrap();
                if let Err(error) = export(request) {
                    assert!(is_staycalc_error(&error), "{key:?} = {value:?}");
                }
            }
            for key in ["entry", "exit"] {
                let request = base();
                let stay = Array::from(&get(&request, "stays")).get(0);
                Reflect::set(&stay, &key.into(), value).unwrap();
                if let Err(error) = export(request) {
                    assert!(is_staycalc_error(&error), "stay {key} = {value:?}");
                    let row = get(&error, "row").as_f64();
                    assert_eq!(row, Some(1.0), "stay {key} = {value:?}: {error:?}");
                }
            }
        }
        if let Err(error) = evaluate(value.clone()) {
            assert!(is_staycalc_error(&error));
        } else {
            panic!("{value:?} is not a request");
        }
    }
    assert!(!is_staycalc_error(&js_sys::Error::new("other").into()));
    assert!(!is_staycalc_error(&JsValue::from("StaycalcError")));
}

/// `report`, in the module `staycalc/report` of the npm package.
#[cfg(feature = "wasm-report")]
mod report {
    use super::*;
    use staycalc::wasm::report;

    /// A team file: Ana's two stays (one planned), Jane's good stay and her row with no such day.
    const TEAM: &str = "person,department,entry,exit,planned\n\
                        Ana,Sales,2025-03-01,2025-04-30,no\n\
                        \"Doe, Jane\",Legal,2025-05-20,2025-05-25,no\n\
                        Ana,,2025-07-01,2025-07-31,yes\n\
                        \"Doe, Jane\",Legal,2025-02-30,,no\n";

    /// `report(text, options)`.
    fn team(text: &str, options: &str) -> Result<JsValue, JsValue> {
        report(JsValue::from_str(text), js(options))
    }

    #[wasm_bindgen_test]
    fn report_checks_each_person_and_lists_bad_rows() {
        let answer = team(TEAM, r#"{"on": "2025-06-01", "rule": "schengen"}"#).unwrap();
        let people = Array::from(&get(&answer, "people"));
        assert_eq!(people.length(), 2);
        let (ana, jane) = (people.get(0), people.get(1));

        // March and April: 31 + 30 days in the window ending 2025-06-01 (from 2024-12-04).
        assert_eq!(text(&ana, "person"), "Ana");
        assert_eq!(text(&ana, "department"), "Sales");
        assert_eq!(number(&ana, "days_used"), 61.0);
        assert_eq!(number(&ana, "days_remaining"), 29.0);
        assert_eq!(number(&ana, "stays"), 2.0);
        // July's 30th day is the 91st in the window ending that day (from 2025-01-31): a
        // planned overstay.
        let july = get(&ana, "next_planned");
        assert_eq!(number(&july, "row"), 4.0);
        assert_eq!(text(&july, "entry"), "2025-07-01");
        assert_eq!(text(&july, "first_unlawful_day"), "2025-07-30");
        assert_eq!(text(&july, "latest_exit"), "2025-07-29");
        assert_eq!(number(&july, "unlawful_days"), 2.0);
        assert_eq!(text(&ana, "status"), "planned_overstay");
        assert_eq!(JSON::stringify(&get(&ana, "bad_lines")).unwrap(), "[]");

        // Jane is reported from her good row, her bad line is named, and she is never "ok".
        assert_eq!(text(&jane, "person"), "Doe, Jane");
        assert_eq!(number(&jane, "days_used"), 6.0);
        assert_eq!(text(&jane, "status"), "check_rows");
        assert!(get(&jane, "next_planned").is_null());
        assert_eq!(JSON::stringify(&get(&jane, "bad_lines")).unwrap(), "[5]");

        let bad_rows = Array::from(&get(&answer, "bad_rows"));
        assert_eq!(bad_rows.length(), 1);
        let bad = bad_rows.get(0);
        assert_eq!(number(&bad, "line"), 5.0);
        assert_eq!(text(&bad, "column"), "entry");
        assert_eq!(text(&bad, "value"), "2025-02-30");
        assert!(text(&bad, "message").contains("no such day"));
        assert_eq!(number(&answer, "rows"), 3.0);
        // The file's rows, the one that could not be read among them.
        assert_eq!(number(&answer, "rows_in_file"), 4.0);
        assert_eq!(text(&answer, "date_format"), "YYYY-MM-DD");
    }

    #[wasm_bindgen_test]
    fn report_as_text_is_the_same_report() {
        let options = |format: &str| {
            format!(r#"{{"on": "2025-06-01", "rule": "schengen", "format": "{format}"}}"#)
        };
        let objects = team(TEAM, &options("objects")).unwrap();
        let json = team(TEAM, &options("json")).unwrap();
        let parsed = JSON::parse(&text(&json, "text")).unwrap();
        assert_eq!(
            JSON::stringify(&parsed).unwrap(),
            JSON::stringify(&get(&objects, "people")).unwrap()
        );
        assert!(get(&json, "people").is_undefined());
        let csv = text(&team(TEAM, &options("csv")).unwrap(), "text");
        let lines: Vec<&str> = csv.split("\r\n").collect();
        assert_eq!(lines.len(), 4, "a header, two people and the end: {csv:?}");
        assert!(lines[0].starts_with("person,department,rule,rule_name,on,"));
        assert!(lines[1].starts_with("Ana,Sales,schengen,"));
        assert!(lines[2].starts_with("\"Doe, Jane\",Legal,schengen,"));
        assert_eq!(
            JSON::stringify(&get(&objects, "bad_rows")).unwrap(),
            JSON::stringify(&get(&json, "bad_rows")).unwrap()
        );
    }

    #[wasm_bindgen_test]
    fn report_takes_a_custom_rule_and_a_threshold() {
        // Jane's 6 days of 90 leave 84, fewer than 85.
        let answer = team(
            TEAM,
            r#"{"on": "2025-06-01", "rule": {"window": 180, "max": 90}, "warnBelow": 85}"#,
        )
        .unwrap();
        let jane = Array::from(&get(&answer, "people")).get(1);
        assert_eq!(text(&jane, "rule"), "custom");
        assert_eq!(number(&jane, "days_remaining"), 84.0);
        // A warning, but her bad row comes first.
        assert_eq!(text(&jane, "status"), "check_rows");
    }

    #[wasm_bindgen_test]
    fn report_errors_have_a_code_a_row_and_the_value() {
        let on = r#"{"on": "2025-06-01", "rule": "schengen"}"#;
        let cases = [
            ("", on, "bad_input", Some(1.0), "empty"),
            (
                "name,from\nAna,2025-01-01\n",
                on,
                "bad_input",
                Some(1.0),
                "exit",
            ),
            (
                TEAM,
                r#"{"on": "2025-06-01"}"#,
                "bad_input",
                Some(1.0),
                "no rule",
            ),
            (
                TEAM,
                r#"{"on": "2025-06-01", "rule": "atlantis"}"#,
                "unknown_rule",
                None,
                "atlantis",
            ),
            (
                TEAM,
                r#"{"on": "2025-02-30", "rule": "schengen"}"#,
                "bad_date",
                None,
                "2025-02-30",
            ),
            (
                TEAM,
                r#"{"on": "2020-01-01", "rule": "kz-india-iran"}"#,
                "rule_not_in_force",
                None,
                "2020-01-01",
            ),
            (
                TEAM,
                r#"{"on": "2025-06-01", "rule": {"window": 90, "max": 90}}"#,
                "invalid_rule",
                None,
                "90",
            ),
            (
                TEAM,
                r#"{"rule": "schengen"}"#,
                "bad_request",
                None,
                "\"on\"",
            ),
            (
                TEAM,
                r#"{"on": "2025-06-01", "rule": "schengen", "format": "xml"}"#,
                "bad_request",
                None,
                "xml",
            ),
            (
                TEAM,
                r#"{"on": "2025-06-01", "rule": "schengen", "warn_blow": 5}"#,
                "bad_request",
                None,
                "warn_blow",
            ),
            (
                TEAM,
                r#"{"on": "2025-06-01", "rule": "schengen", "stays": []}"#,
                "bad_request",
                None,
                "stays",
            ),
            (TEAM, "null", "bad_request", None, "null"),
        ];
        for (file, options, code, row, value) in cases {
            let (got_code, got_row, message) = thrown(team(file, options));
            assert_eq!(got_code, code, "{options} on {file:?}");
            assert_eq!(got_row.as_f64(), row, "{options} on {file:?}");
            assert!(message.contains(value), "{message:?} names {value:?}");
        }
        let (code, _, message) = thrown(report(JsValue::from(5), js(on)));
        assert_eq!(
            (code.as_str(), message.as_str()),
            ("bad_request", "csvText must be a string, not 5")
        );
    }

    #[wasm_bindgen_test]
    fn report_never_panics_on_odd_options_or_text() {
        let odd: Vec<JsValue> = vec![
            JsValue::UNDEFINED,
            JsValue::NULL,
            JsValue::TRUE,
            JsValue::from(-1.5),
            JsValue::from(f64::NAN),
            JsValue::from(""),
            JsValue::from("\u{feff}\"unclosed"),
            Array::new().into(),
            js_sys::Object::new().into(),
            js_sys::Symbol::for_("staycalc").into(),
        ];
        let base =
            || js(r#"{"on": "2025-06-01", "rule": "schengen", "warnBelow": 5, "format": "csv"}"#);
        for value in &odd {
            for key in js_sys::Object::keys(&base().into()).iter() {
                let options = base();
                Reflect::set(&options, &key, value).unwrap();
                if let Err(error) = report(JsValue::from_str(TEAM), options) {
                    assert!(is_staycalc_error(&error), "{key:?} = {value:?}");
                }
            }
            if let Err(error) = report(value.clone(), base()) {
                assert!(is_staycalc_error(&error), "text {value:?}");
            }
        }
        // Text that is not a team file at all still gives an answer or a StaycalcError.
        for text in [
            "\u{0}",
            "person,entry,exit\n\"",
            "person;entry;exit\r\nA;1.2.2025;x\r\n",
            "\u{feff}",
        ] {
            if let Err(error) = team(text, r#"{"on": "2025-06-01", "rule": "schengen"}"#) {
                assert!(is_staycalc_error(&error), "{text:?}");
            }
        }
    }
}

/// `evaluateMany` and `Traveller`, in the module `staycalc/report` of the npm package.
#[cfg(feature = "wasm-report")]
mod many {
    use super::*;
    use staycalc::wasm::{evaluate_many, Traveller};

    #[wasm_bindgen_test]
    fn evaluate_many_answers_each_person_as_evaluate_does() {
        let people = js(r#"[
            {"id": "sem-4", "stays": [
                {"entry": "2013-06-01", "exit": "2013-07-13"},
                {"entry": "2013-08-15", "exit": "2013-09-30"},
                {"entry": "2014-01-01", "exit": "2014-01-30"}
            ]},
            {"stays": [], "rule": {"window": 120, "max": 60}, "on": "2014-02-01"}
        ]"#);
        let answers: Array =
            evaluate_many(people, js(r#"{"on": "2014-01-30", "rule": "schengen"}"#))
                .unwrap()
                .unchecked_into();
        assert_eq!(answers.length(), 2);
        let first = answers.get(0);
        let alone = evaluate(js(SEM_EXAMPLE_4)).unwrap();
        assert_eq!(text(&first, "id"), "sem-4");
        for key in ["days_used", "days_remaining", "unlawful_days"] {
            assert_eq!(number(&first, key), number(&alone, key), "{key}");
        }
        assert_eq!(Array::from(&get(&first, "plan")).length(), 0);
        let second = answers.get(1);
        assert!(get(&second, "id").is_null());
        assert_eq!(number(&second, "limit"), 60.0);
        assert_eq!(text(&second, "on"), "2014-02-01");
    }

    #[wasm_bindgen_test]
    fn evaluate_many_names_the_person_at_fault() {
        let people = js(
            r#"[{"stays": []}, {"id": 7, "stays": [{"entry": "2014-01-05", "exit": "2014-01-01"}]}]"#,
        );
        let (code, row, message) = thrown(evaluate_many(
            people,
            js(r#"{"on": "2014-01-30", "rule": "schengen"}"#),
        ));
        assert_eq!(code, "exit_before_entry");
        assert_eq!(row.as_f64(), Some(1.0));
        assert!(
            message.starts_with("person 2 (id 7): exit 2014-01-01"),
            "{message}"
        );
    }

    #[wasm_bindgen_test]
    fn a_traveller_answers_as_evaluate_does_on_any_date() {
        let request = js(SEM_EXAMPLE_4);
        let stays = get(&request, "stays");
        let traveller = Traveller::new(js(&format!(
            r#"{{"rule": "schengen", "stays": {}}}"#,
            String::from(JSON::stringify(&stays).unwrap())
        )))
        .unwrap();
        let alone = evaluate(js(SEM_EXAMPLE_4)).unwrap();
        let on = JsValue::from_str("2014-01-30");
        assert_eq!(
            f64::from(traveller.days_used(&on).unwrap()),
            number(&alone, "days_used")
        );
        assert_eq!(
            f64::from(traveller.days_remaining(&on).unwrap()),
            number(&alone, "days_remaining")
        );
        let answer = traveller.evaluate(on, JsValue::UNDEFINED).unwrap();
        assert_eq!(
            number(&answer, "overstay_days"),
            number(&alone, "overstay_days")
        );
        let (code, _, _) = thrown(
            traveller
                .days_used(&JsValue::from_str("2014-02-30"))
                .map(JsValue::from),
        );
        assert_eq!(code, "bad_date");
    }
}
