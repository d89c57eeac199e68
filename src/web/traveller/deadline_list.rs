//! The deadlines the page lists under a Kazakhstan rule: what the engine's catalogue
//! ([`crate::deadlines`]) sets from the traveller's stays. The only event the stays themselves
//! show is an arrival, so the list holds the host's arrival notification (`kz-arrival`) for each
//! entry of a stay under way or planned, and for an ended one while its deadline is still to
//! come. Nothing is computed here: each date is the catalogue's, or its error (a year whose
//! public holidays are not known) is kept to be said.

use crate::deadlines::{deadline, Deadline, Event};
use crate::error::Error;
use crate::rule::Rule;
use crate::web::traveller::Answer;
use chrono::NaiveDate;

/// The catalogue's id of the host's arrival notification.
pub(crate) const ARRIVAL: &str = "kz-arrival";

/// One deadline of the list: the entry it comes from, and the date or why there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ArrivalDeadline {
    /// The entry day (the event's date).
    pub entry: NaiveDate,
    /// The deadline, or the catalogue's error.
    pub deadline: Result<Deadline, Error>,
    /// Whether it holds only if this was a new entry: the answer's `reentry` warning doubts
    /// it ([`crate::Warning::doubts_entry`]: the row may continue the stay before it).
    pub only_if_new_entry: bool,
}

/// The arrival notifications for `answer`'s stays under `rule`: none unless the rule governs
/// Kazakhstan. In order of entry; an entry given by two rows (or parts) is said once. An entry
/// that a `reentry` warning doubts is marked: its notification is due only if it was one.
pub(crate) fn arrival_deadlines(rule: &Rule, answer: &Answer) -> Vec<ArrivalDeadline> {
    if rule.destination != "Kazakhstan" {
        return Vec::new();
    }
    let on = answer.assessment.on;
    let (warnings, stays) = (&answer.assessment.warnings, &answer.stays);
    let mut list: Vec<ArrivalDeadline> = stays
        .iter()
        .filter_map(|stay| {
            let found = Event::of(ARRIVAL, stay.entry, "event")
                .and_then(|e| deadline(&e))
                .map(|d| d.doubted_by(warnings, stays));
            let going_on = stay.exit.is_none_or(|exit| exit >= on);
            let to_come = found.as_ref().is_ok_and(|d| d.date >= on);
            // An ended stay's error (an old year) is no news: said only for stays going on.
            (going_on || to_come).then_some(ArrivalDeadline {
                entry: stay.entry,
                deadline: found,
                only_if_new_entry: warnings.iter().any(|w| w.doubts_entry(stays, stay.entry)),
            })
        })
        .collect();
    crate::order::sort_by_rank(&mut list, |d| crate::order::date(d.entry));
    list.dedup_by_key(|d| d.entry);
    list
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalogue::rule;
    use crate::date::date;
    use crate::web::traveller::answer_of;

    #[test]
    fn each_entry_in_kazakhstan_gets_the_host_s_notification_from_the_catalogue() {
        let rows = [
            ("2025-01-05", "2025-01-20", false),
            ("2026-03-20", "", true),
            ("2026-06-13", "2026-06-20", false),
            ("2026-12-30", "2027-01-05", false),
        ];
        let a = answer_of("kz-visa-free", &rows, date(2026, 3, 24));
        let list = arrival_deadlines(rule("kz-visa-free").unwrap(), &a);
        let entries: Vec<NaiveDate> = list.iter().map(|d| d.entry).collect();
        // The ended stay of 2025 is left out; the stay under way and the planned ones are in.
        assert_eq!(
            entries,
            [date(2026, 3, 20), date(2026, 6, 13), date(2026, 12, 30)]
        );
        for d in &list[..2] {
            let expected = deadline(&Event::of(ARRIVAL, d.entry, "event").unwrap()).unwrap();
            assert_eq!(d.deadline.as_ref().unwrap(), &expected);
        }
        // Across Nauryz: 20, 26 and 27 March.
        assert_eq!(list[0].deadline.as_ref().unwrap().date, date(2026, 3, 27));
        // 2027's holidays are not in the catalogue: its error, not a guess.
        assert!(list[2].deadline.is_err());
    }

    #[test]
    fn an_entry_on_a_row_that_may_continue_the_stay_before_is_marked() {
        // Almaty 3-15 Sep, Astana from 16 Sep: the rows may be one stay, so 16 September's
        // arrival is due only if it was a new entry.
        let rows = [
            ("2026-09-03", "2026-09-15", false),
            ("2026-09-16", "", true),
        ];
        let a = answer_of("kz-visa-free", &rows, date(2026, 9, 4));
        let list = arrival_deadlines(rule("kz-visa-free").unwrap(), &a);
        assert_eq!(list.len(), 1, "only the stay under way on the 4th");
        assert!(!list[0].only_if_new_entry);
        let a = answer_of("kz-visa-free", &rows, date(2026, 9, 20));
        let list = arrival_deadlines(rule("kz-visa-free").unwrap(), &a);
        assert_eq!(
            list.iter().map(|d| d.entry).collect::<Vec<_>>(),
            [date(2026, 9, 16)]
        );
        assert!(list[0].only_if_new_entry);
        assert!(list[0].deadline.as_ref().unwrap().only_if_new_entry);
        // A day between the rows: a new entry by the data, and nothing asked.
        let apart = [
            ("2026-09-03", "2026-09-14", false),
            ("2026-09-16", "", true),
        ];
        let a = answer_of("kz-visa-free", &apart, date(2026, 9, 20));
        let list = arrival_deadlines(rule("kz-visa-free").unwrap(), &a);
        assert!(!list[0].only_if_new_entry);
    }

    #[test]
    fn other_destinations_get_none() {
        let a = answer_of("schengen", &[("2026-03-20", "", true)], date(2026, 3, 24));
        assert!(arrival_deadlines(rule("schengen").unwrap(), &a).is_empty());
    }
}
