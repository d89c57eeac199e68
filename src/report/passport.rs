//! A person's passport in the team report: the dates their rows give, and the documents
//! engine's verdict on the stay under way and each planned trip.

use crate::documents::{self, DocumentsCheck, PassportProblem, PassportVerdict};
use crate::report::reader::PassportDates;
use chrono::NaiveDate;

/// A person's passport, for a team file with a passport column (expiry, issue date or both).
///
/// ```
/// use staycalc::report::{read_team, TeamSettings};
/// use staycalc::{date, rule};
/// let file = "person,entry,exit,planned,passport expiry\n\
///             Ana,01.02.2026,10.02.2026,no,01.06.2026\n\
///             Ana,01.03.2026,15.03.2026,yes,\n";
/// let settings = TeamSettings::new(date(2026, 2, 20), Some(rule("schengen")?));
/// let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}"))?;
/// let passport = team.report(0)?.passport.expect("a passport column");
/// // The March trip ends on the 15th: the passport must be valid until 15 June.
/// let failing = passport.failing().expect("the March trip");
/// assert_eq!(failing.entry, date(2026, 3, 1));
/// assert_eq!(failing.needed_by, Some(date(2026, 3, 1)));
/// assert_eq!(passport.check_name(), "fails");
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassportReport {
    /// The last day it is valid, as the person's rows give it (`None` when none does, or
    /// they disagree).
    pub expiry: Option<NaiveDate>,
    /// The day it was issued, as the rows give it.
    pub issued: Option<NaiveDate>,
    /// When it was checked: the last exit it allows, as it must be valid 3 months after the
    /// exit (a passport expiring 2026-05-31 allows an exit on 2026-02-28).
    pub last_exit: Option<NaiveDate>,
    /// The verdict, or why there is none.
    pub check: PassportCheck,
}

/// Whether and how a person's passport was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PassportCheck {
    /// Checked against the stay under way on the check date and each planned trip (the
    /// documents engine's [`PassportVerdict`]s, in the order of the stays; empty when the
    /// person has none).
    Checked(Vec<PassportVerdict>),
    /// The line's rule has no sourced passport conditions (only Schengen's are).
    NoConditions,
    /// Only the issue date is given: the conditions need the expiry.
    NoExpiry,
    /// The person's rows give different values (each named as a bad row), or none of their
    /// rows could be read: which passport to check is unknown.
    Unclear,
}

impl PassportReport {
    /// The first current or planned stay the passport fails, if any.
    pub fn failing(&self) -> Option<&PassportVerdict> {
        match &self.check {
            PassportCheck::Checked(verdicts) => verdicts.iter().find(|v| !v.is_fine()),
            _ => None,
        }
    }

    /// The verdict on the stay of `row` (the stay under way or a planned trip), when the
    /// passport fails it: a planned trip the rule's day count allows is still not fine then.
    pub fn fails_stay(&self, row: usize) -> Option<&PassportVerdict> {
        match &self.check {
            PassportCheck::Checked(verdicts) => {
                verdicts.iter().find(|v| v.row == row && !v.is_fine())
            }
            _ => None,
        }
    }

    /// `ok` (checked, fine for every current and planned stay), `fails`, or `not_checked`.
    pub fn check_name(&self) -> &'static str {
        match &self.check {
            PassportCheck::Checked(_) if self.failing().is_some() => "fails",
            PassportCheck::Checked(_) => "ok",
            _ => "not_checked",
        }
    }

    /// What the check found, in words: the failing trip with each condition and the date by
    /// which a new passport is needed, or why it was not checked; empty when it is fine.
    ///
    /// ```
    /// use staycalc::report::{read_team, TeamSettings};
    /// use staycalc::{date, rule};
    /// let file = "person,entry,exit,passport expiry,passport issued\n\
    ///             Ana,2026-03-01,2026-03-15,2026-05-01,2015-01-10\n";
    /// let settings = TeamSettings::new(date(2026, 2, 20), Some(rule("schengen")?));
    /// let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}"))?;
    /// let passport = team.report(0)?.passport.expect("a passport column");
    /// assert_eq!(
    ///     passport.message(),
    ///     "the trip 2026-03-01 .. 2026-03-15: it must be valid until 2026-06-15 (3 months \
    ///      after the exit) and issued on or after 2016-03-01 (10 years before the entry); a \
    ///      new passport is needed by 2026-03-01"
    /// );
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn message(&self) -> String {
        match &self.check {
            PassportCheck::Checked(_) => match self.failing() {
                None => String::new(),
                Some(verdict) => {
                    let problems: Vec<String> = verdict
                        .problems
                        .iter()
                        .map(|problem| match problem {
                            PassportProblem::ExpiresTooSoon { needed } => {
                                format!("valid until {needed} (3 months after the exit)")
                            }
                            PassportProblem::IssuedTooLongAgo { needed } => {
                                format!("issued on or after {needed} (10 years before the entry)")
                            }
                        })
                        .collect();
                    let needed_by = verdict.needed_by.map_or(String::new(), |d| {
                        format!("; a new passport is needed by {d}")
                    });
                    format!(
                        "the trip {} .. {}: it must be {}{needed_by}",
                        verdict.entry,
                        verdict.exit,
                        problems.join(" and ")
                    )
                }
            },
            PassportCheck::NoConditions => {
                "not checked: only the Schengen rule has sourced passport conditions".into()
            }
            PassportCheck::NoExpiry => "not checked: no expiry date given".into(),
            PassportCheck::Unclear => {
                "not checked: some of the person's rows give another passport date or could not \
                 be read"
                    .into()
            }
        }
    }
}

/// The passport report of a person whose rows give `dates` (`None`: they disagree), on a
/// line whose rule has the passport conditions (`applies`), from the documents engine's
/// answer `checked` ([`crate::report::papers::check`] asks it once for the passport and the
/// visa, and counts it in the line's answer).
pub(crate) fn report(
    dates: Option<PassportDates>,
    applies: bool,
    checked: Option<&DocumentsCheck>,
) -> PassportReport {
    let Some(dates) = dates else {
        return unclear(None);
    };
    let mut last_exit = None;
    let check = match (dates.expiry, checked) {
        _ if !applies => PassportCheck::NoConditions,
        (None, _) => PassportCheck::NoExpiry,
        (Some(expiry), Some(checked)) => {
            last_exit = Some(documents::passport_last_exit(expiry));
            PassportCheck::Checked(checked.passport.clone())
        }
        (Some(_), None) => PassportCheck::Unclear,
    };
    PassportReport {
        expiry: dates.expiry,
        issued: dates.issued,
        last_exit,
        check,
    }
}

/// The report of a passport that cannot be checked for the rows' sake: they disagree
/// (`dates` is `None`) or none could be read.
pub(crate) fn unclear(dates: Option<PassportDates>) -> PassportReport {
    let dates = dates.unwrap_or_default();
    PassportReport {
        expiry: dates.expiry,
        issued: dates.issued,
        last_exit: None,
        check: PassportCheck::Unclear,
    }
}

/// The report of a passport on a line with no rule (a zone with no limit or no rule known):
/// no conditions to check it against, as under a rule without sourced ones; unclear when the
/// rows disagree (`dates` is `None`).
pub(crate) fn not_checked(dates: Option<PassportDates>) -> PassportReport {
    match dates {
        None => unclear(None),
        Some(dates) => PassportReport {
            expiry: dates.expiry,
            issued: dates.issued,
            last_exit: None,
            check: PassportCheck::NoConditions,
        },
    }
}
