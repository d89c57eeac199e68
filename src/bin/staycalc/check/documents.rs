//! `staycalc check`'s documents and events: `--passport-expiry`, `--passport-issued`,
//! `--visa`, `--permit` and `--event`, their part of the answer (text and JSON), and
//! `--format ics`.

use crate::args::Args;
use crate::failure::Failure;
use chrono::NaiveDate;
use staycalc::deadlines::{deadline, parse_event, Deadline};
use staycalc::documents::{
    check_documents, parse_permit, parse_visa, Documents, DocumentsCheck, Passport, PermitDays,
};
use staycalc::input::parse_any_date;
use staycalc::reminders::{reminders, to_ics};
use staycalc::{Assessment, Calculator, Error, JsonWriter, Rule, Stay};

/// The options that may be given more than once.
pub(crate) const REPEATABLE: &[&str] = &["--visa", "--permit", "--event"];

/// A travel log across zones (`--nationality`) takes the passport, visas and permits, but not
/// events or a calendar yet: those are refused, rather than an answer that silently leaves them
/// out.
pub(crate) fn refuse_with_zones(args: &Args) -> Result<(), Failure> {
    if args.values("--event").next().is_some() {
        return Err(Failure::usage(
            "--event works with --rule (one zone), not with --nationality: give the zone's rule",
        ));
    }
    if args.value("--format") == Some("ics") {
        return Err(Failure::usage(
            "--format ics works with --rule (one zone), not with --nationality",
        ));
    }
    Ok(())
}

/// The documents and events asked about, and whether the answer is a calendar.
pub(crate) struct DocumentsRequest {
    documents: Documents,
    deadlines: Vec<Deadline>,
    /// `--format ics`.
    pub ics: bool,
}

impl DocumentsRequest {
    /// Reads the options; every bad value is named, not only the first.
    pub(crate) fn from_args(args: &Args) -> Result<DocumentsRequest, Failure> {
        let mut errors: Vec<Error> = Vec::new();
        let mut documents = Documents::default();
        let date = |option: &str, errors: &mut Vec<Error>| {
            args.value(option)
                .and_then(|v| parse_any_date(v, option).map_err(|e| errors.push(e)).ok())
        };
        let expiry = date("--passport-expiry", &mut errors);
        let issued = date("--passport-issued", &mut errors);
        match (expiry, issued) {
            (Some(expiry), issued) => documents.passport = Some(Passport { expiry, issued }),
            (None, Some(_)) if args.value("--passport-expiry").is_none() => {
                return Err(Failure::usage(
                    "--passport-issued needs --passport-expiry (the passport's last valid day)",
                ))
            }
            _ => {}
        }
        for text in args.values("--visa") {
            match parse_visa(text, "--visa") {
                Ok(visa) => documents.visas.push(visa),
                Err(e) => errors.push(e),
            }
        }
        for text in args.values("--permit") {
            match parse_permit(text, "--permit") {
                Ok(permit) => documents.permits.push(permit),
                Err(e) => errors.push(e),
            }
        }
        let mut deadlines = Vec::new();
        for text in args.values("--event") {
            match parse_event(text, "--event").and_then(|event| deadline(&event)) {
                Ok(d) => deadlines.push(d),
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(Failure::errors(&errors));
        }
        Ok(DocumentsRequest {
            documents,
            deadlines,
            ics: args.value("--format") == Some("ics"),
        })
    }

    /// The passport, visas and permits given.
    pub(crate) fn documents(&self) -> &Documents {
        &self.documents
    }

    /// The stays as the rule counts them (permit days left out).
    pub(crate) fn counted_stays(&self, stays: Vec<Stay>, on: NaiveDate) -> Vec<Stay> {
        if self.documents.permits.is_empty() {
            stays
        } else {
            self.documents.counted_stays(&stays, on)
        }
    }

    /// The documents' answer (none when no document or event is given).
    pub(crate) fn answer(&self, calculator: &Calculator<'_>, stays: &[Stay]) -> DocumentsAnswer {
        let check =
            (!self.documents.is_empty()).then(|| check_documents(calculator, &self.documents));
        DocumentsAnswer {
            permit_days: self.documents.permit_days(stays, calculator.on()),
            check,
            // An arrival on a row that may continue the stay before it is said to hold only if
            // it was a new entry.
            deadlines: self
                .deadlines
                .iter()
                .map(|d| d.clone().doubted_by(calculator.warnings(), stays))
                .collect(),
            asked: !self.documents.is_empty() || !self.deadlines.is_empty(),
        }
    }
}

/// What the documents and events add to the answer.
pub(crate) struct DocumentsAnswer {
    check: Option<DocumentsCheck>,
    permit_days: Vec<PermitDays>,
    deadlines: Vec<Deadline>,
    asked: bool,
}

impl DocumentsAnswer {
    /// The papers' answer for one zone of a travel log (no events; its permits are said by
    /// the zone's own lines).
    pub(crate) fn of_zone(check: Option<DocumentsCheck>) -> DocumentsAnswer {
        DocumentsAnswer {
            asked: check.is_some(),
            check,
            permit_days: Vec::new(),
            deadlines: Vec::new(),
        }
    }

