//! Documents against a calculator's presence: per-stay verdicts, and the latest exit as the
//! earliest of every bound, with the bound that sets it.

use super::passport::{self, PassportVerdict};
use super::visa::{self, VisaProblem, VisaVerdict};
use super::{Documents, Visa};
use crate::assessment::{Assessment, Status};
use crate::calculator::Calculator;
use crate::date::{self, Day};
use crate::presence::Segment;
use crate::rule::Bound;
use chrono::NaiveDate;

/// What ends a stay at the latest exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitReason {
    /// The rule's window (90/180, a calendar year, ...).
    Window,
    /// The rule's per-entry cap.
    PerEntry,
    /// The visa's number of entries is used up: the stay is not on the visa at all.
    VisaEntries,
    /// The visa's UNTIL date.
    VisaUntil,
    /// The visa's DURATION OF STAY.
    VisaDays,
    /// The passport must be valid 3 months after the exit.
    Passport,
    /// The check date is under a residence permit or long-stay visa: its last day.
    Permit,
}

impl ExitReason {
    /// `window`, `per_entry`, `visa_entries`, `visa_until`, `visa_days`, `passport` or
    /// `permit`.
    pub const fn code(self) -> &'static str {
        match self {
            ExitReason::Window => "window",
            ExitReason::PerEntry => "per_entry",
            ExitReason::VisaEntries => "visa_entries",
            ExitReason::VisaUntil => "visa_until",
            ExitReason::VisaDays => "visa_days",
            ExitReason::Passport => "passport",
            ExitReason::Permit => "permit",
        }
    }
}

/// One bound on the stay under way on the check date (or on a stay entered on it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExitBound {
    /// What sets it.
    pub reason: ExitReason,
    /// The last day it allows; `None` when it allows no day from the check date on.
    pub latest_exit: Option<NaiveDate>,
}

/// Something about the documents a person should know, that did not stop the check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocumentWarning {
    /// The passport expired before the first stay of the history: probably an old passport.
    PassportExpiredBeforeHistory {
        /// Its expiry.
        expiry: NaiveDate,
        /// The first entry of the history.
        first_entry: NaiveDate,
    },
    /// A passport was given, but the rule has no sourced passport conditions: not checked.
    NoPassportConditions {
        /// The rule's id.
        rule: String,
    },
    /// Visas were given, but none holds this current or planned stay's entry.
    NoVisaForStay {
        /// The stay's row.
        row: usize,
        /// Its entry.
        entry: NaiveDate,
    },
}

impl DocumentWarning {
    /// `passport_expired_before_history`, `no_passport_conditions` or `no_visa_for_stay`.
    pub fn code(&self) -> &'static str {
        match self {
            DocumentWarning::PassportExpiredBeforeHistory { .. } => {
                "passport_expired_before_history"
            }
            DocumentWarning::NoPassportConditions { .. } => "no_passport_conditions",
            DocumentWarning::NoVisaForStay { .. } => "no_visa_for_stay",
        }
    }
}

impl std::fmt::Display for DocumentWarning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DocumentWarning::PassportExpiredBeforeHistory {
                expiry,
                first_entry,
            } => write!(
                f,
                "the passport expired on {expiry}, before the first entry {first_entry}: \
                 give the passport you travel with"
            ),
            DocumentWarning::NoPassportConditions { rule } => write!(
                f,
                "the rule {rule:?} has no sourced passport conditions: the passport was not checked"
            ),
            DocumentWarning::NoVisaForStay { row, entry } => write!(
                f,
                "no visa given is valid on the entry {entry} (row {row}): that stay is checked \
                 against the rule alone"
            ),
        }
    }
}

/// The documents' answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocumentsCheck {
    /// Every stay entered on a visa, against it.
    pub visas: Vec<VisaVerdict>,
    /// The passport against each current and planned stay (when the rule has passport
    /// conditions and a passport is given).
    pub passport: Vec<PassportVerdict>,
    /// Every bound on the stay under way on the check date (or on a stay entered on it).
    pub bounds: Vec<ExitBound>,
    /// The earliest of [`DocumentsCheck::bounds`]: the latest lawful exit; `None` when no day
    /// from the check date on is lawful, or nothing bounds the stay.
    pub latest_exit: Option<NaiveDate>,
    /// The bound that sets [`DocumentsCheck::latest_exit`] (the first in the order of
    /// [`ExitReason`] on a tie); `None` when nothing bounds the stay.
    pub latest_exit_reason: Option<ExitReason>,
    /// What the person should know.
    pub warnings: Vec<DocumentWarning>,
}

