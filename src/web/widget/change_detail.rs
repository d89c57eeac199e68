//! The answer a widget tells its host page: the `detail` of its `staycalc-change` event, and
//! what `embed.html` posts to its parent.
//!
//! The fields and their names are those of the JS API's `evaluate` and of
//! `staycalc check --format json`: `rule`, `rule_name`, `on`, `window_start`, `days_used`,
//! `limit`, `days_remaining`, `overstay_days`, `unlawful_days`, `first_unlawful_day`,
//! `past_unlawful_days`, `present`, `day_of_stay`, `per_entry_cap`, `days_left_in_stay`,
//! `per_entry_last_day`, `latest_exit`, `latest_exit_keeping_plans`, `max_stay_days`,
//! `binding`, `full_allowance`, `earliest_full_stay`, `status`, `warnings` (`code`, `message`,
//! `rows`) and `plan` (`row`, `entry`, `exit`, `planned`, `unlawful_days`,
//! `first_unlawful_day`, `later_unlawful_days`, `latest_exit`). Dates are `YYYY-MM-DD`, absent
//! values `null`.
//!
//! With papers given in the widget (a passport, visas, permits) or deadlines listed (a
//! Kazakhstan rule's arrival notifications), the answer is `evaluateDocuments`'s: the
//! evaluation with the papers' bounds applied (the day to leave by, the longest stay, the
//! status), then `latest_exit_reason` and `documents {bounds, visas, passport, permits,
//! deadlines, warnings}` ([`JsonWriter::documents`]). As on the page, the papers are checked
//! under the rules whose conditions are sourced (the Schengen rule's); under the others
//! `documents` lists no bounds or verdicts.
//!
//! When there is no answer (a rule not in force on the check date, custom numbers that make no
//! rule) the detail is `{rule, on, error: {code, message, row}}`, the error as the JS API
//! throws it.
//!
//! Every field and value is the engine's, in the one envelope of an answer
//! ([`JsonWriter::evaluation`]). The detail is JSON text here, so `cargo test` checks it; the UI
//! turns it into a JavaScript object with `JSON.parse`.

use crate::calculator::Calculator;
use crate::deadlines::Deadline;
use crate::documents::{check_documents, passport_conditions_apply, Documents};
use crate::error::Error;
use crate::output::JsonWriter;
use crate::rule::Rule;
use crate::web::traveller::Outcome;
use chrono::NaiveDate;

