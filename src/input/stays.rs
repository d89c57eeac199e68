//! A file of one person's stays: a CSV or TSV with a header naming `entry` and `exit`.
//!
//! The header names its columns in any order and any letter case; other columns are ignored.
//! Each row is one stay. An empty exit (or a row that ends before the exit column) is a stay
//! with no exit yet. A row with a value beyond the header's columns is an error: a separator
//! inside an unquoted value shifts every value after it, so none of them can be trusted. Rows whose fields are all empty are skipped. Dates may be in any accepted
//! [`DateFormat`], never month first.

use crate::error::{Error, Result};
use crate::input::csv::{CsvReader, CsvRecord};
use crate::input::dates::{self, parse_any_date, DateFormat};
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
    let mut columns: Option<[usize; 2]> = None;
    let mut header_len = 0;
    let mut rows: Vec<Row> = Vec::new();
    for record in CsvReader::new(reader) {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                errors.push(error);
                continue;
            }
        };
        let Some([entry, exit]) = columns else {
            match find_columns(&record, ["entry", "exit"]) {
                Ok(found) => {
                    columns = Some(found);
                    header_len = record.fields.len();
                }
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
        if let Some(extra) = record.fields[header_len.min(record.fields.len())..]
            .iter()
            .find(|f| !f.trim().is_empty())
        {
            errors.push(Error::BadInput {
                line: record.line,
                column: None,
                reason: format!(
                    "{} values where the header has {header_len} columns (the extra {:?}): a \
                     value holding the separator needs quotes",
                    record.fields.len(),
                    extra.trim()
                ),
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
    let values = || {
        rows.iter()
            .flat_map(|row| [row.entry.as_str(), row.exit.as_str()])
    };
    let month_first = rows.iter().find_map(|row| {
        [&row.entry, &row.exit]
            .into_iter()
            .find(|value| dates::is_month_first(value))
            .map(|value| (row.line, value.as_str()))
    });
    let mut file = StaysFile {
        stays: Vec::with_capacity(rows.len()),
        errors,
        date_format: DateFormat::detect(values()),
    };
    for row in &rows {
        match row.stay(month_first) {
            Ok(stay) => file.stays.push(stay),
            Err(row_errors) => file.errors.extend(row_errors),
        }
    }
    file.errors.sort_by_key(|error| error.row());
    file
}

/// The position of each of `names` in a header record, matched ignoring case and surrounding
/// spaces.
///
/// # Errors
///
/// [`Error::BadInput`] on the header's line when a name is missing (naming the columns found)
/// or appears twice.
pub(crate) fn find_columns<const N: usize>(
    header: &CsvRecord,
    names: [&str; N],
) -> Result<[usize; N]> {
    let normal: Vec<String> = header
        .fields
        .iter()
        .map(|f| f.trim().to_lowercase())
        .collect();
    let mut found = [0; N];
    for (slot, name) in found.iter_mut().zip(names) {
        let mut at = normal.iter().enumerate().filter(|(_, f)| *f == name);
        let bad = |reason: String| Error::BadInput {
            line: header.line,
            column: None,
            reason,
        };
        match (at.next(), at.next()) {
            (Some((i, _)), None) => *slot = i,
            (Some((i, _)), Some((j, _))) => {
                return Err(bad(format!(
                    "the header has two `{name}` columns ({} and {}); keep one",
                    i + 1,
                    j + 1
                )))
            }
            (None, _) => {
                let list: Vec<String> = header
                    .fields
                    .iter()
                    .map(|f| format!("`{}`", f.trim()))
                    .collect();
                let wanted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
                return Err(bad(format!(
                    "the header has no `{name}` column (it has {}); expected columns named {}",
                    list.join(", "),
                    wanted.join(" and ")
                )));
            }
        }
    }
    Ok(found)
}

/// One data row's entry and exit, trimmed.
struct Row {
    line: usize,
    entry: String,
    exit: String,
}

impl Row {
    /// The row's stay, or every error in it.
    fn stay(&self, month_first: Option<(usize, &str)>) -> Result<Stay, Vec<Error>> {
        let entry = if self.entry.is_empty() {
            Err(Error::BadInput {
                line: self.line,
                column: Some("entry".into()),
                reason: "the entry date is empty: every stay needs one".into(),
            })
        } else {
            self.date(&self.entry, "entry", month_first)
        };
        let exit = if self.exit.is_empty() {
            Ok(None)
        } else {
            self.date(&self.exit, "exit", month_first).map(Some)
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
        month_first: Option<(usize, &str)>,
    ) -> Result<NaiveDate> {
        let bad = |reason: String| Error::BadInput {
            line: self.line,
            column: Some(field.to_string()),
            reason,
        };
        if dates::is_month_first(value) {
            return Err(bad(dates::month_first_reason(value)));
        }
        if let Some((line, seen)) = month_first.filter(|_| dates::is_ambiguous(value)) {
            return Err(bad(dates::ambiguous_reason(value, seen, line)));
        }
        parse_any_date(value, field).map_err(|e| e.at_row(self.line))
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
                "line 1: the header has no `exit` column (it has `Entry`, `Date out`); expected \
              columns named `entry` and `exit`"
            ]
        );
        let file = read_stays("\n\nentry,exit,entry\n".as_bytes());
        assert_eq!(
            messages(&file),
            ["line 3: the header has two `entry` columns (1 and 3); keep one"]
        );
        for empty in ["", "\n \r\n", "\u{feff}"] {
            let file = read_stays(empty.as_bytes());
            assert_eq!(file.errors[0].code(), "bad_input", "{empty:?}");
            assert!(file.errors[0].to_string().contains("the file is empty"));
        }
    }

    #[test]
    fn month_first_files_are_rejected_where_doubtful() {
        let text = "entry,exit\n03/15/2025,03/20/2025\n03/04/2025,\n13/04/2025,20/04/2025\n";
        let file = read_stays(text.as_bytes());
        assert_eq!(
            file.stays,
            [Stay::new(date(2025, 4, 13), date(2025, 4, 20)).at_row(4)]
        );
        let errors = messages(&file);
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].starts_with("line 2, column entry: \"03/15/2025\" looks month first"));
        assert!(errors[1].starts_with("line 2, column exit: \"03/20/2025\" looks month first"));
        assert!(errors[2].starts_with("line 3, column entry: \"03/04/2025\" could be"));
    }

    #[test]
    fn unreadable_lines_are_errors_and_reading_goes_on() {
        let file = read_stays(&b"entry,exit\n\xFF,\n2025-01-01,2025-01-02\n"[..]);
        assert_eq!(file.stays.len(), 1);
        assert_eq!(file.errors[0].row(), Some(2));
        assert_eq!(file.errors[0].code(), "bad_input");
    }
}
