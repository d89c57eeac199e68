//! The timeline: the window count day by day, and when counted days drop out of the window.

use crate::calculator::Calculator;
use crate::date::{self, Day};
use crate::error::{Error, Result};
use crate::rule::Window;
use chrono::NaiveDate;

/// The most days one timeline may cover (20 years).
pub const MAX_TIMELINE_DAYS: u32 = 7305;

/// One day of a timeline: the data a chart needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimelineDay {
    /// The day.
    pub date: NaiveDate,
    /// Days of presence in the window ending on it (without a window: its day of stay).
    pub count: u32,
    /// The first day of that window.
    pub window_start: NaiveDate,
    /// The cap in force on it (window maximum, or the per-entry cap without a window); 0 when
    /// the rule is not in force.
    pub limit: u32,
    /// Whether there is presence on it.
    pub present: bool,
    /// Whether it is a day of presence that violates the rule.
    pub unlawful: bool,
    /// Its day number in its stay (the entry day is 1), 0 when absent: the count a per-entry
    /// cap bounds.
    pub day_of_stay: u32,
    /// The per-entry cap, in days, of the stay holding it (or of one entered on it); 0 when
    /// none.
    pub per_entry_cap: u32,
}

/// Days of presence counted on the check date that leave the window: one day leaves on each
/// date from `from` to `until` when `days` equals the number of those dates; all `days` leave
/// together on `from` otherwise (calendar years and fixed periods).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DropOut {
    /// The first date the days are no longer counted.
    pub from: NaiveDate,
    /// The last such date.
    pub until: NaiveDate,
    /// How many days leave.
    pub days: u32,
}

/// The days of one stay that a day's count holds: the part of the stay inside the window
/// ending on that day (without a window, inside the stay under way on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountedPart {
    /// The stay's row (its 1-based place in the list when it has none).
    pub row: usize,
    /// The first of its days counted.
    pub from: NaiveDate,
    /// The last, inclusive.
    pub until: NaiveDate,
    /// How many: `from` to `until`. A day of two overlapping stays is counted once, for the
    /// stay entered first, so the parts add up to the day's count.
    pub days: u32,
}

