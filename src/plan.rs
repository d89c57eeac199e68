//! Checking a plan: a verdict for each stay, past and planned.

use crate::calculator::{horizon, Calculator};
use crate::date::{self, Day};
use crate::judge::{Judge, Violation};
use crate::presence::{Interval, Presence};
use crate::rule::Window;
use chrono::NaiveDate;

/// The verdict on one stay of a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StayVerdict {
    /// The stay's row.
    pub row: usize,
    /// Its entry date.
    pub entry: NaiveDate,
    /// Its exit date (the check date for a stay with no exit yet).
    pub exit: NaiveDate,
    /// Whether it starts after the check date.
    pub planned: bool,
    /// Days of the stay that violate the rule.
    pub unlawful_days: u32,
    /// The first of them.
    pub first_unlawful_day: Option<NaiveDate>,
    /// For a planned stay: the latest exit that keeps it and every later stay lawful (`None`
    /// when even its entry day violates). `None` for a stay that is not planned.
    pub latest_exit: Option<NaiveDate>,
}

impl StayVerdict {
    /// Whether no day of the stay violates the rule.
    pub fn is_lawful(&self) -> bool {
        self.unlawful_days == 0
    }
}

impl Calculator<'_> {
    /// A verdict for each stay, in input order: its violating days, and for planned stays
    /// (starting after the check date) the latest exit that keeps every later stay lawful.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Stay};
    /// let stays = [
    ///     Stay::new(date(2025, 1, 1), date(2025, 2, 28)),
    ///     Stay::new(date(2025, 5, 1), date(2025, 5, 31)),
    ///     Stay::new(date(2025, 6, 20), date(2025, 6, 30)),
    /// ];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2025, 3, 15))?;
    /// let plan = calculator.plan();
    /// assert!(plan[1].is_lawful());
    /// assert_eq!(plan[2].first_unlawful_day, Some(date(2025, 6, 20)));
    /// // June's trip needs room in its window: May's must end by 2025-05-21 for both to be
    /// // lawful (see `verdict_of`), and June's own first day is already over the limit.
    /// assert_eq!(plan[1].latest_exit, Some(date(2025, 5, 21)));
    /// assert_eq!(plan[2].latest_exit, None);
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn plan(&self) -> Vec<StayVerdict> {
        let violations = self.violations();
        (0..self.intervals.len())
            .map(|i| self.verdict(i, &violations))
            .collect()
    }

    /// The verdict on the stay at `index` (its position in the stays given, from 0) alone:
    /// `plan()[index]`, without the latest exits of the other planned stays, which cost the
    /// most. `None` when there is no stay at `index`.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Stay};
    /// let stays = [
    ///     Stay::new(date(2025, 1, 1), date(2025, 2, 28)),
    ///     Stay::new(date(2025, 5, 1), date(2025, 5, 20)),
    ///     Stay::new(date(2025, 6, 20), date(2025, 6, 30)),
    /// ];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2025, 3, 15))?;
    /// let may = calculator.verdict_of(1).expect("a second stay");
    /// assert_eq!(Some(&may), calculator.plan().get(1));
    /// // The window ending 2025-06-30 starts 2025-01-02: 58 days of January and February and
    /// // 11 of June leave 21 for May.
    /// assert_eq!(may.latest_exit, Some(date(2025, 5, 21)));
    /// assert_eq!(calculator.verdict_of(3), None);
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn verdict_of(&self, index: usize) -> Option<StayVerdict> {
        (index < self.intervals.len()).then(|| self.verdict(index, &self.violations()))
    }

    /// The verdict on stay `i`, given every violation.
    fn verdict(&self, i: usize, violations: &[Violation]) -> StayVerdict {
        let interval = self.intervals[i];
        let mut unlawful_days = 0;
        let mut first = None;
        for v in violations {
            let (lo, hi) = (v.first.max(interval.entry), v.last.min(interval.exit));
            if lo <= hi {
                unlawful_days += (hi - lo + 1) as u32;
                first.get_or_insert(lo);
            }
        }
        let planned = interval.entry > self.on;
        StayVerdict {
            row: interval.row,
            entry: date::from_day(interval.entry),
            exit: date::from_day(interval.exit),
            planned,
            unlawful_days,
            first_unlawful_day: first.map(date::from_day),
            latest_exit: if planned {
                self.latest_exit_of(i).map(date::from_day)
            } else {
                None
            },
        }
    }

    /// Whether, for the days from `day` on, a longer stay can only add violations: true unless
    /// a version in force on one of them counts fixed periods from a first entry (a longer
    /// stay can then move the next period's start past a later trip, see `DESIGN.md`).
    fn is_monotone_from(&self, day: Day) -> bool {
        let versions = &self.rule.versions;
        let first = versions
            .iter()
            .rposition(|version| version.from.is_none_or(|from| date::day(from) <= day))
            .unwrap_or(0);
        versions[first..]
            .iter()
            .all(|version| !matches!(version.limits.window, Some(Window::FromFirstEntry { .. })))
    }

    /// The latest exit of stay `i` that leaves no violation on or after its entry: the last of
    /// a binary search over the exits up to the day before the next stay's entry, which
    /// assumes that an exit is lawful when a later one is.
    fn latest_exit_of(&self, i: usize) -> Option<Day> {
        let entry = self.intervals[i].entry;
        let upper = self
            .intervals
            .iter()
            .filter(|other| other.entry > entry)
            .map(|other| other.entry - 1)
            .min()
            .unwrap_or(horizon());
        // The first violating day on or after the entry, with stay `i` leaving on `exit`.
        let first_violation_with_exit = |exit: Day| {
            let mut intervals: Vec<Interval> = self.intervals.clone();
            intervals[i].exit = exit;
            let presence = Presence::from_intervals(&intervals, &mut Vec::new());
            let judge = Judge::new(self.rule, &presence);
            presence
                .segments()
                .iter()
                .filter(|s| s.end >= entry)
                .find_map(|&s| judge.first_violation(s, entry))
                .map(|v| v.first)
        };
        let lawful_with_exit = |exit: Day| first_violation_with_exit(exit).is_none();
        if !lawful_with_exit(entry) {
            return None;
        }
        let (mut lo, mut hi) = (entry, upper);
        if self.is_monotone_from(entry) {
            // Run the stay on to `upper`. A day is judged by the days up to it, so when its
            // first violation is a day `v` of this stay, every exit from `v` on breaks the
            // rule on `v` too: the answer is before `v`, most often just before it. The same
            // answer as the search alone, found with two or three tries instead of up to 17.
            match first_violation_with_exit(upper) {
                None => return Some(upper),
                Some(v) if v <= upper => {
                    if lawful_with_exit(v - 1) {
                        return Some(v - 1);
                    }
                    hi = v - 2;
                }
                Some(_) => hi = upper - 1,
            }
        }
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if lawful_with_exit(mid) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Some(lo)
    }
}

