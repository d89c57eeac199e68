//! An answer's fields by name, as every output writes them: a [`FieldValue`] says what a value
//! is (a date, a count, a yes or no), never how it is written.
//!
//! `staycalc check --format json`, the JS API's `evaluate`, the widget's `staycalc-change`
//! event and the team report all name and order an answer's fields alike: each reads them from
//! the one table beside its type ([`Assessment::fields`](crate::Assessment::fields) in
//! `assessment.rs`, [`StayVerdict::fields`](crate::StayVerdict::fields) in `plan.rs`) and
//! gives each value its own form (the JSON writer's in `output/json.rs`).

use crate::warning::Warning;
use chrono::NaiveDate;

/// The value of one field of an answer, before an output gives it its form.
///
/// ```
/// use staycalc::{date, FieldValue, StayVerdict};
/// let verdict = StayVerdict {
///     row: 2,
///     entry: date(2025, 7, 1),
///     exit: date(2025, 7, 31),
///     planned: true,
///     unlawful_days: 0,
///     first_unlawful_day: None,
///     later_unlawful_days: 0,
///     latest_exit: Some(date(2025, 8, 29)),
/// };
/// let fields: Vec<_> = verdict.fields().collect();
/// assert_eq!(fields[0], ("row", FieldValue::Number(2)));
/// assert_eq!(fields[5], ("first_unlawful_day", FieldValue::Absent));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldValue<'a> {
    /// A text: an id, a name, a status.
    Text(&'a str),
    /// A whole number: a count of days, a row.
    Number(u64),
    /// Yes or no.
    Bool(bool),
    /// A civil date.
    Date(NaiveDate),
    /// No value: a date or a number that does not apply.
    Absent,
    /// The warnings, each with its code, its message and its rows.
    Warnings(&'a [Warning]),
}

/// Reads one field of a `T`.
pub(crate) type Read<T> = for<'a> fn(&'a T) -> FieldValue<'a>;

/// A count of days.
pub(crate) fn count(n: u32) -> FieldValue<'static> {
    FieldValue::Number(n.into())
}

/// A date, or none.
pub(crate) fn day(date: Option<NaiveDate>) -> FieldValue<'static> {
    date.map_or(FieldValue::Absent, FieldValue::Date)
}
