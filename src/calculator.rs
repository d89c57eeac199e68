//! The calculator: one person's stays under one rule, checked on one date.

use crate::date::{self, Day};
use crate::error::{Error, Result};
use crate::judge::{Cause, Judge, Violation};
use crate::presence::{self, Interval, Presence, Segment};
use crate::reentry;
use crate::rule::{Bound, PerEntry, Rule, Window, MAX_RULE_DAYS};
use crate::stay::Stay;
use crate::warning::Warning;
use chrono::NaiveDate;
use std::cell::OnceCell;

/// Stays, a rule and a check date `on`, ready to answer questions.
///
/// Making one checks the stays (exit before entry, an open stay after `on`, dates outside the
/// supported range are errors naming the row) and merges overlapping stays (a [`Warning`]).
/// Every answer is computed from day numbers, with no clock: `on` is "today".
///
/// ```
/// use staycalc::{date, rule, Calculator, Stay};
/// let stays = [Stay::new(date(2025, 3, 1), date(2025, 5, 29))];
/// let schengen = rule("schengen")?;
/// let calculator = Calculator::new(schengen, &stays, date(2025, 6, 15))?;
/// assert_eq!(calculator.days_used(), 90);
/// assert_eq!(calculator.days_remaining(), 0);
/// assert_eq!(calculator.earliest_full_stay(), Some(date(2025, 8, 28)));
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Calculator<'r> {
    pub(crate) rule: &'r Rule,
    pub(crate) on: Day,
    pub(crate) intervals: Vec<Interval>,
    pub(crate) presence: Presence,
    pub(crate) warnings: Vec<Warning>,
    /// Every violating run, found once when first asked for (the assessment, the plan and the
    /// timeline each need them).
    violations: OnceCell<Vec<Violation>>,
}

impl<'r> Calculator<'r> {
    /// A calculator that only counts (days used and remaining): `rule`, the day `on` and the
    /// merged `presence`, checked by the caller; no stay's row and no warning (the JS API's
    /// `Traveller` asked by day number).
    #[cfg_attr(not(any(feature = "wasm", feature = "wasm-report")), allow(dead_code))]
    pub(crate) fn counting(rule: &'r Rule, on: Day, presence: Presence) -> Calculator<'r> {
        Calculator {
            rule,
            on,
            intervals: Vec::new(),
            presence,
            warnings: Vec::new(),
            violations: OnceCell::new(),
        }
    }
}

/// One traveller's stays, each with an exit, checked and merged once: the part of a
/// [`Calculator`] that does not depend on the check date, asked about many dates
/// ([`History::ask`]) without checking, sorting and merging the stays again.
///
/// ```
/// use staycalc::{date, rule, Calculator, History, Stay};
/// let stays = [Stay::new(date(2025, 3, 1), date(2025, 5, 29))];
/// let mut history = History::new(&stays)?.expect("every stay has an exit");
/// let schengen = rule("schengen")?;
/// for (on, used) in [(date(2025, 6, 15), 90), (date(2025, 8, 28), 89), (date(2025, 12, 31), 0)] {
///     assert_eq!(history.ask(schengen, on, |calculator| calculator.days_used())?, used);
///     assert_eq!(Calculator::new(schengen, &stays, on)?.days_used(), used);
/// }
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct History {
    intervals: Vec<Interval>,
    presence: Presence,
    warnings: Vec<Warning>,
}

impl History {
    /// `stays` checked and merged, or `None` when one has no exit: its presence runs to each
    /// check date, so such stays are merged again on each date ([`Calculator::new`]).
    ///
    /// # Errors
    ///
    /// As [`Calculator::new`] for the stays: [`Error::ExitBeforeEntry`] or
    /// [`Error::DateOutOfRange`], naming the row.
    pub fn new(stays: &[Stay]) -> Result<Option<History>> {
        if stays.iter().any(|stay| stay.exit.is_none()) {
            return Ok(None);
        }
        // The check date is read only for a stay with no exit: there is none.
        let intervals = presence::intervals(stays, Day::MAX)?;
        let mut warnings = Vec::new();
        let presence = Presence::from_intervals(&intervals, &mut warnings);
        Ok(Some(History {
            intervals,
            presence,
            warnings,
        }))
    }

