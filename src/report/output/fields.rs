//! The fields of one report line, in order: the person, the carried columns, the fields of
//! `staycalc check --format json` (without its `plan`), then the report's own.

use crate::plan::StayVerdict;
use crate::report::PersonReport;
use crate::warning::Warning;
use chrono::NaiveDate;

/// A field's value, before a writer gives it its form.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Value<'a> {
    Text(&'a str),
    Number(u64),
    Bool(bool),
    Date(Option<NaiveDate>),
    Optional(Option<u32>),
    Warnings(&'a [Warning]),
    Verdict(Option<&'a StayVerdict>),
    Lines(&'a [usize]),
}

/// The names of the fields after the carried columns.
pub(crate) const NAMES: [&str; 22] = [
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
    "present",
    "day_of_stay",
    "per_entry_cap",
    "latest_exit",
    "max_stay_days",
    "full_allowance",
    "earliest_full_stay",
    "status",
    "warnings",
    "next_planned",
    "stays",
    "bad_lines",
];

/// The values of the fields named by [`NAMES`], in that order.
pub(crate) fn values(report: &PersonReport) -> [Value<'_>; 22] {
    let a = &report.assessment;
    let n = |n: u32| Value::Number(n.into());
    [
        Value::Text(&report.rule),
        Value::Text(&report.rule_name),
        Value::Date(Some(a.on)),
        Value::Date(Some(a.window_start)),
        n(a.days_used),
        n(a.limit),
        n(a.days_remaining),
        n(a.overstay_days),
        n(a.unlawful_days),
        Value::Date(a.first_unlawful_day),
        Value::Bool(a.present),
        n(a.day_of_stay),
        Value::Optional(a.per_entry_cap),
        Value::Date(a.latest_exit),
        n(a.max_stay_days),
        n(a.full_allowance),
        Value::Date(a.earliest_full_stay),
        Value::Text(a.status.as_str()),
        Value::Warnings(&a.warnings),
        Value::Verdict(report.next_planned.as_ref()),
        Value::Number(report.stays as u64),
        Value::Lines(&report.bad_lines),
    ]
}
