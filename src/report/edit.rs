//! Changing one line's stays after the file was read: the web app's edit in place. The
//! report of an edited line is then made exactly as the file's lines are ([`Team::report`]).

use crate::report::reader::Entry;
use crate::report::Team;
use crate::rule::Rule;
use crate::stay::Stay;

/// A stay of a report line, with whether the file marked it planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct LineStay {
    /// The stay; its `row` is the file line it came from (`None` for a stay added by an edit).
    pub stay: Stay,
    /// Whether the planned cell said yes.
    pub planned: bool,
}

impl Team<'_> {
    /// The stays of report line `index`, in the order they were read.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`Team::len`].
    pub(crate) fn line_stays(&self, index: usize) -> Vec<LineStay> {
        self.groups[index]
            .stays
            .iter()
            .map(|s| LineStay {
                stay: Stay {
                    entry: s.entry,
                    exit: s.exit,
                    row: Some(s.line as usize),
                },
                planned: s.planned,
            })
            .collect()
    }

    /// The rule report line `index` is checked under: `None` for a person none of whose rows
    /// could be read when no default rule was given, and for a zone judged by no rule.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`Team::len`].
    pub(crate) fn line_rule(&self, index: usize) -> Option<&Rule> {
        if self.by_zone {
            // The rule the zone is judged under for the person's nationality (none for no
            // limit or no rule known).
            let report = self.report(index).ok()?;
            return crate::catalogue::rule(&report.rule).ok();
        }
        self.rules.get(self.groups[index].rule as usize).copied()
    }

    /// Replaces the stays of report line `index`. A stay keeps its `row` as its line; a stay
    /// without one gets a line after the file's last, so that every line of the report names
    /// its own stays only.
    ///
    /// The caller gives stays the engine accepts (the web app's stay list leaves out the
    /// others); [`Team::report`] returns the engine's error for any other.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`Team::len`].
    pub(crate) fn set_line_stays(&mut self, index: usize, stays: &[LineStay]) {
        let last = self
            .groups
            .iter()
            .flat_map(|g| g.stays.iter().map(|s| s.line))
            .max()
            .unwrap_or(1);
        let mut fresh = last;
        // A zone's line keeps its country for stays added by an edit (the zone is the line's).
        let country = self.groups[index]
            .stays
            .first()
            .map_or(crate::report::reader::NO_COUNTRY, |s| s.country);
        let entries = stays
            .iter()
            .map(|s| Entry {
                entry: s.stay.entry,
                exit: s.stay.exit,
                line: match s.stay.row.and_then(|row| u32::try_from(row).ok()) {
                    Some(line) => line,
                    None => {
                        fresh = fresh.saturating_add(1);
                        fresh
                    }
                },
                planned: s.planned,
                pending: Default::default(),
                country,
            })
            .collect();
        self.groups[index].stays = entries;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::report::{read_team, TeamSettings};

    const FILE: &str = "person,entry,exit,planned\n\
                        Ana,2025-01-01,2025-02-14,no\n\
                        Ben,2025-03-01,2025-03-05,no\n\
                        Ana,2025-07-01,2025-07-31,yes\n";

    fn team() -> Team<'static> {
        let settings = TeamSettings::new(
            date(2025, 6, 1),
            Some(crate::catalogue::rule("schengen").unwrap()),
        );
        read_team(FILE.as_bytes(), settings, |bad| panic!("{bad}")).unwrap()
    }

    #[test]
    fn a_zone_s_line_is_under_the_rule_of_its_zone_for_the_nationality() {
        let file = "person,entry,exit,country,nationality\n\
                    Ana,2025-03-01,2025-03-10,FR,FR\n\
                    Ana,2025-04-01,2025-04-10,KZ,FR\n";
        let settings = TeamSettings::new(date(2025, 4, 10), None);
        let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}")).unwrap();
        assert!(team.by_zone());
        // The Schengen area first: no limit for a French citizen, so no rule.
        assert_eq!(team.line_rule(0).map(|r| r.id.as_ref()), None);
        assert_eq!(
            team.line_rule(1).map(|r| r.id.as_ref()),
            Some("kz-visa-free")
        );
    }

    #[test]
    fn a_line_s_stays_come_back_with_their_lines_and_flags() {
        let team = team();
        let ana = team.line_stays(0);
        assert_eq!(ana.len(), 2);
        assert_eq!(ana[0].stay.row, Some(2));
        assert_eq!(ana[1].stay.row, Some(4));
        assert!(!ana[0].planned && ana[1].planned);
        assert_eq!(team.line_rule(0).map(|r| r.id.as_ref()), Some("schengen"));
    }

    #[test]
    fn an_edited_line_is_reported_as_if_the_file_said_so() {
        let mut team = team();
        let mut stays = team.line_stays(0);
        // A longer first stay, to mid-April: the planned trip in July then breaks the rule.
        stays[0].stay.exit = Some(date(2025, 4, 14));
        team.set_line_stays(0, &stays);
        let edited = team.report(0).unwrap();
        let file = FILE.replace("2025-02-14", "2025-04-14");
        let settings = TeamSettings::new(
            date(2025, 6, 1),
            Some(crate::catalogue::rule("schengen").unwrap()),
        );
        let read = read_team(file.as_bytes(), settings, |bad| panic!("{bad}")).unwrap();
        assert_eq!(edited, read.report(0).unwrap());
        assert!(edited.next_planned.unwrap().unlawful_days > 0);
        assert_eq!(team.report(1).unwrap(), read.report(1).unwrap());
    }

    #[test]
    fn added_stays_get_lines_after_the_file_s_last() {
        let mut team = team();
        let mut stays = team.line_stays(1);
        stays.push(LineStay {
            stay: Stay::new(date(2025, 8, 1), date(2025, 8, 3)),
            planned: false,
        });
        stays.push(LineStay {
            stay: Stay::new(date(2025, 9, 1), date(2025, 9, 3)),
            planned: false,
        });
        team.set_line_stays(1, &stays);
        let lines: Vec<Option<usize>> = team.line_stays(1).iter().map(|s| s.stay.row).collect();
        assert_eq!(lines, [Some(3), Some(5), Some(6)]);
        let ben = team.report(1).unwrap();
        assert_eq!(ben.stays, 3);
        assert_eq!(ben.next_planned.unwrap().row, 5);
    }
}
