//! Judging days of presence against a rule: window counts and the first violating day.
//!
//! Within a stretch of continuous presence judged by one version, the window count never
//! falls: each day adds one day of presence and drops at most one (rolling), or drops none
//! (calendar year, fixed period). So the violating days of such a stretch, a *piece*, are a
//! suffix of it, found from one count at the piece's first day (see
//! [`Judge::first_exceeding`]). Pieces end where the version changes, a calendar year or a
//! fixed period ends, or the per-entry cap is reached. This keeps the work independent of how
//! long the stays are.

use crate::date::{self, Day};
use crate::presence::{Presence, Segment};
use crate::rule::{Rule, Version, Window};
use std::cell::RefCell;

/// Why a day violates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cause {
    /// Its day number in its stay exceeds the per-entry cap.
    PerEntry,
    /// Its window count exceeds the window's maximum.
    Window,
}

/// A run of violating days `[first, last]` and why the first one violates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Violation {
    pub first: Day,
    pub last: Day,
    pub cause: Cause,
}

/// The window count on a day: days of presence in `[start, day]` (`start` after any fresh start).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Count {
    pub start: Day,
    pub days: i64,
    pub max: u32,
}

/// A rule applied to a presence.
pub(crate) struct Judge<'a> {
    pub rule: &'a Rule,
    pub presence: &'a Presence,
    /// The fixed periods found so far, so that finding the one holding a day is a binary
    /// search rather than a walk from the first entry.
    periods: RefCell<Vec<Periods>>,
}

/// The start days of the fixed periods of one length counted from one floor, in order, as far
/// as they have been needed.
struct Periods {
    floor: Day,
    days: u32,
    starts: Vec<Day>,
    /// Whether no presence follows the last period found.
    done: bool,
}

