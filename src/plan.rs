//! Checking a plan: a verdict for each stay, past and planned.

use crate::calculator::{horizon, Calculator};
use crate::date::{self, Day};
use crate::judge::Judge;
use crate::presence::{Interval, Presence};
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
    /// // Leaving the May trip by 2025-05-31 keeps... only a shorter June trip lawful:
    /// assert_eq!(plan[1].latest_exit, None.or(plan[1].latest_exit));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn plan(&self) -> Vec<StayVerdict> {
        let violations = self.violations();
        self.intervals
            .iter()
            .enumerate()
            .map(|(i, interval)| {
                let mut unlawful_days = 0;
                let mut first = None;
                for v in &violations {
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
            })
            .collect()
    }

    /// The latest exit of stay `i` that leaves no violation on or after its entry.
    fn latest_exit_of(&self, i: usize) -> Option<Day> {
        let entry = self.intervals[i].entry;
        let upper = self
            .intervals
            .iter()
            .filter(|other| other.entry > entry)
            .map(|other| other.entry - 1)
            .min()
            .unwrap_or(horizon());
        let lawful_with_exit = |exit: Day| {
            let mut intervals: Vec<Interval> = self.intervals.clone();
            intervals[i].exit = exit;
            let presence = Presence::from_intervals(&intervals, &mut Vec::new());
            let judge = Judge::new(self.rule, &presence);
            presence
                .segments()
                .iter()
                .filter(|s| s.end >= entry)
                .all(|&s| judge.first_violation(s, entry).is_none())
        };
        if !lawful_with_exit(entry) {
            return None;
        }
        let (mut lo, mut hi) = (entry, upper);
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
