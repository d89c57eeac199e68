//! Gathering a team file's rows by person and rule, in little memory.
//!
//! Rows of one person need not be next to each other in a spreadsheet, so nothing can be
//! checked before the last row is read, and memory grows with the file: but only by what the
//! check needs. Per row, 16 bytes (entry, exit, line, flags); per person and rule, the name
//! once and the carried values once, in one allocation. Raw lines are never kept. A million
//! rows of a hundred thousand people (ten rows each, two carried columns, rows of each person
//! spread over the file) peak at about 60 MB for the whole `staycalc report` process, against
//! 73 MB of file. (A file sorted by person could be checked in constant memory, a person at
//! a time, but nothing tells a reader that no person comes back further down: checking the
//! first block alone would then give a wrong answer, so every file is read whole.)

use crate::error::{Error, Result};
use crate::input::{Order, Reading};
use crate::report::bad_row::BadRow;
use crate::report::columns::TeamColumns;
use crate::report::hash::FastHash;
use crate::report::row::{self, DateTally, Pending, Rejected, Row};
use crate::report::settings::TeamSettings;
use crate::rule::Rule;
use chrono::NaiveDate;
use std::collections::HashMap;

/// How many distinct rule cells are remembered (a file of garbage rule cells stays small).
const MAX_RULE_CELLS: usize = 256;

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
}

/// One person under one rule: a line of the report.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    /// Index into the people.
    pub person: u32,
    /// Index into the rules.
    pub rule: u16,
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
    names: HashMap<Box<str>, u32, FastHash>,
    /// The person of the previous row, and their index.
    last_person: Option<(String, u32)>,
    people: Vec<Person>,
    groups: Vec<Group>,
    rows: usize,
    bad_rows: usize,
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
        let columns = TeamColumns::from_header_at(header, line)?;
        if let Some(rule) = settings.rule {
            rule.validate()?;
            in_force(rule, settings.on).map_err(|from| Error::RuleNotInForce {
                id: rule.id.to_string(),
                on: settings.on,
                from,
            })?;
        } else if columns.rule.is_none() {
            return Err(Error::BadInput {
                line,
                column: None,
                reason: "no rule: the header has no rule column and no default rule was given \
                         (--rule)"
                    .into(),
            });
        }
        Ok(TeamReader {
            rules: settings.rule.into_iter().collect(),
            settings,
            columns,
            tally: DateTally::default(),
            rule_cells: HashMap::new(),
            names: HashMap::default(),
            last_person: None,
            people: Vec::new(),
            groups: Vec::new(),
            rows: 0,
            bad_rows: 0,
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
        let (column, value, reason) = match self.rule_index(row.rule) {
            Ok(rule) => match self.outside_zone(&row, fields, rule) {
                None => return self.keep(line, &row, fields, rule),
                Some((value, reason)) => {
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

    /// Why a row's stay cannot count under its rule: its country cell names no country, or a
    /// country outside the rule's zone on some of its days (Georgia under `schengen`). A team
    /// line counts one rule's stays; a stay elsewhere would count toward it and light it red
    /// (or hide one elsewhere), so the row is named instead, with the cell's value.
    fn outside_zone<S: AsRef<str>>(
        &self,
        row: &row::Row<'_>,
        fields: &[S],
        rule: u16,
    ) -> Option<(String, String)> {
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
                return Some((value.to_string(), reason));
            }
        };
        let last = row.exit.unwrap_or(self.settings.on).max(row.entry);
        let reason =
            crate::zones::outside_rule(self.rules[rule as usize], country, row.entry, last)?;
        Some((
            value.to_string(),
            format!(
                "{reason}: a line counts one rule's stays, so this one is left out; give the row \
                 its country's rule in a rule column, or check this person's whole log with \
                 staycalc check --nationality"
            ),
        ))
    }

    /// Counts a record that could not be read at all (not text, too long, an unclosed quote),
    /// and sends it to `on_bad_row`.
    pub fn unreadable(&mut self, bad: BadRow, mut on_bad_row: impl FnMut(BadRow)) {
        self.bad_rows += 1;
        on_bad_row(bad);
    }

    fn reject(&mut self, line: usize, rejected: Rejected<'_>, on_bad_row: &mut impl FnMut(BadRow)) {
        self.bad_rows += 1;
        if !rejected.person.is_empty() {
            let person = self.person_index(rejected.person);
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

    /// The index of the person named `name`, added if new. A file sorted by person needs no
    /// look-up for most rows: the previous row's person is tried first.
    fn person_index(&mut self, name: &str) -> u32 {
        if let Some((last, index)) = &self.last_person {
            if **last == *name {
                return *index;
            }
        }
        let index = match self.names.get(name) {
            Some(&index) => index,
            None => self.add_person(name),
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

    fn add_person(&mut self, name: &str) -> u32 {
        let index = to_u32(self.people.len());
        self.names.insert(name.into(), index);
        self.people.push(Person {
            name: Box::default(),
            first: None,
            bad_lines: Vec::new(),
            passport: None,
        });
        index
    }

    /// Keeps a good row in its person's group under `rule`.
    fn keep<S: AsRef<str>>(&mut self, line: usize, row: &Row<'_>, fields: &[S], rule: u16) {
        let person = self.person_index(row.person);
        if row.passport_expiry.is_some() || row.passport_issued.is_some() {
            let cells = self.people[person as usize]
                .passport
                .get_or_insert_with(Box::default);
            PassportCells::note(&mut cells.expiry, to_u32(line), row.passport_expiry);
            PassportCells::note(&mut cells.issued, to_u32(line), row.passport_issued);
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
                        .carried(self.columns.carried_names().len())
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
        let mut dropped = 0;
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
                dropped += 1;
                false
            });
        }
        let passport_rows = self.settle_passports(&mut on_bad_row);
        self.bad_rows += dropped + passport_rows;
        self.rows -= dropped;
        for (name, index) in self.names.drain() {
            self.people[index as usize].name = name;
        }
        for person in &mut self.people {
            person.bad_lines.sort_unstable();
            person.bad_lines.dedup();
        }
        self.groups.retain(|group| !group.stays.is_empty());
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
            people: self.people,
            groups: self.groups,
            rows: self.rows,
            bad_rows: self.bad_rows,
            passport_rows,
            separator: None,
            passport: self.columns.has_passport(),
        }
    }
}

impl TeamReader<'_> {
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

    /// Gives a line to each person none of whose rows could be read: with no stays, under
    /// the default rule (or none), so that a bad row never makes a person disappear.
    fn add_unread_people(&mut self) {
        let mut has_line = vec![false; self.people.len()];
        for group in &self.groups {
            has_line[group.person as usize] = true;
        }
        let rule = if self.settings.rule.is_some() {
            0
        } else {
            u16::MAX
        };
        let blanks = join(vec![""; self.columns.carried_names().len()]);
        for (person, _) in self
            .people
            .iter()
            .enumerate()
            .filter(|(i, person)| !has_line[*i] && !person.bad_lines.is_empty())
        {
            self.groups.push(Group {
                person: to_u32(person),
                rule,
                next: None,
                carried: blanks.clone(),
                has_blank: true,
                stays: Vec::new(),
            });
        }
    }
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
