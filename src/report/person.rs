//! One line of the report: a person's stays under one rule, checked.

use crate::assessment::Assessment;
use crate::calculator::Calculator;
use crate::error::Result;
use crate::plan::StayVerdict;
use crate::report::papers::{self, Papers};
use crate::report::passport::PassportReport;
use crate::report::reader::Entry;
use crate::report::status::ReportStatus;
use crate::report::visa::VisaReport;
use crate::report::Team;
use crate::stay::Stay;
use crate::zones::{Choice, Country, Regime, Verdict, Zone};
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
    /// The person's visa and its verdict, when the file has the visa columns and one of their
    /// rows gives a value. A stay that breaks it makes the status an overstay (now, past or
    /// planned), as `staycalc check --visa` says.
    pub visa: Option<VisaReport>,
    /// In a report by zone, the line's zone and what applies there; `None` by rule (and for
    /// a person none of whose rows could be read).
    pub zone: Option<ReportZone>,
}

/// The zone of a line of a report by zone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportZone {
    /// The zone.
    pub zone: Zone,
    /// The countries whose stays counted toward it, by alpha-2 code.
    pub countries: Vec<&'static Country>,
    /// The nationality the line was judged for (a dual national's most favourable there),
    /// what applies and why.
    pub choice: Choice,
    /// For a zone judged by no rule (no limit, no rule known): days present in the file,
    /// each counted once. `None` under a rule (its days are in the assessment).
    pub days_present: Option<u32>,
    /// Why the regime applies, in words ([`Choice::reason`]).
    pub why: String,
}

impl ReportZone {
    /// The values of the report's [`crate::report::ZONE_COLUMNS`], in their order.
    pub fn values(&self) -> [String; 6] {
        let countries: Vec<&str> = self.countries.iter().map(|c| c.alpha2).collect();
        [
            self.zone.id().into_owned(),
            self.zone.name("en").to_string(),
            countries.join(" "),
            self.choice.nationality.alpha2.to_string(),
            self.days_present.map_or(String::new(), |d| d.to_string()),
            self.why.clone(),
        ]
    }
}

