//! A file of one person's stays: a CSV or TSV with a header naming `entry` and `exit`.
//!
//! The header names its columns in any order and any letter case, by the names the team report
//! accepts (`entry`, `arrival`, `Дата въезда`, `Келу күні`, ...: see
//! [`crate::report::TeamColumns`]); other columns are ignored. Each row is one stay. An empty
//! exit (or a row that ends before the exit column) is a stay with no exit yet. A row with a
//! value beyond the header's columns is an error (trailing empty values are fine): a separator
//! inside an unquoted value shifts every value after it, so none of them can be trusted. Rows
//! whose fields are all empty are skipped. Dates follow the file's [`DateFormat`] policy.

use crate::error::{Error, Result};
use crate::input::csv::{CsvReader, CsvRecord};
use crate::input::dates::{self, parse_any_date, DateFormat, DateOrder, Reading, Unread};
use crate::input::header::{too_many_values, Header, ENTRY, EXIT};
use crate::stay::Stay;
use chrono::NaiveDate;
use std::io::BufRead;

/// What [`read_stays`] read: the stays of the good rows and an error for each bad one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaysFile {
    /// One stay per good row, in file order, each with its line number as its row.
    pub stays: Vec<Stay>,
    /// Every problem, in line order: unreadable lines, a missing column, bad dates, an exit
    /// before its entry. Each names its line (or row), and its column where there is one.
    pub errors: Vec<Error>,
    /// The format most of the dates were written in, if any date was read.
    pub date_format: Option<DateFormat>,
}

/// Reads a stays file (see the module docs). Never fails as a whole: a bad row is an error in
/// [`StaysFile::errors`] and never drops the good rows.
///
/// Each stay's row is the line its record starts on (the header is line 1), so messages point
/// into the file. A file that writes dates month first (`03/15/2025`) has those rows rejected,
/// and every other row whose dates read both ways (`03/04/2025`) too.
///
/// ```
/// use staycalc::{date, Stay};
/// use staycalc::input::{read_stays, DateFormat};
/// let file = read_stays("Exit;Note;Entry\n10.03.2025;ski;01.03.2025\n;;05.06.2025\n".as_bytes());
/// assert_eq!(
///     file.stays,
///     [
///         Stay::new(date(2025, 3, 1), date(2025, 3, 10)).at_row(2),
///         Stay::open(date(2025, 6, 5)).at_row(3),
///     ]
/// );
/// assert_eq!(file.date_format, Some(DateFormat::DayFirstDot));
/// assert!(file.errors.is_empty());
///
/// let file = read_stays("entry,exit\n2025-03-01,2025-02-30\n".as_bytes());
/// assert_eq!(
///     file.errors[0].to_string(),
///     "exit \"2025-02-30\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 2)"
/// );
/// ```
pub fn read_stays<R: BufRead>(reader: R) -> StaysFile {
    let mut errors = Vec::new();
    let mut columns: Option<([usize; 2], usize)> = None;
    let mut rows: Vec<Row> = Vec::new();
    for record in CsvReader::new(reader) {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let Some(([entry, exit], width)) = columns else {
            match find_columns(&record) {
                Ok(found) => columns = Some((found, record.fields.len())),
                Err(error) => {
                    errors.push(error);
                    break;
                }
            }
            continue;
        };
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if let Some(reason) = too_many_values(&record.fields, width) {
            errors.push(Error::BadInput {
                line: record.line,
                column: None,
                reason,
            });
            continue;
        }
        let field = |i: usize| record.fields.get(i).map_or("", |f| f.trim()).to_string();
        rows.push(Row {
            line: record.line,
            entry: field(entry),
            exit: field(exit),
        });
    }
    if columns.is_none() && errors.is_empty() {
        errors.push(Error::BadInput {
            line: 1,
            column: None,
            reason: "the file is empty: expected a header line naming the columns `entry` and \
                     `exit`"
                .into(),
        });
    }
    let mut order = DateOrder::default();
    let readings: Vec<[Option<DateRead>; 2]> = rows
        .iter()
        .map(|row| {
            [&row.entry, &row.exit].map(|value| {
                (!value.is_empty()).then(|| {
                    let reading = dates::read(value);
                    if let Ok(reading) = &reading {
                        order.note(reading, row.line, value);
                    }
                    reading
                })
            })
        })
        .collect();
    let mut file = StaysFile {
        stays: Vec::with_capacity(rows.len()),
        errors,
        date_format: None,
    };
    let mut formats = Vec::new();
    for (row, readings) in rows.iter().zip(readings) {
        match row.stay(readings, &order, &mut formats) {
            Ok(stay) => file.stays.push(stay),
            Err(row_errors) => file.errors.extend(row_errors),
        }
    }
    file.date_format = DateFormat::most_used(formats);
    file.errors.sort_by_key(|error| error.row());
    file
}

