//! Checking a plan: a verdict for each stay, past and planned.

use crate::calculator::{horizon, Calculator};
use crate::date::{self, Day};
use crate::field::{count, day, FieldValue, Read};
use crate::judge::{Judge, Violation};
use crate::presence::{sort_by_entry, Interval, Presence};
use crate::rule::{Version, Window};
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
    /// For a planned stay: days of later stays that violate the rule only because of this
    /// one (they would not without it). 0 for a stay that is not planned.
    pub later_unlawful_days: u32,
    /// For a planned stay: the latest exit with which it has no violating day and makes no
    /// later day unlawful that would be lawful without it ("could stay until"); `None` when
    /// even a one-day stay does either. `None` for a stay that is not planned. A planned stay
    /// leaves by its latest exit exactly when it has neither unlawful nor later unlawful days.
    pub latest_exit: Option<NaiveDate>,
}

impl StayVerdict {
    /// Whether no day of the stay violates the rule.
    pub fn is_lawful(&self) -> bool {
        self.unlawful_days == 0
    }

    /// Whether the stay is lawful and, when planned, makes no later stay unlawful: the
    /// verdict "fine", which holds exactly when a planned stay leaves by its latest exit.
    pub fn is_fine(&self) -> bool {
        self.unlawful_days == 0 && self.later_unlawful_days == 0
    }
}

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
        // Only a planned stay's latest exit needs the stays in order.
        let sorted = self
            .intervals
            .iter()
            .any(|interval| interval.entry > self.on)
            .then(|| Sorted::new(&self.intervals, &self.presence));
        (0..self.intervals.len())
            .map(|i| self.verdict(i, violations, sorted.as_ref()))
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
        let interval = self.intervals.get(index)?;
        let sorted =
            (interval.entry > self.on).then(|| Sorted::new(&self.intervals, &self.presence));
        Some(self.verdict(index, self.violations(), sorted.as_ref()))
    }

    /// The verdict on stay `i`, given every violation and, when it is planned, the stays in
    /// order of entry.
    fn verdict(&self, i: usize, violations: &[Violation], sorted: Option<&Sorted>) -> StayVerdict {
        let interval = self.intervals[i];
        let mut unlawful_days = 0;
        let mut first = None;
        // The runs are sorted and disjoint: those ending before the entry are skipped by a
        // binary search, so each stay costs the runs it overlaps, not all of them.
        let skipped = violations.partition_point(|v| v.last < interval.entry);
        for v in violations[skipped..]
            .iter()
            .take_while(|v| v.first <= interval.exit)
        {
            let (lo, hi) = (v.first.max(interval.entry), v.last.min(interval.exit));
            unlawful_days += (hi - lo + 1) as u32;
            first.get_or_insert(lo);
        }
        let planned = interval.entry > self.on;
        let (later_unlawful_days, latest_exit) = if let Some(sorted) = sorted.filter(|_| planned) {
            let stretch = Stretch::new(self, &self.intervals, sorted, i, interval.entry);
            (
                stretch.later_unlawful_days(self),
                self.latest_exit_of(&stretch, sorted.last_exit_before_next(interval)),
            )
        } else {
            (0, None)
        };
        StayVerdict {
            row: interval.row,
            entry: date::from_day(interval.entry),
            exit: date::from_day(interval.exit),
            planned,
            unlawful_days,
            first_unlawful_day: first.map(date::from_day),
            later_unlawful_days,
            latest_exit: latest_exit.map(date::from_day),
        }
    }

    /// The last day one may stay on continuously from the check date (continuing the stay
    /// under way, or entering on it) without a violating day and without making a planned
    /// stay (entering after the check date) unlawful that would be lawful otherwise. Equal to
    /// [`Calculator::latest_exit`] without planned stays.
    ///
    /// ```
    /// use staycalc::{date, rule, Calculator, Stay};
    /// // In since 1 January, June booked. Alone, the stay could last 90 days, until 31 March.
    /// // The window ending 30 June starts on 2 January: with June's 30 days it may hold 60
    /// // days of this stay, until 2 March.
    /// let stays = [
    ///     Stay::open(date(2025, 1, 1)),
    ///     Stay::new(date(2025, 6, 1), date(2025, 6, 30)),
    /// ];
    /// let calculator = Calculator::new(rule("schengen")?, &stays, date(2025, 1, 10))?;
    /// assert_eq!(calculator.latest_exit(), Some(date(2025, 3, 31)));
    /// assert_eq!(calculator.latest_exit_keeping_plans(), Some(date(2025, 3, 2)));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn latest_exit_keeping_plans(&self) -> Option<NaiveDate> {
        self.latest_exit_keeping_plans_or(|| self.latest_exit())
    }

    /// [`Calculator::latest_exit_keeping_plans`], with `latest_exit` giving
    /// [`Calculator::latest_exit`] (for when no stay is planned).
    pub(crate) fn latest_exit_keeping_plans_or(
        &self,
        latest_exit: impl FnOnce() -> Option<NaiveDate>,
    ) -> Option<NaiveDate> {
        if self
            .intervals
            .iter()
            .all(|interval| interval.entry <= self.on)
        {
            return latest_exit();
        }
        let entry = self
            .presence
            .segment_at(self.on)
            .map_or(self.on, |s| s.entry);
        // Presence before the check date and the planned stays are kept; the stay tried runs
        // from the entry of the stay under way (or from the check date) on.
        let mut intervals: Vec<Interval> = self
            .intervals
            .iter()
            .filter(|interval| interval.entry != self.on)
            .map(|&interval| match interval.entry < self.on {
                true => Interval {
                    exit: interval.exit.min(self.on - 1),
                    ..interval
                },
                false => interval,
            })
            .collect();
        intervals.push(Interval {
            entry,
            exit: self.on,
            row: 0,
        });
        let i = intervals.len() - 1;
        let presence = Presence::from_intervals(&intervals, &mut Vec::new());
        let sorted = Sorted::new(&intervals, &presence);
        let upper = sorted.last_exit_before_next(intervals[i]);
        let stretch = Stretch::new(self, &intervals, &sorted, i, self.on);
        self.latest_exit_of(&stretch, upper).map(date::from_day)
    }

    /// Whether, for the days from `day` on, a longer stay can only add violations: true unless
    /// a version in force on one of them counts fixed periods from a first entry (a longer
    /// stay can then move the next period's start past a later trip, see `DESIGN.md`).
    fn is_monotone_from(&self, day: Day) -> bool {
        self.rule.fixed_periods_end().is_none_or(|end| day >= end)
    }

    /// The versions in force on `day` or later.
    fn versions_from(&self, day: Day) -> &[Version] {
        let versions = &self.rule.versions;
        let first = versions
            .iter()
            .rposition(|version| version.from.is_none_or(|from| date::day(from) <= day))
            .unwrap_or(0);
        &versions[first..]
    }

    /// How far back from a day on or after `day` its judgement looks: the longest rolling
    /// window, a year for a calendar year, a day for a per-entry cap alone. Only for days
    /// with no fixed periods (`is_monotone_from(day)`), whose periods reach back further.
    fn longest_look_back_from(&self, day: Day) -> Day {
        self.versions_from(day)
            .iter()
            .map(|version| match version.limits.window {
                Some(Window::Rolling { days, .. } | Window::FromFirstEntry { days, .. }) => {
                    days as Day
                }
                Some(Window::CalendarYear { .. }) => 366,
                None => 1,
            })
            .max()
            .unwrap_or(1)
    }

    /// The violating runs of the presence of `intervals`, clipped to the days from `from` to
    /// `last`.
    fn runs_between(&self, intervals: &[Interval], from: Day, last: Day) -> Vec<Violation> {
        self.runs_of(
            &Presence::from_intervals(intervals, &mut Vec::new()),
            from,
            last,
        )
    }

    /// [`Calculator::runs_between`] of a presence built already.
    fn runs_of(&self, presence: &Presence, from: Day, last: Day) -> Vec<Violation> {
        Judge::new(self.rule, presence)
            .violations_between(from, last)
            .into_iter()
            .filter_map(|v| clip(v, from, last))
            .collect()
    }

    /// The latest exit of the stretch's stay, at most `upper`, with no fault (see
    /// [`Stretch::first_fault`]); `None` when leaving on the first day judged is at fault. A
    /// binary search, which assumes that an exit has no fault when a later one has none.
    fn latest_exit_of(&self, stretch: &Stretch, upper: Day) -> Option<Day> {
        let from = stretch.from;
        if stretch.first_fault(self, from).is_some() {
            return None;
        }
        let (mut lo, mut hi) = (from, upper);
        if self.is_monotone_from(from) {
            // Run the stay on to `upper`. A day is judged by the days up to it, so when the
            // first fault is a day `v` of this stay, every exit after `v` has it too: the
            // answer is at most `v`, most often just before it. (Leaving on `v` itself may be
            // lawful when another stay enters on `v`: a same-day re-entry makes `v` its day 1.)
            // The same answer as the search alone, found with two or three tries instead of up
            // to 17.
            match stretch.first_fault(self, upper) {
                None => return Some(upper),
                Some(v) if v <= upper && v > from => {
                    if stretch.first_fault(self, v - 1).is_none() {
                        let reentry = stretch.sorted.has_entry_on(v);
                        let on_v = reentry && stretch.first_fault(self, v).is_none();
                        return Some(if on_v { v } else { v - 1 });
                    }
                    hi = v - 2;
                }
                Some(_) => hi = upper - 1,
            }
        }
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if stretch.first_fault(self, mid).is_none() {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        Some(lo)
    }
}

