//! The edits made in place to people's stays, kept with the input they were made to, so they
//! can be applied again when the same file or paste is checked again (after a reload, or
//! with other settings).

use crate::report::edit::LineStay;
use crate::report::Team;
use crate::web::team::fingerprint::InputId;
use crate::web::team::line::TeamLine;
use std::borrow::Cow;
use std::collections::HashMap;

/// One person's stays as edited: the line of `person` under rule `rule` holds `stays`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PersonStays {
    /// The person, as in the file.
    pub person: String,
    /// The id of the rule of the line.
    pub rule: String,
    /// The stays, in list order; a stay's `row` is its file line (`None` for a stay added).
    pub stays: Vec<LineStay>,
}

/// Every person edited, for one input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct EditList {
    /// The input the edits were made to.
    pub input: InputId,
    /// That input's file name, if it was a file (to name it when the edits are not applied).
    pub name: Option<String>,
    /// The people edited, in the order first edited.
    pub people: Vec<PersonStays>,
}

/// What applying an edit list did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Applied {
    /// People whose line now holds their edited stays.
    pub applied: usize,
    /// People with no line of that rule in the team, or whose edited stays the engine refused
    /// (an open stay after a new check date): their lines are as the file says.
    pub missed: usize,
}

impl EditList {
    /// An empty list for `input`.
    pub fn new(input: InputId, name: Option<String>) -> EditList {
        EditList {
            input,
            name,
            people: Vec::new(),
        }
    }

    /// The list to add an edit of `input` to: `current` when it is for that input, else a new
    /// one (edits of another input are replaced by the first edit of this one).
    pub fn for_input(current: Option<EditList>, input: InputId, name: Option<String>) -> EditList {
        match current {
            Some(list) if list.input == input => list,
            _ => EditList::new(input, name),
        }
    }

    /// Records that `person`'s line under `rule` now holds `stays`.
    pub fn set(&mut self, person: &str, rule: &str, stays: Vec<LineStay>) {
        match self
            .people
            .iter_mut()
            .find(|p| p.person == person && p.rule == rule)
        {
            Some(edited) => edited.stays = stays,
            None => self.people.push(PersonStays {
                person: person.to_string(),
                rule: rule.to_string(),
                stays,
            }),
        }
    }

    /// Applies the edits to `team` and its `lines` (`lines[i]` being line `i` of the team),
    /// each person's line checked again. A person missed keeps the file's stays.
    pub fn apply(&self, team: &mut Team<'_>, lines: &mut [TeamLine]) -> Applied {
        let mut applied = Applied::default();
        if self.people.is_empty() {
            return applied;
        }
        let by_zone = team.by_zone();
        let at: HashMap<(&str, Cow<str>), usize> = lines
            .iter()
            .enumerate()
            .map(|(i, line)| ((&*line.person, line_key(by_zone, line)), i))
            .collect();
        let mut changed = Vec::new();
        for edited in &self.people {
            let key = (edited.person.as_str(), Cow::Borrowed(edited.rule.as_str()));
            let Some(&i) = at.get(&key) else {
                applied.missed += 1;
                continue;
            };
            let file = team.line_stays(i);
            team.set_line_stays(i, &edited.stays);
            match team.report(i) {
                Ok(report) => {
                    changed.push(TeamLine::new(i, report, &team.settings().options));
                    applied.applied += 1;
                }
                Err(_) => {
                    team.set_line_stays(i, &file);
                    applied.missed += 1;
                }
            }
        }
        for line in changed {
            let i = line.index as usize;
            lines[i] = line;
        }
        applied
    }
}

