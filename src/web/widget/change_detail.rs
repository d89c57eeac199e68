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
//! When there is no answer (a rule not in force on the check date, custom numbers that make no
//! rule) the detail is `{rule, on, error: {code, message, row}}`, the error as the JS API
//! throws it.
//!
//! This is field mapping only: every field and value is the engine's ([`Assessment::fields`],
//! [`StayVerdict::fields`]).
//! The values are plain data here, so `cargo test` checks them; the UI turns them into a
//! JavaScript object.

use crate::assessment::Assessment;
use crate::error::Error;
use crate::output::FieldValue;
use crate::plan::StayVerdict;
use crate::rule::Rule;
use crate::web::traveller::Outcome;
use chrono::NaiveDate;

/// A JSON-like value: what a detail is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number.
    Number(u64),
    /// A string.
    Text(String),
    /// An array.
    List(Vec<Value>),
    /// An object, its fields in order.
    Object(Vec<(&'static str, Value)>),
}

fn count(n: usize) -> Value {
    Value::Number(n as u64)
}

fn text(text: impl Into<String>) -> Value {
    Value::Text(text.into())
}

/// A field's value as the JS API gives it: dates as `YYYY-MM-DD`, `null` where absent.
fn value(value: FieldValue<'_>) -> Value {
    match value {
        FieldValue::Text(value) => text(value),
        FieldValue::Number(n) => Value::Number(n),
        FieldValue::Bool(b) => Value::Bool(b),
        FieldValue::Date(date) => text(date.to_string()),
        FieldValue::Absent => Value::Null,
        FieldValue::Warnings(warnings) => Value::List(
            warnings
                .iter()
                .map(|warning| {
                    Value::Object(vec![
                        ("code", text(warning.code())),
                        ("message", text(warning.to_string())),
                        (
                            "rows",
                            Value::List(warning.rows().into_iter().map(count).collect()),
                        ),
                    ])
                })
                .collect(),
        ),
    }
}

fn object<'a>(fields: impl Iterator<Item = (&'static str, FieldValue<'a>)>) -> Value {
    Value::Object(fields.map(|(name, v)| (name, value(v))).collect())
}

fn answer(rule: &Rule, a: &Assessment, plan: &[StayVerdict]) -> Value {
    let plan = plan.iter().map(|verdict| object(verdict.fields()));
    Value::Object(
        [
            ("rule", text(rule.id.as_ref())),
            ("rule_name", text(rule.name.as_ref())),
        ]
        .into_iter()
        .chain(a.fields().map(|(name, v)| (name, value(v))))
        .chain([("plan", Value::List(plan.collect()))])
        .collect(),
    )
}

fn failure(rule_id: &str, on: NaiveDate, error: &Error) -> Value {
    Value::Object(vec![
        ("rule", text(rule_id)),
        ("on", text(on.to_string())),
        (
            "error",
            Value::Object(vec![
                ("code", text(error.code())),
                ("message", text(error.to_string())),
                ("row", error.row().map_or(Value::Null, count)),
            ]),
        ),
    ])
}

/// The detail for what the widget shows: the answer under `rule` (chosen as `rule_id`) on the
/// check date `on`, or why there is none.
pub(crate) fn change_detail(
    rule_id: &str,
    rule: &Result<Rule, Error>,
    on: NaiveDate,
    outcome: &Outcome,
) -> Value {
    match (rule, &outcome.answer) {
        (Ok(rule), Ok(found)) => answer(rule, &found.assessment, &found.verdicts),
        (Err(error), _) | (_, Err(error)) => failure(rule_id, on, error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;
    use crate::date::date as day;
    use crate::web::traveller::outcome;
    use crate::web::traveller::StayRows;

    fn detail(id: &str, on: NaiveDate, values: &[(&str, &str)]) -> Value {
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
        change_detail(id, &chosen, on, &outcome)
    }

    impl Value {
        fn field(&self, name: &str) -> Option<&Value> {
            match self {
                Value::Object(fields) => fields.iter().find(|(n, _)| *n == name).map(|(_, v)| v),
                _ => None,
            }
        }
    }

    fn names(value: &Value) -> Vec<&'static str> {
        match value {
            Value::Object(fields) => fields.iter().map(|(name, _)| *name).collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn an_answer_has_the_js_api_fields_with_the_engine_values() {
        // Swiss SEM example 2 (rules.md §7.1), checked on exit 2014-11-30.
        let on = day(2014, 11, 30);
        let found = detail(
            "schengen",
            on,
            &[("2014-08-15", "2014-09-30"), ("2014-11-01", "2014-11-30")],
        );
        assert_eq!(
            names(&found),
            [
                "rule",
                "rule_name",
                "on",
                "window_start",
                "days_used",
                "limit",
                "days_remaining",
                "overstay_days",
                "unlawful_days",
                "first_unlawful_day",
                "past_unlawful_days",
                "present",
                "day_of_stay",
                "per_entry_cap",
                "days_left_in_stay",
                "per_entry_last_day",
                "latest_exit",
                "latest_exit_keeping_plans",
                "max_stay_days",
                "binding",
                "full_allowance",
                "earliest_full_stay",
                "status",
                "warnings",
                "plan"
            ]
        );
        let field = |name| found.field(name).cloned().unwrap();
        assert_eq!(field("rule"), text("schengen"));
        assert_eq!(field("on"), text("2014-11-30"));
        assert_eq!(field("days_used"), Value::Number(77));
        assert_eq!(field("days_remaining"), Value::Number(13));
        assert_eq!(field("latest_exit"), text("2014-12-13"));
        assert_eq!(field("first_unlawful_day"), Value::Null);
        assert_eq!(field("status"), text("ok"));
        let Value::List(plan) = field("plan") else {
            panic!("plan is a list")
        };
        assert_eq!(plan.len(), 2);
        assert_eq!(plan[1].field("entry"), Some(&text("2014-11-01")));
        assert_eq!(plan[1].field("row"), Some(&Value::Number(2)));
    }

    #[test]
    fn warnings_carry_code_message_and_rows() {
        let found = detail(
            "schengen",
            day(2025, 3, 31),
            &[("2025-03-01", "2025-03-10"), ("2025-03-05", "2025-03-12")],
        );
        let Some(Value::List(warnings)) = found.field("warnings") else {
            panic!("warnings is a list")
        };
        assert_eq!(warnings.len(), 1);
        assert_eq!(names(&warnings[0]), ["code", "message", "rows"]);
        assert_eq!(
            warnings[0].field("rows"),
            Some(&Value::List(vec![Value::Number(1), Value::Number(2)]))
        );
    }

    #[test]
    fn no_answer_says_why_as_the_js_api_would() {
        let failed = detail("atlantis", day(2025, 1, 1), &[]);
        assert_eq!(names(&failed), ["rule", "on", "error"]);
        let error = failed.field("error").unwrap();
        assert_eq!(error.field("code"), Some(&text("unknown_rule")));
        assert_eq!(error.field("row"), Some(&Value::Null));
        let not_in_force = detail("kz-india-iran", day(2021, 1, 1), &[]);
        assert_eq!(
            not_in_force.field("error").unwrap().field("code"),
            Some(&text("rule_not_in_force"))
        );
    }
}
