//! Stays that follow each other with no day between them, under a per-entry cap.
//!
//! The data says an exit and an entry, so the engine counts a new entry, with its own per-entry
//! count. But people split one stay into rows by city or country ("Almaty 3–15 Sep", "Astana
//! 16 Sep – 12 Oct"), and then the count they are shown is not the one the border guard keeps.
//! Wherever reading such rows as one stay would end that stay sooner, a warning says so, with
//! the date the one stay's per-entry count ends: an answer never looks safe only because one
//! stay was typed on two rows.

use crate::date::{self, Day};
use crate::presence::{Interval, Presence, Segment};
use crate::rule::Rule;
use crate::warning::Warning;

/// Adds to `found` the warnings for `rule` about chains of stays in `presence` with no day
/// between them: a chain warns when, read as one stay from its first entry, the rule's
/// per-entry cap would end it before its last day, or when `on` falls in one of its later stays
/// (the days left on the entry would differ). Rules without a per-entry cap have none.
///
/// `elsewhere` is presence known somewhere else (a travel log's other zones), as day ranges:
/// a stay there on the exit or the entry day between two stays shows the person left, so the
/// chain is broken there and nothing is asked.
///
/// Written with plain loops and pushes: this is in the JavaScript API's main module, whose
/// size is budgeted (iterator adapters and `extend` each add their own copies).
pub(crate) fn warnings(
    rule: &Rule,
    presence: &Presence,
    intervals: &[Interval],
    on: Day,
    elsewhere: &[(Day, Day)],
    found: &mut Vec<Warning>,
) {
    if rule.versions.iter().all(|v| v.limits.per_entry.is_none()) {
        return;
    }
    let segments = presence.segments();
    let mut first = 0;
    while first < segments.len() {
        let last = chain_end(segments, first, elsewhere);
        let entry = segments[first].entry;
        let cap = rule
            .version_at(entry)
            .and_then(|version| version.limits.per_entry);
        if let (true, Some(cap)) = (last > first, cap) {
            let last_day = cap.last_day(entry);
            let mut on_later = false;
            for s in &segments[first + 1..last + 1] {
                on_later |= s.start <= on && on <= s.end;
            }
            if last_day < segments[last].end || on_later {
                let mut rows = Vec::new();
                for s in &segments[first..last + 1] {
                    rows.push(row_entering(intervals, s.entry));
                }
                found.push(Warning::Reentry {
                    rows,
                    entry: date::from_day(entry),
                    reentry: date::from_day(segments[first + 1].entry),
                    cap: (last_day - entry + 1) as u32,
                    last_day: date::from_day(last_day),
                });
            }
        }
        first = last + 1;
    }
}

/// For a stay under way on `on` that is a later stay of a chain of stays with no day between
/// them (as [`warnings`] finds chains): the last day `rule`'s per-entry cap allows the chain
/// read as one stay, from its first entry (it may be before `on`). `None` elsewhere: absent on
/// `on`, in a chain's first stay (the count is the same either way), or no per-entry cap.
pub(crate) fn one_stay_last_day(
    rule: &Rule,
    presence: &Presence,
    on: Day,
    elsewhere: &[(Day, Day)],
) -> Option<Day> {
    let segments = presence.segments();
    let mut first = 0;
    while first < segments.len() {
        let last = chain_end(segments, first, elsewhere);
        if segments[first].end < on && on <= segments[last].end {
            let entry = segments[first].entry;
            let cap = rule.version_at(entry)?.limits.per_entry?;
            return Some(cap.last_day(entry));
        }
        first = last + 1;
    }
    None
}

/// The last of the segments from `first` that follow each other with no day between them,
/// none shown crossed by presence `elsewhere`.
fn chain_end(segments: &[Segment], first: usize, elsewhere: &[(Day, Day)]) -> usize {
    let mut last = first;
    while last + 1 < segments.len()
        && segments[last + 1].start == segments[last].end + 1
        && !left(elsewhere, segments[last].end, segments[last + 1].start)
    {
        last += 1;
    }
    last
}

/// Whether presence `elsewhere` holds a day from `exit` to `entry`: the person was out.
fn left(elsewhere: &[(Day, Day)], exit: Day, entry: Day) -> bool {
    elsewhere.iter().any(|&(lo, hi)| lo <= entry && hi >= exit)
}

