//! A team file, read and grouped: ready to check, one person at a time.

use crate::error::Result;
use crate::input::DateFormat;
use crate::report::hash::FastHash;
use crate::report::person::{self, PersonReport};
use crate::report::reader::{Group, Person};
use crate::report::settings::TeamSettings;
use crate::rule::Rule;
use crate::zones::{choice, Choice, Country, Regime, Zone};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::collections::HashMap;

/// Whether `a` is `b` by what they point to: the same rule, the same country, the same reason.
/// Cheap where `a == b` compares the rules' texts (a tenth of the report's checking by zone);
/// when false, they may still be equal.
fn is_same(a: &Choice, b: &Choice) -> bool {
    let same_regime = match (a.regime, b.regime) {
        (Regime::Rule(x), Regime::Rule(y)) => std::ptr::eq(x, y),
        (x, y) => x == y,
    };
    same_regime && a.zone == b.zone && std::ptr::eq(a.nationality, b.nationality) && a.why == b.why
}

/// A spelling of a person's name read as an earlier spelling's person ([`Team::spellings`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spelling {
    /// The person's name as the table shows it (its first spelling in the file).
    pub person: Box<str>,
    /// The other spelling.
    pub spelling: Box<str>,
    /// The first line of the file with this spelling.
    pub line: u32,
}

/// Every good row of a team file, grouped by person and rule (see
/// [`crate::report::TeamReader`]). Each group is checked only when asked for, so a caller can
/// check a few at a time (the web app, between frames) or in parallel (the command line).
///
/// ```
/// use staycalc::report::{read_team, TeamSettings};
/// use staycalc::{date, rule, Status};
/// let file = "name;department;from;to\n\
///             Ana;Sales;01.01.2025;31.03.2025\n\
///             Ben;Legal;01.05.2025;10.05.2025\n\
///             Ana;Sales;15.04.2025;\n";
/// let settings = TeamSettings::new(date(2025, 5, 1), Some(rule("schengen")?));
/// let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}"))?;
/// assert_eq!(team.len(), 2);
/// assert_eq!(team.carried_names(), ["department"]);
/// let ana = team.report(0)?;
/// assert_eq!((ana.person.as_str(), ana.stays), ("Ana", 2));
/// assert_eq!(ana.assessment.as_ref().map(|a| a.days_used), Some(90 + 17));
/// assert_eq!(ana.status(), Status::Overstay);
/// assert_eq!(team.report(1)?.status(), Status::Ok);
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Debug)]
pub struct Team<'r> {
    pub(crate) settings: TeamSettings<'r>,
    pub(crate) carried: Vec<String>,
    /// Spellings of a name read as an earlier spelling's person, in file order.
    pub(crate) spellings: Vec<Spelling>,
    pub(crate) date_formats: Vec<(DateFormat, usize)>,
    pub(crate) rules: Vec<&'r Rule>,
    /// Whether the report is by zone (a line per person and zone).
    pub(crate) by_zone: bool,
    /// The people's nationalities in a report by zone, each once.
    pub(crate) nationalities: Vec<Box<[&'static Country]>>,
    /// What applies in each zone of the report to each nationality (one [`Choice`] per
    /// country of the nationality), found once.
    pub(crate) choices: HashMap<(Zone, u32), Box<[Choice]>, FastHash>,
    /// The reason of each of `choices`, in words, made once.
    pub(crate) reasons: HashMap<(Zone, u32), Box<[String]>, FastHash>,
    pub(crate) people: Vec<Person>,
    pub(crate) groups: Vec<Group>,
    pub(crate) rows: usize,
    /// The lines of the rows that could not be read, in file order.
    pub(crate) unread: Vec<u32>,
    /// The rows named for their passport dates only (their stays count, in `rows`).
    pub(crate) passport_rows: usize,
    /// Of the bad rows, those named for their visa only (their stays count).
    pub(crate) visa_rows: usize,
    /// Lines of rows in a country outside their rule's zone on their days, in file order.
    pub(crate) elsewhere: Vec<u32>,
    /// The CSV text's separator, once its header was read.
    pub(crate) separator: Option<char>,
    /// Whether the file has a passport column.
    pub(crate) passport: bool,
    /// Whether the file has the visa columns.
    pub(crate) visa: bool,
}

