//! The passport conditions of the Schengen Borders Code, Art. 6(1)(a).

use super::Passport;
use crate::rule::Rule;
use chrono::{Months, NaiveDate};

/// Where the passport conditions come from.
pub const PASSPORT_SOURCE: &str = "Regulation (EU) 2016/399 (Schengen Borders Code) Art. 6(1)(a): \
     a travel document valid at least 3 months after the intended date of departure and issued \
     within the previous 10 years";

/// Months a passport must stay valid after the intended exit.
const MONTHS_AFTER_EXIT: u32 = 3;
/// Months before the entry within which the passport must have been issued (10 years).
const ISSUED_WITHIN_MONTHS: u32 = 120;

/// Whether `rule` has sourced passport conditions: only the Schengen rule does (no other
/// rule's passport conditions are sourced yet).
pub(crate) fn applies(rule: &Rule) -> bool {
    rule.id == "schengen"
}

/// What fails in a passport for one stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassportProblem {
    /// It expires less than 3 months after the stay's exit: it must be valid until `needed`.
    ExpiresTooSoon {
        /// The last day it would need to be valid (the exit plus 3 months).
        needed: NaiveDate,
    },
    /// It was issued more than 10 years before the entry: it must be issued on or after
    /// `needed`.
    IssuedTooLongAgo {
        /// The earliest issue date that would do (the entry minus 10 years).
        needed: NaiveDate,
    },
}

impl PassportProblem {
    /// `expires_too_soon` or `issued_too_long_ago`.
    pub const fn code(&self) -> &'static str {
        match self {
            PassportProblem::ExpiresTooSoon { .. } => "expires_too_soon",
            PassportProblem::IssuedTooLongAgo { .. } => "issued_too_long_ago",
        }
    }
}

/// The passport against one current or planned stay.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassportVerdict {
    /// The stay's row.
    pub row: usize,
    /// Its entry.
    pub entry: NaiveDate,
    /// Its exit; for a stay with no exit yet, the check date (its earliest exit).
    pub exit: NaiveDate,
    /// What fails; empty when the passport is fine for this stay.
    pub problems: Vec<PassportProblem>,
    /// When something fails, the date by which a new passport is needed: the entry of a
    /// planned stay, or the check date for the stay under way.
    pub needed_by: Option<NaiveDate>,
}

impl PassportVerdict {
    /// Whether the passport is fine for the stay.
    pub fn is_fine(&self) -> bool {
        self.problems.is_empty()
    }
}

/// The passport for a stay from `entry` to `exit`, checked on `on`.
pub(crate) fn verdict(
    passport: &Passport,
    row: usize,
    entry: NaiveDate,
    exit: NaiveDate,
    on: NaiveDate,
) -> PassportVerdict {
    let mut problems = Vec::new();
    let needed = add_months(exit, MONTHS_AFTER_EXIT);
    if passport.expiry < needed {
        problems.push(PassportProblem::ExpiresTooSoon { needed });
    }
    if let Some(issued) = passport.issued {
        let needed = entry
            .checked_sub_months(Months::new(ISSUED_WITHIN_MONTHS))
            .unwrap_or(NaiveDate::MIN);
        if issued < needed {
            problems.push(PassportProblem::IssuedTooLongAgo { needed });
        }
    }
    let needed_by = (!problems.is_empty()).then_some(entry.max(on));
    PassportVerdict {
        row,
        entry,
        exit,
        problems,
        needed_by,
    }
}

/// The latest exit a passport expiring on `expiry` allows: the last day whose date 3 months
/// later is not after the expiry (a passport expiring 2025-05-31 allows an exit on
/// 2025-02-28, whose 3 months end on 2025-05-28; an exit on 2025-03-01 would need 2025-06-01).
pub(crate) fn last_exit(expiry: NaiveDate) -> NaiveDate {
    let mut exit = expiry
        .checked_sub_months(Months::new(MONTHS_AFTER_EXIT))
        .unwrap_or(NaiveDate::MIN);
    while let Some(next) = exit
        .succ_opt()
        .filter(|d| add_months(*d, MONTHS_AFTER_EXIT) <= expiry)
    {
        exit = next;
    }
    exit
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn the_last_exit_is_the_last_day_whose_three_months_end_by_the_expiry() {
        assert_eq!(last_exit(date(2025, 5, 31)), date(2025, 2, 28));
        assert_eq!(last_exit(date(2025, 6, 1)), date(2025, 3, 1));
        assert_eq!(last_exit(date(2024, 5, 29)), date(2024, 2, 29));
        for expiry in [date(2025, 5, 30), date(2025, 12, 31), date(2024, 8, 31)] {
            let exit = last_exit(expiry);
            assert!(add_months(exit, 3) <= expiry);
            assert!(add_months(exit.succ_opt().unwrap(), 3) > expiry);
        }
    }
}
