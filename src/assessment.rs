//! The assessment: every answer for one person on one date, in one value.

use crate::calculator::Calculator;
use crate::date;
use crate::error::Result;
use crate::field::{count, day, FieldValue, Read};
use crate::rule::{Bound, Rule};
use crate::stay::Stay;
use crate::warning::Warning;
use chrono::NaiveDate;

/// A traffic light for one person on the check date: which situation they are in.
///
/// Ordered from fine to worst, so the worst of a team is their maximum. `DESIGN.md` gives
/// the definition of each and how the values of earlier versions map onto them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// No violation, past or planned, and at least the warning threshold of days left.
    Ok,
    /// Lawful, but fewer days left than the threshold (in the window, or before the per-entry
    /// cap of the stay under way).
    Warning,
    /// Lawful up to the check date, but a day of presence after it (a planned stay, or the
    /// planned rest of the stay under way) would violate the rule.
    PlannedOverstay,
    /// Lawful on the check date, but a day of presence before it violated the rule (or the
    /// days counted on it exceed the limit): the record holds an overstay, which may matter
    /// at the next entry.
    PastOverstay,
    /// Present on the check date, and that day violates the rule: over the limit now.
    Overstay,
}

impl Status {
    /// Every status, from fine to worst.
    pub const ALL: [Status; 5] = [
        Status::Ok,
        Status::Warning,
        Status::PlannedOverstay,
        Status::PastOverstay,
        Status::Overstay,
    ];

    /// `"ok"`, `"warning"`, `"planned_overstay"`, `"past_overstay"` or `"overstay"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warning => "warning",
            Status::PlannedOverstay => "planned_overstay",
            Status::PastOverstay => "past_overstay",
            Status::Overstay => "overstay",
        }
    }

    /// The status named `name` (as [`Status::as_str`] writes it), if there is one.
    ///
    /// ```
    /// use staycalc::Status;
    /// assert_eq!(Status::from_name("past_overstay"), Some(Status::PastOverstay));
    /// assert_eq!(Status::from_name("late"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str() == name)
    }
}

/// What an amber [`Status::Warning`] means ([`Assessment::amber`]): few days left, rows with no
/// day between them that may be one stay (a `reentry` warning), or both. "Close to the limit"
/// said of someone with 70 days left only because two rows touch would hide the question that
/// matters: read as one stay, the per-entry cap may already be passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Amber {
    /// Fewer days left than the warning threshold (in the window, or on the entry).
    Close,
    /// Enough days left if each row is a new entry; a `reentry` warning asks whether they are
    /// one stay.
    OneStay,
    /// Both.
    CloseAndOneStay,
}

/// Settings of an assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// [`Status::Warning`] when fewer than this many days remain (default 10).
    pub warning_threshold: u32,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            warning_threshold: 10,
        }
    }
}