impl Calculator<'_> {
    /// Which stays make up the count on `day`, in date order: the [`CountedPart`] of each
    /// stay with days in the window ending on `day` (for a rule with only a per-entry cap, in
    /// the stay under way on it). Their days add up to that day's
    /// [`count`](TimelineDay::count).
    ///
    /// # Errors
    ///
    /// [`Error::DateOutOfRange`] outside the supported range.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, CountedPart, Stay};
    /// let stays = [
    ///     Stay::new(date(2025, 1, 1), date(2025, 1, 10)).at_row(1),
    ///     Stay::new(date(2025, 6, 1), date(2025, 6, 20)).at_row(2),
    /// ];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2025, 6, 20))?;
    /// // The window of 25 June 2025 starts on 28 December 2024: both stays are in it.
    /// let parts = calculator.counted_parts(date(2025, 6, 25))?;
    /// assert_eq!(parts[0], CountedPart { row: 1, from: date(2025, 1, 1), until: date(2025, 1, 10), days: 10 });
    /// assert_eq!(parts[1].days, 20);
    /// // The window of 5 July starts on 7 January: only the first stay's last four days are in it.
    /// assert_eq!(calculator.counted_parts(date(2025, 7, 5))?[0].days, 4);
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn counted_parts(&self, day: NaiveDate) -> Result<Vec<CountedPart>> {
        let day = date::day(date::check_range(day, "day")?);
        let start = match self.judge().count(day) {
            Some(count) => count.start,
            None => match self.presence.segment_at(day) {
                Some(segment) => segment.entry,
                None => return Ok(Vec::new()),
            },
        };
        let mut sorted = self.intervals.clone();
        crate::order::sort_by_rank(&mut sorted, |i| crate::order::days(i.entry, i.exit));
        let mut parts = Vec::new();
        // The last day already given to an earlier stay.
        let mut reach = start - 1;
        for interval in sorted {
            let (from, until) = (
                interval.entry.max(start).max(reach + 1),
                interval.exit.min(day),
            );
            reach = reach.max(interval.exit);
            if from <= until {
                parts.push(CountedPart {
                    row: interval.row,
                    from: date::from_day(from),
                    until: date::from_day(until),
                    days: (until - from + 1) as u32,
                });
            }
        }
        Ok(parts)
    }

    /// The count, cap, presence and violation for each date from `from` to `to`, inclusive.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidNumber`] when `to` is before `from` or the range exceeds
    /// [`MAX_TIMELINE_DAYS`]; [`Error::DateOutOfRange`] outside the supported range.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Stay};
    /// let stays = [Stay::new(date(2025, 1, 1), date(2025, 1, 10))];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2025, 1, 5))?;
    /// let days = calculator.timeline(date(2025, 1, 9), date(2025, 1, 12))?;
    /// let counts: Vec<u32> = days.iter().map(|d| d.count).collect();
    /// assert_eq!(counts, [9, 10, 10, 10]);
    /// assert!(days[1].present && !days[2].present);
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn timeline(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<TimelineDay>> {
        let (lo, hi) = (
            date::day(date::check_range(from, "from")?),
            date::day(date::check_range(to, "to")?),
        );
        if hi < lo || (hi - lo) as u32 >= MAX_TIMELINE_DAYS {
            return Err(Error::InvalidNumber {
                field: "timeline range".into(),
                value: format!("{from} .. {to}"),
                expected: format!("a start not after the end, at most {MAX_TIMELINE_DAYS} days"),
            });
        }
        let violations = self.violations();
        let judge = self.judge();
        let mut next_violation = 0;
        Ok((lo..=hi)
            .map(|day| {
                while next_violation < violations.len() && violations[next_violation].last < day {
                    next_violation += 1;
                }
                let unlawful = violations
                    .get(next_violation)
                    .is_some_and(|v| v.first <= day);
                let segment = self.presence.segment_at(day);
                let entry = segment.map_or(day, |s| s.entry);
                let per_entry_cap = self
                    .rule
                    .version_at(entry)
                    .and_then(|v| v.limits.per_entry)
                    .map_or(0, |cap| cap.days_from(entry));
                let day_of_stay = segment.map_or(0, |s| (day - s.entry + 1) as u32);
                let (count, start, limit) = match judge.count(day) {
                    Some(c) => (c.days as u32, c.start.min(day), c.max),
                    None => (day_of_stay, entry, per_entry_cap),
                };
                TimelineDay {
                    date: date::from_day(day),
                    count,
                    window_start: date::from_day(start),
                    limit,
                    present: segment.is_some(),
                    unlawful,
                    day_of_stay,
                    per_entry_cap,
                }
            })
            .collect())
    }

    /// When the days counted on the check date leave the window, earliest first.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, DropOut, Stay};
    /// let stays = [Stay::new(date(2025, 1, 1), date(2025, 1, 10))];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2025, 3, 1))?;
    /// assert_eq!(
    ///     calculator.drop_outs(),
    ///     [DropOut { from: date(2025, 6, 30), until: date(2025, 7, 9), days: 10 }]
    /// );
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn drop_outs(&self) -> Vec<DropOut> {
        let Some(count) = self.judge().count(self.on) else {
            return Vec::new();
        };
        let window = self.rule.version_at(self.on).and_then(|v| v.limits.window);
        let parts: Vec<(Day, Day)> = self
            .presence
            .segments()
            .iter()
            .filter(|s| s.end >= count.start && s.start <= self.on)
            .map(|s| (s.start.max(count.start), s.end.min(self.on)))
            .collect();
        let together = |leave: Day| {
            if count.days == 0 {
                Vec::new()
            } else {
                vec![DropOut {
                    from: date::from_day(leave),
                    until: date::from_day(leave),
                    days: count.days as u32,
                }]
            }
        };
        match window {
            Some(Window::Rolling { days, .. }) => parts
                .into_iter()
                .map(|(a, b)| DropOut {
                    from: date::from_day(a + days as Day),
                    until: date::from_day(b + days as Day),
                    days: (b - a + 1) as u32,
                })
                .collect(),
            Some(Window::CalendarYear { .. }) => together(date::next_year_start(self.on)),
            Some(Window::FromFirstEntry { days, .. }) => together(count.start + days as Day),
            None => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::{Calculator, Stay};
    use chrono::Days;

    /// Each day's parts add up to its count, and no day is given to two stays, whatever the
    /// overlaps, re-entries and open stays.
    #[test]
    fn counted_parts_add_up_to_each_days_count() {
        let stays = [
            Stay::new(date(2024, 11, 1), date(2024, 12, 20)).at_row(1),
            Stay::new(date(2024, 12, 10), date(2025, 1, 5)).at_row(2),
            Stay::new(date(2025, 1, 5), date(2025, 2, 1)).at_row(3),
            Stay::new(date(2025, 3, 1), date(2025, 3, 3)).at_row(4),
            Stay::open(date(2025, 4, 1)).at_row(5),
        ];
        for id in ["schengen", "kz-visa-free", "ru", "gb", "ge"] {
            let calculator = Calculator::new(rule(id).unwrap(), &stays, date(2025, 4, 10)).unwrap();
            let (from, to) = (date(2024, 10, 1), date(2026, 1, 1));
            for day in calculator.timeline(from, to).unwrap() {
                let parts = calculator.counted_parts(day.date).unwrap();
                let sum: u32 = parts.iter().map(|p| p.days).sum();
                assert_eq!(sum, day.count, "{id} on {}", day.date);
                for pair in parts.windows(2) {
                    assert!(pair[0].until < pair[1].from, "{id} on {}", day.date);
                }
                for part in &parts {
                    assert!(part.until <= day.date && part.from >= day.window_start);
                    assert_eq!(
                        part.from
                            .checked_add_days(Days::new(u64::from(part.days) - 1)),
                        Some(part.until)
                    );
                }
            }
        }
    }

    #[test]
    fn an_empty_window_has_no_parts() {
        let stays = [Stay::new(date(2025, 1, 1), date(2025, 1, 10))];
        let calculator =
            Calculator::new(rule("schengen").unwrap(), &stays, date(2025, 1, 5)).unwrap();
        assert!(calculator
            .counted_parts(date(2025, 9, 1))
            .unwrap()
            .is_empty());
        assert!(calculator.counted_parts(date(1800, 1, 1)).is_err());
    }
}