    /// `question`'s answer of the [`Calculator`] of these stays under `rule` on the date `on`,
    /// as `Calculator::new(rule, stays, on)` would answer it: the stays are lent to the
    /// calculator, neither checked, sorted and merged again nor copied.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidRule`], [`Error::RuleNotInForce`] and [`Error::TooManyPlannedStays`]
    /// as [`Calculator::new`] (the stays' own errors came from [`History::new`]).
    pub fn ask<T>(
        &mut self,
        rule: &Rule,
        on: NaiveDate,
        question: impl FnOnce(&Calculator<'_>) -> T,
    ) -> Result<T> {
        // The rule and the date checked as for no stays.
        let on_day = Calculator::new(rule, &[], on)?.on;
        check_plans(rule, &self.intervals, on_day)?;
        // The stays' own warnings, then the rule's (touching stays under a per-entry cap).
        let own = self.warnings.len();
        let mut warnings = std::mem::take(&mut self.warnings);
        reentry::warnings(
            rule,
            &self.presence,
            &self.intervals,
            on_day,
            &[],
            &mut warnings,
        );
        let calculator = Calculator {
            rule,
            on: on_day,
            intervals: std::mem::take(&mut self.intervals),
            presence: std::mem::take(&mut self.presence),
            warnings,
            violations: OnceCell::new(),
        };
        let answer = question(&calculator);
        self.intervals = calculator.intervals;
        self.presence = calculator.presence;
        self.warnings = calculator.warnings;
        self.warnings.truncate(own);
        Ok(answer)
    }
}

/// The most planned stays (entering after the check date) that may enter while a rule counts
/// fixed periods from a first entry (Schengen before 2013-10-18): under such periods a longer
/// stay can move a later period's start, so each planned stay's latest exit judges the history
/// up to the periods' end again. 500 such stays take about 0.4 s; more are
/// [`Error::TooManyPlannedStays`]. Stays under rolling windows and calendar years have no such
/// bound (see `DESIGN.md`, limits).
pub const MAX_FIXED_PERIOD_PLANS: usize = 500;

/// The last day the engine looks at.
pub(crate) fn horizon() -> Day {
    date::day(crate::date::MAX_DATE)
}

/// Checks that no more than [`MAX_FIXED_PERIOD_PLANS`] stays are planned after `on` while
/// `rule` counts fixed periods.
fn check_plans(rule: &Rule, intervals: &[Interval], on: Day) -> Result<()> {
    if let Some(end) = rule.fixed_periods_end() {
        let count = intervals
            .iter()
            .filter(|i| i.entry > on && i.entry < end)
            .count();
        if count > MAX_FIXED_PERIOD_PLANS {
            return Err(Error::TooManyPlannedStays {
                count,
                max: MAX_FIXED_PERIOD_PLANS,
                until: (end != Day::MAX).then(|| date::from_day(end)),
            });
        }
    }
    Ok(())
}

impl<'r> Calculator<'r> {
    /// Checks `stays` for `rule` on the date `on`.
    ///
    /// # Errors
    ///
    /// [`Error::ExitBeforeEntry`], [`Error::OpenStayAfterCheckDate`] or
    /// [`Error::DateOutOfRange`] for a bad stay, naming its row; [`Error::InvalidRule`] for a
    /// rule whose numbers make no sense; [`Error::RuleNotInForce`] when `on` is before the
    /// rule's first version; [`Error::TooManyPlannedStays`] for more than
    /// [`MAX_FIXED_PERIOD_PLANS`] planned stays under fixed periods.
    pub fn new(rule: &'r Rule, stays: &[Stay], on: NaiveDate) -> Result<Calculator<'r>> {
        rule.validate()?;
        let on_day = date::day(date::check_range(on, "check date")?);
        if rule.version_at(on_day).is_none() {
            return Err(Error::RuleNotInForce {
                id: rule.id.to_string(),
                on,
                from: rule.versions[0].from.unwrap_or(crate::date::MIN_DATE),
            });
        }
        let intervals = presence::intervals(stays, on_day)?;
        check_plans(rule, &intervals, on_day)?;
        let mut warnings = Vec::new();
        let presence = Presence::from_intervals(&intervals, &mut warnings);
        reentry::warnings(rule, &presence, &intervals, on_day, &[], &mut warnings);
        Ok(Calculator {
            rule,
            on: on_day,
            intervals,
            presence,
            warnings,
            violations: OnceCell::new(),
        })
    }

    /// Knowing presence `elsewhere` (a travel log's days in other zones, as day ranges), the
    /// `reentry` warnings again: a chain whose exit or entry day the log shows spent elsewhere
    /// is broken there (the person did leave), so nothing is asked about it, and the status
    /// follows.
    pub(crate) fn knowing_elsewhere(&mut self, elsewhere: &[(Day, Day)]) {
        if elsewhere.is_empty() || !self.asks_about_reentries() {
            return;
        }
        self.warnings.retain(|w| w.code() != "reentry");
        reentry::warnings(
            self.rule,
            &self.presence,
            &self.intervals,
            self.on,
            elsewhere,
            &mut self.warnings,
        );
    }

    /// When the stay under way on the check date is a later stay of rows with no day between
    /// them (`presence elsewhere` not showing the person left between them): the last day the
    /// per-entry cap allows them read as one stay, which may be before the check date.
    pub(crate) fn one_stay_last_day(&self, elsewhere: &[(Day, Day)]) -> Option<NaiveDate> {
        reentry::one_stay_last_day(self.rule, &self.presence, self.on, elsewhere)
            .map(date::from_day)
    }

    /// Whether a `reentry` warning asks about rows with no day between them.
    pub(crate) fn asks_about_reentries(&self) -> bool {
        self.warnings.iter().any(|w| w.code() == "reentry")
    }

    /// The check date.
    pub fn on(&self) -> NaiveDate {
        date::from_day(self.on)
    }

    /// The rule.
    pub fn rule(&self) -> &'r Rule {
        self.rule
    }

