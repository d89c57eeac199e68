//! A person's papers, checked with their stays: a passport, short-stay visas, and residence
//! permits or long-stay (D) visas.
//!
//! Day counts are half of staying lawfully; the papers are the other half. For the Schengen
//! rule, Regulation (EU) 2016/399 (the Schengen Borders Code) Art. 6(1)(a) lets a third-country
//! national in only with a passport valid at least 3 months after the intended exit and issued
//! within the previous 10 years. A short-stay visa allows stays only inside its FROM–UNTIL
//! dates, for its number of entries (1, 2 or MULT) and for at most its DURATION OF STAY days
//! (Visa Code, Regulation (EC) 810/2009, Annex VII; the Commission's "How to read the visa
//! sticker"), on top of the rule itself; and days under a residence permit or a long-stay visa
//! are not counted (Art. 6(2)). `DESIGN.md` ("Documents") states each definition with examples.
//!
//! ```
//! use staycalc::documents::{check_documents, Documents, Entries, ExitReason, Visa};
//! use staycalc::{date, rule, Calculator, Stay};
//!
//! // An 11-day single-entry visa, used from 2025-05-05: the visa's days end the stay, long
//! // before 90/180 would.
//! let documents = Documents {
//!     visas: vec![Visa::new(date(2025, 5, 1), date(2025, 5, 31), Entries::One, 11)?],
//!     ..Documents::default()
//! };
//! let stays = documents.counted_stays(&[Stay::open(date(2025, 5, 5))], date(2025, 5, 8));
//! let calculator = Calculator::new(rule("schengen")?, &stays, date(2025, 5, 8))?;
//! let answer = check_documents(&calculator, &documents);
//! assert_eq!(answer.latest_exit, Some(date(2025, 5, 15)));
//! assert_eq!(answer.latest_exit_reason, Some(ExitReason::VisaDays));
//! # Ok::<(), staycalc::Error>(())
//! ```

mod check;
mod parse;
mod passport;
mod permit;
mod visa;

pub(crate) use check::current_visa;
pub use check::{check_documents, DocumentWarning, DocumentsCheck, ExitBound, ExitReason};
pub(crate) use parse::{parse_entries, parse_visa_days};
pub use parse::{parse_permit, parse_visa};
pub(crate) use passport::applies as passport_conditions_apply;
pub(crate) use passport::last_exit as passport_last_exit;
pub(crate) use passport::verdict as passport_verdict;
pub use passport::{PassportProblem, PassportVerdict, PASSPORT_SOURCE};
pub use permit::PermitDays;
pub use visa::{VisaProblem, VisaVerdict};

use crate::error::{Error, Result};
use crate::zones::Country;
use chrono::NaiveDate;

/// A passport's dates. The expiry is the last day it is valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Passport {
    /// The last day the passport is valid.
    pub expiry: NaiveDate,
    /// The day it was issued, when known (the 10-year condition is checked only then).
    pub issued: Option<NaiveDate>,
}

/// How many entries a short-stay visa allows (the sticker's NUMBER OF ENTRIES: 01, 02, MULT).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entries {
    /// 01: one entry.
    One,
    /// 02: two entries.
    Two,
    /// MULT: any number of entries.
    Multiple,
}

impl Entries {
    /// The entries allowed, `None` for MULT.
    pub const fn allowed(self) -> Option<u32> {
        match self {
            Entries::One => Some(1),
            Entries::Two => Some(2),
            Entries::Multiple => None,
        }
    }

    /// As the sticker writes it: `01`, `02` or `MULT`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Entries::One => "01",
            Entries::Two => "02",
            Entries::Multiple => "MULT",
        }
    }
}

/// The most days a short-stay visa's DURATION OF STAY may be: a short stay is at most 90 days
/// (Visa Code Art. 1(1)).
pub const MAX_VISA_DAYS: u32 = 90;

