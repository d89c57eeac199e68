//! The oracle: a brute-force, day-by-day reading of the day model in DESIGN.md ("The day model
//! (the contract)" and "What the engine computes"), written without looking at `src/`'s
//! algorithms and used by the tests and the benchmark as the reference.
//!
//! Everything here is a table of days: which days are present, the entry day each present day
//! counts its stay from, and prefix sums to count days in a range. Every question is answered by
//! walking days one at a time: a window count is a count over the window's days, a latest exit is
//! found by trying each later day, an earliest entry by trying each start day. Slow and plain on
//! purpose. Where the contract is silent, the choice made here is marked `SILENT:` and follows the
//! engine's documented behaviour.
//!
//! Only the crate's public data types are used (`Rule`, `Version`, `Window`, `PerEntry`, `Stay`,
//! and the result structs to build expected values); no engine function is called.

#![allow(dead_code)]

use chrono::{Datelike, NaiveDate};
use staycalc::{
    Assessment, Bound, PerEntry, Rule, Status, Stay, StayVerdict, TimelineDay, Version, Window,
    MAX_DATE, MIN_DATE,
};
use std::collections::BTreeSet;

pub mod documents;

/// A day number: chrono's days since 0001-01-01 (a plain integer to step through).
pub type Day = i32;

/// The day number of a date.
pub fn day(date: NaiveDate) -> Day {
    date.num_days_from_ce()
}

/// The date of a day number.
pub fn date_of(day: Day) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(day).expect("a day number inside chrono's range")
}

/// The last day the engine looks at: answers that never end stop here.
pub fn horizon() -> Day {
    day(MAX_DATE)
}

/// An error as the oracle sees it: the engine's error code and the row it names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub code: &'static str,
    pub row: Option<usize>,
}

/// One stay as days, with its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub entry: Day,
    pub exit: Day,
    pub row: usize,
}

/// Two rows that share days which are not a same-day exit and re-entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Overlap {
    /// The row of the stay that starts first (the first in input order when both start together).
    pub first_row: usize,
    pub second_row: usize,
    /// The shared days.
    pub from: NaiveDate,
    pub until: NaiveDate,
}

/// Stays with no day between them counted as separate entries, where one stay's per-entry cap
/// would end them sooner (DESIGN.md, "two rows with no day between them").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reentry {
    /// The first row entering on each entry day of the chain, in date order.
    pub rows: Vec<usize>,
    pub entry: NaiveDate,
    pub reentry: NaiveDate,
    pub cap: u32,
    pub last_day: NaiveDate,
}