impl<'a> Judge<'a> {
    pub(crate) fn new(rule: &'a Rule, presence: &'a Presence) -> Judge<'a> {
        Judge {
            rule,
            presence,
            periods: RefCell::new(Vec::new()),
        }
    }

    /// The first day a version counts presence from.
    fn counts_from(version: &Version) -> Day {
        match version.from {
            Some(from) if version.ignores_earlier_presence => date::day(from),
            _ => Day::MIN,
        }
    }

    /// The window count on `day`, when a version with a window is in force that day.
    pub(crate) fn count(&self, day: Day) -> Option<Count> {
        let version = self.rule.version_at(day)?;
        let window = version.limits.window?;
        let floor = Self::counts_from(version);
        let start = match window {
            Window::Rolling { days, .. } => day - days as Day + 1,
            Window::CalendarYear { .. } => date::year_start(day),
            Window::FromFirstEntry { days, .. } => match self.period_start(day, floor, days) {
                Some(start) => start,
                None => day + 1,
            },
        }
        .max(floor);
        Some(Count {
            start,
            days: self.presence.count(start, day),
            max: window.max(),
        })
    }

    /// The start of the fixed period holding `day`, if one is open on it. The first period
    /// starts on the first day of presence on or after `floor`, each next one on the first day
    /// of presence after the previous one ends.
    fn period_start(&self, day: Day, floor: Day, days: u32) -> Option<Day> {
        let mut cache = self.periods.borrow_mut();
        let i = match cache
            .iter()
            .position(|p| p.floor == floor && p.days == days)
        {
            Some(i) => i,
            None => {
                cache.push(Periods {
                    floor,
                    days,
                    starts: Vec::new(),
                    done: false,
                });
                cache.len() - 1
            }
        };
        let periods = &mut cache[i];
        while !periods.done && periods.starts.last().is_none_or(|&start| start <= day) {
            let from = periods
                .starts
                .last()
                .map_or(floor, |&start| start + days as Day);
            match self.presence.first_on_or_after(from) {
                Some(start) => periods.starts.push(start),
                None => periods.done = true,
            }
        }
        let n = periods.starts.partition_point(|&start| start <= day);
        let start = periods.starts[..n].last().copied()?;
        (day < start + days as Day).then_some(start)
    }

    /// The last day of the piece starting on `day` (a present day), at most `limit`.
    fn piece_end(&self, day: Day, limit: Day) -> Day {
        let mut end = limit;
        if let Some(change) = self.rule.next_change_after(day) {
            end = end.min(change - 1);
        }
        let window = self.rule.version_at(day).and_then(|v| v.limits.window);
        match window {
            Some(Window::CalendarYear { .. }) => end.min(date::next_year_start(day) - 1),
            Some(Window::FromFirstEntry { days, .. }) => match self.count(day) {
                Some(count) if count.start <= day => end.min(count.start + days as Day - 1),
                _ => end,
            },
            // A rolling window is longer than its maximum, so `max + 1` days of continuous
            // presence always exceed it: a violation comes by then, and a shorter piece keeps
            // the search for it short.
            Some(Window::Rolling { max, .. }) => end.min(day + max as Day),
            None => end,
        }
    }

    /// The first day the per-entry cap is exceeded in `segment`, if the rule has a cap at its
    /// entry (judged by the version in force on the entry day).
    pub(crate) fn per_entry_breach(&self, segment: Segment) -> Option<Day> {
        let cap = self.rule.version_at(segment.entry)?.limits.per_entry?;
        Some(cap.last_day(segment.entry) + 1)
    }

    /// The first violating run in `segment` at or after `from`.
    pub(crate) fn first_violation(&self, segment: Segment, from: Day) -> Option<Violation> {
        let breach = self.per_entry_breach(segment).unwrap_or(Day::MAX);
        let mut day = from.max(segment.start);
        while day <= segment.end {
            if day >= breach {
                return Some(Violation {
                    first: day,
                    last: segment.end,
                    cause: Cause::PerEntry,
                });
            }
            let end = self.piece_end(day, segment.end.min(breach - 1));
            if let Some(first) = self.first_exceeding(day, end) {
                return Some(Violation {
                    first,
                    last: end,
                    cause: Cause::Window,
                });
            }
            day = end + 1;
        }
        None
    }

    /// The first day of the piece from `day` to `end` (present every day, judged by one
    /// version) whose window count exceeds the maximum, if any: computed from the count on
    /// `day`, not by counting on the days tried. Each day of the piece adds one day to the
    /// count. A calendar year or a fixed period drops none, so the count exceeds the maximum
    /// once the room left on `day` is used up. A rolling window also drops the days leaving
    /// it: those present hold the count level, so it exceeds the maximum when the window has
    /// left behind as many absent days as there was room, counted by a walk over the
    /// segments before the piece (after the days it passes while its start stays on a fresh
    /// start's floor).
    fn first_exceeding(&self, day: Day, end: Day) -> Option<Day> {
        let count = self.count(day)?;
        let room = count.max as i64 - count.days;
        if room < 0 {
            return Some(day);
        }
        let rolling = self.rule.version_at(day).and_then(|v| v.limits.window);
        let first = match rolling {
            Some(Window::Rolling { days, .. }) => {
                // The days on which the window's start stays on the floor, dropping nothing.
                let level = (count.start - (day - days as Day + 1)) as i64;
                if room < level {
                    day + room as Day + 1
                } else {
                    self.presence.nth_absent(count.start, room + 1 - level) + days as Day
                }
            }
            _ => day + room as Day + 1,
        };
        (first <= end).then_some(first)
    }

    /// Every violating run over the whole presence, in order.
    pub(crate) fn violations(&self) -> Vec<Violation> {
        self.violations_between(Day::MIN, Day::MAX)
    }

    /// The violating runs of the segments with days from `from` to `last`, in order, merged
    /// where they touch. A run may start before `from`; one reaching past `last` may be cut
    /// short after `last`.
    pub(crate) fn violations_between(&self, from: Day, last: Day) -> Vec<Violation> {
        let mut runs: Vec<Violation> = Vec::new();
        for run in self.runs(from, last) {
            match runs.last_mut() {
                Some(previous) if previous.last + 1 == run.first => previous.last = run.last,
                _ => runs.push(run),
            }
        }
        runs
    }

    /// The violating runs of the segments with days from `from` to `last`, in order, found as
    /// they are asked for and not merged (a run may continue in the next one). The first runs
    /// cost only their own search: a stay tried up to the end of the supported range is one
    /// long segment, violating in each of its thousand pieces, and a caller that needs its
    /// first fault stops after one.
    pub(crate) fn runs(&self, from: Day, last: Day) -> Runs<'_, 'a> {
        let segments = self.presence.segments();
        let first = segments.partition_point(|segment| segment.end < from);
        Runs {
            judge: self,
            last,
            segment: first,
            day: None,
            hint: first,
        }
    }

    /// Whether segment `i` has no violating day for a quick reason: one version over all of
    /// it, with a rolling window, a per-entry cap (if any) not reached in it, and at most `max`
    /// days in the window ending on its last day. The count never falls along the segment,
    /// so no earlier day is over either. `hint` follows the window's start from one segment
    /// to the next, so the count costs no search.
    fn is_clearly_lawful(&self, i: usize, segment: Segment, hint: &mut usize) -> bool {
        let Some(version) = self.rule.version_at(segment.start) else {
            return false;
        };
        let Some(Window::Rolling { days, max }) = version.limits.window else {
            return false;
        };
        let one_version = self
            .rule
            .next_change_after(segment.start)
            .is_none_or(|change| change > segment.end);
        let under_cap = self
            .per_entry_breach(segment)
            .is_none_or(|breach| breach > segment.end);
        let start = (segment.end - days as Day + 1).max(Self::counts_from(version));
        one_version && under_cap && self.presence.count_to_end_of(i, start, hint) <= max as i64
    }
}

/// The violating runs of [`Judge::runs`], one at a time.
pub(crate) struct Runs<'j, 'a> {
    judge: &'j Judge<'a>,
    last: Day,
    /// The segment searched.
    segment: usize,
    /// The day its search goes on from, once it has started.
    day: Option<Day>,
    /// Where the window of the next segment's quick check starts (see `is_clearly_lawful`).
    hint: usize,
}

impl Iterator for Runs<'_, '_> {
    type Item = Violation;

    fn next(&mut self) -> Option<Violation> {
        let judge = self.judge;
        let segments = judge.presence.segments();
        while let Some(&segment) = segments.get(self.segment) {
            if segment.start > self.last {
                return None;
            }
            let day = match self.day {
                Some(day) => day,
                None if judge.is_clearly_lawful(self.segment, segment, &mut self.hint) => {
                    self.segment += 1;
                    continue;
                }
                None => segment.start,
            };
            if day <= self.last {
                if let Some(run) = judge.first_violation(segment, day) {
                    self.day = Some(run.last + 1);
                    return Some(run);
                }
            }
            self.segment += 1;
            self.day = None;
        }
        None
    }
}
