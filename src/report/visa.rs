//! A person's short-stay visa in the team report: the visa their rows give, and the documents
//! engine's verdict on each stay entered on it.

use crate::documents::{
    DocumentWarning, DocumentsCheck, ExitReason, Visa, VisaProblem, VisaVerdict,
};
use chrono::NaiveDate;

/// A person's visa, for a team file with the visa columns.
///
/// ```
/// use staycalc::report::{read_team, TeamSettings};
/// use staycalc::{date, rule, Status};
/// // An 11-day single-entry visa, and a planned trip of 12 days on it.
/// let file = "person,entry,exit,visa from,visa until,visa entries,visa days\n\
///             Ana,01.03.2026,12.03.2026,01.03.2026,31.03.2026,1,11\n";
/// let settings = TeamSettings::new(date(2026, 2, 20), Some(rule("schengen")?));
/// let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}"))?;
/// let ana = team.report(0)?;
/// let visa = ana.visa.as_ref().expect("a visa column");
/// assert_eq!(visa.check_name(), "fails");
/// assert_eq!(
///     visa.message(),
///     "the stay 2026-03-01 .. 2026-03-12 breaks the visa 2026-03-01..2026-03-31,01,11: over \
///      its 11 days of stay from 2026-03-12"
/// );
/// // A trip its visa does not allow is a planned overstay, as `staycalc check --visa` says.
/// assert_eq!(ana.status(), Status::PlannedOverstay);
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VisaReport {
    /// The visa, as the person's rows give it (`None` when they disagree or give it in part).
    pub visa: Option<Visa>,
    /// The verdict, or why there is none.
    pub check: VisaCheck,
}

/// Whether and how a person's visa was checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VisaCheck {
    /// Checked, as `staycalc check --visa` checks it.
    Checked {
        /// Every stay entered on the visa, against it (the documents engine's
        /// [`VisaVerdict`]s, in date order).
        verdicts: Vec<VisaVerdict>,
        /// The current and planned stays entered outside its FROM .. UNTIL, as (row, entry):
        /// checked against the rule alone (`staycalc check`'s warning `no_visa_for_stay`).
        outside: Vec<(usize, NaiveDate)>,
        /// The visa's bound when it sets the latest exit (`visa_entries`, `visa_until` or
        /// `visa_days`), as `staycalc check`'s `latest_exit_reason` names it.
        sets_latest_exit: Option<ExitReason>,
    },
    /// The line's rule is not the Schengen rule, whose Visa Code the visa's conditions are.
    NoConditions,
    /// The person's rows give different values, only part of the visa, or an UNTIL before its
    /// FROM (each named as a bad row), or none of their rows could be read.
    Unclear,
}

impl VisaReport {
    /// The first stay that breaks the visa (entries, UNTIL or DURATION OF STAY), if any.
    pub fn failing(&self) -> Option<&VisaVerdict> {
        self.verdicts().iter().find(|v| v.problem.is_some())
    }

    /// The verdict on the stay of `row` when it breaks the visa: a planned trip the rule's
    /// day count allows is still not fine then.
    pub fn fails_stay(&self, row: usize) -> Option<&VisaVerdict> {
        self.verdicts()
            .iter()
            .find(|v| v.row == row && v.problem.is_some())
    }

    fn verdicts(&self) -> &[VisaVerdict] {
        match &self.check {
            VisaCheck::Checked { verdicts, .. } => verdicts,
            _ => &[],
        }
    }

    /// `ok` (checked, every stay on it keeps to it), `fails`, `no_visa_for_stay` (a current or
    /// planned stay is entered outside its dates), or `not_checked`.
    pub fn check_name(&self) -> &'static str {
        match &self.check {
            VisaCheck::Checked { .. } if self.failing().is_some() => "fails",
            VisaCheck::Checked { outside, .. } if !outside.is_empty() => "no_visa_for_stay",
            VisaCheck::Checked { .. } => "ok",
            _ => "not_checked",
        }
    }

    /// The visa as `staycalc check --visa` takes it: `FROM..UNTIL,ENTRIES,DAYS` (empty when
    /// the rows do not settle it).
    pub fn visa_text(&self) -> String {
        self.visa.as_ref().map_or(String::new(), |v| {
            format!("{}..{},{},{}", v.from, v.until, v.entries.as_str(), v.days)
        })
    }

    /// What the check found, in words: the first stay that breaks the visa, which condition
    /// and from which day; a current or planned stay entered outside it; or why it was not
    /// checked. Empty when it is fine.
    pub fn message(&self) -> String {
        let visa = self.visa_text();
        match &self.check {
            VisaCheck::Checked { outside, .. } => match (self.failing(), self.visa.as_ref()) {
                (Some(v), Some(sticker)) => {
                    let from = v
                        .first_unlawful_day
                        .map_or(String::new(), |d| d.to_string());
                    let what = match v.problem {
                        Some(VisaProblem::Entries) => format!(
                            "it is entry {} on it, which allows {}",
                            v.entry_number,
                            sticker.entries.allowed().unwrap_or(0)
                        ),
                        Some(VisaProblem::Until) => {
                            format!("past its UNTIL {} from {from}", sticker.until)
                        }
                        _ => format!("over its {} days of stay from {from}", sticker.days),
                    };
                    let more = self
                        .verdicts()
                        .iter()
                        .filter(|v| v.problem.is_some())
                        .count()
                        - 1;
                    let more = match more {
                        0 => String::new(),
                        1 => "; 1 more stay breaks it".into(),
                        n => format!("; {n} more stays break it"),
                    };
                    format!(
                        "the stay {} .. {} breaks the visa {visa}: {what}{more}",
                        v.entry, v.exit
                    )
                }
                _ => match outside.first() {
                    Some(&(_, entry)) => format!(
                        "the stay entered on {entry} is outside the visa {visa}: checked \
                         against the rule alone"
                    ),
                    None => String::new(),
                },
            },
            VisaCheck::NoConditions => {
                "not checked: visas are checked under the Schengen rule only".into()
            }
            VisaCheck::Unclear => "not checked: some of the person's rows give another visa \
                                   value, only part of it, or could not be read"
                .into(),
        }
    }
}

/// The visa report of a person whose rows give `settled` (`None`: they disagree), on a line
/// whose rule has visa conditions (`applies`), from the documents engine's answer `checked`
/// (asked with this visa by [`crate::report::papers::check`]).
pub(crate) fn report(
    settled: Option<&Visa>,
    applies: bool,
    checked: Option<&DocumentsCheck>,
) -> VisaReport {
    let check = match (settled, checked) {
        (None, _) => VisaCheck::Unclear,
        _ if !applies => VisaCheck::NoConditions,
        (Some(_), None) => VisaCheck::Unclear,
        (Some(_), Some(checked)) => VisaCheck::Checked {
            verdicts: checked.visas.clone(),
            outside: checked
                .warnings
                .iter()
                .filter_map(|w| match *w {
                    DocumentWarning::NoVisaForStay { row, entry } => Some((row, entry)),
                    _ => None,
                })
                .collect(),
            sets_latest_exit: checked.latest_exit_reason.filter(|r| {
                matches!(
                    r,
                    ExitReason::VisaEntries | ExitReason::VisaUntil | ExitReason::VisaDays
                )
            }),
        },
    };
    VisaReport {
        visa: settled.cloned(),
        check,
    }
}