/// The entry and exit columns of a header record, by the names `staycalc report` accepts too
/// (see [`crate::report::TeamColumns`]).
///
/// # Errors
///
/// [`Error::BadInput`] on the header's line when a column is missing (naming the columns
/// found) or named twice.
fn find_columns(header: &CsvRecord) -> Result<[usize; 2]> {
    let header = Header::new(&header.fields, header.line);
    Ok([header.require(ENTRY)?, header.require(EXIT)?])
}

/// How a date cell read on its own.
type DateRead = std::result::Result<Reading, Unread>;

/// One data row's entry and exit, trimmed.
struct Row {
    line: usize,
    entry: String,
    exit: String,
}

impl Row {
    /// The row's stay, or every error in it; `readings` are those of its entry and exit
    /// (`None` when empty), judged by the file's `order`; the format of each date read goes
    /// to `formats`.
    fn stay(
        &self,
        readings: [Option<DateRead>; 2],
        order: &DateOrder,
        formats: &mut Vec<DateFormat>,
    ) -> Result<Stay, Vec<Error>> {
        let [entry, exit] = readings;
        let entry = match entry {
            None => Err(Error::BadInput {
                line: self.line,
                column: Some("entry".into()),
                reason: "the entry date is empty: every stay needs one".into(),
            }),
            Some(reading) => self.date(&self.entry, "entry", reading, order, formats),
        };
        let exit = match exit {
            None => Ok(None),
            Some(reading) => self
                .date(&self.exit, "exit", reading, order, formats)
                .map(Some),
        };
        match (entry, exit) {
            (Ok(entry), Ok(Some(exit))) if exit < entry => Err(vec![Error::ExitBeforeEntry {
                entry,
                exit,
                row: self.line,
            }]),
            (Ok(entry), Ok(Some(exit))) => Ok(Stay::new(entry, exit).at_row(self.line)),
            (Ok(entry), Ok(None)) => Ok(Stay::open(entry).at_row(self.line)),
            (entry, exit) => Err(entry.err().into_iter().chain(exit.err()).collect()),
        }
    }