/// Checks `documents` against the presence of `calculator`, which must have been made from
/// [`Documents::counted_stays`] (permit days left out).
///
/// Every stay whose entry falls in a visa's FROM .. UNTIL is checked against that visa; the
/// passport against every current and planned stay (Schengen only); and the stay under way on
/// the check date (or one entered on it) gets every bound: the rule's, the visa's (entries,
/// UNTIL, DURATION OF STAY), the passport's (3 months before its expiry). See the
/// [module](crate::documents) example.
pub fn check_documents(calculator: &Calculator<'_>, documents: &Documents) -> DocumentsCheck {
    let presence = &calculator.presence;
    let on = calculator.on;
    let row_of = |segment: &Segment| {
        calculator
            .intervals
            .iter()
            .find(|i| i.entry == segment.entry)
            .map_or(0, |i| i.row)
    };
    let mut warnings = Vec::new();
    // Visas: each stay against the visa its entry falls in.
    let mut entries_used = vec![0u32; documents.visas.len()];
    let mut visas = Vec::new();
    for segment in presence.segments() {
        let entry = date::from_day(segment.entry);
        let Some(index) = visa::visa_for(&documents.visas, entry) else {
            if !documents.visas.is_empty() && segment.end >= on {
                warnings.push(DocumentWarning::NoVisaForStay {
                    row: row_of(segment),
                    entry,
                });
            }
            continue;
        };
        let visa = &documents.visas[index];
        entries_used[index] += 1;
        let entry_number = entries_used[index];
        let breach = match visa.entries.allowed() {
            Some(allowed) if entry_number > allowed => Some((segment.start, VisaProblem::Entries)),
            _ => visa::first_breach(visa, presence, segment.start, segment.end),
        };
        visas.push(VisaVerdict {
            row: row_of(segment),
            entry,
            exit: date::from_day(segment.end),
            visa: index + 1,
            entry_number,
            problem: breach.map(|(_, problem)| problem),
            first_unlawful_day: breach.map(|(day, _)| date::from_day(day)),
        });
    }
    // The passport.
    let mut passport_verdicts = Vec::new();
    let passport_applies = passport::applies(calculator.rule);
    if let Some(passport) = &documents.passport {
        if let Some(first) = presence.segments().first() {
            if date::day(passport.expiry) < first.start {
                warnings.push(DocumentWarning::PassportExpiredBeforeHistory {
                    expiry: passport.expiry,
                    first_entry: date::from_day(first.entry),
                });
            }
        }
        if passport_applies {
            for segment in presence.segments().iter().filter(|s| s.end >= on) {
                passport_verdicts.push(passport::verdict(
                    passport,
                    row_of(segment),
                    date::from_day(segment.entry),
                    date::from_day(segment.end),
                    date::from_day(on),
                ));
            }
        } else {
            warnings.push(DocumentWarning::NoPassportConditions {
                rule: calculator.rule.id.to_string(),
            });
        }
    }
    let bounds = bounds(calculator, documents, passport_applies);
    let (latest_exit, latest_exit_reason) = match bounds
        .iter()
        .min_by_key(|b| b.latest_exit.map_or(Day::MIN, date::day))
    {
        Some(bound) => (bound.latest_exit, Some(bound.reason)),
        None => (calculator.latest_exit(), None),
    };
    DocumentsCheck {
        visas,
        passport: passport_verdicts,
        bounds,
        latest_exit,
        latest_exit_reason,
        warnings,
    }
}

/// The visa (0-based) that the stay under way on the check date, or one entered on it, was
/// entered on, as [`check_documents`] finds it: the first of `visas` holding that stay's entry
/// as the engine counts it (rows that overlap are one stay, entered on the first one's day).
pub(crate) fn current_visa(calculator: &Calculator<'_>, visas: &[Visa]) -> Option<usize> {
    let on = calculator.on;
    let entry = calculator.presence.segment_at(on).map_or(on, |s| s.entry);
    visa::visa_for(visas, date::from_day(entry))
}

