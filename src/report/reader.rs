//! Gathering a team file's rows by person and rule, in little memory.
//!
//! Rows of one person need not be next to each other in a spreadsheet, so nothing can be
//! checked before the last row is read, and memory grows with the file: but only by what the
//! check needs. Per row, 16 bytes (entry, exit, line, flags, country); per person and rule,
//! the name once and the carried values once, in one allocation. Raw lines are never kept. A million
//! rows of a hundred thousand people (ten rows each, two carried columns, rows of each person
//! spread over the file) peak at about 80 MB for the whole `staycalc report` process (69 MB
//! with the system's allocator, which the command line traded for mimalloc's speed), against
//! 73 MB of file. (A file sorted by person could be checked in constant memory, a person at
//! a time, but nothing tells a reader that no person comes back further down: checking the
//! first block alone would then give a wrong answer, so every file is read whole.)

use crate::documents::{Entries, Visa};
use crate::error::{Error, Result};
use crate::input::{Order, Reading};
use crate::report::bad_row::BadRow;
use crate::report::columns::TeamColumns;
use crate::report::hash::FastHash;
use crate::report::row::{self, DateTally, Pending, Rejected, Row};
use crate::report::settings::TeamSettings;
use crate::report::team::Spelling;
use crate::rule::Rule;
use crate::stay::Stay;
use crate::zones::{choice, zone_of, Choice, Country, Trip, Zone};
use chrono::NaiveDate;
use std::collections::HashMap;

/// How many distinct rule cells are remembered (a file of garbage rule cells stays small).
const MAX_RULE_CELLS: usize = 256;

/// How many distinct country and nationality cells are remembered.
const MAX_COUNTRY_CELLS: usize = 1024;

/// No country (a report by rule).
pub(crate) const NO_COUNTRY: u16 = u16::MAX;

/// One stay as kept until the end of the file: 16 bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Entry {
    pub entry: NaiveDate,
    pub exit: Option<NaiveDate>,
    pub line: u32,
    pub planned: bool,
    /// The row's dates whose order the whole file decides, settled by
    /// [`TeamReader::finish`].
    pub pending: Pending,
    /// The row's country, an index into [`crate::zones::countries`] ([`NO_COUNTRY`] in a
    /// report by rule): in the padding, so a stay is still 16 bytes.
    pub country: u16,
}

// The country of a report by zone fits in the stay's padding.
const _: () = assert!(std::mem::size_of::<Entry>() == 16);

/// One person under one rule: a line of the report.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    /// Index into the people.
    pub person: u32,
    /// Index into the rules (in a report by zone, 0 and unused).
    pub rule: u16,
    /// The zone of the line, in a report by zone (set by [`TeamReader::finish`]).
    pub zone: Option<Zone>,
    /// The person's nationality, an index into the team's nationalities (a report by zone).
    pub nationality: u32,
    /// The next group of the same person (under another rule).
    next: Option<u32>,
    /// The carried values, joined by [`SEPARATOR`] (one allocation): from the person's first
    /// row, blanks filled by later rows.
    carried: Box<str>,
    /// Whether a carried value is still blank.
    has_blank: bool,
    pub stays: Vec<Entry>,
}

/// What joins the carried values of a group: a zero byte, which no CSV record holds (the
/// reader rejects such input as not text).
const SEPARATOR: char = '\0';

impl Group {
    /// The carried values, `count` of them.
    pub fn carried(&self, count: usize) -> impl Iterator<Item = &str> {
        self.carried.split(SEPARATOR).take(count)
    }
}

/// Why a row cannot count under its rule ([`TeamReader::outside_zone`]).
enum Outside {
    /// Its country cell names no country, or a country in the rule's zone on only some of
    /// its days: the value and why (a bad row).
    Unknown(String, String),
    /// Its country is outside the rule's zone on some of its days.
    Elsewhere,
}

/// A name in the person column.
#[derive(Clone, Debug)]
pub(crate) struct Person {
    /// The name, set by [`TeamReader::finish`] (until then the table of names holds it).
    pub name: Box<str>,
    /// The first of the person's groups.
    first: Option<u32>,
    /// Lines of the person's rows that could not be read.
    pub bad_lines: Vec<u32>,
    /// The passport cells of the person's rows (only for a file with a passport column, and
    /// only once some row gives a value); settled by [`TeamReader::finish`].
    pub passport: Option<Box<PassportCells>>,
    /// The visa cells of the person's rows (only for a file with the visa columns, and only
    /// once some row gives a value); settled by [`TeamReader::finish`].
    pub visa: Option<Box<VisaNotes>>,
}

/// A person's visa cells as read: each distinct value of each field, with the first line it
/// was on; at the end of the file, the person's visa (or the rows that disagree).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct VisaNotes {
    from: Vec<(u32, Reading)>,
    until: Vec<(u32, Reading)>,
    entries: Vec<(u32, Entries)>,
    days: Vec<(u32, u32)>,
    /// The visa, once settled: `None` (with the rows named as bad) when the rows disagree, give
    /// only some of its values, or give values no visa can have (UNTIL before FROM).
    pub settled: Option<Visa>,
}

impl VisaNotes {
    fn note<T: PartialEq>(list: &mut Vec<(u32, T)>, line: u32, value: Option<T>) {
        if let Some(value) = value {
            if !list.iter().any(|(_, v)| *v == value) {
                list.push((line, value));
            }
        }
    }
}

/// A person's passport cells as read: each distinct reading of each field, with the first line
/// it was on; at the end of the file, the person's passport (or the rows that disagree).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct PassportCells {
    /// Distinct readings of the expiry cell, with their line (first line of each).
    expiry: Vec<(u32, Reading)>,
    /// Distinct readings of the issue date cell.
    issued: Vec<(u32, Reading)>,
    /// The dates, once settled: `None` (with the rows named as bad) when the rows disagree.
    pub settled: Option<PassportDates>,
}

