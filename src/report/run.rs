//! Reading a whole team file from a stream.

use crate::error::{Error, Result};
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
    let mut records = CsvReader::new(input);
    let mut record = CsvRecord {
        line: 0,
        fields: Vec::new(),
    };
    let mut reader = match records.read_record(&mut record) {
        Some(header) => {
            header?;
            TeamReader::new(settings, &record.fields)?
        }
        None => return Err(empty_file()),
    };
    while let Some(result) = records.read_record(&mut record) {
        match result {
            Ok(()) => reader.push(record.line, &record.fields, &mut on_bad_row),
            Err(error) => reader.unreadable(bad_row(error), &mut on_bad_row),
        }
    }
    Ok(reader.finish(on_bad_row))
}

/// The error for a file with no header.
pub(crate) fn empty_file() -> Error {
    Error::BadInput {
        line: 1,
        column: None,
        reason: "the file is empty: expected a header naming person, entry and exit".into(),
    }
}

/// A record the CSV reader could not read, as a bad row.
pub(crate) fn bad_row(error: Error) -> BadRow {
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