/// Every bound on the stay under way on the check date, or on one entered on it.
fn bounds(calculator: &Calculator<'_>, documents: &Documents, passport: bool) -> Vec<ExitBound> {
    let on = calculator.on;
    let on_date = date::from_day(on);
    if let Some(permit) = documents
        .permits
        .iter()
        .find(|p| p.from <= on_date && on_date <= p.until)
    {
        return vec![ExitBound {
            reason: ExitReason::Permit,
            latest_exit: Some(permit.until),
        }];
    }
    let mut bounds = Vec::new();
    if let Some(binding) = calculator.binding() {
        bounds.push(ExitBound {
            reason: match binding {
                Bound::Window => ExitReason::Window,
                Bound::PerEntry => ExitReason::PerEntry,
            },
            latest_exit: calculator.latest_exit(),
        });
    }
    let presence = &calculator.presence;
    let entry = presence.segment_at(on).map_or(on, |s| s.entry);
    if let Some(index) = current_visa(calculator, &documents.visas) {
        let visa = &documents.visas[index];
        let earlier = presence
            .segments()
            .iter()
            .filter(|s| {
                s.entry < entry
                    && visa::visa_for(&documents.visas, date::from_day(s.entry)) == Some(index)
            })
            .count() as u32;
        if visa
            .entries
            .allowed()
            .is_some_and(|allowed| earlier + 1 > allowed)
        {
            bounds.push(ExitBound {
                reason: ExitReason::VisaEntries,
                latest_exit: None,
            });
        }
        let until = date::day(visa.until);
        bounds.push(ExitBound {
            reason: ExitReason::VisaUntil,
            latest_exit: (until >= on).then_some(visa.until),
        });
        let mut staying = presence.before(on);
        staying.push(Segment {
            start: on,
            end: until.max(on),
            entry,
        });
        let over = (on..=until.max(on))
            .find(|&d| visa::days_counted(visa, &staying, d) > visa.days as i64);
        if let Some(over) = over {
            bounds.push(ExitBound {
                reason: ExitReason::VisaDays,
                latest_exit: (over > on).then(|| date::from_day(over - 1)),
            });
        }
    }
    if passport {
        if let Some(passport) = &documents.passport {
            let last = super::passport::last_exit(passport.expiry);
            bounds.push(ExitBound {
                reason: ExitReason::Passport,
                latest_exit: (last >= on_date).then_some(last),
            });
        }
    }
    bounds
}

impl DocumentsCheck {
    /// The traffic light the documents alone give on `on`, for a person `present` then: a
    /// visa condition or the passport broken on or before `on` is a past overstay (an overstay
    /// when no day from `on` is lawful while present); one broken only after `on`, a planned
    /// overstay.
    pub fn status(&self, present: bool, on: NaiveDate) -> Status {
        let mut status = Status::Ok;
        if present && self.latest_exit_reason.is_some() && self.latest_exit.is_none() {
            return Status::Overstay;
        }
        for day in self.visas.iter().filter_map(|v| v.first_unlawful_day) {
            status = status.max(if day <= on {
                Status::PastOverstay
            } else {
                Status::PlannedOverstay
            });
        }
        for verdict in self.passport.iter().filter(|v| !v.is_fine()) {
            status = status.max(if verdict.entry <= on {
                Status::PastOverstay
            } else {
                Status::PlannedOverstay
            });
        }
        status
    }

    /// The part of [`DocumentsCheck::status`] that the visas give: an overstay when `present`
    /// on `on` and a visa bound leaves no day from `on` (its entries used up, or its UNTIL or
    /// DURATION OF STAY passed), else a past or planned overstay for a visa condition broken on
    /// or before `on`, or only after it. With no passport given and the rule's own status
    /// beside it, the same as [`DocumentsCheck::status`] (the team report, which says a
    /// failing passport with a status of its own, counts the visas so).
    pub fn visa_status(&self, present: bool, on: NaiveDate) -> Status {
        let visa_bound = |reason: ExitReason| {
            matches!(
                reason,
                ExitReason::VisaEntries | ExitReason::VisaUntil | ExitReason::VisaDays
            )
        };
        if present
            && self
                .bounds
                .iter()
                .any(|b| visa_bound(b.reason) && b.latest_exit.is_none())
        {
            return Status::Overstay;
        }
        let mut status = Status::Ok;
        for day in self.visas.iter().filter_map(|v| v.first_unlawful_day) {
            status = status.max(if day <= on {
                Status::PastOverstay
            } else {
                Status::PlannedOverstay
            });
        }
        status
    }

    /// `answer` with what the documents change: the latest exit (the earliest of every bound),
    /// the longest stay from the check date, and the status (the worse of the rule's and the
    /// documents').
    pub fn apply_to(&self, answer: &mut Assessment) {
        answer.latest_exit = self.latest_exit;
        answer.max_stay_days = self
            .latest_exit
            .map_or(0, |exit| ((exit - answer.on).num_days() + 1).max(0) as u32);
        answer.latest_exit_keeping_plans =
            match (answer.latest_exit_keeping_plans, self.latest_exit) {
                (Some(a), Some(b)) => Some(a.min(b)),
                _ => None,
            };
        answer.status = answer.status.max(self.status(answer.present, answer.on));
    }
}