/// A stay whose exit is tried, among the others: judged from the day `from` on (its entry, or
/// the check date for the stay under way), against the violations there would be without
/// its presence from that day.
///
/// With no fixed periods from `from` on, only the days near the stay are judged: a day after
/// the stay's segment plus the longest look-back holds none of the stay's days in its window
/// and belongs to the same stay with or without it, so it violates in both or in neither and
/// is no fault. Those near days are judged with the stays entered near them (and the segment
/// reaching into them), so a try costs the stays within a window of it, not all of them.
///
/// Under fixed periods, a longer stay can move every later period's start until the periods
/// end, so the days are judged from the first stay on; but only up to the periods' end, or
/// the stay's segment plus the longest look-back if later, for the same reason: the stays
/// entered later cannot matter.
struct Stretch<'a> {
    intervals: &'a [Interval],
    sorted: &'a Sorted,
    /// The index of the stay tried in `intervals`.
    i: usize,
    from: Day,
    /// How far back a day's judgement looks, when only the near days are judged.
    look_back: Option<Day>,
}

/// The stays a try of an exit is judged with, and up to which day.
struct Tried {
    /// The stays near the one tried, which leaves on the exit tried.
    intervals: Vec<Interval>,
    /// The position of the stay tried in `intervals`.
    at: usize,
    /// The last day judged.
    last: Day,
    /// The presence of `intervals`, built once per try.
    presence: Presence,
}

