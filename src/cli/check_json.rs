//! `staycalc check --format json`: one object per person, fields named as in the engine.

use crate::cli::json::Json;
use staycalc::{Assessment, Rule, StayVerdict};

/// The fields of one person's answer, in a stable order. `staycalc check` prints them as one
/// object; a report of many people can put its own fields first.
pub(crate) fn fields(
    rule: &Rule,
    answer: &Assessment,
    plan: &[StayVerdict],
) -> Vec<(&'static str, Json)> {
    let count = |n: u32| Json::Number(n.into());
    let warnings = answer.warnings.iter().map(|warning| {
        Json::Object(vec![
            ("code", Json::text(warning.code())),
            ("message", Json::text(warning.to_string())),
            (
                "rows",
                Json::Array(
                    warning
                        .rows()
                        .into_iter()
                        .map(|row| Json::Number(row as i64))
                        .collect(),
                ),
            ),
        ])
    });
    let plan = plan.iter().map(|verdict| {
        Json::Object(vec![
            ("row", Json::Number(verdict.row as i64)),
            ("entry", Json::date(Some(verdict.entry))),
            ("exit", Json::date(Some(verdict.exit))),
            ("planned", Json::Bool(verdict.planned)),
            ("unlawful_days", count(verdict.unlawful_days)),
            ("first_unlawful_day", Json::date(verdict.first_unlawful_day)),
            ("latest_exit", Json::date(verdict.latest_exit)),
        ])
    });
    vec![
        ("rule", Json::text(rule.id.as_ref())),
        ("rule_name", Json::text(rule.name.as_ref())),
        ("on", Json::date(Some(answer.on))),
        ("window_start", Json::date(Some(answer.window_start))),
        ("days_used", count(answer.days_used)),
        ("limit", count(answer.limit)),
        ("days_remaining", count(answer.days_remaining)),
        ("overstay_days", count(answer.overstay_days)),
        ("unlawful_days", count(answer.unlawful_days)),
        ("first_unlawful_day", Json::date(answer.first_unlawful_day)),
        ("present", Json::Bool(answer.present)),
        ("day_of_stay", count(answer.day_of_stay)),
        ("per_entry_cap", Json::number(answer.per_entry_cap)),
        ("latest_exit", Json::date(answer.latest_exit)),
        ("max_stay_days", count(answer.max_stay_days)),
        ("full_allowance", count(answer.full_allowance)),
        ("earliest_full_stay", Json::date(answer.earliest_full_stay)),
        ("status", Json::text(answer.status.as_str())),
        ("warnings", Json::Array(warnings.collect())),
        ("plan", Json::Array(plan.collect())),
    ]
}