#[cfg(test)]
mod tests {
    use crate::calculator::Calculator;
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::stay::Stay;

    /// The verdicts of `stays` on `on` under Schengen, checking each alone against the plan.
    fn latest_exits(stays: &[Stay], on: chrono::NaiveDate) -> Vec<Option<chrono::NaiveDate>> {
        let calculator = Calculator::new(rule("schengen").unwrap(), stays, on).unwrap();
        let plan = calculator.plan();
        for (index, verdict) in plan.iter().enumerate() {
            assert_eq!(calculator.verdict_of(index).as_ref(), Some(verdict));
        }
        assert_eq!(calculator.verdict_of(plan.len()), None);
        plan.iter().map(|verdict| verdict.latest_exit).collect()
    }

    #[test]
    fn a_last_trip_may_last_until_the_day_before_its_first_violation() {
        // 59 days in January and February. Staying on from 1 May, the window ending 31 May
        // (from 3 December) holds 59 + 31 = 90 days, the one ending 1 June 91.
        let stays = [
            Stay::new(date(2025, 1, 1), date(2025, 2, 28)),
            Stay::new(date(2025, 5, 1), date(2025, 5, 5)),
        ];
        let exits = latest_exits(&stays, date(2025, 3, 15));
        assert_eq!(exits, [None, Some(date(2025, 5, 31))]);
    }

    #[test]
    fn a_trip_is_cut_short_for_a_later_trip() {
        // Alone, the March trip could last 90 days (until 29 May). The 20 days of July count
        // in windows that hold all of March to May (the one ending 20 July starts 22 January),
        // so March may last 70 days: until 9 May. July itself may last 90 days.
        let stays = [
            Stay::new(date(2025, 3, 1), date(2025, 3, 5)),
            Stay::new(date(2025, 7, 1), date(2025, 7, 20)),
        ];
        let exits = latest_exits(&stays, date(2025, 1, 1));
        assert_eq!(exits, [Some(date(2025, 5, 9)), Some(date(2025, 9, 28))]);
    }

    #[test]
    fn a_trip_that_violates_on_entry_has_no_latest_exit() {
        let stays = [
            Stay::new(date(2025, 1, 1), date(2025, 3, 31)),
            Stay::new(date(2025, 4, 10), date(2025, 4, 12)),
        ];
        let exits = latest_exits(&stays, date(2025, 4, 1));
        assert_eq!(exits, [None, None]);
    }
}
