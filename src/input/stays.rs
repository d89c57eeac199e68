//! A file of one person's stays: a CSV or TSV with a header naming `entry` and `exit`.
//!
//! The header names its columns in any order and any letter case, by the names the team report
//! accepts (`entry`, `arrival`, `Дата въезда`, `Келу күні`, ...: see
//! [`crate::report::TeamColumns`]); other columns are ignored. Each row is one stay. An empty
//! exit (or a row that ends before the exit column) is a stay with no exit yet. A row with a
//! value beyond the header's columns is an error (trailing empty values are fine): a separator
//! inside an unquoted value shifts every value after it, so none of them can be trusted. Rows
//! whose fields are all empty are skipped. Dates follow the file's [`DateFormat`] policy.
//!
//! The file is read as a stream, one record at a time: a good row costs its two dates until
//! the end of the file (when the file's date order is known), a bad row nothing beyond the
//! first [`ERRORS_KEPT`] problems, which are kept while the rest are counted.

use crate::error::{Error, Result};
use crate::input::csv::{CsvReader, CsvRecord};
use crate::input::dates::{self, parse_any_date, DateFormat, DateOrder, FormatTally, Order};
use crate::input::dates::{Reading, Unread};
use crate::input::header::{too_many_values, Header, COUNTRY, ENTRY, EXIT};
use crate::stay::Stay;
use std::io::BufRead;

/// How many problems [`read_stays`] keeps, the first by line; the rest are only counted
/// ([`StaysFile::error_count`]), so a file of millions of bad rows costs no more memory than
/// one of a thousand.
pub const ERRORS_KEPT: usize = 1_000;

/// What [`read_stays`] read: the stays of the good rows and the problems of the bad ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaysFile {
    /// One stay per good row, in file order, each with its line number as its row.
    pub stays: Vec<Stay>,
    /// The first [`ERRORS_KEPT`] problems, in line order: unreadable lines, a missing column,
    /// bad dates, an exit before its entry. Each names its line (or row), and its column where
    /// there is one.
    pub errors: Vec<Error>,
    /// How many problems the file has in all: `errors.len()`, or more when there were more
    /// than [`ERRORS_KEPT`].
    pub error_count: usize,
    /// The format most of the dates were written in, if any date was read.
    pub date_format: Option<DateFormat>,
    /// Whether the header names a country column (a travel log across countries): its
    /// stays need `--nationality`, each zone under its own rule (`staycalc::zones`).
    pub country_column: bool,
}

/// Reads a stays file (see the module docs). Never fails as a whole: a bad row is a problem in
/// [`StaysFile::errors`] and never drops the good rows.
///
/// Each stay's row is the line its record starts on (the header is line 1), so messages point
/// into the file. A file that writes dates month first (`03/15/2025`) has those rows rejected,
/// and every other row whose dates read both ways (`03/04/2025`) too.
///
/// The file is read as a stream: what is held is each good row's two dates (until the file's
/// date order is known, at its end) and the first [`ERRORS_KEPT`] problems, never a row's text.
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
/// assert_eq!(file.error_count, 1);
/// ```
pub fn read_stays<R: BufRead>(reader: R) -> StaysFile {
    let mut csv = CsvReader::new(reader);
    let mut record = CsvRecord {
        line: 0,
        fields: Vec::new(),
    };
    let mut file = StaysReader::default();
    while let Some(result) = csv.read_record(&mut record) {
        match result {
            Ok(()) => {
                if !file.record(&record) {
                    break;
                }
            }
            Err(error) => file
                .problems
                .push(error.row().unwrap_or(0), Rank::Row, error),
        }
    }
    file.finish()
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

/// The state of [`read_stays`] between records.
#[derive(Default)]
struct StaysReader {
    /// The entry and exit columns and the header's width, once the header is read.
    columns: Option<([usize; 2], usize)>,
    /// Whether the header names a country column.
    country_column: bool,
    /// The rows whose dates read, in line order: stays once the file's date order judges them.
    rows: Vec<Candidate>,
    /// Dates of rows that are bad already, which the file's order judges too (each may be a
    /// problem of its own), in line order.
    orphans: Vec<Orphan>,
    order: DateOrder,
    formats: FormatTally,
    /// Problems known as each row is read, in line order.
    problems: Problems,
}

/// A row whose dates read on their own: a stay unless the file's order refuses one of them,
/// or the exit turns out before the entry.
struct Candidate {
    line: usize,
    entry: Reading,
    exit: Option<Reading>,
}

/// A date of a bad row, read on its own, whose order the file decides.
struct Orphan {
    line: usize,
    field: Field,
    reading: Reading,
}

/// The column a date is in.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Entry,
    Exit,
}

impl Field {
    fn name(self) -> &'static str {
        match self {
            Field::Entry => "entry",
            Field::Exit => "exit",
        }
    }

    fn rank(self) -> Rank {
        match self {
            Field::Entry => Rank::Entry,
            Field::Exit => Rank::Exit,
        }
    }
}

