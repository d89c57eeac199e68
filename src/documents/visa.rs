//! Short-stay visas against presence: FROM .. UNTIL, the number of entries, and the DURATION
//! OF STAY.

use super::Visa;
use crate::date::{self, Day};
use crate::presence::Presence;
use chrono::NaiveDate;

/// Which condition of a visa a stay breaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VisaProblem {
    /// An entry beyond the visa's number of entries: the whole stay is outside it.
    Entries,
    /// Days after the visa's UNTIL date.
    Until,
    /// More days than its DURATION OF STAY.
    Days,
}

impl VisaProblem {
    /// `entries`, `until` or `days`.
    pub const fn code(self) -> &'static str {
        match self {
            VisaProblem::Entries => "entries",
            VisaProblem::Until => "until",
            VisaProblem::Days => "days",
        }
    }
}

/// One stay under a visa: the first visa given whose FROM .. UNTIL holds the stay's entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisaVerdict {
    /// The stay's row.
    pub row: usize,
    /// Its entry day.
    pub entry: NaiveDate,
    /// Its last day of presence (the check date for a stay with no exit).
    pub exit: NaiveDate,
    /// The visa (1-based, in the order given).
    pub visa: usize,
    /// Which entry on this visa the stay is (1 for the first).
    pub entry_number: u32,
    /// The first condition broken, by the day it is broken; `None` when the stay keeps to the
    /// visa.
    pub problem: Option<VisaProblem>,
    /// The first day outside the visa, when a condition is broken.
    pub first_unlawful_day: Option<NaiveDate>,
}

/// The days of presence counted toward `visa`'s DURATION OF STAY on day `d`: every day of
/// presence from its FROM, and (the stricter reading, `DESIGN.md`) any earlier ones within the
/// 180 days ending on `d`; for a rolling visa ([`Visa::is_rolling`]), those 180 days alone.
pub(crate) fn days_counted(visa: &Visa, presence: &Presence, d: Day) -> i64 {
    let window = d - 179;
    let lo = if visa.is_rolling() {
        window
    } else {
        window.min(date::day(visa.from))
    };
    presence.count(lo, d)
}

/// The first day in `start ..= end` (days of presence) that breaks `visa`'s UNTIL or
/// DURATION OF STAY, with the condition broken.
pub(crate) fn first_breach(
    visa: &Visa,
    presence: &Presence,
    start: Day,
    end: Day,
) -> Option<(Day, VisaProblem)> {
    let until = date::day(visa.until);
    for d in start..=end {
        if d > until {
            return Some((d, VisaProblem::Until));
        }
        if days_counted(visa, presence, d) > visa.days as i64 {
            return Some((d, VisaProblem::Days));
        }
    }
    None
}

/// The index of the first visa whose FROM .. UNTIL holds `entry`.
pub(crate) fn visa_for(visas: &[Visa], entry: NaiveDate) -> Option<usize> {
    visas
        .iter()
        .position(|v| v.from <= entry && entry <= v.until)
}