impl<'r> Team<'r> {
    /// How many lines the report has: one per person and rule (by zone: per person and zone)
    /// with at least one good row, and one for each person none of whose rows could be read.
    pub fn len(&self) -> usize {
        self.groups.len()
    }

    /// Whether no row could be read.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The check date.
    pub fn on(&self) -> NaiveDate {
        self.settings.on
    }

    /// The settings the team is checked with.
    pub fn settings(&self) -> &TeamSettings<'r> {
        &self.settings
    }

    /// The names of the carried columns, in file order.
    pub fn carried_names(&self) -> &[String] {
        &self.carried
    }

    /// Whether the file has a passport column (expiry or issue date): each line then has a
    /// [`crate::report::PersonReport::passport`] where the person's rows give a value.
    pub fn has_passport(&self) -> bool {
        self.passport
    }

    /// Whether the file has the visa columns (FROM, UNTIL, entries, duration of stay): each
    /// line then has a [`crate::report::PersonReport::visa`] where the person's rows give a
    /// value.
    pub fn has_visa(&self) -> bool {
        self.visa
    }

    /// The separator of the file's CSV text (`,`, `;`, tab), when it was read from text.
    pub fn separator(&self) -> Option<char> {
        self.separator
    }

    /// The format most dates were written in (the file's detected format), if any date was
    /// read.
    pub fn date_format(&self) -> Option<DateFormat> {
        self.date_formats.first().map(|&(format, _)| format)
    }

    /// Every format dates were written in, with how many date cells used it, most used first.
    pub fn date_formats(&self) -> &[(DateFormat, usize)] {
        &self.date_formats
    }

    /// Whether the report is by zone: a line per person and zone, judged under the rule the
    /// catalogue gives the person's nationality there ([`crate::report::TeamColumns::zones`]).
    pub fn by_zone(&self) -> bool {
        self.by_zone
    }

    /// What applies in `zone` to each country of nationality `nationality` (an index into
    /// the nationalities): found when the file was read, else now (a line edited into a
    /// zone it had no line in).
    pub(crate) fn choices(&self, zone: Zone, nationality: u32) -> Cow<'_, [Choice]> {
        match self.choices.get(&(zone, nationality)) {
            Some(known) => Cow::Borrowed(known),
            None => Cow::Owned(
                self.nationalities[nationality as usize]
                    .iter()
                    .map(|&n| choice(zone, n))
                    .collect(),
            ),
        }
    }

    /// Why `choice` applies in `zone` to nationality `nationality`, in words: made once per
    /// file for the choices found when it was read.
    pub(crate) fn reason(&self, zone: Zone, nationality: u32, choice: &Choice) -> String {
        let key = (zone, nationality);
        match (self.choices.get(&key), self.reasons.get(&key)) {
            (Some(choices), Some(reasons)) => choices
                .iter()
                .position(|c| is_same(c, choice) || c == choice)
                .and_then(|i| reasons.get(i))
                .cloned()
                .unwrap_or_else(|| choice.reason()),
            _ => choice.reason(),
        }
    }

    /// The person cells that differ from an earlier one only in letter case, spaces or dots
    /// ("ivanov  i. i." after "Ivanov I.I."), read as that person, in file order: said to the
    /// user, who may know two people apart that the file does not.
    pub fn spellings(&self) -> &[Spelling] {
        &self.spellings
    }

    /// How many people the file names (with a readable person cell).
    pub fn people_count(&self) -> usize {
        self.people.len()
    }

    /// How many rows were read and checked.
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// How many rows the file has below its header, blank ones aside: those read and checked
    /// ([`Team::rows`]), those that could not be read ([`Team::unread_lines`]) and those in
    /// another zone ([`Team::elsewhere_lines`]).
    pub fn rows_in_file(&self) -> usize {
        self.rows + self.unread.len() + self.elsewhere.len()
    }

    /// How many rows were named as bad: those that could not be read, and those named for
    /// their passport or visa only ([`Team::passport_rows`], [`Team::visa_rows`]).
    pub fn bad_rows(&self) -> usize {
        self.unread.len() + self.passport_rows + self.visa_rows
    }

    /// The lines of the rows that could not be read, in file order (not those named for their
    /// passport dates only: they are read).
    pub fn unread_lines(&self) -> &[u32] {
        &self.unread
    }

    /// What was read, in the command line's words: `from 6 rows, 1 of them unreadable (line 4)`,
    /// then the rows in another zone (`, 2 of them in another zone, not counted (lines 5, 6)`),
    /// the first ten lines of each named.
    ///
    /// ```
    /// use staycalc::report::{read_team, TeamSettings};
    /// use staycalc::{date, rule};
    /// let file = "person,entry,exit\nAna,2025-03-01,2025-03-10\nBen,2025-02-30,\n";
    /// let settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen")?));
    /// let team = read_team(file.as_bytes(), settings, |_| {})?;
    /// assert_eq!(team.rows_in_words(), "from 2 rows, 1 of them unreadable (line 3)");
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn rows_in_words(&self) -> String {
        /// `1 of them unreadable (line 4)`, at most ten lines named.
        fn some(count: usize, what: &str, lines: &[u32]) -> String {
            let mut named: Vec<String> = lines.iter().take(10).map(u32::to_string).collect();
            if lines.len() > named.len() {
                named.push("...".into());
            }
            let line = if lines.len() == 1 { "line" } else { "lines" };
            format!(", {count} of them {what} ({line} {})", named.join(", "))
        }
        let rows = self.rows_in_file();
        let mut said = format!("from {rows} {}", if rows == 1 { "row" } else { "rows" });
        if !self.unread.is_empty() {
            said.push_str(&some(self.unread.len(), "unreadable", &self.unread));
        }
        if !self.elsewhere.is_empty() {
            said.push_str(&some(
                self.elsewhere.len(),
                "in another zone, not counted",
                &self.elsewhere,
            ));
        }
        said
    }

    /// Of [`Team::bad_rows`], how many were named for their passport dates only: a date that
    /// differs from the one the person's other rows give, or that the file's date order
    /// refuses. Their stays are still counted; their people are "check rows", with the
    /// passport not checked.
    pub fn passport_rows(&self) -> usize {
        self.passport_rows
    }

    /// Of [`Team::bad_rows`], how many were named for their visa only (and not for their
    /// passport): a value that differs from the one the person's other rows give, a date the
    /// file's order refuses, an UNTIL before the FROM, or a visa given in part. Their stays
    /// are still counted; their people are "check rows", with the visa not checked.
    pub fn visa_rows(&self) -> usize {
        self.visa_rows
    }

    /// People named only in rows that could not be read: their lines (at the end of the
    /// report) have no assessment and the status "check rows".
    pub fn unread_people(&self) -> Vec<&str> {
        self.groups
            .iter()
            .filter(|group| group.stays.is_empty())
            .map(|group| &self.people[group.person as usize])
            .filter(|person| !person.bad_lines.is_empty())
            .map(|person| person.name.as_ref())
            .collect()
    }

    /// The lines of rows whose country is outside their rule's zone on every day of the stay
    /// (Georgia under `schengen`, Bulgaria in 2023 under it), in file order. A line counts one
    /// rule's stays, so these are not counted, and are not bad rows: they are another zone's
    /// days, which a report by zone (a nationality) would judge. A person with no other row
    /// still has a line, "check rows" with no numbers.
    pub fn elsewhere_lines(&self) -> &[u32] {
        &self.elsewhere
    }

    /// Checks line `index` of the report (people in the order of their first row).
    ///
    /// # Errors
    ///
    /// Any error of [`crate::calculator::Calculator::new`]; none is expected, as every row was checked
    /// when it was read.
    ///
    /// # Panics
    ///
    /// When `index` is not below [`Team::len`].
    pub fn report(&self, index: usize) -> Result<PersonReport> {
        person::check(self, index)
    }

    /// Checks every line of the report, in order, lazily.
    pub fn reports(&self) -> impl ExactSizeIterator<Item = Result<PersonReport>> + '_ {
        (0..self.groups.len()).map(|index| person::check(self, index))
    }
}
