//! Excel and OpenDocument workbooks (`.xlsx`, `.xlsm`, `.xls`, `.ods`) as team files: the
//! sheet holding the rows is turned into the CSV text the CSV reader reads, so a workbook gives
//! exactly the rows, checks and messages of the same data saved as CSV.
//!
//! The sheet chosen is the first whose first [`HEADER_ROWS`] rows hold a row the caller
//! recognises as a header (a title or a blank row above it is fine). Each sheet row keeps its
//! number: the CSV text has one line per sheet row (blank above the header), so a bad row's
//! "line" is the row number the spreadsheet shows. Dates are taken as the sheet stores them:
//! a date cell becomes `YYYY-MM-DD` (its day, whatever format the sheet displays it in), and
//! only dates typed as text are read by the text rules (and so may be ambiguous).
//!
//! Reading is calamine's; a damaged file is an error, never a panic (on native builds a panic
//! inside the reader is caught and reported as an error too).

use crate::error::{Error, Result};
use calamine::{open_workbook_auto_from_rs, Data, Range, Reader};
use std::io::Cursor;

/// How many rows from the top of a sheet are searched for its header.
pub const HEADER_ROWS: usize = 20;

/// A workbook's sheet, as CSV text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Workbook {
    /// The name of the sheet read.
    pub sheet: String,
    /// The 1-based row of its header, as the spreadsheet numbers it.
    pub header_row: usize,
    /// The CSV text (UTF-8, `,`, every field quoted): line N is the sheet's row N.
    pub csv: Vec<u8>,
}

/// Whether a file starting with `start` is a workbook: a ZIP archive (`.xlsx`, `.ods`) or an
/// OLE compound file (`.xls`). No CSV file starts so.
pub fn is_workbook(start: &[u8]) -> bool {
    start.starts_with(b"PK\x03\x04") || start.starts_with(&[0xD0, 0xCF, 0x11, 0xE0])
}

/// Reads the workbook `bytes` and gives the sheet whose header `is_header` recognises, as CSV
/// text (see the module docs). When no sheet has such a row, the first sheet with data is
/// given from its first non-empty row, so the team reader names the columns it found.
///
/// # Errors
///
/// [`Error::BadInput`] when the file cannot be read as a workbook (damaged, encrypted, not a
/// spreadsheet) or holds no data.
pub fn read_workbook(bytes: Vec<u8>, is_header: impl Fn(&[String]) -> bool) -> Result<Workbook> {
    if let Some(reason) = cut_short(&bytes) {
        return Err(unreadable(reason));
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        // The reader's panic is this function's error: no message of its own on standard error.
        let hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(|_| {}));
        let read =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| read(bytes, &is_header)));
        std::panic::set_hook(hook);
        read.unwrap_or_else(|_| Err(unreadable("the reader failed on it")))
    }
    #[cfg(target_arch = "wasm32")]
    read(bytes, &is_header)
}

/// Why an `.xls` (an OLE compound file) is damaged, when its size says it was cut short: such
/// a file is a 512-byte header and whole sectors. Checked before reading, because calamine
/// panics on some cut files, and a panic in the browser stops the page.
fn cut_short(bytes: &[u8]) -> Option<&'static str> {
    if !bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return None;
    }
    let shift = bytes.get(30..32).map(|b| u16::from_le_bytes([b[0], b[1]]));
    match shift {
        Some(shift @ 9..=16) => {
            let sector = 1usize << shift;
            let body = bytes.len().checked_sub(512.max(sector))?;
            (body % sector != 0).then_some("it was cut short (an incomplete copy or download)")
        }
        _ => Some("its header is damaged"),
    }
}

fn read(bytes: Vec<u8>, is_header: &dyn Fn(&[String]) -> bool) -> Result<Workbook> {
    let mut book = open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|error| unreadable(&error.to_string()))?;
    let names = book.sheet_names();
    let mut fallback: Option<(String, Range<Data>, usize)> = None;
    let mut first_error = None;
    for name in names {
        let range = match book.worksheet_range(&name) {
            Ok(range) => range,
            Err(error) => {
                first_error.get_or_insert_with(|| error.to_string());
                continue;
            }
        };
        let top = range.start().map_or(0, |(row, _)| row as usize);
        let mut first_filled = None;
        for (i, row) in range.rows().take(HEADER_ROWS).enumerate() {
            let fields = fields(row);
            if fields.is_empty() {
                continue;
            }
            first_filled.get_or_insert(i);
            if is_header(&fields) {
                return Ok(sheet_csv(name, &range, top, i));
            }
        }
        if let (None, Some(i)) = (&fallback, first_filled) {
            fallback = Some((name, range, i));
        }
    }
    match (fallback, first_error) {
        (Some((name, range, i)), _) => {
            let top = range.start().map_or(0, |(row, _)| row as usize);
            Ok(sheet_csv(name, &range, top, i))
        }
        (None, Some(error)) => Err(unreadable(&error)),
        (None, None) => Err(Error::BadInput {
            line: 1,
            column: None,
            reason: "the workbook has no data: expected a sheet with a header naming person, \
                     entry and exit"
                .into(),
        }),
    }
}