/// A person's passport dates, as their rows give them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct PassportDates {
    /// The last day it is valid, when given.
    pub expiry: Option<NaiveDate>,
    /// The day it was issued, when given.
    pub issued: Option<NaiveDate>,
}

impl PassportCells {
    fn note(list: &mut Vec<(u32, Reading)>, line: u32, reading: Option<Reading>) {
        if let Some(reading) = reading {
            if !list.iter().any(|(_, r)| *r == reading) {
                list.push((line, reading));
            }
        }
    }
}

/// Reads the rows of a team file one by one, then [`TeamReader::finish`] gives the
/// [`crate::report::Team`] to check.
///
/// Rows are grouped by person (the person cell, trimmed, compared exactly) and rule: someone
/// with rows under two rules gets a line of the report for each. The report lists people in
/// the order of their first row.
///
/// ```
/// use staycalc::report::{TeamSettings, TeamReader};
/// use staycalc::{date, rule};
/// let settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen")?));
/// let mut reader = TeamReader::new(settings, &["person", "entry", "exit"])?;
/// let mut bad = Vec::new();
/// reader.push(2, &["Ana", "2025-03-01", "2025-03-10"], |b| bad.push(b));
/// reader.push(3, &["Ana", "2025-04-01", "2025-03-10"], |b| bad.push(b));
/// let team = reader.finish(|b| bad.push(b));
/// assert_eq!(team.len(), 1);
/// assert_eq!(bad[0].to_string(), r#"line 3, column exit, value "2025-03-10": the exit is before the entry 2025-04-01"#);
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Debug)]
pub struct TeamReader<'r> {
    settings: TeamSettings<'r>,
    columns: TeamColumns,
    tally: DateTally,
    rules: Vec<&'r Rule>,
    rule_cells: HashMap<Box<str>, std::result::Result<u16, String>>,
    /// Country cells read so far, by text (a report by zone).
    country_cells: HashMap<Box<str>, std::result::Result<u16, String>, FastHash>,
    /// Nationality cells read so far, by text (a report by zone).
    nationality_cells: HashMap<Box<str>, std::result::Result<u32, String>, FastHash>,
    /// The nationalities of a report by zone, each once (the default first, if any).
    nationalities: Vec<Box<[&'static Country]>>,
    /// What applies in each zone to each nationality, found once (a report by zone).
    choices: HashMap<(Zone, u32), Box<[Choice]>, FastHash>,
    names: HashMap<Box<str>, u32, FastHash>,
    /// Each person's name as [`person_key`] writes it: spellings that differ only in letter
    /// case, spaces or dots are one person.
    keys: HashMap<Box<str>, u32, FastHash>,
    /// The spellings read as an earlier spelling's person, with the first line of each.
    spellings: Vec<(u32, Box<str>, u32)>,
    /// The person of the previous row, and their index.
    last_person: Option<(String, u32)>,
    people: Vec<Person>,
    groups: Vec<Group>,
    rows: usize,
    /// The lines of the rows that could not be read (not those named for their passport date).
    unread: Vec<u32>,
    /// Rows in a country outside their rule's zone on their days: (person, line), kept out
    /// of the count, not bad.
    elsewhere: Vec<(u32, u32)>,
}

impl<'r> TeamReader<'r> {
    /// A reader for a file with this header row.
    ///
    /// # Errors
    ///
    /// [`Error::BadInput`] when the header lacks a person, entry or exit column (see
    /// [`TeamColumns`]) or names no rule column while `settings` gives no default rule;
    /// [`Error::DateOutOfRange`] for a check date outside the supported range;
    /// [`Error::RuleNotInForce`] when the default rule is not in force on the check date.
    pub fn new<S: AsRef<str>>(settings: TeamSettings<'r>, header: &[S]) -> Result<TeamReader<'r>> {
        TeamReader::with_header_line(settings, header, 1)
    }

    /// [`TeamReader::new`] for a header on `line` of the file (blank lines or a `sep=` line
    /// before it), so that messages name its line.
    pub(crate) fn with_header_line<S: AsRef<str>>(
        settings: TeamSettings<'r>,
        header: &[S],
        line: usize,
    ) -> Result<TeamReader<'r>> {
        crate::date::check_range(settings.on, "check date")?;
        let columns = TeamColumns::from_header_at(
            header,
            line,
            settings.nationality.is_some(),
            settings.rule.is_some() && !settings.prefer_zones,
        )?;
        if settings.nationality.is_some() && !cfg!(feature = "report-zones") {
            return Err(Error::BadInput {
                line,
                column: None,
                reason: "a nationality: this build reports by rule only (feature report-zones)"
                    .into(),
            });
        }
        if settings.nationality.is_some() && settings.rule.is_some() {
            return Err(Error::BadInput {
                line,
                column: None,
                reason: "a default rule (--rule) and a nationality: by zone, each zone's rule \
                         comes from the catalogue for the nationality, as staycalc check \
                         --nationality chooses it; give one or the other"
                    .into(),
            });
        }
        if settings.nationality.is_some_and(<[_]>::is_empty) {
            return Err(crate::zones::nationalities("").unwrap_err());
        }
        if let Some(rule) = settings.rule.filter(|_| !columns.zones) {
            rule.validate()?;
            in_force(rule, settings.on).map_err(|from| Error::RuleNotInForce {
                id: rule.id.to_string(),
                on: settings.on,
                from,
            })?;
        } else if columns.rule.is_none() && !columns.zones {
            let mut reason = "no rule: the header has no rule column and no default rule was \
                              given (--rule)"
                .to_string();
            if columns.country.is_some() {
                // Its countries can each be checked under their own rule.
                reason.push_str(
                    ", nor a nationality to check each row's country under its own rule \
                     (--nationality)",
                );
            }
            return Err(Error::BadInput {
                line,
                column: None,
                reason,
            });
        }
        Ok(TeamReader {
            rules: settings.rule.into_iter().collect(),
            settings,
            columns,
            tally: DateTally::default(),
            rule_cells: HashMap::new(),
            country_cells: HashMap::default(),
            nationality_cells: HashMap::default(),
            nationalities: settings.nationality.into_iter().map(Box::from).collect(),
            choices: HashMap::default(),
            names: HashMap::default(),
            keys: HashMap::default(),
            spellings: Vec::new(),
            last_person: None,
            people: Vec::new(),
            groups: Vec::new(),
            rows: 0,
            unread: Vec::new(),
            elsewhere: Vec::new(),
        })
    }