    /// What was merged or otherwise resolved in the stays.
    pub fn warnings(&self) -> &[Warning] {
        &self.warnings
    }

    pub(crate) fn judge(&self) -> Judge<'_> {
        Judge::new(self.rule, &self.presence)
    }

    /// Whether there is presence on the check date.
    pub fn is_present(&self) -> bool {
        self.presence.segment_at(self.on).is_some()
    }

    /// The day number of the check date in its stay (the entry day is 1), or 0 when absent.
    pub fn day_of_stay(&self) -> u32 {
        self.presence
            .segment_at(self.on)
            .map_or(0, |s| (self.on - s.entry + 1) as u32)
    }

    /// The per-entry cap, in days, of the stay holding the check date (or of a stay entered
    /// on it), if the version of the rule in force at that entry has one. A stay entered
    /// before the rule's first version has none: its days are not judged by a per-entry cap.
    pub fn per_entry_cap(&self) -> Option<u32> {
        let entry = self
            .presence
            .segment_at(self.on)
            .map_or(self.on, |s| s.entry);
        let version = self.rule.version_at(entry)?;
        version.limits.per_entry.map(|cap| cap.days_from(entry))
    }

    /// For a stay under way on the check date with a per-entry cap: the days it may still
    /// last after the check date under that cap (0 when over it). `None` when absent, or when
    /// the stay has no cap.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Stay};
    /// // Kazakhstan's visa-free 30 days per entry: day 33 of a stay entered on 1 November.
    /// let stays = [Stay::open(date(2025, 11, 1))];
    /// let calculator = Calculator::new(rule("kz-visa-free")?, &stays, date(2025, 12, 3))?;
    /// assert_eq!(calculator.days_left_in_stay(), Some(0));
    /// assert_eq!(calculator.per_entry_last_day(), Some(date(2025, 11, 30)));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn days_left_in_stay(&self) -> Option<u32> {
        if !self.is_present() {
            return None;
        }
        Some(self.per_entry_cap()?.saturating_sub(self.day_of_stay()))
    }

    /// The last day the per-entry cap allows to the stay holding the check date (or to one
    /// entered on it), when the version in force at its entry has a cap.
    pub fn per_entry_last_day(&self) -> Option<NaiveDate> {
        let entry = self
            .presence
            .segment_at(self.on)
            .map_or(self.on, |s| s.entry);
        let cap = self.rule.version_at(entry)?.limits.per_entry?;
        Some(date::from_day(cap.last_day(entry)))
    }