/// The sheet `name` as CSV text, its header at index `header` of `range`, whose first row is
/// the sheet's row `top + 1`.
fn sheet_csv(name: String, range: &Range<Data>, top: usize, header: usize) -> Workbook {
    let header_row = top + header + 1;
    let mut csv = vec![b'\n'; header_row - 1];
    for row in range.rows().skip(header) {
        let fields = fields(row);
        for (i, field) in fields.iter().enumerate() {
            if i > 0 {
                csv.push(b',');
            }
            csv.push(b'"');
            csv.extend_from_slice(field.replace('"', "\"\"").as_bytes());
            csv.push(b'"');
        }
        csv.push(b'\n');
    }
    Workbook {
        sheet: name,
        header_row,
        csv,
    }
}

/// A row's cells as text, without its trailing empty cells (none for an empty row).
fn fields(row: &[Data]) -> Vec<String> {
    let mut fields: Vec<String> = row.iter().map(cell).collect();
    while fields.last().is_some_and(String::is_empty) {
        fields.pop();
    }
    fields
}

/// One cell as the CSV reader would have it: text on one line, a date as `YYYY-MM-DD`.
fn cell(data: &Data) -> String {
    match data {
        Data::Empty => String::new(),
        Data::String(text) => one_line(text),
        Data::Int(n) => n.to_string(),
        Data::Float(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", *x as i64),
        Data::Float(x) => x.to_string(),
        Data::Bool(true) => "TRUE".into(),
        Data::Bool(false) => "FALSE".into(),
        Data::DateTime(value) if value.is_datetime() => value
            .as_datetime()
            .map_or_else(|| value.as_f64().to_string(), |at| at.date().to_string()),
        Data::DateTime(value) => value.as_f64().to_string(),
        // OpenDocument stores dates as ISO 8601 text: its day is the part before the time.
        Data::DateTimeIso(text) => one_line(text.split('T').next().unwrap_or(text)),
        Data::DurationIso(text) => one_line(text),
        Data::Error(error) => error.to_string(),
    }
}

/// `text` on one line (a line break inside a cell would shift the rows' numbers) and without
/// zero bytes (which the CSV reader takes for binary input).
fn one_line(text: &str) -> String {
    text.replace("\r\n", " ")
        .replace(['\r', '\n'], " ")
        .replace('\0', "")
}

fn unreadable(reason: &str) -> Error {
    Error::BadInput {
        line: 1,
        column: None,
        reason: format!("the file looks like a workbook but cannot be read: {reason}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workbooks_are_told_from_text_by_their_first_bytes() {
        assert!(is_workbook(b"PK\x03\x04rest"));
        assert!(is_workbook(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1]));
        assert!(!is_workbook(b"person,entry,exit\n"));
        assert!(!is_workbook(b"PK"));
    }

    #[test]
    fn a_damaged_workbook_is_an_error_not_a_panic() {
        for bytes in [
            b"PK\x03\x04garbage".to_vec(),
            vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0],
            Vec::new(),
        ] {
            let error = read_workbook(bytes, |_| true).unwrap_err();
            assert!(error.to_string().contains("cannot be read"), "{error}");
        }
    }

    #[test]
    fn a_cut_xls_is_told_before_reading() {
        let whole = include_bytes!("../../tests/fixtures/team-ru.xls");
        assert_eq!(cut_short(whole), None);
        let cut = &whole[..whole.len() / 3];
        assert!(cut_short(cut).is_some_and(|reason| reason.contains("cut short")));
        let error = read_workbook(cut.to_vec(), |_| true).unwrap_err();
        assert!(error.to_string().contains("cut short"), "{error}");
    }

    #[test]
    fn cells_read_as_the_sheet_stores_them() {
        assert_eq!(cell(&Data::Float(42.0)), "42");
        assert_eq!(cell(&Data::Float(2.5)), "2.5");
        assert_eq!(cell(&Data::String("a\r\nb\nc\0".into())), "a b c");
        assert_eq!(
            cell(&Data::DateTimeIso("2026-03-01T00:00:00".into())),
            "2026-03-01"
        );
        let serial =
            calamine::ExcelDateTime::new(46082.0, calamine::ExcelDateTimeType::DateTime, false);
        assert_eq!(cell(&Data::DateTime(serial)), "2026-03-01");
        assert_eq!(
            fields(&[Data::String("x".into()), Data::Empty, Data::Empty]),
            ["x"]
        );
    }
}
