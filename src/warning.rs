//! Warnings: things in the input that the engine resolved but a person should know about.

use chrono::NaiveDate;
use std::fmt;

/// Something in the input the engine resolved by itself, and how.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Warning {
    /// Two stays share days; they are merged into one presence period and counted once.
    Overlap {
        /// The row of the earlier stay.
        first_row: usize,
        /// The row of the stay that overlaps it.
        second_row: usize,
        /// The first shared day.
        from: NaiveDate,
        /// The last shared day.
        until: NaiveDate,
    },
}

impl Warning {
    /// A stable machine-readable code (`overlap`).
    pub fn code(&self) -> &'static str {
        match self {
            Warning::Overlap { .. } => "overlap",
        }
    }

    /// The rows the warning is about.
    pub fn rows(&self) -> Vec<usize> {
        match self {
            Warning::Overlap {
                first_row,
                second_row,
                ..
            } => vec![*first_row, *second_row],
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Warning::Overlap {
                first_row,
                second_row,
                from,
                until,
            } if from == until => write!(
                f,
                "rows {first_row} and {second_row} overlap on {from}: the day is counted once"
            ),
            Warning::Overlap {
                first_row,
                second_row,
                from,
                until,
            } => write!(
                f,
                "rows {first_row} and {second_row} overlap from {from} to {until}: those days are counted once"
            ),
        }
    }
}