impl Reentry {
    /// The engine's `reentry` warning in the oracle's terms; `None` for any other warning.
    pub fn of(warning: &staycalc::Warning) -> Option<Reentry> {
        match warning {
            staycalc::Warning::Reentry {
                rows,
                entry,
                reentry,
                cap,
                last_day,
            } => Some(Reentry {
                rows: rows.clone(),
                entry: *entry,
                reentry: *reentry,
                cap: *cap,
                last_day: *last_day,
            }),
            _ => None,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rule lookups, straight from the contract.

/// The version in force on `d`: the last one whose start is on or before `d`.
pub fn version_at(rule: &Rule, d: Day) -> Option<&Version> {
    rule.versions
        .iter()
        .rfind(|v| v.from.is_none_or(|from| day(from) <= d))
}

/// The same date `months` months later, clamped to the last day of that month.
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    let index = date.year() * 12 + date.month0() as i32 + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    let mut last = 31;
    while NaiveDate::from_ymd_opt(year, month, last).is_none() {
        last -= 1;
    }
    NaiveDate::from_ymd_opt(year, month, date.day().min(last)).expect("a clamped date exists")
}

/// The last lawful day of a stay entered on `entry` under a per-entry cap.
pub fn cap_last_day(cap: PerEntry, entry: Day) -> Day {
    match cap {
        PerEntry::Days(n) => entry + n as Day - 1,
        PerEntry::Months(m) => day(add_months(date_of(entry), m)) - 1,
    }
}

/// A stay's per-entry cap: the version in force on its entry day decides ("a stay's per-entry
/// cap by the version in force at its entry"). No version in force then: no cap.
pub fn stay_cap(rule: &Rule, entry: Day) -> Option<PerEntry> {
    version_at(rule, entry)?.limits.per_entry
}

fn first_of_year(d: Day) -> Day {
    day(NaiveDate::from_ymd_opt(date_of(d).year(), 1, 1).expect("1 January exists"))
}

// ---------------------------------------------------------------------------------------------
// Presence: a table of days.

/// What the judging below needs to know about presence.
pub trait Days {
    /// The entry day (day 1) of the stay `d` belongs to; `None` when absent on `d`.
    fn entry_of(&self, d: Day) -> Option<Day>;
    /// How many days of `[lo, hi]` are present.
    fn count(&self, lo: Day, hi: Day) -> i64;
    /// The first present day on or after `d`.
    fn next_present(&self, d: Day) -> Option<Day>;
}

/// Present days over `[lo, lo + len)`, each with its entry day.
#[derive(Clone, Debug)]
pub struct Table {
    lo: Day,
    entry: Vec<Option<Day>>,
    /// `prefix[i]`: present days among the first `i` days of the table.
    prefix: Vec<i64>,
    /// `next[i]`: the first present day at or after `lo + i`.
    next: Vec<Option<Day>>,
}

impl Table {
    /// The presence of `stays`: every day from entry to exit of any stay, each counted once.
    ///
    /// Entry days: a stay starts a new count on its entry day unless that day lies strictly
    /// inside another stay (after its entry and before its exit), in which case the two are one
    /// presence period. An entry on another stay's exit day is a same-day re-entry: that date is
    /// day 1 of the new stay. Each present day counts from the latest such entry day reached
    /// without a gap.
    pub fn of(stays: &[Interval]) -> Table {
        if stays.is_empty() {
            return Table::from_entries(0, Vec::new());
        }
        let lo = stays.iter().map(|s| s.entry).min().unwrap_or(0);
        let hi = stays.iter().map(|s| s.exit).max().unwrap_or(0);
        // Entry days that start a count: not strictly inside another stay.
        let starts: BTreeSet<Day> = stays
            .iter()
            .filter(|y| !stays.iter().any(|x| x.entry < y.entry && y.entry < x.exit))
            .map(|y| y.entry)
            .collect();
        let mut present = vec![false; (hi - lo + 1) as usize];
        for stay in stays {
            for d in stay.entry..=stay.exit {
                present[(d - lo) as usize] = true;
            }
        }
        let mut entries = Vec::with_capacity(present.len());
        let mut current = None;
        for d in lo..=hi {
            current = match (present[(d - lo) as usize], current) {
                (false, _) => None,
                (true, _) if starts.contains(&d) => Some(d),
                (true, Some(e)) => Some(e),
                (true, None) => unreachable!("a first present day is always an entry day"),
            };
            entries.push(current);
        }
        Table::from_entries(lo, entries)
    }

    fn from_entries(lo: Day, entry: Vec<Option<Day>>) -> Table {
        let mut prefix = vec![0; entry.len() + 1];
        for (i, e) in entry.iter().enumerate() {
            prefix[i + 1] = prefix[i] + e.is_some() as i64;
        }
        let mut next = vec![None; entry.len()];
        let mut following = None;
        for i in (0..entry.len()).rev() {
            if entry[i].is_some() {
                following = Some(lo + i as Day);
            }
            next[i] = following;
        }
        Table {
            lo,
            entry,
            prefix,
            next,
        }
    }

    fn hi(&self) -> Day {
        self.lo + self.entry.len() as Day - 1
    }

    /// Present days, in order.
    pub fn present_days(&self) -> impl Iterator<Item = Day> + '_ {
        (self.lo..=self.hi()).filter(|&d| self.entry_of(d).is_some())
    }

    /// The same table without the days after `last`.
    pub fn clipped(&self, last: Day) -> Table {
        let keep = (last - self.lo + 1).clamp(0, self.entry.len() as Day) as usize;
        Table::from_entries(self.lo, self.entry[..keep].to_vec())
    }
}

impl Days for Table {
    fn entry_of(&self, d: Day) -> Option<Day> {
        if d < self.lo || d > self.hi() {
            return None;
        }
        self.entry[(d - self.lo) as usize]
    }