    /// The window in force on the check date, if the rule's version then has one.
    fn window(&self) -> Option<Window> {
        self.rule.version_at(self.on)?.limits.window
    }

    /// Days used on the check date: presence in the window ending on it. For a rule with only
    /// a per-entry cap, the day number of the check date in its stay.
    pub fn days_used(&self) -> u32 {
        match self.judge().count(self.on) {
            Some(count) => count.days as u32,
            None => self.day_of_stay(),
        }
    }

    /// The first day of the window ending on the check date (for a rule with only a per-entry
    /// cap, the entry day of the current stay, or the check date when absent).
    pub fn window_start(&self) -> NaiveDate {
        let start = match self.judge().count(self.on) {
            Some(count) => count.start.min(self.on),
            None => self
                .presence
                .segment_at(self.on)
                .map_or(self.on, |s| s.entry),
        };
        date::from_day(start)
    }

    /// The most days the window (or, without one, the per-entry cap) allows on the check date.
    pub fn limit(&self) -> u32 {
        match self.window() {
            Some(window) => window.max(),
            None => self.per_entry_cap().unwrap_or(0),
        }
    }

    /// `max(0, limit - days_used)`. This is *not* the longest possible stay: days drop out of
    /// a rolling window while one stays. See [`Calculator::max_stay_days`].
    pub fn days_remaining(&self) -> u32 {
        self.limit().saturating_sub(self.days_used())
    }

    /// Overstay on the check date, the official calculators' convention:
    /// `max(0, days_used - max, day of stay - per-entry cap)`.
    pub fn overstay_days(&self) -> u32 {
        let by_window = match self.window() {
            Some(window) => self.days_used().saturating_sub(window.max()),
            None => 0,
        };
        let by_entry = match self.per_entry_cap() {
            Some(cap) => self.day_of_stay().saturating_sub(cap),
            None => 0,
        };
        by_window.max(by_entry)
    }

    /// Runs of violating days over all stays given, past and planned.
    pub(crate) fn violations(&self) -> &[Violation] {
        self.violations.get_or_init(|| self.judge().violations())
    }

    /// How many days of presence, over all stays given, violate the rule.
    pub fn unlawful_days(&self) -> u32 {
        self.violations()
            .iter()
            .map(|v| (v.last - v.first + 1) as u32)
            .sum()
    }

    /// The first day of presence that violates the rule, if any.
    pub fn first_unlawful_day(&self) -> Option<NaiveDate> {
        self.violations().first().map(|v| date::from_day(v.first))
    }

