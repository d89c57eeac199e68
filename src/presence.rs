//! Presence: the set of days someone was (or plans to be) present, built from stays.
//!
//! Stays become sorted, disjoint segments of days. Each segment remembers the entry day its
//! per-entry count starts from. Overlapping stays merge into one segment (with a warning); an
//! exit and re-entry on the same date end the first segment the day before, so that date is
//! day 1 of the new stay. Prefix sums make "days of presence in `[lo, hi]`" a binary search.

use crate::date::{self, Day};
use crate::error::{Error, Result};
use crate::stay::Stay;
use crate::warning::Warning;

/// Consecutive days of presence counted from one entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Segment {
    /// First day of presence in the segment.
    pub start: Day,
    /// Last day, inclusive.
    pub end: Day,
    /// The entry day the per-entry count starts from (day 1); `entry <= start`.
    pub entry: Day,
}

impl Segment {
    pub(crate) fn new(start: Day, end: Day) -> Segment {
        Segment {
            start,
            end,
            entry: start,
        }
    }

    pub(crate) fn len(&self) -> i64 {
        (self.end - self.start + 1) as i64
    }
}

/// Sorted, disjoint segments with prefix sums of their lengths.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Presence {
    segments: Vec<Segment>,
    /// `before[i]` = days in `segments[..i]`; one longer than `segments`.
    before: Vec<i64>,
}

/// A stay checked and turned into day numbers, with the row it came from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Interval {
    pub entry: Day,
    pub exit: Day,
    pub row: usize,
}

/// `intervals` in order of entry, then of exit, stays that tie in input order (a stable sort,
/// [`crate::order::sort_by_rank`]): the one order the engine sorts stays in.
pub(crate) fn sort_by_entry(intervals: &mut Vec<Interval>) {
    crate::order::sort_by_rank(intervals, |i| crate::order::days(i.entry, i.exit));
}

/// Checks the stays against the check date `on` and turns them into intervals of days, in
/// input order.
pub(crate) fn intervals(stays: &[Stay], on: Day) -> Result<Vec<Interval>> {
    // A plain loop: collecting an iterator of `Result`s moves each large `Result` through
    // memory, which made this the slowest step of a whole assessment.
    let mut intervals = Vec::with_capacity(stays.len());
    for (i, stay) in stays.iter().enumerate() {
        let row = stay.row.unwrap_or(i + 1);
        intervals.push(interval(stay, row, on)?);
    }
    Ok(intervals)
}

/// One stay checked and turned into days.
fn interval(stay: &Stay, row: usize, on: Day) -> Result<Interval> {
    let entry = date::check_range(stay.entry, "entry").map_err(|e| e.at_row(row))?;
    let exit = match stay.exit {
        Some(exit) => {
            let exit = date::check_range(exit, "exit").map_err(|e| e.at_row(row))?;
            if exit < entry {
                return Err(Error::ExitBeforeEntry { entry, exit, row });
            }
            date::day(exit)
        }
        None => {
            if date::day(entry) > on {
                return Err(Error::OpenStayAfterCheckDate {
                    entry,
                    on: date::from_day(on),
                    row,
                });
            }
            on
        }
    };
    Ok(Interval {
        entry: date::day(entry),
        exit,
        row,
    })
}

impl Presence {
    /// Builds presence from intervals, merging overlaps (reported as warnings).
    pub(crate) fn from_intervals(intervals: &[Interval], warnings: &mut Vec<Warning>) -> Presence {
        // Stays mostly come in order: then they are read in place, not copied to be sorted.
        let copy: Vec<Interval>;
        let in_order = intervals
            .windows(2)
            .all(|pair| (pair[0].entry, pair[0].exit) <= (pair[1].entry, pair[1].exit));
        let sorted = match in_order {
            true => intervals,
            false => {
                copy = {
                    let mut copy = intervals.to_vec();
                    sort_by_entry(&mut copy);
                    copy
                };
                &copy
            }
        };
        let mut segments: Vec<Segment> = Vec::with_capacity(sorted.len());
        // The row and exit of the stay that reaches furthest in the last segment.
        let mut last: Option<Interval> = None;
        for &interval in sorted {
            match (segments.last_mut(), last) {
                (Some(segment), Some(previous))
                    if interval.entry <= segment.end.max(previous.exit) =>
                {
                    let reach = previous.exit;
                    let is_reentry = interval.entry == reach && interval.entry > segment.entry;
                    if is_reentry && interval.entry > segment.start && interval.exit >= reach {
                        segment.end = interval.entry - 1;
                        segments.push(Segment::new(interval.entry, interval.exit));
                        last = Some(interval);
                        continue;
                    }
                    warnings.push(Warning::Overlap {
                        first_row: previous.row,
                        second_row: interval.row,
                        from: date::from_day(interval.entry),
                        until: date::from_day(interval.exit.min(reach)),
                    });
                    if interval.exit > reach {
                        segment.end = interval.exit;
                        last = Some(interval);
                    }
                }
                _ => {
                    segments.push(Segment::new(interval.entry, interval.exit));
                    last = Some(interval);
                }
            }
        }
        Presence::from_segments(segments)
    }

    /// Presence from segments already sorted and disjoint.
    pub(crate) fn from_segments(segments: Vec<Segment>) -> Presence {
        let mut before = Vec::with_capacity(segments.len() + 1);
        let mut total = 0;
        before.push(0);
        for segment in &segments {
            total += segment.len();
            before.push(total);
        }
        Presence { segments, before }
    }

