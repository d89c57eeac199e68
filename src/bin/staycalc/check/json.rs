//! `staycalc check --format json`: one object per person, fields named as in the engine.

use crate::json::Json;
use staycalc::{Assessment, FieldValue, Rule, StayVerdict};

/// The fields of one person's answer, in a stable order: the rule, the fields of
/// [`Assessment::fields`], then the `plan`, a verdict per stay. `staycalc check` prints them
/// as one object.
pub(crate) fn fields(
    rule: &Rule,
    answer: &Assessment,
    plan: &[StayVerdict],
) -> Vec<(&'static str, Json)> {
    let plan = plan.iter().cloned().map(Json::Verdict);
    [
        ("rule", Json::text(rule.id.as_ref())),
        ("rule_name", Json::text(rule.name.as_ref())),
    ]
    .into_iter()
    .chain(answer.fields().map(|(name, value)| (name, json(value))))
    .chain([("plan", Json::Array(plan.collect()))])
    .collect()
}

/// A field's value, to be written as the library writes it ([`staycalc::JsonWriter::value`]).
fn json(value: FieldValue<'_>) -> Json {
    match value {
        FieldValue::Text(text) => Json::text(text),
        FieldValue::Number(n) => Json::Number(n),
        FieldValue::Bool(b) => Json::Bool(b),
        FieldValue::Date(date) => Json::date(Some(date)),
        FieldValue::Absent => Json::Null,
        FieldValue::Warnings(warnings) => Json::Warnings(warnings.to_vec()),
    }
}