    fn count(&self, lo: Day, hi: Day) -> i64 {
        let lo = lo.max(self.lo);
        let hi = hi.min(self.hi());
        if hi < lo {
            return 0;
        }
        self.prefix[(hi - self.lo + 1) as usize] - self.prefix[(lo - self.lo) as usize]
    }

    fn next_present(&self, d: Day) -> Option<Day> {
        let i = (d.max(self.lo) - self.lo) as usize;
        self.next.get(i).copied().flatten()
    }
}

/// A table followed by one more stretch of presence `[start, end]` counted from `entry`, all
/// of it after the table's last present day (a trip being tried, or staying on from `on`).
pub struct WithTrip<'a> {
    pub base: &'a Table,
    pub start: Day,
    pub end: Day,
    pub entry: Day,
}

impl Days for WithTrip<'_> {
    fn entry_of(&self, d: Day) -> Option<Day> {
        if self.start <= d && d <= self.end {
            Some(self.entry)
        } else {
            self.base.entry_of(d)
        }
    }

    fn count(&self, lo: Day, hi: Day) -> i64 {
        let trip = (hi.min(self.end) - lo.max(self.start) + 1).max(0) as i64;
        self.base.count(lo, hi.min(self.start - 1)) + trip
    }

    fn next_present(&self, d: Day) -> Option<Day> {
        let in_trip = (d <= self.end).then_some(d.max(self.start));
        match (
            self.base.next_present(d).filter(|&b| b < self.start),
            in_trip,
        ) {
            (Some(b), _) => Some(b),
            (None, t) => t,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Judging one day.

/// The window on `d` under the version in force that day: its first day, the days of presence
/// in it, and its maximum. `None` when that version has no window (or no version is in force).
pub fn window_on(days: &impl Days, rule: &Rule, d: Day) -> Option<(Day, i64, u32)> {
    let version = version_at(rule, d)?;
    let window = version.limits.window?;
    // "a version may ignore presence before a date": nothing before its start counts.
    let floor = match version.from {
        Some(from) if version.ignores_earlier_presence => day(from),
        _ => Day::MIN,
    };
    let (start, max) = match window {
        Window::Rolling { days: len, max } => (d - (len as Day - 1), max),
        Window::CalendarYear { max } => (first_of_year(d), max),
        Window::FromFirstEntry { days: len, max } => {
            // Periods open on a first day of presence and last `len` days; the next opens on the
            // first day of presence after one ends. Walk them up to `d`.
            let mut open = None;
            let mut next = days.next_present(floor);
            while let Some(start) = next {
                if start > d {
                    break;
                }
                let end = start + len as Day - 1;
                if d <= end {
                    open = Some(start);
                    break;
                }
                next = days.next_present(end + 1);
            }
            // SILENT: on a day outside any period no window is open: nothing counted, and the
            // window is taken to start after the day (the engine's convention).
            (open.unwrap_or(d + 1), max)
        }
    };
    let start = start.max(floor);
    Some((start, days.count(start, d), max))
}

/// Whether `d` is a day of presence that violates the rule: its window count exceeds the
/// maximum, or its day number in its stay exceeds the stay's per-entry cap.
pub fn violates(days: &impl Days, rule: &Rule, d: Day) -> bool {
    let Some(entry) = days.entry_of(d) else {
        return false;
    };
    let over_window = window_on(days, rule, d).is_some_and(|(_, n, max)| n > max as i64);
    let over_cap = stay_cap(rule, entry).is_some_and(|cap| d > cap_last_day(cap, entry));
    over_window || over_cap
}

// ---------------------------------------------------------------------------------------------
// The oracle itself.

/// Stays, a rule and a check date, checked and turned into a table of days.
pub struct Oracle {
    pub rule: Rule,
    pub on: Day,
    pub stays: Vec<Interval>,
    pub table: Table,
    /// Days known to be spent elsewhere (a travel log's other zones): an exit or entry day
    /// among them between two stays with no day between them shows the person left.
    pub elsewhere: BTreeSet<Day>,
}

impl Oracle {
    /// Checks the input as the contract says: dates in the supported range, exit not before
    /// entry, an open stay not after `on`, and the rule in force on `on`. Open stays run
    /// through `on`.
    pub fn new(rule: &Rule, stays: &[Stay], on: NaiveDate) -> Result<Oracle, Refusal> {
        let in_range = |d: NaiveDate| (MIN_DATE..=MAX_DATE).contains(&d);
        let refuse = |code, row| Err(Refusal { code, row });
        if !in_range(on) {
            return refuse("date_out_of_range", None);
        }
        let on = day(on);
        if version_at(rule, on).is_none() {
            return refuse("rule_not_in_force", None);
        }
        let mut intervals = Vec::new();
        for (i, stay) in stays.iter().enumerate() {
            let row = stay.row.unwrap_or(i + 1);
            if !in_range(stay.entry) || stay.exit.is_some_and(|exit| !in_range(exit)) {
                return refuse("date_out_of_range", Some(row));
            }
            let exit = match stay.exit {
                Some(exit) if exit < stay.entry => return refuse("exit_before_entry", Some(row)),
                Some(exit) => day(exit),
                None if day(stay.entry) > on => {
                    return refuse("open_stay_after_check_date", Some(row))
                }
                None => on,
            };
            intervals.push(Interval {
                entry: day(stay.entry),
                exit,
                row,
            });
        }
        Ok(Oracle {
            rule: rule.clone(),
            on,
            table: Table::of(&intervals),
            stays: intervals,
            elsewhere: BTreeSet::new(),
        })
    }

    /// The same, knowing the person was elsewhere on `days`.
    pub fn knowing_elsewhere(mut self, days: BTreeSet<Day>) -> Oracle {
        self.elsewhere = days;
        self
    }

    /// Every pair of rows sharing days that are not a same-day exit and re-entry.
    pub fn overlaps(&self) -> Vec<Overlap> {
        let mut pairs = Vec::new();
        for (i, a) in self.stays.iter().enumerate() {
            for b in &self.stays[i + 1..] {
                let (x, y) = if b.entry < a.entry { (b, a) } else { (a, b) };
                let until = x.exit.min(y.exit);
                let reentry = x.entry < y.entry && y.entry == x.exit;
                if y.entry <= until && !reentry {
                    pairs.push(Overlap {
                        first_row: x.row,
                        second_row: y.row,
                        from: date_of(y.entry),
                        until: date_of(until),
                    });
                }
            }
        }
        pairs
    }

    /// Runs of present days without a gap that hold more than one entry day, where reading the
    /// run as one stay from its first entry breaks that entry's cap before the run ends, or
    /// where `on` is in the run on a later entry's count.
    pub fn reentries(&self) -> Vec<Reentry> {
        let mut found = Vec::new();
        let days: Vec<Day> = self.table.present_days().collect();
        let mut start = 0;
        while start < days.len() {
            let mut end = start;
            while end + 1 < days.len() && days[end + 1] == days[end] + 1 {
                end += 1;
            }
            let mut entries: Vec<Day> = Vec::new();
            for &d in &days[start..=end] {
                let e = self.table.entry_of(d).expect("present");
                if entries.last() != Some(&e) {
                    entries.push(e);
                }
            }
            // Chains: the run's entries, cut where the day before an entry or the entry day
            // itself was spent elsewhere.
            let mut chains: Vec<Vec<Day>> = Vec::new();
            for &e in &entries {
                let left = self.elsewhere.contains(&(e - 1)) || self.elsewhere.contains(&e);
                match chains.last_mut() {
                    Some(chain) if !left => chain.push(e),
                    _ => chains.push(vec![e]),
                }
            }
            for (k, chain) in chains.iter().enumerate() {
                let first = chain[0];
                let chain_end = chains.get(k + 1).map_or(days[end], |next| next[0] - 1);
                let Some(cap) = stay_cap(&self.rule, first).filter(|_| chain.len() > 1) else {
                    continue;
                };
                let last_day = cap_last_day(cap, first);
                let later = (first..=chain_end).contains(&self.on)
                    && self.table.entry_of(self.on) != Some(first);
                if last_day < chain_end || later {
                    let rows = chain
                        .iter()
                        .map(|&e| {
                            let rows = self.stays.iter().filter(|s| s.entry == e);
                            rows.map(|s| s.row).min().expect("an entry day is a stay's")
                        })
                        .collect();
                    found.push(Reentry {
                        rows,
                        entry: date_of(first),
                        reentry: date_of(chain[1]),
                        cap: (last_day - first + 1) as u32,
                        last_day: date_of(last_day),
                    });
                }
            }
            start = end + 1;
        }
        found
    }

    fn version_on(&self) -> &Version {
        version_at(&self.rule, self.on).expect("checked in new")
    }

    /// The entry day of the stay holding `on`, if present on it.
    pub fn entry_on(&self) -> Option<Day> {
        self.table.entry_of(self.on)
    }

    /// Day number of `on` in its stay, 0 when absent.
    pub fn day_of_stay(&self) -> u32 {
        self.entry_on().map_or(0, |e| (self.on - e + 1) as u32)
    }

    /// The per-entry cap in days of the stay holding `on`, or of a stay entered on `on`.
    pub fn per_entry_cap(&self) -> Option<u32> {
        let entry = self.entry_on().unwrap_or(self.on);
        // SILENT: a stay entered before the rule's first version has no version in force at
        // its entry, so no per-entry cap, as its days are judged (see `violates`).
        let cap = version_at(&self.rule, entry)?.limits.per_entry?;
        Some((cap_last_day(cap, entry) - entry + 1) as u32)
    }

    /// `(window_start, days_used)` on `on`. SILENT: without a window, the day of stay counts
    /// and the window starts on the stay's entry (the engine's documented convention).
    pub fn used(&self) -> (Day, u32) {
        match window_on(&self.table, &self.rule, self.on) {
            Some((start, n, _)) => (start.min(self.on), n as u32),
            None => (self.entry_on().unwrap_or(self.on), self.day_of_stay()),
        }
    }

    /// Every violating day of presence over all stays given.
    pub fn unlawful(&self) -> Vec<Day> {
        self.table
            .present_days()
            .filter(|&d| violates(&self.table, &self.rule, d))
            .collect()
    }

    /// Keep presence before `on`, stay on from `on` (continuing the stay holding `on`, else
    /// entering on `on`): the last day before the first violating one; `None` when `on` itself
    /// violates; the horizon when nothing ever violates.
    pub fn latest_exit(&self) -> Option<Day> {
        match self.first_violation_staying_on() {
            Some(d) if d == self.on => None,
            Some(d) => Some(d - 1),
            None => Some(horizon()),
        }
    }

    /// Staying on from `on` as in [`Oracle::latest_exit`], the limit the first violating day
    /// exceeds: the per-entry cap when it exceeds that, the window otherwise.
    pub fn binding(&self) -> Option<Bound> {
        let d = self.first_violation_staying_on()?;
        let entry = self.entry_on().unwrap_or(self.on);
        let over_cap = stay_cap(&self.rule, entry).is_some_and(|cap| d > cap_last_day(cap, entry));
        Some(if over_cap {
            Bound::PerEntry
        } else {
            Bound::Window
        })
    }

    /// The first violating day when staying on from `on`, presence before it kept.
    fn first_violation_staying_on(&self) -> Option<Day> {
        let base = self.table.clipped(self.on - 1);
        let stay = WithTrip {
            base: &base,
            start: self.on,
            end: horizon(),
            entry: self.entry_on().unwrap_or(self.on),
        };
        (self.on..=horizon()).find(|&d| violates(&stay, &self.rule, d))
    }

    /// The first start day a new trip may have: `on`, or the day after when present on `on`.
    pub fn first_start(&self) -> Day {
        if self.entry_on().is_some() {
            self.on + 1
        } else {
            self.on
        }
    }

    /// Presence after `on` dropped, the first start (from [`Oracle::first_start`]) of an
    /// `n`-day trip with no violating day. Tries every start, and every day of each trip.
    pub fn earliest_entry(&self, n: u32) -> Option<Day> {
        let base = self.table.clipped(self.on);
        let mut start = self.first_start();
        while start + n as Day - 1 <= horizon() {
            let trip = WithTrip {
                base: &base,
                start,
                end: start + n as Day - 1,
                entry: start,
            };
            // Every day of the trip is checked; the last ones first, as they fail most often.
            if (trip.start..=trip.end)
                .rev()
                .all(|d| !violates(&trip, &self.rule, d))
            {
                return Some(start);
            }
            start += 1;
        }
        None
    }

    /// The full allowance of a new stay: `min(max, per_entry)` of the version in force on the
    /// first possible start day.
    pub fn full_allowance(&self) -> u32 {
        let start = self.first_start();
        let version = version_at(&self.rule, start).expect("in force from `on` on");
        let window = version.limits.window.map(|w| match w {
            Window::Rolling { max, .. }
            | Window::CalendarYear { max }
            | Window::FromFirstEntry { max, .. } => max,
        });
        let cap = version
            .limits
            .per_entry
            .map(|cap| (cap_last_day(cap, start) - start + 1) as u32);
        match (window, cap) {
            (Some(w), Some(c)) => w.min(c),
            (Some(w), None) => w,
            (None, Some(c)) => c,
            (None, None) => 0,
        }
    }

    /// The assessment the contract asks for, with warnings left empty (compare them with
    /// [`Oracle::overlaps`]).
    pub fn assessment(&self, warning_threshold: u32) -> Assessment {
        let on = self.on;
        let window = self.version_on().limits.window;
        let window_max = window.map(|w| match w {
            Window::Rolling { max, .. }
            | Window::CalendarYear { max }
            | Window::FromFirstEntry { max, .. } => max,
        });
        let (window_start, days_used) = self.used();
        let per_entry_cap = self.per_entry_cap();
        let limit = window_max.or(per_entry_cap).unwrap_or(0);
        let days_remaining = limit.saturating_sub(days_used);
        let over_window = window_max.map_or(0, |max| days_used.saturating_sub(max));
        let over_cap = per_entry_cap.map_or(0, |cap| self.day_of_stay().saturating_sub(cap));
        let overstay_days = over_window.max(over_cap);
        let unlawful = self.unlawful();
        let latest_exit = self.latest_exit();
        // The documented traffic light: present and over on `on`; else a violation up to
        // `on` (or an overstay counted on it); else a violation after it; else a warning for
        // fewer days left than the threshold in the window or before the per-entry cap of the
        // stay under way.
        let present = self.entry_on().is_some();
        let days_left_in_stay = match (present, per_entry_cap) {
            (true, Some(cap)) => Some(cap.saturating_sub(self.day_of_stay())),
            _ => None,
        };
        let past_unlawful_days = unlawful.iter().filter(|&&d| d <= on).count() as u32;
        let status = if present && (unlawful.contains(&on) || overstay_days > 0) {
            Status::Overstay
        } else if overstay_days > 0 || past_unlawful_days > 0 {
            Status::PastOverstay
        } else if !unlawful.is_empty() {
            Status::PlannedOverstay
        } else if days_remaining < warning_threshold
            || days_left_in_stay.is_some_and(|left| left < warning_threshold)
            || !self.reentries().is_empty()
        {
            Status::Warning
        } else {
            Status::Ok
        };
        let per_entry_last_day = {
            let entry = self.entry_on().unwrap_or(on);
            version_at(&self.rule, entry)
                .and_then(|version| version.limits.per_entry)
                .map(|cap| date_of(cap_last_day(cap, entry)))
        };
        let full_allowance = self.full_allowance();
        Assessment {
            on: date_of(on),
            window_start: date_of(window_start),
            days_used,
            limit,
            days_remaining,
            overstay_days,
            unlawful_days: unlawful.len() as u32,
            first_unlawful_day: unlawful.first().copied().map(date_of),
            past_unlawful_days,
            present,
            day_of_stay: self.day_of_stay(),
            per_entry_cap,
            days_left_in_stay,
            per_entry_last_day,
            latest_exit: latest_exit.map(date_of),
            latest_exit_keeping_plans: self.latest_exit_keeping_plans().map(date_of),
            max_stay_days: latest_exit.map_or(0, |exit| (exit - on + 1) as u32),
            binding: self.binding(),
            full_allowance,
            earliest_full_stay: self.earliest_entry(full_allowance).map(date_of),
            status,
            warnings: Vec::new(),
        }
    }

    /// Every violating day of the presence of `stays`.
    fn unlawful_of(&self, stays: &[Interval]) -> BTreeSet<Day> {
        let table = Table::of(stays);
        table
            .present_days()
            .filter(|&d| violates(&table, &self.rule, d))
            .collect()
    }

    /// Whether stay `i` of `stays`, leaving on `exit`, is at no fault from `from` on: no
    /// violating day from `from` to `exit`, and no later violating day that is not in
    /// `without` (the violating days without its presence from `from` on).
    fn no_fault(
        &self,
        stays: &[Interval],
        i: usize,
        from: Day,
        exit: Day,
        without: &BTreeSet<Day>,
    ) -> bool {
        let mut stays = stays.to_vec();
        stays[i].exit = exit;
        self.unlawful_of(&stays)
            .range(from..)
            .all(|&d| d > exit && without.contains(&d))
    }

    /// The violating days from `from` on without stay `i`'s presence from `from` on.
    fn without(&self, stays: &[Interval], i: usize, from: Day) -> BTreeSet<Day> {
        let mut without = stays.to_vec();
        if without[i].entry >= from {
            without.remove(i);
        } else {
            without[i].exit = from - 1;
        }
        self.unlawful_of(&without).split_off(&from)
    }

    /// The latest exit of stay `i` of `stays`, trying each day from `from` up to `upper`,
    /// before which every exit is at no fault (see [`Oracle::no_fault`]); `None` when leaving
    /// on `from` is at fault.
    fn stretch_latest_exit(
        &self,
        stays: &[Interval],
        i: usize,
        from: Day,
        upper: Day,
    ) -> Option<Day> {
        let without = self.without(stays, i, from);
        if !self.no_fault(stays, i, from, from, &without) {
            return None;
        }
        let others_end = stays
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != i)
            .map(|(_, s)| s.exit)
            .max()
            .unwrap_or(Day::MIN);
        let mut exit = from;
        while exit < upper {
            if exit >= others_end {
                // No other presence after `exit`: a later exit only adds days at the end, and a
                // day is judged by the days up to it, so the answer is the day before the first
                // violation of the stay run on to `upper`.
                let mut run_on = stays.to_vec();
                run_on[i].exit = upper;
                let table = Table::of(&run_on);
                return Some(
                    (exit + 1..=upper)
                        .find(|&d| violates(&table, &self.rule, d))
                        .map_or(upper, |d| d - 1),
                );
            }
            if !self.no_fault(stays, i, from, exit + 1, &without) {
                break;
            }
            exit += 1;
        }
        Some(exit)
    }

    /// The last exit stay `i` of `stays` is tried with. SILENT: up to the day before the next
    /// stay that enters after it (the engine's choice), or the horizon; a stay entering within
    /// it is one presence period with it already and does not bound it, and one entering on its
    /// exit day (a same-day re-entry) lets it end on that day.
    fn last_exit_before_next(stays: &[Interval], i: usize) -> Day {
        let stay = stays[i];
        let mut upper = horizon();
        for (j, other) in stays.iter().enumerate() {
            if j != i && other.entry > stay.entry && other.entry >= stay.exit {
                upper = upper.min((other.entry - 1).max(stay.exit));
            }
        }
        upper
    }

    /// For a planned stay: the latest exit, trying each day from its entry on, before which
    /// every exit keeps it lawful and makes no later day unlawful that is lawful without it.
    pub fn plan_latest_exit(&self, i: usize) -> Option<Day> {
        let entry = self.stays[i].entry;
        self.stretch_latest_exit(
            &self.stays,
            i,
            entry,
            Self::last_exit_before_next(&self.stays, i),
        )
    }

    /// For a planned stay: the days after its exit that violate with it and not without it.
    pub fn later_unlawful_days(&self, i: usize) -> u32 {
        let stay = self.stays[i];
        let without = self.without(&self.stays, i, stay.entry);
        self.unlawful()
            .into_iter()
            .filter(|&d| d > stay.exit && !without.contains(&d))
            .count() as u32
    }

    /// Staying on from `on` (continuing the stay holding it, or entering on it), with presence
    /// before `on` and the stays entering after it kept: the latest exit, trying each day,
    /// before which no exit violates on or after `on` nor makes a planned day unlawful that is
    /// lawful without the stay.
    pub fn latest_exit_keeping_plans(&self) -> Option<Day> {
        let on = self.on;
        let mut stays: Vec<Interval> = self
            .stays
            .iter()
            .filter(|s| s.entry != on)
            .map(|&s| Interval {
                exit: if s.entry < on {
                    s.exit.min(on - 1)
                } else {
                    s.exit
                },
                ..s
            })
            .collect();
        stays.push(Interval {
            entry: self.entry_on().unwrap_or(on),
            exit: on,
            row: 0,
        });
        let i = stays.len() - 1;
        self.stretch_latest_exit(&stays, i, on, Self::last_exit_before_next(&stays, i))
    }

    /// A verdict for each stay, in input order.
    pub fn plan(&self) -> Vec<StayVerdict> {
        let unlawful = self.unlawful();
        self.stays
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let days: Vec<Day> = unlawful
                    .iter()
                    .copied()
                    .filter(|&d| s.entry <= d && d <= s.exit)
                    .collect();
                let planned = s.entry > self.on;
                StayVerdict {
                    row: s.row,
                    entry: date_of(s.entry),
                    exit: date_of(s.exit),
                    planned,
                    unlawful_days: days.len() as u32,
                    first_unlawful_day: days.first().copied().map(date_of),
                    later_unlawful_days: if planned {
                        self.later_unlawful_days(i)
                    } else {
                        0
                    },
                    latest_exit: if planned {
                        self.plan_latest_exit(i).map(date_of)
                    } else {
                        None
                    },
                }
            })
            .collect()
    }

    /// One timeline day: the window count (without a window, the day of stay), its first day,
    /// the cap, presence and violation.
    pub fn timeline_day(&self, d: Day) -> TimelineDay {
        let entry = self.table.entry_of(d);
        let from = entry.unwrap_or(d);
        let per_entry_cap =
            stay_cap(&self.rule, from).map_or(0, |cap| (cap_last_day(cap, from) - from + 1) as u32);
        let day_of_stay = entry.map_or(0, |e| (d - e + 1) as u32);
        let (count, start, limit) = match window_on(&self.table, &self.rule, d) {
            Some((start, n, max)) => (n as u32, start.min(d), max),
            None => (day_of_stay, from, per_entry_cap),
        };
        TimelineDay {
            date: date_of(d),
            count,
            window_start: date_of(start),
            limit,
            present: entry.is_some(),
            unlawful: violates(&self.table, &self.rule, d),
            day_of_stay,
            per_entry_cap,
        }
    }

    /// The timeline from `from` to `to`, inclusive.
    pub fn timeline(&self, from: NaiveDate, to: NaiveDate) -> Vec<TimelineDay> {
        (day(from)..=day(to))
            .map(|d| self.timeline_day(d))
            .collect()
    }
}