    pub(crate) fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Days of presence in `[lo, hi]`.
    pub(crate) fn count(&self, lo: Day, hi: Day) -> i64 {
        if hi < lo {
            return 0;
        }
        self.through(hi) - self.through(lo.saturating_sub(1))
    }

    /// Days of presence from `lo` to the last day of segment `i` (`lo` not after it).
    /// `hint` is where the last such call found the first segment reaching `lo`; calls with
    /// `lo` growing from one segment to the next then move it a little instead of searching.
    pub(crate) fn count_to_end_of(&self, i: usize, lo: Day, hint: &mut usize) -> i64 {
        let mut j = (*hint).min(i);
        while j > 0 && self.segments[j - 1].end >= lo {
            j -= 1;
        }
        while self.segments[j].end < lo {
            j += 1;
        }
        *hint = j;
        let first = self.segments[j];
        let days_before_lo = (lo - first.start).max(0) as i64;
        self.before[i + 1] - self.before[j] - days_before_lo
    }

    /// Days of presence up to and including `day`.
    fn through(&self, day: Day) -> i64 {
        // Segments starting on or before `day`.
        let n = self.segments.partition_point(|s| s.start <= day);
        if n == 0 {
            return 0;
        }
        let segment = self.segments[n - 1];
        self.before[n - 1] + (day.min(segment.end) - segment.start + 1) as i64
    }

    /// The segment holding `day`, if present that day.
    pub(crate) fn segment_at(&self, day: Day) -> Option<Segment> {
        let n = self.segments.partition_point(|s| s.start <= day);
        n.checked_sub(1)
            .map(|i| self.segments[i])
            .filter(|s| s.end >= day)
    }

    /// The first day of presence on or after `day`.
    pub(crate) fn first_on_or_after(&self, day: Day) -> Option<Day> {
        let i = self.segments.partition_point(|s| s.end < day);
        self.segments.get(i).map(|s| s.start.max(day))
    }

    /// The presence strictly before `day`.
    pub(crate) fn before(&self, day: Day) -> Presence {
        self.clipped(day - 1)
    }

    /// The presence up to and including `day`, with room for one more segment.
    pub(crate) fn clipped(&self, last: Day) -> Presence {
        // The segments starting by `last` are a prefix; only the last of them may need cutting.
        let n = self.segments.partition_point(|s| s.start <= last);
        let mut segments = Vec::with_capacity(n + 1);
        segments.extend_from_slice(&self.segments[..n]);
        let mut before = Vec::with_capacity(n + 2);
        before.extend_from_slice(&self.before[..=n]);
        if let Some(cut) = segments.last_mut() {
            cut.end = cut.end.min(last);
            before[n] = before[n - 1] + cut.len();
        }
        Presence { segments, before }
    }

    /// Adds `segment`, which starts after all of this presence.
    pub(crate) fn push(&mut self, segment: Segment) {
        debug_assert!(self.segments.last().is_none_or(|s| s.end < segment.start));
        let total = self.before.last().copied().unwrap_or(0);
        self.segments.push(segment);
        self.before.push(total + segment.len());
    }

    /// Takes off the last segment.
    pub(crate) fn pop(&mut self) {
        if self.segments.pop().is_some() {
            self.before.pop();
        }
    }

    /// Replaces the last segment (one added by [`Presence::push`]) by `segment`, which starts
    /// after all the others: a new trip tried without copying the presence before it.
    pub(crate) fn replace_last(&mut self, segment: Segment) {
        let n = self.segments.len();
        debug_assert!(n >= 1 && (n < 2 || self.segments[n - 2].end < segment.start));
        self.segments[n - 1] = segment;
        self.before[n] = self.before[n - 1] + segment.len();
    }

    /// The `n`-th day (from 1) on or after `from` with no presence.
    pub(crate) fn nth_absent(&self, from: Day, n: i64) -> Day {
        let mut day = from;
        let mut left = n;
        for segment in &self.segments[self.segments.partition_point(|s| s.end < from)..] {
            // The absent days from `day` to the segment, then on after it.
            let gap = (segment.start - day).max(0) as i64;
            if gap >= left {
                break;
            }
            left -= gap;
            day = segment.end + 1;
        }
        day + (left - 1) as Day
    }

    /// The smallest `x` such that at most `m` days of presence at or after `lo` are `>= x`.
    /// (When `m` or fewer such days exist at all, that is `lo`.)
    pub(crate) fn cut_leaving(&self, lo: Day, m: i64) -> Day {
        let total = self.count(lo, Day::MAX - 1);
        if total <= m {
            return lo;
        }
        // The (m + 1)-th last day of presence at or after lo, plus one. Days `>= x` number
        // `through(MAX) - through(x - 1)`; find the day d with `count(d, MAX) == m + 1`.
        let all = *self.before.last().unwrap_or(&0);
        let wanted = all - (m + 1); // days strictly before d
                                    // Segment i holds the day with index `wanted` (0-based) among all days.
        let i = self.before.partition_point(|&b| b <= wanted) - 1;
        let segment = self.segments[i];
        let d = segment.start + (wanted - self.before[i]) as Day;
        d + 1
    }
}

#[cfg(test)]
mod tests;
