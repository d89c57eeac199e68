//! The answers' fields by name: the one list of them, in the order every output writes them.
//!
//! `staycalc check --format json`, the JS API's `evaluate`, the widget's `staycalc-change`
//! event and the team report all name and order an answer's fields alike; each reads them
//! here and gives each value its own form. A [`FieldValue`] says what a value is (a date, a
//! count, a yes or no), never how it is written.

use crate::assessment::Assessment;
use crate::plan::StayVerdict;
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
type Read<T> = for<'a> fn(&'a T) -> FieldValue<'a>;

/// A count of days.
fn count(n: u32) -> FieldValue<'static> {
    FieldValue::Number(n.into())
}

/// A date, or none.
fn day(date: Option<NaiveDate>) -> FieldValue<'static> {
    date.map_or(FieldValue::Absent, FieldValue::Date)
}

/// The fields of an [`Assessment`], named as its members.
const ASSESSMENT: [(&str, Read<Assessment>); 22] = [
    ("on", |a| FieldValue::Date(a.on)),
    ("window_start", |a| FieldValue::Date(a.window_start)),
    ("days_used", |a| count(a.days_used)),
    ("limit", |a| count(a.limit)),
    ("days_remaining", |a| count(a.days_remaining)),
    ("overstay_days", |a| count(a.overstay_days)),
    ("unlawful_days", |a| count(a.unlawful_days)),
    ("first_unlawful_day", |a| day(a.first_unlawful_day)),
    ("past_unlawful_days", |a| count(a.past_unlawful_days)),
    ("present", |a| FieldValue::Bool(a.present)),
    ("day_of_stay", |a| count(a.day_of_stay)),
    ("per_entry_cap", |a| {
        a.per_entry_cap.map_or(FieldValue::Absent, count)
    }),
    ("days_left_in_stay", |a| {
        a.days_left_in_stay.map_or(FieldValue::Absent, count)
    }),
    ("per_entry_last_day", |a| day(a.per_entry_last_day)),
    ("latest_exit", |a| day(a.latest_exit)),
    ("latest_exit_keeping_plans", |a| {
        day(a.latest_exit_keeping_plans)
    }),
    ("max_stay_days", |a| count(a.max_stay_days)),
    ("binding", |a| {
        a.binding
            .map_or(FieldValue::Absent, |bound| FieldValue::Text(bound.as_str()))
    }),
    ("full_allowance", |a| count(a.full_allowance)),
    ("earliest_full_stay", |a| day(a.earliest_full_stay)),
    ("status", |a| FieldValue::Text(a.status.as_str())),
    ("warnings", |a| FieldValue::Warnings(&a.warnings)),
];

/// The fields of a [`StayVerdict`], named as its members.
const VERDICT: [(&str, Read<StayVerdict>); 8] = [
    ("row", |v| FieldValue::Number(v.row as u64)),
    ("entry", |v| FieldValue::Date(v.entry)),
    ("exit", |v| FieldValue::Date(v.exit)),
    ("planned", |v| FieldValue::Bool(v.planned)),
    ("unlawful_days", |v| count(v.unlawful_days)),
    ("first_unlawful_day", |v| day(v.first_unlawful_day)),
    ("later_unlawful_days", |v| count(v.later_unlawful_days)),
    ("latest_exit", |v| day(v.latest_exit)),
];

impl Assessment {
    /// The names of [`Assessment::fields`], in order: for a header written before any answer.
    ///
    /// ```
    /// use staycalc::Assessment;
    /// let names: Vec<_> = Assessment::field_names().collect();
    /// assert_eq!(names[..3], ["on", "window_start", "days_used"]);
    /// assert_eq!(names.last(), Some(&"warnings"));
    /// ```
    pub fn field_names() -> impl Iterator<Item = &'static str> {
        ASSESSMENT.iter().map(|&(name, _)| name)
    }

    /// Every member by name, in the order of `staycalc check --format json` (which puts the
    /// rule's `rule` and `rule_name` before them, and the `plan` after).
    ///
    /// ```
    /// use staycalc::{assess, date, rule, FieldValue, Stay};
    /// let stays = [Stay::new(date(2025, 3, 1), date(2025, 3, 10))];
    /// let answer = assess(rule("schengen")?, &stays, date(2025, 6, 1))?;
    /// let used = answer.fields().find(|&(name, _)| name == "days_used");
    /// assert_eq!(used, Some(("days_used", FieldValue::Number(10))));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn fields(&self) -> impl Iterator<Item = (&'static str, FieldValue<'_>)> + '_ {
        ASSESSMENT
            .iter()
            .map(move |&(name, read)| (name, read(self)))
    }
}

impl StayVerdict {
    /// The names of [`StayVerdict::fields`], in order: for a header written before any
    /// verdict.
    ///
    /// ```
    /// use staycalc::StayVerdict;
    /// assert_eq!(StayVerdict::field_names().count(), 8);
    /// ```
    pub fn field_names() -> impl Iterator<Item = &'static str> {
        VERDICT.iter().map(|&(name, _)| name)
    }

    /// Every member by name, in the order of an item of the `plan` of
    /// `staycalc check --format json` (an example is at [`FieldValue`]).
    pub fn fields(&self) -> impl Iterator<Item = (&'static str, FieldValue<'_>)> + '_ {
        VERDICT.iter().map(move |&(name, read)| (name, read(self)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::assess;
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::stay::Stay;

    #[test]
    fn names_every_member_once_with_its_value() {
        // Swiss SEM example 2 (rules.md §7.1), checked on exit 2014-11-30.
        let stays = [
            Stay::new(date(2014, 8, 15), date(2014, 9, 30)),
            Stay::new(date(2014, 11, 1), date(2014, 11, 30)),
        ];
        let a = assess(rule("schengen").unwrap(), &stays, date(2014, 11, 30)).unwrap();
        let fields: Vec<_> = a.fields().collect();
        let names: Vec<_> = Assessment::field_names().collect();
        assert_eq!(fields.iter().map(|&(n, _)| n).collect::<Vec<_>>(), names);
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len());
        let value = |name| fields.iter().find(|&&(n, _)| n == name).unwrap().1;
        assert_eq!(value("on"), FieldValue::Date(a.on));
        assert_eq!(value("days_used"), FieldValue::Number(77));
        assert_eq!(value("latest_exit"), FieldValue::Date(date(2014, 12, 13)));
        assert_eq!(value("first_unlawful_day"), FieldValue::Absent);
        assert_eq!(value("per_entry_cap"), FieldValue::Absent);
        assert_eq!(value("present"), FieldValue::Bool(true));
        assert_eq!(value("status"), FieldValue::Text("ok"));
        assert_eq!(value("warnings"), FieldValue::Warnings(&[]));
    }
}
