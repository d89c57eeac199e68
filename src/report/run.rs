//! Reading a whole team file from a stream.

use crate::error::{Error, Result};
#[cfg(any(test, feature = "team"))]
use crate::input::Loading;
use crate::input::{CsvReader, CsvRecord};
use crate::report::bad_row::BadRow;
use crate::report::reader::TeamReader;
use crate::report::settings::TeamSettings;
use crate::report::Team;
use std::io::BufRead;

/// Reads a team file (CSV or TSV, see [`crate::input::CsvReader`] and [`crate::report::TeamColumns`])
/// from `input`, one record at a time, sending each row that cannot be read to `on_bad_row`
/// as soon as it is found. A bad row never drops the others.
///
/// # Errors
///
/// [`Error::BadInput`] when the input is empty or its header cannot be read or lacks a person,
/// entry or exit column, or names no rule while `settings` gives none; the errors of
/// [`TeamReader::new`] for the settings. Any later problem (a record that is not UTF-8, too
/// long, an unclosed quote, a read error) is a bad row, and the rows before it are kept.
///
/// ```
/// use staycalc::report::{read_team, TeamSettings};
/// use staycalc::{date, rule};
/// let file = "\u{feff}person,entry,exit\r\n\"Doe, Jane\",2025-03-01,2025-03-10\r\nBen,someday,\r\n";
/// let mut bad = Vec::new();
/// let settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen")?));
/// let team = read_team(file.as_bytes(), settings, |b| bad.push(b.to_string()))?;
/// assert_eq!(team.report(0)?.person, "Doe, Jane");
/// assert_eq!(bad.len(), 1);
/// assert!(bad[0].starts_with(r#"line 3, column entry, value "someday": not a date"#));
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn read_team<'r, R: BufRead>(
    input: R,
    settings: TeamSettings<'r>,
    mut on_bad_row: impl FnMut(BadRow),
) -> Result<Team<'r>> {
    let mut stream = TeamStream::new(input, settings);
    loop {
        if let Some(team) = stream.step(usize::MAX, &mut on_bad_row) {
            return team;
        }
    }
}

/// The one reader of team files, a step at a time: [`read_team`] runs it to the end, the team
/// page a slice between frames.
pub(crate) struct TeamStream<'r, R> {
    settings: TeamSettings<'r>,
    records: CsvReader<R>,
    record: CsvRecord,
    reader: Option<TeamReader<'r>>,
    finished: bool,
    /// The last step read all that is loaded of a file still loading.
    waiting: bool,
}

impl<'r, R: BufRead> TeamStream<'r, R> {
    /// A stream of the team file `input`, checked with `settings`.
    pub fn new(input: R, settings: TeamSettings<'r>) -> TeamStream<'r, R> {
        TeamStream {
            settings,
            records: CsvReader::new(input),
            record: CsvRecord {
                line: 0,
                fields: Vec::new(),
            },
            reader: None,
            finished: false,
            waiting: false,
        }
    }

    /// The line of the last record read (0 before the first).
    #[cfg(any(test, feature = "team"))]
    pub fn line(&self) -> usize {
        self.record.line
    }

    /// Reads up to `records` records (the header first), sending each bad row to
    /// `on_bad_row`; at the end of the file, the team (the errors of [`read_team`]). Grouping
    /// the people at the end is a step of its own, after a step that read records. `None`
    /// while there is more to read, and after the team was given.
    pub fn step(
        &mut self,
        records: usize,
        on_bad_row: impl FnMut(BadRow),
    ) -> Option<Result<Team<'r>>> {
        self.step_with(records, on_bad_row, CsvReader::read_record, |_| false)
    }

    /// [`TeamStream::step`], reading each record with `read`; when it gives none and `more`
    /// says more of the file may come, the stream waits (`None`) instead of ending.
    fn step_with(
        &mut self,
        records: usize,
        mut on_bad_row: impl FnMut(BadRow),
        mut read: impl FnMut(&mut CsvReader<R>, &mut CsvRecord) -> Option<Result<()>>,
        more: impl Fn(&CsvReader<R>) -> bool,
    ) -> Option<Result<Team<'r>>> {
        self.waiting = false;
        if self.finished {
            return None;
        }
        let Some(reader) = &mut self.reader else {
            let header = match read(&mut self.records, &mut self.record) {
                None if more(&self.records) => {
                    self.waiting = true;
                    return None;
                }
                None => Err(empty_file()),
                Some(Err(error)) => Err(error),
                Some(Ok(())) => TeamReader::with_header_line(
                    self.settings,
                    &self.record.fields,
                    self.record.line,
                ),
            };
            return match header {
                Ok(reader) => {
                    self.reader = Some(reader);
                    None
                }
                Err(error) => {
                    self.finished = true;
                    Some(Err(error))
                }
            };
        };
        for read_so_far in 0..records {
            match read(&mut self.records, &mut self.record) {
                Some(Ok(())) => reader.push(self.record.line, &self.record.fields, &mut on_bad_row),
                Some(Err(error)) => reader.unreadable(bad_row(error), &mut on_bad_row),
                None if more(&self.records) => {
                    self.waiting = true;
                    return None;
                }
                None if read_so_far > 0 => return None,
                None => {
                    self.finished = true;
                    let separator = self.records.separator();
                    return self.reader.take().map(|r| {
                        let mut team = r.finish(on_bad_row);
                        team.separator = separator;
                        Ok(team)
                    });
                }
            }
        }
        None
    }
}

#[cfg(any(test, feature = "team"))]
impl<'r> TeamStream<'r, Loading> {
    /// [`TeamStream::step`] on a file still loading: reads what is loaded, then waits (`None`,
    /// with [`TeamStream::waiting`]) until more is, or the file is complete.
    pub fn step_loaded(
        &mut self,
        records: usize,
        on_bad_row: impl FnMut(BadRow),
    ) -> Option<Result<Team<'r>>> {
        self.step_with(
            records,
            on_bad_row,
            CsvReader::read_loaded_record,
            |records| !records.input().is_complete(),
        )
    }

    /// Whether the last step read all that is loaded, the file not being complete.
    pub fn waiting(&self) -> bool {
        self.waiting
    }

    /// The file being read.
    pub fn input(&self) -> &Loading {
        self.records.input()
    }

    /// The file being read, to load more of it.
    pub fn input_mut(&mut self) -> &mut Loading {
        self.records.input_mut()
    }
}

/// The error for a file with no header.
fn empty_file() -> Error {
    Error::BadInput {
        line: 1,
        column: None,
        reason: "the file is empty: expected a header naming person, entry and exit".into(),
    }
}

/// A record the CSV reader could not read, as a bad row.
fn bad_row(error: Error) -> BadRow {
    match error {
        Error::BadInput {
            line,
            column,
            reason,
        } => BadRow {
            line,
            column,
            value: String::new(),
            reason,
        },
        other => BadRow::row(other.row().unwrap_or(0), other.to_string()),
    }
}