/// Where a problem sits in its row, so the problems found as rows are read and those found at
/// the end of the file merge in the order of a row's cells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The whole row (it cannot be read).
    Row,
    Entry,
    Exit,
    /// The two dates together (an exit before the entry).
    Dates,
}

/// Problems in line order: the first [`ERRORS_KEPT`] kept with their place, and how many.
#[derive(Default)]
struct Problems {
    kept: Vec<((usize, Rank), Error)>,
    count: usize,
}

impl Problems {
    /// Adds `error` of `line`, which comes after every problem added before it.
    fn push(&mut self, line: usize, rank: Rank, error: Error) {
        self.count += 1;
        if self.kept.len() < ERRORS_KEPT {
            self.kept.push(((line, rank), error));
        }
    }

    /// Both lists as one, in line order (on the same place, `self`'s first), cut to
    /// [`ERRORS_KEPT`], and how many there are in all.
    fn merge(self, other: Problems) -> (Vec<Error>, usize) {
        let count = self.count + other.count;
        let mut ours = self.kept.into_iter().peekable();
        let mut theirs = other.kept.into_iter().peekable();
        let mut errors = Vec::new();
        while errors.len() < ERRORS_KEPT {
            let next = match (ours.peek(), theirs.peek()) {
                (Some((a, _)), Some((b, _))) if b < a => theirs.next(),
                (Some(_), _) => ours.next(),
                (None, _) => theirs.next(),
            };
            match next {
                Some((_, error)) => errors.push(error),
                None => break,
            }
        }
        (errors, count)
    }
}

impl StaysReader {
    /// Reads one record; `false` when reading should stop (the header is bad).
    fn record(&mut self, record: &CsvRecord) -> bool {
        let Some(([entry, exit], width)) = self.columns else {
            match find_columns(record) {
                Ok(found) => {
                    self.columns = Some((found, record.fields.len()));
                    self.country_column = Header::new(&record.fields, record.line)
                        .find(COUNTRY)
                        .is_ok_and(|column| column.is_some());
                }
                Err(error) => {
                    self.problems.push(record.line, Rank::Row, error);
                    return false;
                }
            }
            return true;
        };
        let line = record.line;
        let fields = &record.fields;
        if fields.iter().all(|f| f.trim().is_empty()) {
            return true;
        }
        if let Some(reason) = too_many_values(fields, width) {
            let error = Error::BadInput {
                line,
                column: None,
                reason,
            };
            self.problems.push(line, Rank::Row, error);
            return true;
        }
        let cell = |i: usize| fields.get(i).map_or("", |f| f.trim());
        let entry = match cell(entry) {
            "" => {
                let error = Error::BadInput {
                    line,
                    column: Some("entry".into()),
                    reason: "the entry date is empty: every stay needs one".into(),
                };
                self.problems.push(line, Rank::Entry, error);
                None
            }
            text => self.date(text, Field::Entry, line),
        };
        let exit = match cell(exit) {
            "" => Some(None),
            // "present", "по н.в.": a stay with no exit yet, as an empty cell.
            text if super::means_no_exit_yet(text) => Some(None),
            text => self.date(text, Field::Exit, line).map(Some),
        };
        match (entry, exit) {
            (Some(entry), Some(exit)) => {
                let settled = |r: Reading| r.order == Order::Fixed;
                match exit {
                    Some(exit) if settled(entry) && settled(exit) && exit.date < entry.date => {
                        self.formats.add(entry.format);
                        self.formats.add(exit.format);
                        let error = Error::ExitBeforeEntry {
                            entry: entry.date,
                            exit: exit.date,
                            row: line,
                        };
                        self.problems.push(line, Rank::Dates, error);
                    }
                    _ => self.rows.push(Candidate { line, entry, exit }),
                }
            }
            (entry, exit) => {
                let dates = [(Field::Entry, entry), (Field::Exit, exit.flatten())];
                for (field, reading) in dates {
                    match reading {
                        Some(reading) if reading.order == Order::Fixed => {
                            self.formats.add(reading.format);
                        }
                        Some(reading) => self.orphans.push(Orphan {
                            line,
                            field,
                            reading,
                        }),
                        None => {}
                    }
                }
            }
        }
        true
    }

    /// How the date `text` of `field` on `line` reads on its own (noted towards the file's
    /// order), or `None` when it is no date in any order (a problem).
    fn date(&mut self, text: &str, field: Field, line: usize) -> Option<Reading> {
        match dates::read(text) {
            Ok(reading) => {
                self.order.note(&reading, line, text);
                Some(reading)
            }
            Err(unread) => {
                let error = unread_error(text, field, unread, line);
                self.problems.push(line, field.rank(), error);
                None
            }
        }
    }

