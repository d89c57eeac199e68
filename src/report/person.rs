//! One line of the report: a person's stays under one rule, checked.

use crate::assessment::Assessment;
use crate::calculator::Calculator;
use crate::error::Result;
use crate::plan::StayVerdict;
use crate::report::passport::{self, PassportReport};
use crate::report::reader::{Entry, Group};
use crate::report::status::ReportStatus;
use crate::report::Team;
use crate::stay::Stay;
use chrono::NaiveDate;

/// One person under one rule, checked on the team's check date.
///
/// The fields of [`Assessment`] are the same, and named the same, as those of
/// `staycalc check`; the report adds the person, the rule, the carried columns, the next
/// planned trip's verdict and the lines of the person's rows that could not be read.
///
/// A person none of whose rows could be read has a line too, with no assessment and the
/// status [`ReportStatus::CheckRows`]: a bad row never makes a person disappear.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonReport {
    /// The person, as in the file.
    pub person: String,
    /// The rule's id; empty when none of the person's rows could be read.
    pub rule: String,
    /// The rule's name; empty when none of the person's rows could be read.
    pub rule_name: String,
    /// The carried values, in the order of [`Team::carried_names`].
    pub carried: Vec<String>,
    /// How many of the person's rows (stays) were checked.
    pub stays: usize,
    /// Every answer for the person's stays on the check date; `None` when none of their
    /// rows could be read.
    pub assessment: Option<Assessment>,
    /// The verdict on the next planned trip, if any: the first trip (by entry date) that
    /// starts after the check date, or is marked planned and has not ended before it.
    pub next_planned: Option<StayVerdict>,
    /// The lines of the person's rows that could not be read (the report is then from the
    /// other rows only).
    pub bad_lines: Vec<usize>,
    /// The person's passport and its verdict, when the file has a passport column and one of
    /// their rows gives a value.
    pub passport: Option<PassportReport>,
}

impl PersonReport {
    /// The traffic light: the engine's status, or [`ReportStatus::CheckRows`] when some
    /// rows could not be read and the others show no overstay; [`ReportStatus::Passport`]
    /// when the passport fails the stay under way or a planned trip and nothing more urgent
    /// applies.
    pub fn status(&self) -> ReportStatus {
        let status = match &self.assessment {
            Some(assessment) => ReportStatus::of(assessment.status, self.is_flagged()),
            None => ReportStatus::CheckRows,
        };
        let papers_fail = self
            .passport
            .as_ref()
            .is_some_and(|p| p.failing().is_some());
        if papers_fail && status < ReportStatus::Passport {
            ReportStatus::Passport
        } else {
            status
        }
    }

    /// Whether some of the person's rows could not be read.
    pub fn is_flagged(&self) -> bool {
        !self.bad_lines.is_empty()
    }
}

/// The index of the stay the next planned trip is, among `stays`, for the check date `on`.
fn next_planned(stays: &[Entry], on: NaiveDate) -> Option<usize> {
    stays
        .iter()
        .enumerate()
        .filter(|(_, s)| s.entry > on || (s.planned && s.exit.is_none_or(|exit| exit >= on)))
        .min_by_key(|(_, s)| (s.entry, s.line))
        .map(|(index, _)| index)
}

/// Checks one group of `team`.
pub(crate) fn check(team: &Team<'_>, group: &Group) -> Result<PersonReport> {
    let on = team.settings.on;
    let person = &team.people[group.person as usize];
    let bad_lines = person.bad_lines.iter().map(|&l| l as usize).collect();
    let Some(&rule) = team
        .rules
        .get(group.rule as usize)
        .filter(|_| !group.stays.is_empty())
    else {
        return Ok(PersonReport {
            person: person.name.to_string(),
            rule: String::new(),
            rule_name: String::new(),
            carried: vec![String::new(); team.carried.len()],
            stays: 0,
            assessment: None,
            next_planned: None,
            bad_lines,
            passport: person
                .passport
                .as_ref()
                .map(|p| passport::unclear(p.settled)),
        });
    };
    let stays: Vec<Stay> = group
        .stays
        .iter()
        .map(|s| Stay {
            entry: s.entry,
            exit: s.exit,
            row: Some(s.line as usize),
        })
        .collect();
    let calculator = Calculator::new(rule, &stays, on)?;
    let next_planned = next_planned(&group.stays, on).and_then(|next| calculator.verdict_of(next));
    let mut assessment = calculator.assessment(&team.settings.options);
    let passport = person
        .passport
        .as_ref()
        .map(|p| passport::check(p.settled, &calculator, &mut assessment));
    Ok(PersonReport {
        person: person.name.to_string(),
        rule: rule.id.to_string(),
        rule_name: rule.name.to_string(),
        carried: group
            .carried(team.carried.len())
            .map(String::from)
            .collect(),
        stays: stays.len(),
        assessment: Some(assessment),
        next_planned,
        bad_lines,
        passport,
    })
}
