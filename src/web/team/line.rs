//! One row of the team table: what the table shows, sorts and filters on, for one person under
//! one rule.

use crate::plan::StayVerdict;
use crate::report::{PassportReport, PersonReport, ReportStatus, VisaReport};
use crate::zones::{Why, Zone};
use chrono::NaiveDate;

/// A person's line of the report, kept small: 100,000 of them stay in memory while the table
/// is sorted and filtered. The full [`PersonReport`] is made again from the team when needed
/// (the export).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TeamLine {
    /// The line's index in the team ([`crate::report::Team::report`]): its place in file order.
    pub index: u32,
    /// The person, as in the file.
    pub person: Box<str>,
    /// The rule's id.
    pub rule: Box<str>,
    /// The carried values, in the order of [`crate::report::Team::carried_names`].
    pub carried: Box<[Box<str>]>,
    /// How many stays were checked.
    pub stays: u32,
    /// Days used in the window ending on the check date (`None` for a person none of whose
    /// rows could be read, as for every answer below).
    pub days_used: Option<u32>,
    /// Days remaining in it.
    pub days_remaining: Option<u32>,
    /// The days left on the stay under way when its per-entry cap ends it before the window
    /// does, or is passed ([`crate::Assessment::per_entry_decides`]): then they, not
    /// [`TeamLine::days_remaining`], are what the person has left ([`TeamLine::left`]).
    pub entry_left: Option<u32>,
    /// The most days the window allows.
    pub limit: Option<u32>,
    /// Days over the limit on the check date.
    pub overstay_days: Option<u32>,
    /// The last day one may stay, staying on or entering on the check date.
    pub latest_exit: Option<NaiveDate>,
    /// The first day a stay of the full allowance may start.
    pub earliest_full_stay: Option<NaiveDate>,
    /// The first day over the limit among all stays, past and planned.
    pub first_unlawful_day: Option<NaiveDate>,
    /// The verdict on the next planned trip.
    pub next_planned: Option<StayVerdict>,
    /// The traffic light: "check rows" when some rows could not be read.
    pub status: ReportStatus,
    /// What an amber light means ([`crate::Assessment::amber`]): few days left, rows that
    /// may be one stay, or both; `None` when the light is not amber.
    pub amber: Option<crate::Amber>,
    /// Whether some of the person's rows could not be read.
    pub flagged: bool,
    /// The passport and its verdict, when the file has a passport column and the person's
    /// rows give a value.
    pub passport: Option<Box<PassportReport>>,
    /// The visa and its verdict, when the file has the visa columns and the person's rows
    /// give a value.
    pub visa: Option<Box<VisaReport>>,
    /// By zone, the line's zone and why its regime applies, for the exports to say in the
    /// page's language (the report's carried values are English).
    pub zone: Option<(Zone, Why)>,
}

impl TeamLine {
    /// The line of `report`, the team's line `index`, assessed with `options` (the team's).
    pub fn new(index: usize, report: PersonReport, options: &crate::Options) -> TeamLine {
        let status = report.status();
        let a = report.assessment.as_ref();
        let amber = a
            .and_then(|a| a.amber(options))
            .filter(|_| status == ReportStatus::Checked(crate::Status::Warning));
        TeamLine {
            index: u32::try_from(index).unwrap_or(u32::MAX),
            flagged: !report.bad_lines.is_empty(),
            person: report.person.into(),
            rule: report.rule.into(),
            carried: report.carried.into_iter().map(Into::into).collect(),
            stays: u32::try_from(report.stays).unwrap_or(u32::MAX),
            days_used: a.map(|a| a.days_used),
            days_remaining: a.map(|a| a.days_remaining),
            entry_left: a
                .filter(|a| a.per_entry_decides())
                .and_then(|a| a.days_left_in_stay),
            limit: a.map(|a| a.limit),
            overstay_days: a.map(|a| a.overstay_days),
            latest_exit: a.and_then(|a| a.latest_exit),
            earliest_full_stay: a.and_then(|a| a.earliest_full_stay),
            first_unlawful_day: a.and_then(|a| a.first_unlawful_day),
            next_planned: report.next_planned,
            passport: report.passport.map(Box::new),
            visa: report.visa.map(Box::new),
            zone: report.zone.as_ref().map(|z| (z.zone, z.choice.why)),
            status,
            amber,
        }
    }