    /// The stays and problems, once the file's date order is known.
    fn finish(mut self) -> StaysFile {
        if self.columns.is_none() && self.problems.count == 0 {
            let error = Error::BadInput {
                line: 1,
                column: None,
                reason: "the file is empty: expected a header line naming the columns `entry` \
                         and `exit`"
                    .into(),
            };
            self.problems.push(1, Rank::Row, error);
        }
        let StaysReader {
            rows,
            orphans,
            order,
            mut formats,
            problems,
            country_column,
            ..
        } = self;
        let mut judged = Problems::default();
        let mut orphans = orphans.into_iter().peekable();
        let mut judge =
            |reading: Reading, field: Field, line: usize, judged: &mut Problems| match order
                .judge(reading)
            {
                Ok((date, format)) => {
                    formats.add(format);
                    Some(date)
                }
                Err(reason) => {
                    let error = Error::BadInput {
                        line,
                        column: Some(field.name().into()),
                        reason: format!("{:?} {reason}", reading.text()),
                    };
                    judged.push(line, field.rank(), error);
                    None
                }
            };
        let stays: Vec<Stay> = rows
            .into_iter()
            .filter_map(|row| {
                while let Some(orphan) = orphans.next_if(|orphan| orphan.line < row.line) {
                    judge(orphan.reading, orphan.field, orphan.line, &mut judged);
                }
                let entry = judge(row.entry, Field::Entry, row.line, &mut judged);
                let exit = row
                    .exit
                    .map(|exit| judge(exit, Field::Exit, row.line, &mut judged));
                match (entry?, exit) {
                    (_, Some(None)) => None,
                    (entry, Some(Some(exit))) if exit < entry => {
                        let error = Error::ExitBeforeEntry {
                            entry,
                            exit,
                            row: row.line,
                        };
                        judged.push(row.line, Rank::Dates, error);
                        None
                    }
                    (entry, Some(Some(exit))) => Some(Stay::new(entry, exit).at_row(row.line)),
                    (entry, None) => Some(Stay::open(entry).at_row(row.line)),
                }
            })
            .collect();
        for orphan in orphans {
            judge(orphan.reading, orphan.field, orphan.line, &mut judged);
        }
        let (errors, error_count) = problems.merge(judged);
        StaysFile {
            stays,
            errors,
            error_count,
            date_format: formats.most_used(),
            country_column,
        }
    }
}

/// The problem of `value`, given for `field` on `line`, that reads as no date in any order.
fn unread_error(value: &str, field: Field, unread: Unread, line: usize) -> Error {
    let bad = |reason: String| Error::BadInput {
        line,
        column: Some(field.name().to_string()),
        reason: format!("{value:?} {reason}"),
    };
    match unread {
        Unread::MonthFirstDots => bad(unread.reason()),
        _ => parse_any_date(value, field.name())
            .err()
            .unwrap_or_else(|| bad(Unread::NotADate.reason()))
            .at_row(line),
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
    fn problems_found_at_the_end_merge_in_the_order_of_rows_and_cells() {
        // Day first (four dates to two): row 4's exit and row 5's entry are refused only at the
        // end of the file, row 4's entry and row 5's exit at once.
        let text = "entry,exit\n13/04/2025,20/04/2025\n14/04/2025,21/04/2025\n\
                    soon,03/15/2025\n03/16/2025,later\n\
                    2025-05-02,2025-05-01\n";
        let file = read_stays(text.as_bytes());
        let places: Vec<(Option<usize>, String)> = file
            .errors
            .iter()
            .map(|e| (e.row(), e.to_string().chars().take(40).collect()))
            .collect();
        assert_eq!(
            places,
            [
                (Some(4), "entry \"soon\" is not a date: expected a d".into()),
                (Some(4), "line 4, column exit: \"03/15/2025\" writte".into()),
                (Some(5), "line 5, column entry: \"03/16/2025\" writt".into()),
                (Some(5), "exit \"later\" is not a date: expected a d".into()),
                (Some(6), "exit 2025-05-01 is before entry 2025-05-".into()),
            ]
        );
        assert_eq!(file.error_count, 5);
        assert_eq!(file.stays.len(), 2);
    }

    #[test]
    fn keeps_the_first_thousand_problems_by_line_and_counts_the_rest() {
        // A month-first date refused at the end (line 3) still comes before the unreadable
        // rows found as the file was read.
        let mut text = String::from("entry,exit\n13/04/2025,14/04/2025\n03/15/2025,\n");
        for row in 0..5_000 {
            text.push_str(if row % 2 == 0 {
                "soon,\n"
            } else {
                "2025-01-01,2025-01-02\n"
            });
        }
        let file = read_stays(text.as_bytes());
        assert_eq!(file.error_count, 2_501);
        assert_eq!(file.errors.len(), ERRORS_KEPT);
        assert_eq!(file.errors[0].row(), Some(3));
        assert_eq!(file.errors[1].row(), Some(4));
        assert_eq!(
            file.errors[ERRORS_KEPT - 1].row(),
            Some(4 + 2 * (ERRORS_KEPT - 2))
        );
        assert_eq!(file.stays.len(), 2_501);
    }

    #[test]
    fn unreadable_lines_are_errors_and_reading_goes_on() {
        let file = read_stays(&b"entry,exit\n\xFF,\n2025-01-01,2025-01-02\n"[..]);
        assert_eq!(file.stays.len(), 1);
        assert_eq!(file.errors[0].row(), Some(2));
        assert_eq!(file.errors[0].code(), "bad_input");
    }
}