impl<'a> Stretch<'a> {
    fn new(
        calculator: &Calculator<'_>,
        intervals: &'a [Interval],
        sorted: &'a Sorted,
        i: usize,
        from: Day,
    ) -> Stretch<'a> {
        let look_back = calculator
            .is_monotone_from(from)
            .then(|| calculator.longest_look_back_from(from));
        Stretch {
            intervals,
            sorted,
            i,
            from,
            look_back,
        }
    }

    /// The stays to judge with the stay leaving on `exit`, and the last day to judge.
    fn tried(&self, calculator: &Calculator<'_>, exit: Day) -> Tried {
        let Some(look_back) = self.look_back else {
            return self.tried_under_fixed_periods(calculator, exit);
        };
        let lo = self.from.min(self.intervals[self.i].entry) - look_back;
        let mut last = exit + look_back - 1;
        loop {
            let near = self.near(exit, lo, last);
            let presence = Presence::from_intervals(&near, &mut Vec::new());
            // The days of the segment holding the exit, and a look-back after them.
            let end = presence
                .segment_at(exit)
                .map_or(exit, |segment| segment.end);
            if end + look_back - 1 <= last {
                let at = near.len() - 1;
                return Tried {
                    intervals: near,
                    at,
                    last,
                    presence,
                };
            }
            last = end + look_back - 1;
        }
    }

    /// [`Stretch::tried`] when fixed periods are counted on or after `from`: the stays
    /// entered up to the day before the periods' end, or up to the exit plus the longest
    /// look-back if later, and further while the stay's segment reaches past that; all of them
    /// when the periods never end.
    fn tried_under_fixed_periods(&self, calculator: &Calculator<'_>, exit: Day) -> Tried {
        let end = calculator.rule.fixed_periods_end().unwrap_or(Day::MAX);
        if end == Day::MAX {
            let mut intervals = self.intervals.to_vec();
            intervals[self.i].exit = exit;
            let presence = Presence::from_intervals(&intervals, &mut Vec::new());
            return Tried {
                intervals,
                at: self.i,
                last: Day::MAX,
                presence,
            };
        }
        // Up to the periods' end the periods can move; after it a day is judged by the days
        // of its look-back, and of its segment, alone: the loop reaches the end of the stay's
        // segment plus the look-back. The stay enters before `end` (`from` does), so it is kept.
        let look_back = calculator.longest_look_back_from(end);
        let mut last = end - 1;
        loop {
            // The stays entered by `last`, in order of entry.
            let n = self.sorted.entries.partition_point(|&entry| entry <= last);
            let order = &self.sorted.order[..n];
            let kept: Vec<Interval> = order
                .iter()
                .map(|&j| match j == self.i {
                    true => Interval {
                        exit,
                        ..self.intervals[j]
                    },
                    false => self.intervals[j],
                })
                .collect();
            let at = order.iter().position(|&j| j == self.i).unwrap_or(0);
            let presence = Presence::from_intervals(&kept, &mut Vec::new());
            let reach = presence
                .segment_at(exit)
                .map_or(exit, |segment| segment.end);
            if reach + look_back - 1 <= last {
                return Tried {
                    intervals: kept,
                    at,
                    last,
                    presence,
                };
            }
            last = reach + look_back - 1;
        }
    }

    /// The stays entered from `lo` to `last`, led by one standing for the segment that reaches
    /// `lo` from before it (all the merging needs of the stays entered before), with the stay
    /// leaving on `exit`, last.
    fn near(&self, exit: Day, lo: Day, last: Day) -> Vec<Interval> {
        let sorted = self.sorted;
        let first = sorted.entries.partition_point(|&entry| entry < lo);
        let end = sorted.entries.partition_point(|&entry| entry <= last);
        let mut near = Vec::new();
        if first > 0 && sorted.reach[first - 1] >= lo {
            let segment = sorted.starts.partition_point(|&start| start < lo) - 1;
            near.push(Interval {
                entry: sorted.starts[segment],
                exit: sorted.reach[first - 1],
                row: 0,
            });
        }
        // Of the stays entering on one day (in order of exit), what presence merges depends
        // only on the first and the last (see `Presence::from_intervals`: after the first,
        // the others of the day overlap it and only the furthest exit counts). So the others
        // are left out, and a try costs the days near the stay, never the stays: 12,000
        // planned trips on one day took 38 s.
        let mut k = first;
        while k < end {
            let day = sorted.entries[k];
            let day_end = k + sorted.entries[k..end].partition_point(|&entry| entry == day);
            let stays = &sorted.order[k..day_end];
            let first_other = stays.iter().find(|&&j| j != self.i);
            let last_other = stays.iter().rev().find(|&&j| j != self.i);
            if let (Some(&a), Some(&b)) = (first_other, last_other) {
                near.push(self.intervals[a]);
                if b != a {
                    near.push(self.intervals[b]);
                }
            }
            k = day_end;
        }
        near.push(Interval {
            exit,
            ..self.intervals[self.i]
        });
        near
    }

    /// The first day at fault with the stay leaving on `exit`: a violating day from `from` to
    /// `exit`, or a later violating day that would not violate without the stay.
    ///
    /// The runs with the stay are found one at a time, and those without it only when a run
    /// after the exit needs them: most tries end at the first run, or find none.
    fn first_fault(&self, calculator: &Calculator<'_>, exit: Day) -> Option<Day> {
        let tried = self.tried(calculator, exit);
        let (from, last) = (self.from, tried.last);
        let judge = Judge::new(calculator.rule, &tried.presence);
        let mut runs_without = None;
        for run in judge.runs(from, last) {
            let Some(run) = clip(run, from, last) else {
                continue;
            };
            if run.first <= exit {
                return Some(run.first);
            }
            let runs_without = runs_without.get_or_insert_with(|| {
                let intervals = without(tried.intervals.clone(), tried.at, from);
                calculator.runs_between(&intervals, from, last)
            });
            if let Some(day) = first_outside(run.first, run.last, runs_without) {
                return Some(day);
            }
        }
        None
    }

    /// Days after the stay's own exit that violate only because of it.
    fn later_unlawful_days(&self, calculator: &Calculator<'_>) -> u32 {
        let exit = self.intervals[self.i].exit;
        let tried = self.tried(calculator, exit);
        let (from, last) = (self.from, tried.last);
        let with = calculator.runs_of(&tried.presence, from, last);
        if with.iter().all(|run| run.last <= exit) {
            return 0;
        }
        let runs_without =
            calculator.runs_between(&without(tried.intervals, tried.at, from), from, last);
        with.iter()
            .filter(|run| run.last > exit)
            .map(|run| days_outside(run.first.max(exit + 1), run.last, &runs_without))
            .sum()
    }
}