/// The first row (in input order) of a stay entering on `day`.
fn row_entering(intervals: &[Interval], day: Day) -> usize {
    let mut row = usize::MAX;
    for i in intervals {
        if i.entry == day {
            row = row.min(i.row);
        }
    }
    row
}

#[cfg(test)]
mod tests {
    use crate::{assess, date, rule, Stay, Warning};

    fn reentries(id: &str, stays: &[Stay], on: chrono::NaiveDate) -> Vec<Warning> {
        assess(rule(id).unwrap(), stays, on)
            .unwrap()
            .warnings
            .into_iter()
            .filter(|w| w.code() == "reentry")
            .collect()
    }

    #[test]
    fn rows_split_by_city_warn_with_the_one_stays_last_day() {
        // Kazakhstan's visa-free list: 30 days per entry. 3–15 Sep and 16 Sep – 12 Oct are 40
        // days: as two entries each is within 30; as one stay, its 30 days end on 2 Oct.
        let stays = [
            Stay::new(date(2026, 9, 3), date(2026, 9, 15)),
            Stay::new(date(2026, 9, 16), date(2026, 10, 12)),
        ];
        let answer = assess(rule("kz-visa-free").unwrap(), &stays, date(2026, 10, 20)).unwrap();
        assert_eq!(answer.overstay_days, 0, "two entries by the data");
        assert_eq!(
            reentries("kz-visa-free", &stays, date(2026, 10, 20)),
            [Warning::Reentry {
                rows: vec![1, 2],
                entry: date(2026, 9, 3),
                reentry: date(2026, 9, 16),
                cap: 30,
                last_day: date(2026, 10, 2),
            }]
        );
    }

    #[test]
    fn a_same_day_reentry_warns_too_and_names_rows_in_date_order() {
        let stays = [
            Stay::new(date(2026, 9, 15), date(2026, 10, 12)),
            Stay::new(date(2026, 9, 1), date(2026, 9, 15)),
        ];
        let warnings = reentries("kz-visa-free", &stays, date(2026, 10, 20));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].rows(), [2, 1]);
        assert_eq!(
            warnings[0].to_string(),
            "rows 2 and 1 follow each other with no day between: each is counted as a new \
             entry. If you did not leave in between, they are one stay from 2026-09-01, whose \
             30 days end on 2026-09-30"
        );
    }

    #[test]
    fn being_in_a_later_row_warns_even_before_the_one_stay_would_end() {
        // On 25 Sep in the second row: 10 days left on that entry by the data, but 5 if the
        // rows are one stay entered on 1 Sep.
        let stays = [
            Stay::new(date(2026, 9, 1), date(2026, 9, 20)),
            Stay::open(date(2026, 9, 21)),
        ];
        let warnings = reentries("kz-visa-free", &stays, date(2026, 9, 25));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].rows(), [1, 2]);
    }

    #[test]
    fn no_warning_where_reading_one_stay_changes_nothing_or_days_lie_between() {
        let on = date(2026, 12, 1);
        // Together within 30 days, and `on` after them.
        let short = [
            Stay::new(date(2026, 9, 1), date(2026, 9, 10)),
            Stay::new(date(2026, 9, 11), date(2026, 9, 20)),
        ];
        assert!(reentries("kz-visa-free", &short, on).is_empty());
        // A day out of the country between them.
        let apart = [
            Stay::new(date(2026, 9, 1), date(2026, 9, 20)),
            Stay::new(date(2026, 9, 22), date(2026, 10, 20)),
        ];
        assert!(reentries("kz-visa-free", &apart, on).is_empty());
        // Schengen has no per-entry cap: touching rows are one presence already.
        let touching = [
            Stay::new(date(2026, 5, 1), date(2026, 5, 31)),
            Stay::new(date(2026, 6, 1), date(2026, 6, 30)),
        ];
        assert!(reentries("schengen", &touching, on).is_empty());
    }

    #[test]
    fn three_rows_make_one_warning() {
        let stays = [
            Stay::new(date(2026, 1, 1), date(2026, 1, 12)),
            Stay::new(date(2026, 1, 13), date(2026, 1, 24)),
            Stay::new(date(2026, 1, 25), date(2026, 2, 5)),
        ];
        let warnings = reentries("kz-visa-free", &stays, date(2026, 3, 1));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].rows(), [1, 2, 3]);
        assert!(warnings[0]
            .to_string()
            .starts_with("rows 1, 2 and 3 follow"));
    }
}