/// A short-stay visa, as its sticker reads: valid FROM .. UNTIL (both days included), a number
/// of entries, and a DURATION OF STAY in days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Visa {
    /// The first day the visa may be used (FROM).
    pub from: NaiveDate,
    /// The last day of presence it allows (UNTIL): the holder must leave by then.
    pub until: NaiveDate,
    /// The entries allowed.
    pub entries: Entries,
    /// DURATION OF STAY: the most days of presence it allows, entry and exit days included.
    pub days: u32,
    /// VALID FOR, when given (`Schengen States`, or the states of a limited-territorial-validity
    /// visa); for people only: the visa is checked against the rule it is given with.
    pub area: Option<String>,
}

impl Visa {
    /// A visa valid `from` .. `until` for `entries` entries and `days` days of stay.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDocument`] when `until` is before `from`, or `days` is 0 or more than
    /// [`MAX_VISA_DAYS`].
    ///
    /// ```
    /// use staycalc::documents::{Entries, Visa};
    /// use staycalc::date;
    /// let error = Visa::new(date(2025, 5, 31), date(2025, 5, 1), Entries::One, 11).unwrap_err();
    /// assert_eq!(
    ///     error.to_string(),
    ///     "visa \"2025-05-31..2025-05-01\" is invalid: UNTIL 2025-05-01 is before FROM 2025-05-31"
    /// );
    /// ```
    pub fn new(from: NaiveDate, until: NaiveDate, entries: Entries, days: u32) -> Result<Visa> {
        if until < from {
            return Err(Error::InvalidDocument {
                field: "visa".into(),
                value: format!("{from}..{until}"),
                reason: format!("UNTIL {until} is before FROM {from}"),
            });
        }
        if days == 0 || days > MAX_VISA_DAYS {
            return Err(Error::InvalidDocument {
                field: "visa duration of stay".into(),
                value: days.to_string(),
                reason: format!(
                    "expected 1 to {MAX_VISA_DAYS} days (a short-stay visa allows at most 90)"
                ),
            });
        }
        Ok(Visa {
            from,
            until,
            entries,
            days,
            area: None,
        })
    }

    /// Whether its DURATION OF STAY is counted in any 180 days rather than over its whole
    /// validity: a multiple-entry visa valid for more than 180 days with 90 days of stay
    /// ("for multiple-entry visas valid 1–5 years the allowance is always 90 days per 180",
    /// nyidanmark.dk, the Danish immigration service).
    pub fn is_rolling(&self) -> bool {
        self.entries == Entries::Multiple
            && self.days == MAX_VISA_DAYS
            && (self.until - self.from).num_days() + 1 > 180
    }
}

/// A residence permit or long-stay (D) visa: its days are not counted by the rule.
///
/// Under one rule with no countries ([`Documents::counted_stays`]) every day of presence in
/// its dates is left out. In a travel log across zones ([`crate::zones::assess_trips_with`])
/// it belongs to the state that issued it (`country`, then required): only the days in that
/// state are left out, and only of the Schengen count (`DESIGN.md`, "Permits in a travel log").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Permit {
    /// The first day it covers.
    pub from: NaiveDate,
    /// The last day it covers.
    pub until: NaiveDate,
    /// The state that issued it, when given.
    pub country: Option<&'static Country>,
}

impl Permit {
    /// A permit valid `from` .. `until`, both days included.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDocument`] when `until` is before `from`.
    pub fn new(from: NaiveDate, until: NaiveDate) -> Result<Permit> {
        if until < from {
            return Err(Error::InvalidDocument {
                field: "permit".into(),
                value: format!("{from}..{until}"),
                reason: format!("until {until} is before from {from}"),
            });
        }
        Ok(Permit {
            from,
            until,
            country: None,
        })
    }

    /// The same permit, issued by `country`.
    pub fn of(self, country: &'static Country) -> Permit {
        Permit {
            country: Some(country),
            ..self
        }
    }
}

/// Everything a person holds: any of a passport, visas and permits.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Documents {
    /// The passport, if given.
    pub passport: Option<Passport>,
    /// Short-stay visas, in the order given (a stay uses the first whose FROM .. UNTIL holds
    /// its entry day).
    pub visas: Vec<Visa>,
    /// Residence permits and long-stay visas.
    pub permits: Vec<Permit>,
}

impl Documents {
    /// Whether nothing is given.
    pub fn is_empty(&self) -> bool {
        self.passport.is_none() && self.visas.is_empty() && self.permits.is_empty()
    }
}