    /// `answer` with the documents' latest exit and status ([`DocumentsCheck::apply_to`]).
    pub(crate) fn applied(&self, mut answer: Assessment) -> Assessment {
        if let Some(check) = &self.check {
            check.apply_to(&mut answer);
        }
        answer
    }

    /// A first line when the documents give a worse status than the rule's `answer`, or an
    /// earlier latest exit: the text answer's rule part is the rule's alone.
    pub(crate) fn headline(&self, answer: &Assessment) -> String {
        let Some(check) = &self.check else {
            return String::new();
        };
        let status = check.status(answer.present, answer.on);
        let earlier = answer.present && check.latest_exit < answer.latest_exit;
        if status <= answer.status && !earlier {
            return String::new();
        }
        let exit = match (answer.present, check.latest_exit) {
            (true, Some(exit)) => format!("leave by {exit}"),
            (true, None) => "no day from the check date on is lawful".to_string(),
            (false, _) => "see below".to_string(),
        };
        let why = check
            .latest_exit_reason
            .filter(|_| answer.present)
            .map_or(String::new(), |r| format!(", set by {}", reason_words(r)));
        format!(
            "!! DOCUMENTS ({}): {exit}{why}; the rule's answer below does not count them\n\n",
            status.as_str()
        )
    }

    /// Writes `latest_exit_reason` and `documents {...}` into the open answer object (nothing
    /// when no document or event was given).
    pub(crate) fn write_json(&self, json: &mut JsonWriter<'_>) {
        if self.asked {
            json.documents(
                self.check.as_ref(),
                &self.permit_days,
                true,
                &self.deadlines,
            );
        }
    }