    /// The columns found in the header.
    pub fn columns(&self) -> &TeamColumns {
        &self.columns
    }

    /// Reads the row that starts on `line` (the header is line 1), given as its fields. A row
    /// whose fields are all empty is skipped. Each problem of a row that cannot be read goes
    /// to `on_bad_row`; the row is left out and its person flagged.
    pub fn push<S: AsRef<str>>(
        &mut self,
        line: usize,
        fields: &[S],
        mut on_bad_row: impl FnMut(BadRow),
    ) {
        let read = row::read(
            &self.columns,
            fields,
            line,
            self.settings.on,
            &mut self.tally,
        );
        let row = match read {
            Ok(None) => return,
            Ok(Some(row)) => row,
            Err(rejected) => return self.reject(line, rejected, &mut on_bad_row),
        };
        self.rows += 1;
        if cfg!(feature = "report-zones") && self.columns.zones {
            return self.push_by_zone(line, &row, fields, &mut on_bad_row);
        }
        let (column, value, reason) = match self.rule_index(row.rule) {
            Ok(rule) => match self.outside_zone(&row, fields, rule) {
                None => return self.keep(line, &row, fields, rule, (NO_COUNTRY, 0)),
                Some(Outside::Elsewhere) => {
                    // A stay in another zone: not this rule's, and not a mistake.
                    self.rows -= 1;
                    let person = self.person_index(row.person, line);
                    self.elsewhere.push((person, to_u32(line)));
                    return;
                }
                Some(Outside::Unknown(value, reason)) => {
                    let column = self
                        .columns
                        .country
                        .map_or("country", |i| self.columns.name(i));
                    (column.to_string(), value, reason)
                }
            },
            Err(reason) => {
                let column = self.columns.rule.map_or("rule", |i| self.columns.name(i));
                (column.to_string(), row.rule.to_string(), reason)
            }
        };
        // Read, but not to be counted under its rule: a bad row of its own.
        self.rows -= 1;
        let rejected = Rejected {
            person: row.person,
            problems: vec![BadRow::cell(line, &column, &value, reason)],
        };
        self.reject(line, rejected, &mut on_bad_row);
    }

    /// Why a row's stay cannot count under its rule: its country cell names no country (a bad
    /// row, with the cell's value), or a country outside the rule's zone on some of its days
    /// (Georgia under `schengen`). A team line counts one rule's stays: a stay elsewhere is
    /// kept out of it (counting it would light the line red), said apart
    /// ([`crate::report::Team::elsewhere_lines`]), and its person still has a line.
    fn outside_zone<S: AsRef<str>>(
        &self,
        row: &row::Row<'_>,
        fields: &[S],
        rule: u16,
    ) -> Option<Outside> {
        let index = self.columns.country?;
        let value = fields.get(index).map_or("", |f| f.as_ref()).trim();
        if value.is_empty() {
            return None;
        }
        let country = match crate::zones::country(value) {
            Ok(country) => country,
            Err(error) => {
                let reason = match error {
                    Error::UnknownCountry {
                        suggestion: Some(name),
                        ..
                    } => format!("not a country: did you mean {name}?"),
                    _ => "not a country: expected an ISO 3166-1 code (FR, FRA) or a country's \
                          name in English, Russian or Kazakh"
                        .to_string(),
                };
                return Some(Outside::Unknown(value.to_string(), reason));
            }
        };
        let last = row.exit.unwrap_or(self.settings.on).max(row.entry);
        let rule = self.rules[rule as usize];
        let reason = crate::zones::outside_rule(rule, country, row.entry, last)?;
        let zone = crate::zones::zone_of_rule(rule)?;
        let inside = |day| zone_of(country, day) == zone;
        if !inside(row.entry) && !inside(last) {
            return Some(Outside::Elsewhere);
        }
        // Part of the stay is in the zone (a country joining the Schengen area during it):
        // named, as what part counts is for the person's whole log to say.
        Some(Outside::Unknown(
            value.to_string(),
            format!(
                "{reason}: a line counts one rule's stays, so this one is left out; split the \
                 row on that date, or check this person's whole log with staycalc check \
                 --nationality"
            ),
        ))
    }

