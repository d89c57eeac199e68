//! The fields of one report line, in order: the person, the carried columns, the fields of
//! `staycalc check --format json` (without its `plan`), then the report's own.

use crate::assessment::Assessment;
use crate::field::FieldValue;
use crate::plan::StayVerdict;
use crate::report::{PassportReport, PersonReport, VisaReport};

/// A field's value, before a writer gives it its form.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Value<'a> {
    /// A field as `staycalc check --format json` has it.
    Answer(FieldValue<'a>),
    /// The next planned trip's verdict, if any.
    Verdict(Option<&'a StayVerdict>),
    /// Line numbers.
    Lines(&'a [usize]),
}

/// Reads one of the report's own fields.
type Read = for<'a> fn(&'a PersonReport) -> Value<'a>;

/// The report's fields before those of [`Assessment::fields`].
const BEFORE: [(&str, Read); 2] = [
    ("rule", |r| Value::Answer(FieldValue::Text(&r.rule))),
    ("rule_name", |r| {
        Value::Answer(FieldValue::Text(&r.rule_name))
    }),
];

/// The report's fields after those of [`Assessment::fields`].
const AFTER: [(&str, Read); 3] = [
    ("next_planned", |r| Value::Verdict(r.next_planned.as_ref())),
    ("stays", |r| {
        Value::Answer(FieldValue::Number(r.stays as u64))
    }),
    ("bad_lines", |r| Value::Lines(&r.bad_lines)),
];

/// The names of the fields after the carried columns.
pub(crate) fn names() -> impl Iterator<Item = &'static str> {
    let own = |fields: &'static [(&'static str, Read)]| fields.iter().map(|&(name, _)| name);
    own(&BEFORE)
        .chain(Assessment::field_names())
        .chain(own(&AFTER))
}

/// The fields after the carried columns, by name, in the order of [`names`]. The status is
/// the report's ([`PersonReport::status`]); a person with no assessment has every other
/// answer absent.
pub(crate) fn fields(report: &PersonReport) -> impl Iterator<Item = (&'static str, Value<'_>)> {
    let own = move |fields: &'static [(&'static str, Read)]| {
        fields.iter().map(move |&(name, read)| (name, read(report)))
    };
    let status = report.status().as_str();
    let assessed = report.assessment.iter().flat_map(Assessment::fields);
    let unassessed = (report.assessment.is_none().then(Assessment::field_names))
        .into_iter()
        .flatten()
        .map(|name| (name, FieldValue::Absent));
    let answers = assessed.chain(unassessed).map(move |(name, value)| {
        let value = if name == "status" {
            FieldValue::Text(status)
        } else {
            value
        };
        (name, Value::Answer(value))
    });
    own(&BEFORE).chain(answers).chain(own(&AFTER))
}

/// Whether a field of the next planned trip's verdict has a CSV column of its own: all but
/// `planned`.
fn has_column(verdict_field: &str) -> bool {
    verdict_field != "planned"
}

/// The fields of the next planned trip's verdict that have a CSV column, named
/// `next_planned_` and the field.
pub(crate) fn verdict_columns() -> impl Iterator<Item = &'static str> {
    StayVerdict::field_names().filter(|name| has_column(name))
}

/// The values of [`verdict_columns`] for `verdict`.
pub(crate) fn verdict_cells(verdict: &StayVerdict) -> impl Iterator<Item = FieldValue<'_>> {
    verdict
        .fields()
        .filter_map(|(name, value)| has_column(name).then_some(value))
}

/// The CSV columns of a team file with a passport column, after the report's own: the dates
/// as the rows give them, `ok`, `fails` or `not_checked`, the last exit it allows (3 months
/// before its expiry), the first current or planned trip
/// it fails (entry, exit, the failing conditions' codes, the date a new passport is needed
/// by), and all of it in words.
pub(crate) const PASSPORT_COLUMNS: [&str; 9] = [
    "passport_expiry",
    "passport_issued",
    "passport_check",
    "passport_last_exit",
    "passport_trip_entry",
    "passport_trip_exit",
    "passport_problems",
    "passport_needed_by",
    "passport_message",
];

/// The values of [`PASSPORT_COLUMNS`] for a person (all empty for one whose rows give no
/// passport date).
pub(crate) fn passport_cells(passport: Option<&PassportReport>) -> [String; 9] {
    let Some(passport) = passport else {
        return Default::default();
    };
    let date = |d: Option<chrono::NaiveDate>| d.map_or(String::new(), |d| d.to_string());
    let failing = passport.failing();
    let problems: Vec<&str> = failing
        .iter()
        .flat_map(|v| v.problems.iter().map(|p| p.code()))
        .collect();
    [
        date(passport.expiry),
        date(passport.issued),
        passport.check_name().to_string(),
        date(passport.last_exit),
        date(failing.map(|v| v.entry)),
        date(failing.map(|v| v.exit)),
        problems.join(" "),
        date(failing.and_then(|v| v.needed_by)),
        passport.message(),
    ]
}

/// The CSV columns of a team file with the visa columns, after the passport's: the visa as the
/// rows give it (FROM, UNTIL, entries as `01`, `02` or `MULT`, duration of stay), `ok`,
/// `fails`, `no_visa_for_stay` or `not_checked`, the visa bound when it sets `latest_exit`
/// (`visa_entries`, `visa_until`, `visa_days`), the first stay that breaks it (entry, exit,
/// the condition's code `entries`, `until` or `days`, its first day outside the visa), and
/// all of it in words.
pub(crate) const VISA_COLUMNS: [&str; 11] = [
    "visa_from",
    "visa_until",
    "visa_entries",
    "visa_days",
    "visa_check",
    "visa_sets_latest_exit",
    "visa_stay_entry",
    "visa_stay_exit",
    "visa_problem",
    "visa_first_unlawful_day",
    "visa_message",
];

/// The values of [`VISA_COLUMNS`] for a person (all empty for one whose rows give no visa).
pub(crate) fn visa_cells(visa: Option<&VisaReport>) -> [String; 11] {
    let Some(report) = visa else {
        return Default::default();
    };
    let date = |d: Option<chrono::NaiveDate>| d.map_or(String::new(), |d| d.to_string());
    let sticker = report.visa.as_ref();
    let failing = report.failing();
    let sets = match &report.check {
        crate::report::VisaCheck::Checked {
            sets_latest_exit: Some(reason),
            ..
        } => reason.code(),
        _ => "",
    };
    [
        date(sticker.map(|v| v.from)),
        date(sticker.map(|v| v.until)),
        sticker.map_or("", |v| v.entries.as_str()).to_string(),
        sticker.map_or(String::new(), |v| v.days.to_string()),
        report.check_name().to_string(),
        sets.to_string(),
        date(failing.map(|v| v.entry)),
        date(failing.map(|v| v.exit)),
        failing
            .and_then(|v| v.problem)
            .map_or("", |p| p.code())
            .to_string(),
        date(failing.and_then(|v| v.first_unlawful_day)),
        report.message(),
    ]
}

/// Whether a carried column named `name` (lowercase) would clash with a column of the
/// report, in CSV or JSON.
pub(crate) fn is_reserved(name: &str) -> bool {
    let is_verdict_column = |name: &str| {
        name.strip_prefix("next_planned_")
            .is_some_and(|field| verdict_columns().any(|column| column == field))
    };
    name == "person"
        || names().any(|n| n == name)
        || is_verdict_column(name)
        || PASSPORT_COLUMNS.contains(&name)
        || VISA_COLUMNS.contains(&name)
}
