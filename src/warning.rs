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
    /// Stays with no day between them (an exit and the next entry on the same or the next
    /// date), under a per-entry cap: each is counted as a new entry, as the data says, but read
    /// as one stay (people split one stay into rows by city) its count would end sooner.
    Reentry {
        /// The rows of the stays, in date order.
        rows: Vec<usize>,
        /// The first stay's entry: where one stay would start.
        entry: NaiveDate,
        /// The first entry counted as new.
        reentry: NaiveDate,
        /// The per-entry cap, in days, of a stay entered on `entry`.
        cap: u32,
        /// The last day a stay entered on `entry` may last.
        last_day: NaiveDate,
    },
}

impl Warning {
    /// A stable machine-readable code (`overlap`).
    pub fn code(&self) -> &'static str {
        match self {
            Warning::Overlap { .. } => "overlap",
            Warning::Reentry { .. } => "reentry",
        }
    }

    /// Whether this warning doubts that a stay of `stays` (those it was given for) entering
    /// on `day` was an entry at all: a `reentry` warning whose later rows include one entering
    /// then (it may continue the stay before it, typed on another row). Something dated by
    /// an entry (an arrival to notify) then holds only if it was one.
    ///
    /// ```
    /// use staycalc::{assess, date, rule, Stay};
    /// let stays = [
    ///     Stay::new(date(2026, 9, 1), date(2026, 9, 15)),
    ///     Stay::new(date(2026, 9, 16), date(2026, 10, 12)),
    /// ];
    /// let a = assess(rule("kz-visa-free")?, &stays, date(2026, 10, 20))?;
    /// assert!(a.warnings[0].doubts_entry(&stays, date(2026, 9, 16)));
    /// assert!(!a.warnings[0].doubts_entry(&stays, date(2026, 9, 1)));
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn doubts_entry(&self, stays: &[crate::Stay], day: NaiveDate) -> bool {
        let Warning::Reentry { rows, .. } = self else {
            return false;
        };
        // The rows are those of `stays` (a stay's own row, or its place from 1), each the first
        // of the stays entering on the day its part of the chain starts.
        stays
            .iter()
            .enumerate()
            .any(|(i, stay)| stay.entry == day && rows[1..].contains(&stay.row.unwrap_or(i + 1)))
    }

    /// The rows the warning is about.
    pub fn rows(&self) -> Vec<usize> {
        match self {
            Warning::Overlap {
                first_row,
                second_row,
                ..
            } => vec![*first_row, *second_row],
            Warning::Reentry { rows, .. } => rows.clone(),
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
            Warning::Reentry {
                rows,
                entry,
                cap,
                last_day,
                ..
            } => {
                f.write_str("rows ")?;
                list(f, rows)?;
                write!(
                    f,
                    " follow each other with no day between: each is counted as a new entry. \
                     If you did not leave in between, they are one stay from {entry}, whose \
                     {cap} days end on {last_day}"
                )
            }
        }
    }
}

/// Numbers as a list in English: `2 and 3`, `1, 2 and 3`.
pub(crate) fn list(f: &mut impl fmt::Write, numbers: &[usize]) -> fmt::Result {
    for (i, n) in numbers.iter().enumerate() {
        if i > 0 {
            f.write_str(if i + 1 == numbers.len() {
                " and "
            } else {
                ", "
            })?;
        }
        write!(f, "{n}")?;
    }
    Ok(())
}