    fn date(
        &self,
        value: &str,
        field: &str,
        reading: DateRead,
        order: &DateOrder,
        formats: &mut Vec<DateFormat>,
    ) -> Result<NaiveDate> {
        let bad = |reason: String| Error::BadInput {
            line: self.line,
            column: Some(field.to_string()),
            reason: format!("{value:?} {reason}"),
        };
        match reading {
            Ok(reading) => {
                let (date, format) = order.judge(reading).map_err(bad)?;
                formats.push(format);
                Ok(date)
            }
            Err(Unread::MonthFirstDots) => Err(bad(Unread::MonthFirstDots.reason())),
            Err(_) => Err(parse_any_date(value, field)
                .err()
                .unwrap_or_else(|| bad(Unread::NotADate.reason()))
                .at_row(self.line)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    fn messages(file: &StaysFile) -> Vec<String> {
        file.errors.iter().map(|e| e.to_string()).collect()
    }

    #[test]
    fn a_header_of_a_full_stop_is_quoted_so_the_message_ends_without_one() {
        // Found by the csv_reader fuzz target: the columns found were written bare at the end.
        let file = read_stays(".\n".as_bytes());
        let [message] = &messages(&file)[..] else {
            panic!("one error: {:?}", messages(&file));
        };
        assert!(message.ends_with("it has \".\""), "{message}");
    }

    #[test]
    fn reads_columns_in_any_order_and_case_ignoring_others() {
        let file = read_stays(
            "\u{feff}Note\t EXIT \tEntry\r\n\"a\tb\"\t2025-01-10\t2025-01-01\r\n\r\nx\t\t2025-02-01\r\n"
                .as_bytes(),
        );
        assert_eq!(messages(&file), Vec::<String>::new());
        assert_eq!(
            file.stays,
            [
                Stay::new(date(2025, 1, 1), date(2025, 1, 10)).at_row(2),
                Stay::open(date(2025, 2, 1)).at_row(4),
            ]
        );
        assert_eq!(file.date_format, Some(DateFormat::Iso));
    }

    #[test]
    fn a_short_row_has_no_exit_and_empty_rows_are_skipped() {
        let file = read_stays("entry,exit,note\n2025-01-01\n,,\n , ,\n".as_bytes());
        assert_eq!(file.stays, [Stay::open(date(2025, 1, 1)).at_row(2)]);
        assert!(file.errors.is_empty());
    }

    #[test]
    fn lists_every_bad_row_and_keeps_the_good_ones() {
        let text = "entry,exit\n\
                    2025-01-01,2025-01-05\n\
                    soon,2025-02-30\n\
                    ,2025-03-01\n\
                    2025-04-10,2025-04-01\n\
                    1899-12-31,\n\
                    2025-06-01,2025-06-02\n";
        let file = read_stays(text.as_bytes());
        assert_eq!(
            file.stays,
            [
                Stay::new(date(2025, 1, 1), date(2025, 1, 5)).at_row(2),
                Stay::new(date(2025, 6, 1), date(2025, 6, 2)).at_row(7),
            ]
        );
        assert_eq!(
            messages(&file),
            [
                "entry \"soon\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 3)",
                "exit \"2025-02-30\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 3)",
                "line 4, column entry: the entry date is empty: every stay needs one",
                "exit 2025-04-01 is before entry 2025-04-10 (row 5)",
                "entry 1899-12-31 is outside the supported range 1900-01-01 .. 2199-12-31 (row 6)",
            ]
        );
    }

    #[test]
    fn a_missing_or_doubled_column_names_what_was_found() {
        let file = read_stays("Entry;Date out\n2025-01-01;2025-01-02\n".as_bytes());
        assert!(file.stays.is_empty());
        assert_eq!(
            messages(&file),
            [
                "line 1: the header has no exit column (named exit, exit date, departure, \
                 departure date, to, выезд, дата выезда, убытие, дата убытия, отъезд, кету, \
                 кету күні, кеткен күні, шығу or шығу күні); it has \"Entry\", \"Date out\""
            ]
        );
        let file = read_stays("\n\nentry,exit,entry\n".as_bytes());
        assert_eq!(
            messages(&file),
            ["line 3: the header has two entry columns (\"entry\" in columns 1 and 3): keep one"]
        );
        for empty in ["", "\n \r\n", "\u{feff}"] {
            let file = read_stays(empty.as_bytes());
            assert_eq!(file.errors[0].code(), "bad_input", "{empty:?}");
            assert!(file.errors[0].to_string().contains("the file is empty"));
        }
    }

    #[test]
    fn the_file_decides_the_date_order_and_names_the_rows_that_conflict() {
        // Day first (two dates say so, one says month first): the month-first row conflicts
        // alone, the row that reads both ways is read day first, dots are never touched.
        let text = "entry,exit\n03/15/2025,\n03/04/2025,\n13/04/2025,20/04/2025\n04.03.2025,\n";
        let file = read_stays(text.as_bytes());
        assert_eq!(
            file.stays,
            [
                Stay::open(date(2025, 4, 3)).at_row(3),
                Stay::new(date(2025, 4, 13), date(2025, 4, 20)).at_row(4),
                Stay::open(date(2025, 3, 4)).at_row(5),
            ]
        );
        assert_eq!(
            messages(&file),
            [
                "line 2, column entry: \"03/15/2025\" written month first, but this file writes \
              dates with / or - day first (2 to 1, as \"13/04/2025\" on line 4): write \
              YYYY-MM-DD"
            ]
        );
        // Month first throughout: read month first.
        let file = read_stays("entry,exit\n03/15/2025,03/20/2025\n03/04/2025,\n".as_bytes());
        assert!(file.errors.is_empty(), "{:?}", messages(&file));
        assert_eq!(file.stays[1], Stay::open(date(2025, 3, 4)).at_row(3));
        assert_eq!(file.date_format, Some(DateFormat::MonthFirstSlash));
    }

    #[test]
    fn unreadable_lines_are_errors_and_reading_goes_on() {
        let file = read_stays(&b"entry,exit\n\xFF,\n2025-01-01,2025-01-02\n"[..]);
        assert_eq!(file.stays.len(), 1);
        assert_eq!(file.errors[0].row(), Some(2));
        assert_eq!(file.errors[0].code(), "bad_input");
    }
}