    /// Reads a row of a report by zone: its country and its person's nationality, each a
    /// bad cell when it names none (or, for the nationality, differs from the person's).
    fn push_by_zone<S: AsRef<str>>(
        &mut self,
        line: usize,
        row: &Row<'_>,
        fields: &[S],
        on_bad_row: &mut impl FnMut(BadRow),
    ) {
        let cell = |index: Option<usize>| {
            index
                .and_then(|i| fields.get(i))
                .map_or("", |f| f.as_ref().trim())
        };
        // The columns' names, for a bad row's message only.
        let country_column = |columns: &TeamColumns| {
            columns
                .country
                .map_or("country".to_string(), |i| columns.name(i).to_string())
        };
        let column = |columns: &TeamColumns| {
            columns
                .nationality
                .map_or("nationality".to_string(), |i| columns.name(i).to_string())
        };
        let mut problems = Vec::new();
        let (country_cell, nationality_cell) =
            (cell(self.columns.country), cell(self.columns.nationality));
        let country = self
            .country_index(country_cell)
            .map_err(|reason| {
                problems.push(BadRow::cell(
                    line,
                    &country_column(&self.columns),
                    country_cell,
                    reason,
                ));
            })
            .ok();
        let nationality = match self.nationality_index(nationality_cell) {
            Ok(n) => {
                let person = self.person_index(row.person, line);
                match self.people[person as usize].first {
                    Some(g) if self.groups[g as usize].nationality != n => {
                        let group = &self.groups[g as usize];
                        let known = codes(&self.nationalities[group.nationality as usize]);
                        let first = group.stays.first().map_or(0, |s| s.line);
                        problems.push(BadRow::cell(
                            line,
                            &column(&self.columns),
                            nationality_cell,
                            format!(
                                "differs from this person's nationality {known} (line {first}, \
                                 or the default when its cell is empty): a person has one \
                                 nationality; write a dual national's codes on each row, as \
                                 US;IE"
                            ),
                        ));
                        None
                    }
                    _ => Some(n),
                }
            }
            Err(reason) => {
                problems.push(BadRow::cell(
                    line,
                    &column(&self.columns),
                    nationality_cell,
                    reason,
                ));
                None
            }
        };
        match (country, nationality) {
            (Some(country), Some(nationality)) if problems.is_empty() => {
                self.keep(line, row, fields, 0, (country, nationality));
            }
            _ => {
                self.rows -= 1;
                let rejected = Rejected {
                    person: row.person,
                    problems,
                };
                self.reject(line, rejected, on_bad_row);
            }
        }
    }

    /// The country a country cell names, as an index into [`crate::zones::countries`].
    fn country_index(&mut self, cell: &str) -> std::result::Result<u16, String> {
        if cell.is_empty() {
            return Err(
                "empty: by zone, every row needs the country of its stay (an ISO \
                        3166-1 code such as FR or FRA, or a country's name)"
                    .into(),
            );
        }
        if let Some(known) = self.country_cells.get(cell) {
            return known.clone();
        }
        let resolved = match crate::zones::country(cell) {
            Ok(country) => Ok(index_of(country)),
            Err(Error::UnknownCountry {
                suggestion: Some(name),
                ..
            }) => Err(format!("not a country: did you mean {name}?")),
            Err(_) => Err(
                "not a country: expected an ISO 3166-1 code (FR, FRA) or a country's \
                           name in English, Russian or Kazakh"
                    .to_string(),
            ),
        };
        if self.country_cells.len() < MAX_COUNTRY_CELLS {
            self.country_cells.insert(cell.into(), resolved.clone());
        }
        resolved
    }

    /// The nationality a nationality cell names (empty: the default), as an index into the
    /// nationalities. A dual national's codes are separated by `;`, `,` or `/`.
    fn nationality_index(&mut self, cell: &str) -> std::result::Result<u32, String> {
        if cell.is_empty() {
            return match self.settings.nationality {
                Some(_) => Ok(0),
                None => Err("empty, and no default nationality was given (--nationality)".into()),
            };
        }
        if let Some(known) = self.nationality_cells.get(cell) {
            return known.clone();
        }
        let codes: Vec<&str> = cell
            .split([',', ';', '/'])
            .map(str::trim)
            .filter(|code| !code.is_empty())
            .collect();
        let resolved = match crate::zones::nationalities(&codes.join(",")) {
            Ok(found) => Ok(self.add_nationality(found)),
            Err(Error::UnknownCountry { value, .. }) => Err(format!(
                "{} is not a country's code: expected ISO 3166-1 codes (US or USA), a dual \
                 national's separated by ; (US;IE)",
                crate::error::Quoted(&value)
            )),
            Err(other) => Err(other.to_string()),
        };
        if self.nationality_cells.len() < MAX_COUNTRY_CELLS {
            self.nationality_cells.insert(cell.into(), resolved.clone());
        }
        resolved
    }

    /// The index of a nationality (the same countries in any order are the same one).
    fn add_nationality(&mut self, found: Vec<&'static Country>) -> u32 {
        let key = |list: &[&'static Country]| {
            let mut codes: Vec<&str> = list.iter().map(|c| c.alpha2).collect();
            codes.sort_unstable();
            codes
        };
        let wanted = key(&found);
        match self.nationalities.iter().position(|n| key(n) == wanted) {
            Some(index) => to_u32(index),
            None => {
                self.nationalities.push(found.into());
                to_u32(self.nationalities.len() - 1)
            }
        }
    }

    /// Counts a record that could not be read at all (not text, too long, an unclosed quote),
    /// and sends it to `on_bad_row`.
    pub fn unreadable(&mut self, bad: BadRow, mut on_bad_row: impl FnMut(BadRow)) {
        self.unread.push(to_u32(bad.line));
        on_bad_row(bad);
    }

    fn reject(&mut self, line: usize, rejected: Rejected<'_>, on_bad_row: &mut impl FnMut(BadRow)) {
        self.unread.push(to_u32(line));
        if !rejected.person.is_empty() {
            let person = self.person_index(rejected.person, line);
            self.people[person as usize].bad_lines.push(to_u32(line));
        }
        rejected.problems.into_iter().for_each(on_bad_row);
    }

