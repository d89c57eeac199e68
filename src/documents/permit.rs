//! Residence permits and long-stay visas: their days are left out of the rule's count
//! (Schengen Borders Code Art. 6(2)).

use super::{Documents, Permit};
use crate::date;
use crate::presence::{self, Presence};
use crate::stay::Stay;
use chrono::NaiveDate;

/// The days of presence a permit covers, left out of the count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PermitDays {
    /// The permit (1-based, in the order given).
    pub permit: usize,
    /// Its first day.
    pub from: NaiveDate,
    /// Its last day.
    pub until: NaiveDate,
    /// Days of presence it covers (each counted once, however many stays hold it).
    pub days: u32,
}

impl Documents {
    /// The stays as the rule counts them: every day under a permit left out, so a stay that a
    /// permit covers in part becomes the parts before and after it. A part after a permit
    /// starts a new stay (its day 1 is the day after the permit ends). A stay with no exit keeps
    /// no exit in its last part when that part reaches the check date `on`. Rows are kept.
    ///
    /// ```
    /// use staycalc::documents::{Documents, Permit};
    /// use staycalc::{date, Stay};
    /// let documents = Documents {
    ///     permits: vec![Permit::new(date(2025, 3, 1), date(2025, 8, 31))?],
    ///     ..Documents::default()
    /// };
    /// let stays = [Stay::new(date(2025, 2, 1), date(2025, 9, 10)).at_row(2)];
    /// assert_eq!(
    ///     documents.counted_stays(&stays, date(2025, 12, 1)),
    ///     [
    ///         Stay::new(date(2025, 2, 1), date(2025, 2, 28)).at_row(2),
    ///         Stay::new(date(2025, 9, 1), date(2025, 9, 10)).at_row(2),
    ///     ]
    /// );
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn counted_stays(&self, stays: &[Stay], on: NaiveDate) -> Vec<Stay> {
        if self.permits.is_empty() {
            return stays.to_vec();
        }
        let mut counted = Vec::with_capacity(stays.len());
        for stay in stays {
            let last = match stay.exit {
                Some(exit) => exit,
                // Left for the calculator to refuse, naming its row.
                None if stay.entry > on => {
                    counted.push(*stay);
                    continue;
                }
                None => on,
            };
            if last < stay.entry {
                counted.push(*stay);
                continue;
            }
            for (from, until) in outside(stay.entry, last, &self.permits) {
                let exit = if stay.exit.is_none() && until == on {
                    None
                } else {
                    Some(until)
                };
                counted.push(Stay {
                    entry: from,
                    exit,
                    row: stay.row,
                });
            }
        }
        counted
    }

    /// For each permit, the days of presence it covers in `stays` (a stay with no exit is
    /// present through `on`; overlapping stays count a day once). Stays the calculator would
    /// refuse (an exit before the entry, ...) give no days here: the check itself fails.
    pub fn permit_days(&self, stays: &[Stay], on: NaiveDate) -> Vec<PermitDays> {
        let presence = presence::intervals(stays, date::day(on))
            .map(|intervals| Presence::from_intervals(&intervals, &mut Vec::new()))
            .unwrap_or_default();
        self.permits
            .iter()
            .enumerate()
            .map(|(i, permit)| PermitDays {
                permit: i + 1,
                from: permit.from,
                until: permit.until,
                days: presence.count(date::day(permit.from), date::day(permit.until)) as u32,
            })
            .collect()
    }
}

/// The parts of `from ..= until` outside every permit, in order (permits in any order: each
/// is cut out of the parts left by the ones before).
fn outside(from: NaiveDate, until: NaiveDate, permits: &[Permit]) -> Vec<(NaiveDate, NaiveDate)> {
    let mut parts = vec![(from, until)];
    for permit in permits {
        let mut left = Vec::with_capacity(parts.len() + 1);
        for (lo, hi) in parts {
            if permit.until < lo || permit.from > hi {
                left.push((lo, hi));
                continue;
            }
            if let Some(before) = permit.from.pred_opt().filter(|d| *d >= lo) {
                left.push((lo, before));
            }
            if let Some(after) = permit.until.succ_opt().filter(|d| *d <= hi) {
                left.push((after, hi));
            }
        }
        parts = left;
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn an_open_stay_keeps_no_exit_after_a_permit_and_loses_it_inside_one() {
        let documents = Documents {
            permits: vec![Permit::new(date(2025, 3, 1), date(2025, 3, 31)).unwrap()],
            ..Documents::default()
        };
        let stays = [Stay::open(date(2025, 2, 20))];
        assert_eq!(
            documents.counted_stays(&stays, date(2025, 4, 5)),
            [
                Stay::new(date(2025, 2, 20), date(2025, 2, 28)),
                Stay::open(date(2025, 4, 1)),
            ]
        );
        assert_eq!(
            documents.counted_stays(&stays, date(2025, 3, 10)),
            [Stay::new(date(2025, 2, 20), date(2025, 2, 28))]
        );
        assert_eq!(documents.permit_days(&stays, date(2025, 4, 5))[0].days, 31);
    }

    #[test]
    fn overlapping_stays_are_counted_once_under_a_permit() {
        let documents = Documents {
            permits: vec![Permit::new(date(2025, 1, 1), date(2025, 1, 10)).unwrap()],
            ..Documents::default()
        };
        let stays = [
            Stay::new(date(2025, 1, 2), date(2025, 1, 5)),
            Stay::new(date(2025, 1, 4), date(2025, 1, 20)),
        ];
        assert_eq!(documents.permit_days(&stays, date(2025, 2, 1))[0].days, 9);
    }
}