    /// The lines the text answer gains (empty when no document or event was given).
    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        if !self.asked {
            return out;
        }
        out.push_str("\nDocuments:\n");
        if let Some(check) = &self.check {
            if let Some(reason) = check.latest_exit_reason {
                match check.latest_exit {
                    Some(exit) => out.push_str(&format!(
                        "  latest exit {exit}, set by {}\n",
                        reason_words(reason)
                    )),
                    None => out.push_str(&format!(
                        "  no lawful day from the check date on: {}\n",
                        reason_words(reason)
                    )),
                }
                for bound in &check.bounds {
                    let day = bound
                        .latest_exit
                        .map_or("no day".to_string(), |d| d.to_string());
                    out.push_str(&format!("    {}: {day}\n", reason_words(bound.reason)));
                }
            }
            for v in &check.visas {
                match (v.problem, v.first_unlawful_day) {
                    (Some(p), Some(day)) => out.push_str(&format!(
                        "  row {}: entry {} on visa {} breaks its {} from {day}\n",
                        v.row,
                        v.entry_number,
                        v.visa,
                        problem_words(p)
                    )),
                    _ => out.push_str(&format!(
                        "  row {}: entry {} on visa {}: within it\n",
                        v.row, v.entry_number, v.visa
                    )),
                }
            }
            for v in &check.passport {
                if v.is_fine() {
                    out.push_str(&format!(
                        "  row {}: passport fine for {} to {}\n",
                        v.row, v.entry, v.exit
                    ));
                } else {
                    let problems: Vec<String> = v
                        .problems
                        .iter()
                        .map(|p| match p {
                            staycalc::documents::PassportProblem::ExpiresTooSoon { needed } => {
                                format!("it must be valid until {needed} (3 months after the exit)")
                            }
                            staycalc::documents::PassportProblem::IssuedTooLongAgo { needed } => {
                                format!("it must be issued on or after {needed} (within 10 years)")
                            }
                        })
                        .collect();
                    out.push_str(&format!(
                        "  row {}: passport fails for {} to {}: {}; a new one is needed by {}\n",
                        v.row,
                        v.entry,
                        v.exit,
                        problems.join("; "),
                        v.needed_by.map_or(String::new(), |d| d.to_string())
                    ));
                }
            }
            for w in &check.warnings {
                out.push_str(&format!("  warning: {w}\n"));
            }
        }
        for p in &self.permit_days {
            out.push_str(&format!(
                "  permit {} to {}: {} days of presence not counted\n",
                p.from, p.until, p.days
            ));
        }
        // One rule, no countries: every day within a permit's dates is left out, as if all
        // were in the state that issued it (only those are, CISA Art. 21; DESIGN.md).
        if !self.permit_days.is_empty() {
            out.push_str(
                "  assumed: the days left out are taken to be in the state that issued the \
                 permit; days spent in other Schengen states within its dates count toward \
                 90/180. Give each stay its country (with --nationality) to have them counted\n",
            );
        }
        if !self.deadlines.is_empty() {
            out.push_str("\nDeadlines:\n");
            for d in &self.deadlines {
                let when = match d.rule.kind {
                    staycalc::deadlines::DeadlineKind::ByDate => "by",
                    staycalc::deadlines::DeadlineKind::NotBefore => "not before",
                };
                out.push_str(&format!(
                    "  {when} {}: {} (after {} on {})\n    source: {} (confidence {})\n",
                    d.date,
                    d.rule.action,
                    d.rule.event,
                    d.event_date,
                    d.rule.source,
                    d.rule.confidence.as_str()
                ));
                if d.only_if_new_entry {
                    out.push_str(&format!(
                        "    only if {} was a new entry: that row follows the stay before it \
                         with no day between, and if you did not leave they are one stay (see \
                         the warning; a move to another address may need a notice of its own)\n",
                        d.event_date
                    ));
                }
            }
        }
        out
    }

    /// The answer's reminders as an iCalendar file.
    pub(crate) fn ics(&self, rule: &Rule, answer: &Assessment) -> String {
        let list = reminders(
            rule.destination,
            self.check.as_ref(),
            answer.latest_exit,
            answer.present,
            &self.deadlines,
        );
        to_ics(&list, answer.on)
    }
}

pub(super) fn reason_words(reason: staycalc::documents::ExitReason) -> &'static str {
    use staycalc::documents::ExitReason;
    match reason {
        ExitReason::Window => "the rule's window",
        ExitReason::PerEntry => "the rule's limit per entry",
        ExitReason::VisaEntries => "the visa's entries, all used",
        ExitReason::VisaUntil => "the visa's UNTIL date",
        ExitReason::VisaDays => "the visa's duration of stay",
        ExitReason::Passport => "the passport (valid 3 months after the exit)",
        ExitReason::Permit => "the residence permit's last day",
    }
}

fn problem_words(problem: staycalc::documents::VisaProblem) -> &'static str {
    use staycalc::documents::VisaProblem;
    match problem {
        VisaProblem::Entries => "number of entries",
        VisaProblem::Until => "UNTIL date",
        VisaProblem::Days => "duration of stay",
    }
}