    /// The index of the rule a rule cell names (empty: the default rule), or why none.
    fn rule_index(&mut self, cell: &str) -> std::result::Result<u16, String> {
        if cell.is_empty() {
            return match self.settings.rule {
                Some(_) => Ok(0),
                None => Err("empty, and no default rule was given (--rule)".into()),
            };
        }
        if let Some(known) = self.rule_cells.get(cell) {
            return known.clone();
        }
        let on = self.settings.on;
        let resolved = match crate::catalogue::rule(cell) {
            Err(_) => Err("unknown rule: `staycalc rules` lists the known ones".to_string()),
            Ok(rule) => match in_force(rule, on) {
                Err(from) => Err(format!("not in force on {on}: it starts on {from}")),
                Ok(()) => Ok(self.add_rule(rule)),
            },
        };
        if self.rule_cells.len() < MAX_RULE_CELLS {
            self.rule_cells.insert(cell.into(), resolved.clone());
        }
        resolved
    }

    fn add_rule(&mut self, rule: &'r Rule) -> u16 {
        match self.rules.iter().position(|r| std::ptr::eq(*r, rule)) {
            Some(index) => index as u16,
            None => {
                self.rules.push(rule);
                (self.rules.len() - 1) as u16
            }
        }
    }

    /// The index of the person named `name` (on `line`), added if new. A file sorted by person
    /// needs no look-up for most rows: the previous row's person is tried first. A name new to
    /// the file that differs from an earlier one only in letter case, spaces or dots
    /// ([`person_key`]) is that person: a spreadsheet typed by hand spells one person several
    /// ways, and counting each spelling apart would show an overstayer as several people
    /// within the limit.
    fn person_index(&mut self, name: &str, line: usize) -> u32 {
        if let Some((last, index)) = &self.last_person {
            if **last == *name {
                return *index;
            }
        }
        let index = match self.names.get(name) {
            Some(&index) => index,
            None => self.add_spelling(name, line),
        };
        match &mut self.last_person {
            Some((last, last_index)) => {
                last.clear();
                last.push_str(name);
                *last_index = index;
            }
            None => self.last_person = Some((name.to_string(), index)),
        }
        index
    }

    /// A spelling not seen before: an earlier spelling's person, or a new person.
    fn add_spelling(&mut self, name: &str, line: usize) -> u32 {
        let key = person_key(name);
        if let Some(&index) = self.keys.get(key.as_str()) {
            self.names.insert(name.into(), index);
            self.spellings.push((index, name.into(), to_u32(line)));
            return index;
        }
        let index = self.add_person(name);
        self.keys.insert(key.into_boxed_str(), index);
        index
    }

    fn add_person(&mut self, name: &str) -> u32 {
        let index = to_u32(self.people.len());
        self.names.insert(name.into(), index);
        self.people.push(Person {
            name: Box::default(),
            first: None,
            bad_lines: Vec::new(),
            passport: None,
            visa: None,
        });
        index
    }

    /// Keeps a good row in its person's group under `rule`; in a report by zone, with its
    /// country and its person's nationality.
    fn keep<S: AsRef<str>>(
        &mut self,
        line: usize,
        row: &Row<'_>,
        fields: &[S],
        rule: u16,
        (country, nationality): (u16, u32),
    ) {
        let person = self.person_index(row.person, line);
        if row.passport_expiry.is_some() || row.passport_issued.is_some() {
            let cells = self.people[person as usize]
                .passport
                .get_or_insert_with(Box::default);
            PassportCells::note(&mut cells.expiry, to_u32(line), row.passport_expiry);
            PassportCells::note(&mut cells.issued, to_u32(line), row.passport_issued);
        }
        if !row.visa.is_empty() {
            let line = to_u32(line);
            let notes = self.people[person as usize]
                .visa
                .get_or_insert_with(Box::default);
            VisaNotes::note(&mut notes.from, line, row.visa.from);
            VisaNotes::note(&mut notes.until, line, row.visa.until);
            VisaNotes::note(&mut notes.entries, line, row.visa.entries);
            VisaNotes::note(&mut notes.days, line, row.visa.days);
        }
        let mut cursor = self.people[person as usize].first;
        let mut last = None;
        while let Some(g) = cursor {
            if self.groups[g as usize].rule == rule {
                break;
            }
            last = Some(g);
            cursor = self.groups[g as usize].next;
        }
        let cell = |index: usize| fields.get(index).map_or("", |f| f.as_ref().trim());
        let group = match cursor {
            Some(g) => {
                let group = &mut self.groups[g as usize];
                if group.has_blank {
                    let values: Vec<&str> = group
                        .carried(self.columns.file_carried())
                        .zip(self.columns.carried_indices())
                        .map(|(value, index)| if value.is_empty() { cell(index) } else { value })
                        .collect();
                    let has_blank = values.iter().any(|v| v.is_empty());
                    let carried = join(values);
                    group.carried = carried;
                    group.has_blank = has_blank;
                }
                group
            }
            None => {
                let g = to_u32(self.groups.len());
                match last {
                    Some(last) => self.groups[last as usize].next = Some(g),
                    None => self.people[person as usize].first = Some(g),
                }
                let values: Vec<&str> = self.columns.carried_indices().map(cell).collect();
                self.groups.push(Group {
                    person,
                    rule,
                    zone: None,
                    nationality,
                    next: None,
                    has_blank: values.iter().any(|v| v.is_empty()),
                    carried: join(values),
                    stays: Vec::new(),
                });
                self.groups.last_mut().expect("just pushed")
            }
        };
        group.stays.push(Entry {
            entry: row.entry,
            exit: row.exit,
            line: to_u32(line),
            planned: row.planned,
            pending: row.pending,
            country,
        });
    }