impl PersonReport {
    /// The traffic light: the engine's status, or [`ReportStatus::CheckRows`] when some
    /// rows could not be read and the others show no overstay; [`ReportStatus::Passport`]
    /// when the passport fails the stay under way or a planned trip and nothing more urgent
    /// applies.
    pub fn status(&self) -> ReportStatus {
        let status = match (&self.assessment, &self.zone) {
            (Some(assessment), _) => ReportStatus::of(assessment.status, self.is_flagged()),
            (None, Some(zone)) => match zone.choice.regime {
                Regime::NoLimit => ReportStatus::NoLimit,
                _ => ReportStatus::NoRuleKnown,
            }
            .unless_bad_rows(self.is_flagged()),
            (None, None) => ReportStatus::CheckRows,
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

/// Checks group `index` of `team`.
pub(crate) fn check(team: &Team<'_>, index: usize) -> Result<PersonReport> {
    let group = &team.groups[index];
    let on = team.settings.on;
    let person = &team.people[group.person as usize];
    let bad_lines = person.bad_lines.iter().map(|&l| l as usize).collect();
    let zone = group.zone.filter(|_| cfg!(feature = "report-zones"));
    if let Some(zone) = zone.filter(|_| !group.stays.is_empty()) {
        return check_zone(team, index, zone, bad_lines);
    }
    let papers = papers_of(person);
    let Some(&rule) = team
        .rules
        .get(group.rule as usize)
        .filter(|_| !group.stays.is_empty() && !team.by_zone)
    else {
        let (passport, visa) = papers::unclear(papers);
        return Ok(PersonReport {
            person: person.name.to_string(),
            rule: String::new(),
            rule_name: String::new(),
            carried: vec![String::new(); team.carried.len()],
            stays: 0,
            assessment: None,
            next_planned: None,
            bad_lines,
            zone: None,
            passport,
            visa,
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
    let (passport, visa) = papers::check(papers, &calculator, &mut assessment);
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
        zone: None,
        passport,
        visa,
    })
}

/// The papers the person's rows give.
fn papers_of(person: &crate::report::reader::Person) -> Papers<'_> {
    Papers {
        passport: person.passport.as_ref().map(|p| p.settled),
        visa: person.visa.as_ref().map(|v| v.settled.as_ref()),
    }
}

/// Checks one zone's group of a report by zone: under the rule the catalogue gives the
/// person's nationality there (a dual national's most favourable), as `staycalc check
/// --nationality` judges the zone.
fn check_zone(
    team: &Team<'_>,
    index: usize,
    zone: Zone,
    bad_lines: Vec<usize>,
) -> Result<PersonReport> {
    let group = &team.groups[index];
    let on = team.settings.on;
    let person = &team.people[group.person as usize];
    let stays: Vec<Stay> = group
        .stays
        .iter()
        .map(|s| Stay {
            entry: s.entry,
            exit: s.exit,
            row: Some(s.line as usize),
        })
        .collect();
    let next = next_planned(&group.stays, on);
    let plan = |calculator: &crate::calculator::Calculator<'_>| {
        next.and_then(|next| calculator.verdict_of(next))
            .into_iter()
            .collect()
    };
    let judging = crate::zones::Judging {
        on,
        options: &team.settings.options,
        plan: &plan,
        elsewhere: &|| elsewhere(team, index),
    };
    let choices = team.choices(zone, group.nationality);
    let (choice, verdict) = crate::zones::judge_best(&stays, &choices, &judging)?;
    let mut countries: Vec<&'static Country> = Vec::new();
    for stay in &group.stays {
        let country = &crate::zones::countries()[stay.country as usize];
        if !countries.contains(&country) {
            countries.push(country);
        }
    }
    countries.sort_by_key(|c| c.alpha2);
    let (rule, mut assessment, next_planned, days_present) = match verdict {
        Verdict::Rule {
            rule,
            assessment,
            mut plan,
        } => (Some(rule), Some(assessment), plan.pop(), None),
        Verdict::Counted { days_present, .. } => (None, None, None, Some(days_present)),
    };
    // The passport and the visa are checked as by rule, on the zone's stays under the zone's
    // rule: only Schengen's has their conditions, every other zone's line says why it is not
    // checked.
    let papers = papers_of(person);
    let (passport, visa) = match (rule, assessment.as_mut()) {
        _ if papers.passport.is_none() && papers.visa.is_none() => (None, None),
        (Some(rule), Some(assessment)) => {
            let calculator = Calculator::new(rule, &stays, on)?;
            papers::check(papers, &calculator, assessment)
        }
        _ => papers::not_checked(papers),
    };
    let why = team.reason(zone, group.nationality, &choice);
    let zone = ReportZone {
        zone,
        countries,
        choice,
        days_present,
        why,
    };
    let carried = zone
        .values()
        .into_iter()
        .chain(
            group
                .carried(team.carried.len() - crate::report::ZONE_COLUMNS.len())
                .map(String::from),
        )
        .collect();
    Ok(PersonReport {
        person: person.name.to_string(),
        rule: rule.map_or(String::new(), |r| r.id.to_string()),
        rule_name: rule.map_or(String::new(), |r| r.name.to_string()),
        carried,
        stays: stays.len(),
        assessment,
        next_planned,
        bad_lines,
        zone: Some(zone),
        passport,
        visa,
    })
}

/// The days of the person of group `index` in their other zones (their groups beside it: a
/// report by zone keeps a person's groups together), as day ranges, an open stay to the check
/// date: where a row there shows the person left between two of this zone's rows with no day
/// between them, those are not asked about as one stay (as `staycalc check --nationality`).
fn elsewhere(team: &Team<'_>, index: usize) -> Vec<(crate::date::Day, crate::date::Day)> {
    let groups = &team.groups;
    let person = groups[index].person;
    let first = groups[..index]
        .iter()
        .rposition(|g| g.person != person)
        .map_or(0, |i| i + 1);
    let on = team.settings.on;
    groups[first..]
        .iter()
        .enumerate()
        .take_while(|(_, g)| g.person == person)
        .filter(|&(i, _)| first + i != index)
        .flat_map(|(_, g)| &g.stays)
        .map(|s| {
            (
                crate::date::day(s.entry),
                crate::date::day(s.exit.unwrap_or(on)),
            )
        })
        .collect()
}
