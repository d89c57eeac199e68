//! A stay: the dates of one entry and its exit, as stamped at the border.

use chrono::NaiveDate;

/// One stay: entry and exit dates, both inclusive.
///
/// Every date from `entry` to `exit` is a day of presence, so a same-day trip is one day. A
/// stay with no exit yet (`exit: None`) is present through the check date. Stays are checked
/// when a [`crate::calculator::Calculator`] is made from them: an exit before the entry, or an open stay
/// that starts after the check date, is an error naming the stay's row.
///
/// ```
/// use staycalc::{date, Stay};
/// let trip = Stay::new(date(2025, 3, 1), date(2025, 3, 10));
/// let still_there = Stay::open(date(2025, 6, 1)).at_row(4);
/// assert_eq!(trip.exit, Some(date(2025, 3, 10)));
/// assert_eq!(still_there.row, Some(4));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Stay {
    /// The entry date: the stay's day 1.
    pub entry: NaiveDate,
    /// The exit date, the stay's last day; `None` while still there.
    pub exit: Option<NaiveDate>,
    /// The row the stay came from, for messages; when `None`, its 1-based position in the list.
    pub row: Option<usize>,
}

impl Stay {
    /// A stay from `entry` to `exit`, both days included.
    pub fn new(entry: NaiveDate, exit: NaiveDate) -> Stay {
        Stay {
            entry,
            exit: Some(exit),
            row: None,
        }
    }

    /// A stay with no exit yet: present from `entry` through the check date.
    pub fn open(entry: NaiveDate) -> Stay {
        Stay {
            entry,
            exit: None,
            row: None,
        }
    }

    /// The same stay, remembering the row it came from.
    pub fn at_row(self, row: usize) -> Stay {
        Stay {
            row: Some(row),
            ..self
        }
    }
}