/// `run` cut to the days from `from` to `last`, if it has any.
fn clip(run: Violation, from: Day, last: Day) -> Option<Violation> {
    (run.last >= from && run.first <= last).then(|| Violation {
        first: run.first.max(from),
        last: run.last.min(last),
        ..run
    })
}

/// `intervals` without the presence of stay `i` from `from` on.
fn without(mut intervals: Vec<Interval>, i: usize, from: Day) -> Vec<Interval> {
    if intervals[i].entry >= from {
        intervals.remove(i);
    } else {
        intervals[i].exit = from - 1;
    }
    intervals
}

/// The stays in order of entry, with what finding the stays near a day needs.
struct Sorted {
    /// The positions of the stays, in order of entry (then exit).
    order: Vec<usize>,
    /// Their entries, in that order.
    entries: Vec<Day>,
    /// `reach[k]`: the latest exit of the stays `order[..=k]`.
    reach: Vec<Day>,
    /// The first days of the segments of their presence.
    starts: Vec<Day>,
}

impl Sorted {
    fn new(intervals: &[Interval], presence: &Presence) -> Sorted {
        // Each stay with its position in place of its row, sorted as presence sorts them.
        let mut sorted: Vec<Interval> = intervals
            .iter()
            .enumerate()
            .map(|(i, interval)| Interval {
                row: i,
                ..*interval
            })
            .collect();
        sort_by_entry(&mut sorted);
        let reach = sorted
            .iter()
            .scan(Day::MIN, |latest, interval| {
                *latest = (*latest).max(interval.exit);
                Some(*latest)
            })
            .collect();
        Sorted {
            order: sorted.iter().map(|interval| interval.row).collect(),
            entries: sorted.iter().map(|interval| interval.entry).collect(),
            reach,
            starts: presence.segments().iter().map(|s| s.start).collect(),
        }
    }