    /// Ends the file: the slash and dash dates are read in the order the whole file decides
    /// ([`crate::input::DateFormat`]), and each row with a date that conflicts with it (or whose
    /// dates, so read, make no stay) is dropped now, to `on_bad_row`, wherever it was.
    pub fn finish(mut self, mut on_bad_row: impl FnMut(BadRow)) -> crate::report::Team<'r> {
        let (entry_name, exit_name) = (
            self.columns.name(self.columns.entry).to_string(),
            self.columns.name(self.columns.exit).to_string(),
        );
        let on = self.settings.on;
        let mut dropped = Vec::new();
        for group in &mut self.groups {
            let person = &mut self.people[group.person as usize];
            group.stays.retain_mut(|stay| {
                if stay.pending.is_settled() {
                    return true;
                }
                let pending = std::mem::take(&mut stay.pending);
                let mut judge = |reading: Option<_>, date, column: &str| match reading {
                    None => Ok(date),
                    Some(reading) => self.tally.judge(reading).map_err(|reason| {
                        BadRow::cell(
                            stay.line as usize,
                            column,
                            &crate::input::Reading::text(reading),
                            reason,
                        )
                    }),
                };
                let entry = judge(pending.entry(stay.entry), stay.entry, &entry_name);
                let exit = match stay.exit {
                    Some(exit) => judge(pending.exit(Some(exit)), exit, &exit_name).map(Some),
                    None => Ok(None),
                };
                let problems: Vec<BadRow> = match (entry, exit) {
                    (Ok(entry), Ok(exit)) => match row::dates_problem(entry, exit, on) {
                        None => {
                            (stay.entry, stay.exit) = (entry, exit);
                            return true;
                        }
                        Some(reason) => {
                            let value = exit.map_or(String::new(), |exit| exit.to_string());
                            vec![BadRow::cell(stay.line as usize, &exit_name, &value, reason)]
                        }
                    },
                    (entry, exit) => entry.err().into_iter().chain(exit.err()).collect(),
                };
                problems.into_iter().for_each(&mut on_bad_row);
                person.bad_lines.push(stay.line);
                dropped.push(stay.line);
                false
            });
        }
        let passport_rows = self.settle_passports(&mut on_bad_row);
        let visa_rows = self.settle_visas(&mut on_bad_row);
        self.rows -= dropped.len();
        // The rows dropped now were read before some of those found unreadable as they came.
        self.unread.extend(dropped);
        self.unread.sort_unstable();
        let spellings: std::collections::HashSet<&str> = self
            .spellings
            .iter()
            .map(|(_, name, _)| name.as_ref())
            .collect();
        for (name, index) in self.names.drain() {
            // A person's name is their first spelling.
            if !spellings.contains(name.as_ref()) {
                self.people[index as usize].name = name;
            }
        }
        drop(spellings);
        let spellings = std::mem::take(&mut self.spellings)
            .into_iter()
            .map(|(index, spelling, line)| Spelling {
                person: self.people[index as usize].name.clone(),
                spelling,
                line,
            })
            .collect();
        for person in &mut self.people {
            person.bad_lines.sort_unstable();
            person.bad_lines.dedup();
        }
        self.groups.retain(|group| !group.stays.is_empty());
        if cfg!(feature = "report-zones") && self.columns.zones {
            self.split_by_zone();
        }
        self.add_unread_people();
        crate::report::Team {
            settings: self.settings,
            carried: self
                .columns
                .carried_names()
                .into_iter()
                .map(String::from)
                .collect(),
            date_formats: self.tally.formats(),
            rules: self.rules,
            by_zone: self.columns.zones,
            nationalities: self.nationalities,
            reasons: self
                .choices
                .iter()
                .filter(|_| cfg!(feature = "report-zones"))
                .map(|(&key, choices)| (key, choices.iter().map(Choice::reason).collect()))
                .collect(),
            choices: self.choices,
            people: self.people,
            groups: self.groups,
            rows: self.rows,
            unread: self.unread,
            passport_rows,
            visa_rows,
            elsewhere: self.elsewhere.iter().map(|&(_, line)| line).collect(),
            separator: None,
            passport: self.columns.has_passport(),
            visa: self.columns.has_visa(),
            spellings,
        }
    }
}