/// What names a line among a person's lines, for its edits: its rule; by zone, the rule and
/// the zone (`kz-visa-free@kz`; lines with no rule, as no limit, differ by zone only).
pub(crate) fn line_key(by_zone: bool, line: &TeamLine) -> Cow<'_, str> {
    match line.carried.first() {
        Some(zone) if by_zone => Cow::Owned(format!("{}@{zone}", line.rule)),
        _ => Cow::Borrowed(&line.rule),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::report::{read_team, TeamSettings};
    use crate::stay::Stay;
    use crate::web::team::fingerprint::input_id;

    const FILE: &str = "person,entry,exit,rule\n\
                        Ana,2026-01-05,2026-01-20,schengen\n\
                        Ben,2026-03-01,2026-03-05,schengen\n\
                        Ana,2026-02-01,2026-02-10,kz-visa-free\n";

    fn team(on: chrono::NaiveDate) -> (Team<'static>, Vec<TeamLine>) {
        let settings = TeamSettings::new(on, None);
        let team = read_team(FILE.as_bytes(), settings, |bad| panic!("{bad}")).unwrap();
        let lines = team
            .reports()
            .enumerate()
            .map(|(i, r)| TeamLine::new(i, r.unwrap(), &Default::default()))
            .collect();
        (team, lines)
    }

    fn stay(
        entry: chrono::NaiveDate,
        exit: Option<chrono::NaiveDate>,
        row: Option<usize>,
    ) -> LineStay {
        LineStay {
            stay: Stay { entry, exit, row },
            planned: false,
        }
    }

    #[test]
    fn by_zone_edits_apply_to_the_zone_they_were_made_to() {
        // Two zones with no rule for a French citizen: the Schengen area and Ireland.
        let file = "person,entry,exit,country,nationality\n\
                    Ana,2026-03-01,2026-03-10,FR,FR\n\
                    Ana,2026-04-01,2026-04-10,IE,FR\n";
        let settings = TeamSettings::new(date(2026, 5, 1), None);
        let mut team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}")).unwrap();
        let mut lines: Vec<TeamLine> = team
            .reports()
            .enumerate()
            .map(|(i, r)| TeamLine::new(i, r.unwrap(), &Default::default()))
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].rule, lines[1].rule, "neither has a rule");
        let ireland = line_key(true, &lines[1]).into_owned();
        assert_eq!(ireland, "@ie");
        let before = lines[0].clone();
        let mut edits = EditList::new(input_id(file.as_bytes()), None);
        edits.set(
            "Ana",
            &ireland,
            vec![stay(date(2026, 4, 1), Some(date(2026, 4, 20)), Some(3))],
        );
        assert_eq!(edits.apply(&mut team, &mut lines).applied, 1);
        assert_eq!(lines[0], before, "the Schengen line is untouched");
        assert_eq!(team.line_stays(1)[0].stay.exit, Some(date(2026, 4, 20)));
    }

    #[test]
    fn edits_apply_to_the_person_and_rule_they_were_made_to() {
        let (mut team, mut lines) = team(date(2026, 5, 1));
        let before = lines.clone();
        let mut edits = EditList::new(input_id(FILE.as_bytes()), None);
        // Ana's Schengen stay ends a month later; a new stay is added.
        edits.set(
            "Ana",
            "schengen",
            vec![
                stay(date(2026, 1, 5), Some(date(2026, 2, 20)), Some(2)),
                stay(date(2026, 4, 1), Some(date(2026, 4, 2)), None),
            ],
        );
        assert_eq!(
            edits.apply(&mut team, &mut lines),
            Applied {
                applied: 1,
                missed: 0
            }
        );
        assert_eq!(lines[0].days_used, Some(47 + 2));
        assert_eq!(lines[0].stays, 2);
        // The others are as the file says.
        assert_eq!(lines[1..], before[1..]);
        // As the file itself would say if it were so edited.
        let file =
            FILE.replace("2026-01-20", "2026-02-20") + "Ana,2026-04-01,2026-04-02,schengen\n";
        let settings = TeamSettings::new(date(2026, 5, 1), None);
        let read = read_team(file.as_bytes(), settings, |bad| panic!("{bad}")).unwrap();
        assert_eq!(
            (
                lines[0].days_used,
                lines[0].days_remaining,
                lines[0].latest_exit
            ),
            {
                let a = read.report(0).unwrap().assessment.unwrap();
                (Some(a.days_used), Some(a.days_remaining), a.latest_exit)
            }
        );
    }

    #[test]
    fn a_later_edit_of_the_same_person_replaces_the_earlier() {
        let mut edits = EditList::new(input_id(b"x"), None);
        edits.set("Ana", "schengen", vec![]);
        edits.set("Ana", "kz-visa-free", vec![]);
        let one = vec![stay(date(2026, 1, 1), None, None)];
        edits.set("Ana", "schengen", one.clone());
        assert_eq!(edits.people.len(), 2);
        assert_eq!(edits.people[0].stays, one);
    }

    #[test]
    fn people_not_in_the_team_or_refused_are_missed_and_keep_the_file_s_stays() {
        let (mut team, mut lines) = team(date(2026, 5, 1));
        let before = lines.clone();
        let mut edits = EditList::new(input_id(FILE.as_bytes()), None);
        edits.set("Zoe", "schengen", vec![]);
        edits.set("Ben", "kz-visa-free", vec![]);
        // Still there from a day after the check date: the engine refuses it.
        edits.set(
            "Ben",
            "schengen",
            vec![stay(date(2026, 6, 1), None, Some(3))],
        );
        assert_eq!(
            edits.apply(&mut team, &mut lines),
            Applied {
                applied: 0,
                missed: 3
            }
        );
        assert_eq!(lines, before);
        assert_eq!(team.line_stays(1)[0].stay.entry, date(2026, 3, 1));
    }

    #[test]
    fn an_edit_of_another_input_is_replaced_by_the_first_edit_of_this_one() {
        let this = input_id(b"this");
        let mut other = EditList::new(input_id(b"other"), Some("old.csv".into()));
        other.set("Ana", "schengen", vec![]);
        let list = EditList::for_input(Some(other.clone()), this, None);
        assert_eq!((list.input, list.people.len()), (this, 0));
        let same = EditList::for_input(Some(other.clone()), other.input, None);
        assert_eq!(same, other);
    }
}