    /// The last day one may stay when staying on continuously from the check date: presence
    /// before it kept, presence on or after it dropped. The per-entry count continues when
    /// the check date is inside a stay; otherwise the check date is day 1 of a new entry.
    /// `None` when the check date itself would violate.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Stay};
    /// // Swiss SEM example 2: control on exit 2014-11-30, "could stay until 13.12.2014".
    /// let stays = [
    ///     Stay::new(date(2014, 8, 15), date(2014, 9, 30)),
    ///     Stay::new(date(2014, 11, 1), date(2014, 11, 30)),
    /// ];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2014, 11, 30))?;
    /// assert_eq!(calculator.latest_exit(), Some(date(2014, 12, 13)));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn latest_exit(&self) -> Option<NaiveDate> {
        self.latest_exit_before(self.first_violation_staying_on())
    }

    /// [`Calculator::latest_exit`] given the first violation staying on.
    pub(crate) fn latest_exit_before(&self, first: Option<Violation>) -> Option<NaiveDate> {
        match first {
            Some(v) if v.first == self.on => None,
            Some(v) => Some(date::from_day(v.first - 1)),
            None => Some(date::from_day(horizon())),
        }
    }

    /// Which limit ends the stay at [`Calculator::latest_exit`], or is exceeded on the check
    /// date when there is no latest exit; `None` when no limit is reached before the end of
    /// the supported range.
    ///
    /// ```
    /// use staycalc::{date, rule, Bound, Calculator, Stay};
    /// // Kazakhstan's visa-free 30 days per entry in 90 of 180: a first stay ends on its
    /// // 30th day, well before the window is full.
    /// let stays = [Stay::open(date(2025, 11, 1))];
    /// let calculator = Calculator::new(rule("kz-visa-free")?, &stays, date(2025, 11, 10))?;
    /// assert_eq!(calculator.binding(), Some(Bound::PerEntry));
    /// assert_eq!(calculator.latest_exit(), Some(date(2025, 11, 30)));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn binding(&self) -> Option<Bound> {
        binding_of(self.first_violation_staying_on())
    }

    /// The first violation when staying on continuously from the check date, presence before
    /// it kept and presence on or after it dropped.
    pub(crate) fn first_violation_staying_on(&self) -> Option<Violation> {
        let entry = self
            .presence
            .segment_at(self.on)
            .map_or(self.on, |s| s.entry);
        let stay = Segment {
            start: self.on,
            end: horizon(),
            entry,
        };
        let mut presence = self.presence.before(self.on);
        presence.push(stay);
        Judge::new(self.rule, &presence).first_violation(stay, self.on)
    }

    /// Days from the check date to [`Calculator::latest_exit`], both included; 0 when none.
    /// When not present on the check date, the longest stay if entering on it.
    pub fn max_stay_days(&self) -> u32 {
        self.latest_exit()
            .map_or(0, |exit| (date::day(exit) - self.on + 1) as u32)
    }

    /// The first date from which a trip of `days` days is lawful, presence after the check
    /// date dropped. The search starts on the check date, or the day after it when present.
    /// `None` when no such date exists before the end of the supported range.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidNumber`] when `days` is 0 or more than [`MAX_RULE_DAYS`].
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Stay};
    /// // Swiss SEM example 5b: after these stays, a full 90-day stay from 2014-09-08.
    /// let stays = [
    ///     Stay::new(date(2013, 9, 1), date(2013, 9, 30)),
    ///     Stay::new(date(2014, 2, 21), date(2014, 4, 20)),
    ///     Stay::new(date(2014, 5, 1), date(2014, 6, 9)),
    /// ];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2014, 8, 30))?;
    /// assert_eq!(calculator.earliest_entry(90)?, Some(date(2014, 9, 8)));
    /// assert_eq!(calculator.earliest_entry(50)?, Some(date(2014, 8, 30)));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn earliest_entry(&self, days: u32) -> Result<Option<NaiveDate>> {
        if days == 0 || days > MAX_RULE_DAYS {
            return Err(Error::InvalidNumber {
                field: "trip length".into(),
                value: days.to_string(),
                expected: format!("1 to {MAX_RULE_DAYS} days"),
            });
        }
        let mut start = self.first_candidate();
        // The presence up to the check date (the base) followed by the trip tried; each
        // candidate replaces the trip in place, and the trip is taken off to ask about the base
        // (one copy of the presence for the whole search).
        let mut presence = self.presence.clipped(self.on);
        presence.push(Segment::new(start, start));
        loop {
            let end = start + days as Day - 1;
            if end > horizon() {
                return Ok(None);
            }
            let trip = Segment::new(start, end);
            presence.replace_last(trip);
            let judge = Judge::new(self.rule, &presence);
            match judge.first_violation(trip, start) {
                None => return Ok(Some(date::from_day(start))),
                Some(v) => {
                    let day = self.furthest_window_violation(v, end);
                    presence.pop();
                    let next = self.next_candidate(&presence, start, day, v.cause);
                    presence.push(trip);
                    match next {
                        Some(next) => start = next,
                        None => return Ok(None),
                    }
                }
            }
        }
    }

    /// The trip day to fix first after violation `v` of a trip ending on `end`: under one
    /// rolling window the count never falls along a stay (each day adds one and drops at most
    /// one), so when `v.first` is over the window the trip's last day is too, and fixing that
    /// one (the furthest jump) fixes the days before it. Otherwise `v.first`.
    fn furthest_window_violation(&self, v: Violation, end: Day) -> Day {
        let rolling = self
            .rule
            .version_at(v.first)
            .and_then(|version| version.limits.window)
            .is_some_and(|window| matches!(window, Window::Rolling { .. }));
        let same_version = self
            .rule
            .next_change_after(v.first)
            .is_none_or(|change| change > end);
        if v.cause == Cause::Window && rolling && same_version {
            end
        } else {
            v.first
        }
    }

    /// The first day a new trip may start: the check date, or the day after when present.
    fn first_candidate(&self) -> Day {
        if self.is_present() {
            self.on + 1
        } else {
            self.on
        }
    }

    /// The earliest start after `start` that can fix the violation on `day` of a trip entered
    /// on `start` (every start in between still violates on the same trip day).
    fn next_candidate(&self, base: &Presence, start: Day, day: Day, cause: Cause) -> Option<Day> {
        let k = day - start;
        let change = self.rule.next_change_after(day);
        let until_change = || change.map(|c| c - k);
        let version = self.rule.version_at(day)?;
        let next = match cause {
            Cause::PerEntry => return self.next_longer_cap(start),
            Cause::Window => match version.limits.window? {
                Window::Rolling { days, max } => {
                    let fresh_start = version.ignores_earlier_presence
                        && version.from.is_some_and(|f| date::day(f) > start);
                    if fresh_start {
                        start + 1
                    } else if k as i64 + 1 > max as i64 {
                        return until_change();
                    } else {
                        let floor = match version.from {
                            Some(from) if version.ignores_earlier_presence => date::day(from),
                            _ => Day::MIN,
                        };
                        let cut = base.cut_leaving(floor, max as i64 - (k as i64 + 1));
                        cut + days as Day - 1 - k
                    }
                }
                Window::CalendarYear { .. } => date::next_year_start(day) - k,
                Window::FromFirstEntry { days, .. } => {
                    // A trip that starts after the period holding the last day of earlier
                    // presence has ended opens a period of its own, so every later start under
                    // the same version is judged alike and breaks on the same trip day: skip
                    // to where that day meets the next version. Otherwise try the next day.
                    let fresh = base
                        .segments()
                        .last()
                        .is_none_or(|last| start > last.end + days as Day - 1);
                    let one_version = self
                        .rule
                        .next_change_after(start)
                        .is_none_or(|change| change > day);
                    if fresh && one_version {
                        return until_change();
                    }
                    start + 1
                }
            },
        };
        let next = next.max(start + 1);
        Some(match until_change() {
            Some(limit) => next.min(limit),
            None => next,
        })
    }

    /// The first entry day after `start` whose per-entry cap is longer than the cap from
    /// `start`. A cap in days is the same for every entry under one version, so that is the
    /// next version change; a cap in months counts 28 to 31 days a month, so a later entry
    /// date of the same version may allow more (six months from 1 March are 184 days, from
    /// 15 January 181).
    fn next_longer_cap(&self, start: Day) -> Option<Day> {
        let change = self.rule.next_change_after(start);
        match self.rule.version_at(start)?.limits.per_entry? {
            cap @ PerEntry::Months(_) => {
                let days = cap.days_from(start);
                let end = change.unwrap_or(horizon() + 1);
                (start + 1..end)
                    .find(|&entry| cap.days_from(entry) > days)
                    .or(change)
            }
            PerEntry::Days(_) => change,
        }
    }

    /// The full allowance of a new stay: `min(max, per_entry)` of the version in force on the
    /// first possible entry day.
    pub fn full_allowance(&self) -> u32 {
        let start = self.first_candidate();
        let version = self
            .rule
            .version_at(start)
            .unwrap_or(&self.rule.versions[self.rule.versions.len() - 1]);
        let window = version.limits.window.map(|w| w.max());
        let cap = version.limits.per_entry.map(|c| c.days_from(start));
        match (window, cap) {
            (Some(w), Some(c)) => w.min(c),
            (Some(w), None) => w,
            (None, Some(c)) => c,
            (None, None) => unreachable!("validated rules set a limit"),
        }
    }

    /// The first date from which a stay of the full allowance ([`Calculator::full_allowance`])
    /// is lawful; see [`Calculator::earliest_entry`].
    pub fn earliest_full_stay(&self) -> Option<NaiveDate> {
        self.earliest_entry(self.full_allowance()).ok().flatten()
    }
}

/// [`Calculator::binding`] given the first violation staying on.
pub(crate) fn binding_of(first: Option<Violation>) -> Option<Bound> {
    first.map(|v| match v.cause {
        Cause::PerEntry => Bound::PerEntry,
        Cause::Window => Bound::Window,
    })
}