impl TeamReader<'_> {
    /// Splits each person's stays by zone and date (a stay across its country's Schengen
    /// date counts before it toward the country, from it toward the Schengen area): a line
    /// per person and zone, zones in order (the Schengen area first, then by country code).
    fn split_by_zone(&mut self) {
        let (on, all) = (self.settings.on, crate::zones::countries());
        let mut groups = Vec::with_capacity(self.groups.len() * 2);
        // One person's trips and their parts by zone, the buffers kept from one to the next.
        let (mut trips, mut parts) = (Vec::new(), Vec::<(Zone, usize, Stay)>::new());
        for group in std::mem::take(&mut self.groups) {
            trips.clear();
            trips.extend(group.stays.iter().map(|s| {
                let stay = Stay {
                    entry: s.entry,
                    exit: s.exit,
                    row: Some(s.line as usize),
                };
                Trip::new(stay, &all[s.country as usize])
            }));
            // Every row's dates were checked, so the split cannot fail; were it to, each stay
            // would count toward the zone of its entry day.
            parts.clear();
            match crate::zones::split(&trips, on) {
                Ok(split) => parts.extend(split.iter().map(|p| (p.zone, p.index, p.stay))),
                Err(_) => parts.extend(
                    trips
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (zone_of(t.country, t.stay.entry), i, t.stay)),
                ),
            }
            parts.sort_by_key(|&(zone, index, _)| (zone, index));
            for &(zone, index, stay) in &parts {
                let source = group.stays[index];
                let entry = Entry {
                    entry: stay.entry,
                    exit: stay.exit,
                    ..source
                };
                match groups.last_mut() {
                    Some(Group {
                        person,
                        zone: Some(last),
                        stays,
                        ..
                    }) if *person == group.person && *last == zone => stays.push(entry),
                    _ => groups.push(Group {
                        zone: Some(zone),
                        stays: vec![entry],
                        carried: group.carried.clone(),
                        next: None,
                        ..group
                    }),
                }
            }
        }
        // A zone judged by no rule with no day in the 180 before the check date, none on it
        // and none planned is left out, as `staycalc check --nationality` leaves it out
        // (Bulgaria in 2023, checked in 2025): unless it is all the person has.
        let mut idle = Vec::with_capacity(groups.len());
        for group in &groups {
            let Some(zone) = group.zone else {
                idle.push(false);
                continue;
            };
            let nationality = &self.nationalities[group.nationality as usize];
            let choices = self
                .choices
                .entry((zone, group.nationality))
                .or_insert_with(|| nationality.iter().map(|&n| choice(zone, n)).collect());
            idle.push(idle_unruled(choices, &group.stays, on));
        }
        let mut busy = vec![false; self.people.len()];
        for (group, idle) in groups.iter().zip(&idle) {
            busy[group.person as usize] |= !idle;
        }
        let mut idle = idle.into_iter();
        groups.retain(|g| !(idle.next().unwrap_or(false) && busy[g.person as usize]));
        self.groups = groups;
    }

    /// Settles each person's passport dates in the file's date order: one value a field, the
    /// first row's. A row whose value is another date (or cannot be read in the file's order)
    /// is a bad row, named with the kept value: its stay still counts (its dates are fine),
    /// but the person is flagged ("check rows") and no passport is checked for them, as which
    /// value is right is unknown. Returns how many such rows were named.
    fn settle_passports(&mut self, on_bad_row: &mut impl FnMut(BadRow)) -> usize {
        let names = [self.columns.passport_expiry, self.columns.passport_issued]
            .map(|column| column.map_or("", |i| self.columns.name(i)).to_string());
        let mut named = 0;
        for person in &mut self.people {
            let Some(cells) = person.passport.as_mut() else {
                continue;
            };
            let mut bad: Vec<u32> = Vec::new();
            let mut dates = [None, None];
            for (field, (readings, name)) in [&cells.expiry, &cells.issued]
                .into_iter()
                .zip(&names)
                .enumerate()
            {
                let mut first: Option<(u32, NaiveDate)> = None;
                for &(line, reading) in readings {
                    let judged = if reading.order == Order::Fixed {
                        Ok(reading.date)
                    } else {
                        self.tally.judge(reading)
                    };
                    let problem = match judged {
                        Err(reason) => Some(reason),
                        Ok(date) => match first {
                            None => {
                                first = Some((line, date));
                                None
                            }
                            Some((_, kept)) if kept == date => None,
                            Some((at, kept)) => Some(format!(
                                "differs from {kept} on line {at}: a person has one passport, so \
                                 give the same date on each of their rows (or leave it empty)"
                            )),
                        },
                    };
                    if let Some(reason) = problem {
                        on_bad_row(BadRow::cell(line as usize, name, &reading.text(), reason));
                        bad.push(line);
                    }
                }
                dates[field] = first.map(|(_, date)| date);
            }
            cells.settled = bad.is_empty().then_some(PassportDates {
                expiry: dates[0],
                issued: dates[1],
            });
            bad.sort_unstable();
            bad.dedup();
            named += bad.len();
            person.bad_lines.extend(bad);
        }
        named
    }

    /// Settles each person's visa in the file's date order, as their passport: one value a
    /// field, the first row's. A row whose value differs (or whose date the file's order
    /// refuses) is a bad row naming the kept value; so is the first visa row of a person whose
    /// rows give only some of the four values, or an UNTIL before the FROM. Their stays still
    /// count, but the person is flagged ("check rows") and their visa is not checked. Returns
    /// how many rows were named (a row already named for its passport is not counted again).
    fn settle_visas(&mut self, on_bad_row: &mut impl FnMut(BadRow)) -> usize {
        let Some(at) = self.columns.visa else {
            return 0;
        };
        let name = |index: usize| self.columns.name(index).to_string();
        let [from_name, until_name, entries_name, days_name] = at.indices().map(name);
        let differs = |kept: &dyn std::fmt::Display, at: u32| {
            format!(
                "differs from {kept} on line {at}: a person has one visa in this file, so give \
                 the same value on each of their rows (or leave it empty)"
            )
        };
        let mut named = 0;
        for person in &mut self.people {
            let Some(notes) = person.visa.as_mut() else {
                continue;
            };
            let mut bad: Vec<BadRow> = Vec::new();
            let mut dates = [None, None];
            for (field, (readings, name)) in
                [(&notes.from, &from_name), (&notes.until, &until_name)]
                    .into_iter()
                    .enumerate()
            {
                let mut first: Option<(u32, NaiveDate, String)> = None;
                for &(line, reading) in readings {
                    let judged = if reading.order == Order::Fixed {
                        Ok(reading.date)
                    } else {
                        self.tally.judge(reading)
                    };
                    let problem = match (judged, &first) {
                        (Err(reason), _) => Some(reason),
                        (Ok(date), None) => {
                            first = Some((line, date, reading.text()));
                            None
                        }
                        (Ok(date), Some((_, kept, _))) if *kept == date => None,
                        (Ok(_), Some((at, kept, _))) => Some(differs(kept, *at)),
                    };
                    if let Some(reason) = problem {
                        bad.push(BadRow::cell(line as usize, name, &reading.text(), reason));
                    }
                }
                dates[field] = first;
            }
            let entries = notes.entries.first().copied();
            for &(line, value) in notes.entries.iter().skip(1) {
                let (at, kept) = entries.expect("a first value");
                bad.push(BadRow::cell(
                    line as usize,
                    &entries_name,
                    value.as_str(),
                    differs(&kept.as_str(), at),
                ));
            }
            let days = notes.days.first().copied();
            for &(line, value) in notes.days.iter().skip(1) {
                let (at, kept) = days.expect("a first value");
                bad.push(BadRow::cell(
                    line as usize,
                    &days_name,
                    &value.to_string(),
                    differs(&kept, at),
                ));
            }
            notes.settled = None;
            if bad.is_empty() {
                let first_line = [
                    dates[0].as_ref().map(|d| d.0),
                    dates[1].as_ref().map(|d| d.0),
                ]
                .into_iter()
                .chain([entries.map(|e| e.0), days.map(|d| d.0)])
                .flatten()
                .min()
                .unwrap_or(0) as usize;
                match (dates, entries, days) {
                    ([Some((_, from, _)), Some((until_line, until, text))], Some(e), Some(d)) => {
                        match Visa::new(from, until, e.1, d.1) {
                            Ok(visa) => notes.settled = Some(visa),
                            Err(_) => bad.push(BadRow::cell(
                                until_line as usize,
                                &until_name,
                                &text,
                                format!("the visa's UNTIL is before its FROM {from}"),
                            )),
                        }
                    }
                    ([from, until], entries, days) => {
                        let missing: Vec<&str> = [
                            (from.is_none(), from_name.as_str()),
                            (until.is_none(), until_name.as_str()),
                            (entries.is_none(), entries_name.as_str()),
                            (days.is_none(), days_name.as_str()),
                        ]
                        .into_iter()
                        .filter_map(|(missing, name)| missing.then_some(name))
                        .collect();
                        bad.push(BadRow::cell(
                            first_line,
                            missing[0],
                            "",
                            format!(
                                "empty on every row of this person, while another visa column \
                                 is not: a visa needs FROM, UNTIL, entries and duration of stay \
                                 (give {} on one of their rows, or leave the visa out)",
                                missing.join(", ")
                            ),
                        ));
                    }
                }
            }
            let mut lines: Vec<u32> = bad.iter().map(|b| b.line as u32).collect();
            bad.into_iter().for_each(&mut *on_bad_row);
            lines.sort_unstable();
            lines.dedup();
            lines.retain(|line| !person.bad_lines.contains(line));
            named += lines.len();
            person.bad_lines.extend(lines);
        }
        named
    }

    /// Gives a line to each person none of whose rows could be read: with no stays, under
    /// the default rule (or none), so that a bad row never makes a person disappear.
    fn add_unread_people(&mut self) {
        let mut has_line = vec![false; self.people.len()];
        for group in &self.groups {
            has_line[group.person as usize] = true;
        }
        // Someone whose every row is elsewhere has a line too, with no numbers: a person never
        // disappears.
        let mut elsewhere = vec![false; self.people.len()];
        for &(person, _) in &self.elsewhere {
            elsewhere[person as usize] = true;
        }
        let rule = if self.settings.rule.is_some() {
            0
        } else {
            u16::MAX
        };
        let blanks = join(vec![""; self.columns.carried_names().len()]);
        for (person, _) in
            self.people.iter().enumerate().filter(|(i, person)| {
                !has_line[*i] && (!person.bad_lines.is_empty() || elsewhere[*i])
            })
        {
            self.groups.push(Group {
                person: to_u32(person),
                rule,
                zone: None,
                nationality: 0,
                next: None,
                carried: blanks.clone(),
                has_blank: true,
                stays: Vec::new(),
            });
        }
    }
}