/// The detail for what the widget shows, as compact JSON text: the answer under `rule`
/// (chosen as `rule_id`) on the check date `on`, written by the one JSON writer as the JS API's
/// `evaluate` writes it ([`JsonWriter::evaluation`]), with the `papers` given and the
/// `deadlines` listed as `evaluateDocuments` writes them, or why there is none. `by_zone`: the
/// stays have countries, so a permit's days are those in the state that issued it (without
/// them, every day of presence within its dates, said as `assumes_issuing_state`).
pub(crate) fn change_detail(
    rule_id: &str,
    rule: &Result<Rule, Error>,
    on: NaiveDate,
    outcome: &Outcome,
    papers: &Documents,
    by_zone: bool,
    deadlines: &[Deadline],
) -> String {
    let mut text = String::new();
    let mut json = JsonWriter::compact(&mut text);
    json.begin_object();
    match (rule, &outcome.answer) {
        (Ok(rule), Ok(found)) if papers.is_empty() && deadlines.is_empty() => {
            json.evaluation(rule, &found.assessment, &found.verdicts);
        }
        (Ok(rule), Ok(found)) => {
            // The stays are those counted (a permit's days left out), as the answer's.
            let check = passport_conditions_apply(rule)
                .then(|| Calculator::new(rule, &found.stays, on).ok())
                .flatten()
                .map(|calculator| check_documents(&calculator, papers));
            let mut assessment = found.assessment.clone();
            if let Some(check) = &check {
                check.apply_to(&mut assessment);
            }
            json.evaluation(rule, &assessment, &found.verdicts);
            json.documents(check.as_ref(), &found.permit_days, !by_zone, deadlines);
        }
        (Err(error), _) | (_, Err(error)) => {
            json.key("rule");
            json.string(rule_id);
            json.key("on");
            json.date(on);
            json.key("error");
            json.begin_object();
            json.key("code");
            json.string(error.code());
            json.key("message");
            json.string(&error.to_string());
            json.key("row");
            match error.row() {
                Some(row) => json.number(row as u64),
                None => json.null(),
            }
            json.end_object();
        }
    }
    json.end_object();
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;
    use crate::date::date as day;
    use crate::web::traveller::outcome;
    use crate::web::traveller::StayRows;

    fn detail(id: &str, on: NaiveDate, values: &[(&str, &str)]) -> String {
        let rows = StayRows::from_values(
            values
                .iter()
                .map(|&(a, b)| (a.to_string(), b.to_string(), false)),
        );
        let chosen = rule(id).cloned();
        let outcome = match &chosen {
            Ok(rule) => outcome(rule, &rows, on),
            Err(_) => outcome(rule("schengen").unwrap(), &rows, on),
        };
        change_detail(id, &chosen, on, &outcome, &Documents::default(), false, &[])
    }

    #[test]
    fn an_answer_has_the_js_api_fields_with_the_engine_values() {
        // Swiss SEM example 2 (rules.md §7.1), checked on exit 2014-11-30: every field of the
        // JS API's `evaluate`, in its order, with the engine's values (77 days used, 13 left,
        // latest exit 2014-12-13, status ok), and the plan's verdict on each stay.
        let on = day(2014, 11, 30);
        let found = detail(
            "schengen",
            on,
            &[("2014-08-15", "2014-09-30"), ("2014-11-01", "2014-11-30")],
        );
        assert_eq!(
            found,
            concat!(
                r#"{"rule":"schengen","rule_name":"Schengen area: 90 days in any 180","#,
                r#""on":"2014-11-30","window_start":"2014-06-04","days_used":77,"limit":90,"#,
                r#""days_remaining":13,"overstay_days":0,"unlawful_days":0,"#,
                r#""first_unlawful_day":null,"past_unlawful_days":0,"present":true,"#,
                r#""day_of_stay":30,"per_entry_cap":null,"days_left_in_stay":null,"#,
                r#""per_entry_last_day":null,"latest_exit":"2014-12-13","#,
                r#""latest_exit_keeping_plans":"2014-12-13","max_stay_days":14,"#,
                r#""binding":"window","full_allowance":90,"earliest_full_stay":"2015-03-01","#,
                r#""status":"ok","warnings":[],"plan":[{"row":1,"entry":"2014-08-15","#,
                r#""exit":"2014-09-30","planned":false,"unlawful_days":0,"#,
                r#""first_unlawful_day":null,"later_unlawful_days":0,"latest_exit":null},"#,
                r#"{"row":2,"entry":"2014-11-01","exit":"2014-11-30","planned":false,"#,
                r#""unlawful_days":0,"first_unlawful_day":null,"later_unlawful_days":0,"#,
                r#""latest_exit":null}]}"#,
            )
        );
    }

    #[test]
    fn warnings_carry_code_message_and_rows() {
        let found = detail(
            "schengen",
            day(2025, 3, 31),
            &[("2025-03-01", "2025-03-10"), ("2025-03-05", "2025-03-12")],
        );
        assert!(found.contains(concat!(
            r#""warnings":[{"code":"overlap","message":"rows 1 and 2 overlap from "#,
            r#"2025-03-05 to 2025-03-10: those days are counted once","rows":[1,2]}],"#
        )));
    }

    #[test]
    fn no_answer_says_why_as_the_js_api_would() {
        let failed = detail("atlantis", day(2025, 1, 1), &[]);
        assert_eq!(
            failed,
            concat!(
                r#"{"rule":"atlantis","on":"2025-01-01","error":{"code":"unknown_rule","#,
                r#""message":"unknown rule \"atlantis\": the catalogue has no rule with this "#,
                r#"id","row":null}}"#
            )
        );
        let not_in_force = detail("kz-india-iran", day(2021, 1, 1), &[]);
        assert!(not_in_force.contains(r#""error":{"code":"rule_not_in_force","#));
    }

    /// A permit's days without countries on the stays are every day within its dates, taken
    /// to be in the state that issued it: the detail says so, as `evaluateDocuments` does;
    /// with countries they are the issuing state's days, and it does not.
    #[test]
    fn a_permit_says_whether_its_days_assume_the_issuing_state() {
        use crate::documents::Permit;
        use crate::web::traveller::outcome_of;
        let rows =
            StayRows::from_values([("2025-01-01".to_string(), "2025-03-10".to_string(), false)]);
        let on = day(2025, 3, 20);
        let schengen = rule("schengen").cloned();
        let permits = vec![Permit::new(day(2025, 2, 1), day(2025, 2, 28)).unwrap()];
        let answer = outcome_of(
            schengen.as_ref().unwrap(),
            &rows,
            on,
            &permits,
            |_, _, s| Ok(Some(s)),
        );
        let papers = Documents {
            permits,
            ..Documents::default()
        };
        for (by_zone, assumed) in [(false, true), (true, false)] {
            let found = change_detail("schengen", &schengen, on, &answer, &papers, by_zone, &[]);
            assert!(
                found.contains(&format!(
                    r#""permits":[{{"from":"2025-02-01","until":"2025-02-28","days_not_counted":28,"assumes_issuing_state":{assumed}}}]"#
                )),
                "{found}"
            );
        }
    }

    /// A passport valid until 25 June 2025 ends a Schengen stay entered on 1 January on 25
    /// March (3 months before), not on the rule's 31 March: the detail says so as
    /// `evaluateDocuments` would, with the reason. Under Kazakhstan's rule the arrival
    /// notification is listed and nothing of the passport is checked.
    #[test]
    fn papers_and_deadlines_are_said_as_evaluate_documents_says_them() {
        use crate::documents::Passport;
        let rows = StayRows::from_values([("2025-01-01".to_string(), String::new(), true)]);
        let on = day(2025, 3, 20);
        let schengen = rule("schengen").cloned();
        let answer = outcome(schengen.as_ref().unwrap(), &rows, on);
        let papers = Documents {
            passport: Some(Passport {
                expiry: day(2025, 6, 25),
                issued: None,
            }),
            ..Documents::default()
        };
        let found = change_detail("schengen", &schengen, on, &answer, &papers, false, &[]);
        assert!(found.contains(r#""latest_exit":"2025-03-25","#), "{found}");
        assert!(found.contains(r#""max_stay_days":6,"#), "{found}");
        assert!(found.contains(r#""latest_exit_reason":"passport","documents":{"bounds":["#));
        let without = change_detail(
            "schengen",
            &schengen,
            on,
            &answer,
            &Documents::default(),
            false,
            &[],
        );
        assert!(
            without.contains(r#""latest_exit":"2025-03-31","#),
            "{without}"
        );
        assert!(!without.contains("latest_exit_reason"));

        let kz = rule("kz-visa-free").cloned();
        let answer = outcome(kz.as_ref().unwrap(), &rows, on);
        let deadlines: Vec<Deadline> = crate::web::traveller::arrival_deadlines(
            kz.as_ref().unwrap(),
            answer.answer.as_ref().unwrap(),
        )
        .into_iter()
        .filter_map(|d| d.deadline.ok())
        .collect();
        assert_eq!(deadlines.len(), 1);
        let found = change_detail("kz-visa-free", &kz, on, &answer, &papers, false, &deadlines);
        assert!(
            found.contains(r#""latest_exit_reason":null,"documents":{"bounds":[],"#),
            "{found}"
        );
        assert!(found.contains(r#""deadlines":[{"#), "{found}");
    }
}