    /// The days the person has left: on the stay under way when its per-entry cap decides,
    /// else in the window. What the table's "Days remaining" shows and sorts by: "64" on the
    /// 26th day of a 30-day entry would put a person who must leave in 4 days among the safe.
    pub fn left(&self) -> Option<u32> {
        self.entry_left.or(self.days_remaining)
    }

    /// Carried value `column`, empty when there is none.
    pub fn carried(&self, column: usize) -> &str {
        self.carried.get(column).map_or("", |value| value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::report::{read_team, TeamSettings};

    #[test]
    fn a_line_holds_the_report_s_answers() {
        let file = "person,team,entry,exit\nAna,Sales,2025-01-01,2025-03-31\n";
        let settings = TeamSettings::new(
            date(2025, 4, 1),
            Some(crate::catalogue::rule("schengen").unwrap()),
        );
        let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}")).unwrap();
        let report = team.report(0).unwrap();
        let line = TeamLine::new(0, report.clone(), &Default::default());
        assert_eq!(&*line.person, "Ana");
        assert_eq!(line.carried(0), "Sales");
        assert_eq!(line.carried(1), "");
        let a = report.assessment.as_ref().unwrap();
        assert_eq!(line.days_used, Some(a.days_used));
        assert_eq!(line.days_remaining, Some(a.days_remaining));
        assert_eq!((line.entry_left, line.left()), (None, line.days_remaining));
        assert_eq!(line.latest_exit, a.latest_exit);
        assert_eq!(line.status, report.status());
        assert_eq!(line.stays, 1);
        assert!(!line.flagged);
    }

    /// On the 26th day of a 30-day entry to Kazakhstan, 64 of the window's 90 days remain but
    /// only 4 of the entry's: the line's days left are the entry's.
    #[test]
    fn a_per_entry_cap_that_ends_the_stay_gives_the_days_left() {
        let file = "person,entry,exit\nAigerim,2026-11-10,\nBob,2026-10-01,2026-10-20\n";
        let settings = TeamSettings::new(
            date(2026, 12, 5),
            Some(crate::catalogue::rule("kz-visa-free").unwrap()),
        );
        let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}")).unwrap();
        let aigerim = TeamLine::new(0, team.report(0).unwrap(), &Default::default());
        assert_eq!(aigerim.days_remaining, Some(64));
        assert_eq!((aigerim.entry_left, aigerim.left()), (Some(4), Some(4)));
        let bob = TeamLine::new(1, team.report(1).unwrap(), &Default::default());
        assert_eq!((bob.entry_left, bob.left()), (None, Some(70)));
    }

    /// Ana's two rows with no day between them leave 25 days on the second entry: amber only
    /// because they may be one stay, unless the team's threshold is above 25. Ben, 3 days left
    /// on his entry, is close to the limit; a line that is not amber has no reason.
    #[test]
    fn an_amber_line_says_why_under_the_team_s_threshold() {
        use crate::Amber;
        let file = "person,entry,exit\nAna,2026-09-01,2026-09-15\nAna,2026-09-16,\n\
                    Ben,2026-08-25,\nCal,2026-09-18,\n";
        let mut settings = TeamSettings::new(
            date(2026, 9, 20),
            Some(crate::catalogue::rule("kz-visa-free").unwrap()),
        );
        let lines = |settings: &TeamSettings<'static>| {
            let team = read_team(file.as_bytes(), *settings, |bad| panic!("{bad}")).unwrap();
            let options = team.settings().options;
            (0..team.len())
                .map(|i| TeamLine::new(i, team.report(i).unwrap(), &options).amber)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            lines(&settings),
            [Some(Amber::OneStay), Some(Amber::Close), None]
        );
        settings.options.warning_threshold = 30;
        assert_eq!(
            lines(&settings),
            [
                Some(Amber::CloseAndOneStay),
                Some(Amber::Close),
                Some(Amber::Close)
            ]
        );
    }
}