/// Whether a zone's line is judged by no rule (no limit for some nationality, or no rule
/// known or in force for any) and has no day in the 180 days up to `on`, none after it.
fn idle_unruled(choices: &[Choice], stays: &[Entry], on: NaiveDate) -> bool {
    // As the zone is judged: no limit for any nationality wins, then a rule in force.
    let regimes = || choices.iter().map(|c| c.regime);
    let ruled = !regimes().any(|r| r == crate::zones::Regime::NoLimit)
        && regimes().any(|r| match r {
            crate::zones::Regime::Rule(rule) => rule.limits_on(on).is_some(),
            _ => false,
        });
    let since = on - chrono::Days::new(179);
    !ruled
        && stays
            .iter()
            .all(|s| s.entry <= on && s.exit.is_some_and(|x| x < since))
}

/// A country's index in [`crate::zones::countries`].
/// `name` as people are told apart: in lowercase (with ё as е, as Russian is often typed),
/// its words separated by one space, no space after a dot, and no dot at the end. "Ivanov
/// I.I.", "ivanov  i. i." and "IVANOV I.I" are one person; "Ivanov I." and "Ivanov Ivan" are
/// not.
fn person_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split(|c: char| c.is_whitespace() || c == ',') {
        if word.is_empty() {
            continue;
        }
        if !key.is_empty() && !key.ends_with('.') {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase).map(|c| match c {
            'ё' => 'е',
            c => c,
        }));
    }
    while key.ends_with('.') {
        key.pop();
    }
    key
}

fn index_of(country: &'static Country) -> u16 {
    crate::zones::countries()
        .binary_search_by(|c| c.alpha2.cmp(country.alpha2))
        .map_or(NO_COUNTRY, |i| i as u16)
}

/// The codes of a nationality, as `US;IE`.
fn codes(nationality: &[&'static Country]) -> String {
    let codes: Vec<&str> = nationality.iter().map(|c| c.alpha2).collect();
    codes.join(";")
}

/// `values` joined by [`SEPARATOR`] (a zero byte inside a value, which the CSV reader never
/// gives, would read as two values).
fn join(values: Vec<&str>) -> Box<str> {
    values.join("\0").into()
}

/// `Ok` when `rule` is in force on `on`, else the date it starts.
fn in_force(rule: &Rule, on: NaiveDate) -> std::result::Result<(), NaiveDate> {
    match rule.limits_on(on) {
        Some(_) => Ok(()),
        None => Err(rule.versions[0].from.unwrap_or(crate::date::MIN_DATE)),
    }
}

/// A line or index as kept (files of more than four billion lines are not expected; larger
/// numbers are clamped).
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