    /// Whether a stay enters on `day`.
    fn has_entry_on(&self, day: Day) -> bool {
        self.entries.binary_search(&day).is_ok()
    }

    /// The last exit `stay` may be tried with: the day before the next stay's entry, so that
    /// it does not merge into it, or the end of the supported range. Stays entering within
    /// the stay are merged with it already and do not bound it; one entering on its exit day
    /// (a same-day re-entry) lets it end on that day.
    fn last_exit_before_next(&self, stay: Interval) -> Day {
        let next = self
            .entries
            .partition_point(|&entry| entry <= stay.entry || entry < stay.exit);
        self.entries
            .get(next)
            .map_or(horizon(), |&entry| (entry - 1).max(stay.exit))
    }
}

/// The first day of `[first, last]` in none of `runs` (sorted, disjoint).
fn first_outside(first: Day, last: Day, runs: &[Violation]) -> Option<Day> {
    let mut day = first;
    for run in runs
        .iter()
        .filter(|run| run.last >= first && run.first <= last)
    {
        if run.first > day {
            return Some(day);
        }
        day = day.max(run.last + 1);
    }
    (day <= last).then_some(day)
}

/// How many days of `[first, last]` are in none of `runs` (sorted, disjoint).
fn days_outside(first: Day, last: Day, runs: &[Violation]) -> u32 {
    let covered: Day = runs
        .iter()
        .map(|run| (run.last.min(last) - run.first.max(first) + 1).max(0))
        .sum();
    (last - first + 1 - covered) as u32
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
    fn a_trip_may_end_on_the_day_another_enters() {
        // Belarus's 5 days per entry (2017 version). A trip from 28 April with another entering
        // on 3 May: leaving on 3 May makes it a same-day re-entry, so 3 May is day 1 of the
        // second trip and both are lawful; leaving later merges them, and 3 May is day 6.
        let stays = [
            Stay::new(date(2017, 4, 28), date(2017, 5, 6)),
            Stay::new(date(2017, 5, 3), date(2017, 5, 3)),
        ];
        let by = rule("by").unwrap();
        let calculator = Calculator::new(by, &stays, date(2017, 2, 12)).unwrap();
        let plan = calculator.plan();
        assert_eq!(plan[0].latest_exit, Some(date(2017, 5, 3)));
        assert_eq!(plan[0].unlawful_days, 4);
    }

    #[test]
    fn a_trip_inside_another_is_no_fault_of_later_days() {
        // March to 29 May is 90 days, and makes all of July's 20 unlawful (the window ending
        // 20 July starts 22 January). The trip of 10 to 12 March inside it adds no day: July
        // is as unlawful without it, so it is fine, and may last as long as the outer trip
        // (on 30 May the window from 2 December holds 91 days).
        let stays = [
            Stay::new(date(2025, 3, 1), date(2025, 5, 29)),
            Stay::new(date(2025, 3, 10), date(2025, 3, 12)),
            Stay::new(date(2025, 7, 1), date(2025, 7, 20)),
        ];
        let calculator = Calculator::new(rule("schengen").unwrap(), &stays, date(2025, 1, 1));
        let plan = calculator.unwrap().plan();
        let judged: Vec<_> = plan
            .iter()
            .map(|v| (v.unlawful_days, v.later_unlawful_days, v.latest_exit))
            .collect();
        assert_eq!(
            judged,
            [
                (0, 20, Some(date(2025, 5, 9))),
                (0, 0, Some(date(2025, 5, 29))),
                (20, 0, None),
            ]
        );
        assert!(plan[1].is_fine());
    }

    #[test]
    fn duplicated_trips_each_get_the_verdict_of_one() {
        // 300 copies of the May trip (a list pasted twice over, or a hostile caller): each
        // copy's presence is the others', so each verdict is the lone trip's. Each try judges
        // one stay of the day's copies, not all of them (it took 38 s for 12,000).
        let earlier = Stay::new(date(2025, 1, 1), date(2025, 2, 28));
        let may = Stay::new(date(2025, 5, 1), date(2025, 5, 1));
        let lone = Calculator::new(
            rule("schengen").unwrap(),
            &[earlier, may],
            date(2025, 3, 15),
        )
        .unwrap()
        .plan();
        let mut stays = vec![earlier];
        stays.extend(std::iter::repeat_n(may, 300));
        let calculator = Calculator::new(rule("schengen").unwrap(), &stays, date(2025, 3, 15));
        let plan = calculator.unwrap().plan();
        assert_eq!(lone[1].latest_exit, Some(date(2025, 5, 31)));
        for verdict in &plan[1..] {
            assert_eq!(
                (verdict.later_unlawful_days, verdict.latest_exit),
                (lone[1].later_unlawful_days, lone[1].latest_exit)
            );
        }
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