/// Every answer for stays under a rule on the check date `on`.
///
/// Field names match the command line's JSON output. Dates are civil dates; every count is in
/// days, both ends of every range included.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    /// The check date.
    pub on: NaiveDate,
    /// First day of the window ending on `on`.
    pub window_start: NaiveDate,
    /// Days of presence in the window ending on `on`.
    pub days_used: u32,
    /// The most days the window allows (without a window, the per-entry cap).
    pub limit: u32,
    /// `max(0, limit - days_used)`: not the longest possible stay, see `max_stay_days`.
    pub days_remaining: u32,
    /// Overstay on `on`: `max(0, days_used - max, day of stay - per_entry)`.
    pub overstay_days: u32,
    /// Days of presence, past and planned, that violate the rule.
    pub unlawful_days: u32,
    /// The first of them.
    pub first_unlawful_day: Option<NaiveDate>,
    /// Days of presence up to and including `on` that violate the rule: how long a past
    /// overstay lasted (it began on `first_unlawful_day`).
    pub past_unlawful_days: u32,
    /// Whether there is presence on `on`.
    pub present: bool,
    /// The day number of `on` in its stay (entry day 1), 0 when absent.
    pub day_of_stay: u32,
    /// The per-entry cap in days for the stay holding `on` (or one entered on it).
    pub per_entry_cap: Option<u32>,
    /// For a stay under way on `on` with a per-entry cap: the days it may still last after
    /// `on` under that cap (`per_entry_cap - day_of_stay`, 0 when over it).
    pub days_left_in_stay: Option<u32>,
    /// The last day the per-entry cap allows to the stay holding `on` (or one entered on it):
    /// "leave by" under that cap, whatever the window says.
    pub per_entry_last_day: Option<NaiveDate>,
    /// The last day one may stay staying on continuously from `on`; `None` when `on` itself
    /// would violate.
    pub latest_exit: Option<NaiveDate>,
    /// As `latest_exit`, but keeping the planned stays (those entering after `on`): the last
    /// day one may stay on from `on` without a violation of one's own and without making a
    /// planned stay unlawful that would be lawful otherwise. Equal to `latest_exit` without
    /// planned stays.
    pub latest_exit_keeping_plans: Option<NaiveDate>,
    /// Days from `on` to `latest_exit`, both included: the longest stay if entering on `on`.
    pub max_stay_days: u32,
    /// The limit that ends the stay at `latest_exit`, or that `on` exceeds when there is no
    /// latest exit; `None` when no limit is reached before the end of the supported range.
    pub binding: Option<Bound>,
    /// The full allowance: `min(max, per_entry)` days.
    pub full_allowance: u32,
    /// The first date from which a stay of the full allowance is lawful.
    pub earliest_full_stay: Option<NaiveDate>,
    /// The traffic light.
    pub status: Status,
    /// What was merged or resolved in the input.
    pub warnings: Vec<Warning>,
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

impl Assessment {
    /// Why the status is [`Status::Warning`] under `options` (those it was assessed with);
    /// `None` for every other status.
    ///
    /// ```
    /// use staycalc::{assess, date, rule, Amber, Stay};
    /// // Almaty 1–15 Sep, Astana 16 Sep – 5 Oct: 20 days of 90 used, 10 days into the second
    /// // row's entry; but if the rows are one stay, its 30 days end on 30 Sep.
    /// let stays = [
    ///     Stay::new(date(2026, 9, 1), date(2026, 9, 15)),
    ///     Stay::new(date(2026, 9, 16), date(2026, 10, 5)),
    /// ];
    /// let a = assess(rule("kz-visa-free")?, &stays, date(2026, 9, 20))?;
    /// assert_eq!(a.amber(&Default::default()), Some(Amber::OneStay));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn amber(&self, options: &Options) -> Option<Amber> {
        if self.status != Status::Warning {
            return None;
        }
        let threshold = options.warning_threshold;
        let close = self.days_remaining < threshold
            || self.days_left_in_stay.is_some_and(|left| left < threshold);
        let one_stay = self
            .warnings
            .iter()
            .any(|w| matches!(w, Warning::Reentry { .. }));
        Some(match (close, one_stay) {
            (true, true) => Amber::CloseAndOneStay,
            (false, true) => Amber::OneStay,
            _ => Amber::Close,
        })
    }

    /// Whether the per-entry cap, not the window, decides the stay under way on the check
    /// date: it ends the stay before the window does, or the stay is already past it. Then
    /// [`Assessment::days_left_in_stay`] is what is left, whatever
    /// [`Assessment::days_remaining`] says of the window.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Options, Stay};
    /// let kz = rule("kz-visa-free")?;
    /// let staying = [Stay::open(date(2026, 11, 10))];
    /// let a = Calculator::new(kz, &staying, date(2026, 12, 5))?.assessment(&Options::default());
    /// assert!(a.per_entry_decides());
    /// assert_eq!((a.days_left_in_stay, a.days_remaining), (Some(4), 64));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn per_entry_decides(&self) -> bool {
        self.present
            && self.days_left_in_stay.is_some()
            && self
                .per_entry_cap
                .is_some_and(|cap| self.binding == Some(Bound::PerEntry) || self.day_of_stay > cap)
    }

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

impl Calculator<'_> {
    /// Every answer at once, with the given options.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Options, Stay, Status};
    /// // Swiss SEM example 4: legal on 2014-01-30 and may stay until 2014-03-31.
    /// let stays = [
    ///     Stay::new(date(2013, 6, 1), date(2013, 7, 13)),
    ///     Stay::new(date(2013, 8, 15), date(2013, 9, 30)),
    ///     Stay::new(date(2014, 1, 1), date(2014, 1, 30)),
    /// ];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2014, 1, 30))?;
    /// let answer = calculator.assessment(&Options::default());
    /// assert_eq!(answer.window_start, date(2013, 8, 4));
    /// assert_eq!(answer.days_used, 77);
    /// assert_eq!(answer.latest_exit, Some(date(2014, 3, 31)));
    /// assert_eq!(answer.status, Status::Ok);
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn assessment(&self, options: &Options) -> Assessment {
        let today = self.today();
        let violations = self.violations();
        let unlawful_days = violations
            .iter()
            .map(|v| (v.last - v.first + 1) as u32)
            .sum();
        let overstay_days = today.overstay_days();
        let days_remaining = today.days_remaining();
        // Staying on from the check date: one search for the latest exit and its bound.
        let staying_on = self.first_violation_staying_on();
        let latest_exit = self.latest_exit_before(staying_on);
        let past_unlawful_days = violations
            .iter()
            .filter(|v| v.first <= self.on)
            .map(|v| (v.last.min(self.on) - v.first + 1) as u32)
            .sum();
        let days_left_in_stay = today.days_left_in_stay();
        let is_under = |threshold: u32, left: Option<u32>| left.is_some_and(|n| n < threshold);
        let violates_on = violations
            .iter()
            .any(|v| v.first <= self.on && self.on <= v.last);
        let status = if today.is_present() && (violates_on || overstay_days > 0) {
            Status::Overstay
        } else if overstay_days > 0 || past_unlawful_days > 0 {
            Status::PastOverstay
        } else if !violations.is_empty() {
            Status::PlannedOverstay
        } else if days_remaining < options.warning_threshold
            || is_under(options.warning_threshold, days_left_in_stay)
            || self
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::Reentry { .. }))
        {
            Status::Warning
        } else {
            Status::Ok
        };
        Assessment {
            on: self.on(),
            window_start: date::from_day(today.window_start()),
            days_used: today.days_used(),
            limit: today.limit(),
            days_remaining,
            overstay_days,
            unlawful_days,
            first_unlawful_day: violations.first().map(|v| date::from_day(v.first)),
            past_unlawful_days,
            present: today.is_present(),
            day_of_stay: today.day_of_stay(),
            per_entry_cap: today.per_entry_cap(),
            days_left_in_stay,
            per_entry_last_day: today.cap_last_day.map(date::from_day),
            latest_exit,
            latest_exit_keeping_plans: self.latest_exit_keeping_plans_or(|| latest_exit),
            max_stay_days: latest_exit.map_or(0, |exit| (date::day(exit) - self.on + 1) as u32),
            binding: crate::calculator::binding_of(staying_on),
            full_allowance: self.full_allowance(),
            earliest_full_stay: self.earliest_full_stay(),
            status,
            warnings: self.warnings.clone(),
        }
    }
}

/// Every answer for `stays` under `rule` on `on`, with default [`Options`].
///
/// # Errors
///
/// As [`Calculator::new`]: a bad stay (naming its row), a date outside the supported range,
/// an invalid rule, or a check date before the rule is in force.
///
/// ```
/// use staycalc::{assess, date, rule, Stay, Status};
/// // Swiss SEM example 5a: overstay of 9 days on exit 2014-06-09.
/// let stays = [
///     Stay::new(date(2013, 9, 1), date(2013, 9, 30)),
///     Stay::new(date(2014, 2, 21), date(2014, 4, 20)),
///     Stay::new(date(2014, 5, 1), date(2014, 6, 9)),
/// ];
/// let answer = assess(rule("schengen")?, &stays, date(2014, 6, 9))?;
/// assert_eq!(answer.days_used, 99);
/// assert_eq!(answer.overstay_days, 9);
/// assert_eq!(answer.status, Status::Overstay);
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn assess(rule: &Rule, stays: &[Stay], on: NaiveDate) -> Result<Assessment> {
    Ok(Calculator::new(rule, stays, on)?.assessment(&Options::default()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;
    use crate::date::date;

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
