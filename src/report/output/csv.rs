//! The report as CSV, safe to open in a spreadsheet.

use crate::field::FieldValue;
use crate::report::output::fields::{self, Value};
use crate::report::{PersonReport, Team};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write as _;
use std::io::{self, Write};

/// Writes a report as CSV: a header, then one line per person, with commas, `\r\n` line ends
/// (RFC 4180) and quotes where a value needs them.
///
/// The columns are those of the JSON report, flat: `warnings` holds the messages joined by
/// `; `, the next planned trip takes six `next_planned_*` columns, and `bad_lines` the line
/// numbers joined by spaces. Empty cells stand for none.
///
/// Spreadsheet-safe: a value starting with `=`, `+`, `-`, `@`, a tab or a carriage return is
/// written with a leading `'`, so a spreadsheet shows it as text instead of running it as a
/// formula (OWASP, "CSV Injection"); a value holding the separator of any locale (`,`, `;` or
/// a tab) is quoted, so a spreadsheet that splits lines at `;` (German, Russian, Kazakh
/// settings) cannot cut `x;=1+1` into a cell starting with `=`. A `warnings` cell stops
/// before Excel's limit of 32,767 characters a cell, saying how many warnings it leaves out.
#[derive(Debug)]
pub struct CsvReportWriter<W: Write> {
    out: W,
    line: String,
    /// Whether the passport columns are written.
    passport: bool,
    /// Whether the visa columns are written.
    visa: bool,
}

impl<W: Write> CsvReportWriter<W> {
    /// A writer to `out`, for a team with these carried columns; writes the header.
    ///
    /// # Errors
    ///
    /// Any error writing to `out`.
    pub fn new<S: AsRef<str>>(out: W, carried_names: &[S]) -> io::Result<CsvReportWriter<W>> {
        CsvReportWriter::with_papers(out, carried_names, false, false)
    }

    /// A writer to `out` for `team`: its carried columns, and the passport columns
    /// (`passport_expiry`, `passport_issued`, `passport_check`, `passport_last_exit`,
    /// `passport_trip_entry`,
    /// `passport_trip_exit`, `passport_problems`, `passport_needed_by`, `passport_message`,
    /// after every other) when its file has a passport column, then the visa columns
    /// (`visa_from`, `visa_until`, `visa_entries`, `visa_days`, `visa_check`,
    /// `visa_sets_latest_exit`, `visa_stay_entry`, `visa_stay_exit`, `visa_problem`,
    /// `visa_first_unlawful_day`, `visa_message`) when it has the visa columns; writes the
    /// header.
    ///
    /// # Errors
    ///
    /// Any error writing to `out`.
    pub fn for_team(out: W, team: &Team<'_>) -> io::Result<CsvReportWriter<W>> {
        CsvReportWriter::with_papers(
            out,
            team.carried_names(),
            team.has_passport(),
            team.has_visa(),
        )
    }

    fn with_papers<S: AsRef<str>>(
        out: W,
        carried_names: &[S],
        passport: bool,
        visa: bool,
    ) -> io::Result<CsvReportWriter<W>> {
        let mut writer = CsvReportWriter {
            out,
            line: String::new(),
            passport,
            visa,
        };
        writer.cell("person");
        for name in carried_names {
            writer.cell(name.as_ref());
        }
        for name in fields::names() {
            match name {
                "next_planned" => {
                    for field in fields::verdict_columns() {
                        writer.cell(&format!("next_planned_{field}"));
                    }
                }
                name => writer.cell(name),
            }
        }
        if passport {
            for name in fields::PASSPORT_COLUMNS {
                writer.cell(name);
            }
        }
        if visa {
            for name in fields::VISA_COLUMNS {
                writer.cell(name);
            }
        }
        writer.end_line()?;
        Ok(writer)
    }

    /// Writes one person's line.
    ///
    /// # Errors
    ///
    /// Any error writing to the output.
    pub fn write(&mut self, report: &PersonReport) -> io::Result<()> {
        self.cell(&report.person);
        for value in &report.carried {
            self.cell(value);
        }
        for (_, value) in fields::fields(report) {
            match value {
                Value::Answer(value) => self.answer(value),
                Value::Verdict(None) => fields::verdict_columns().for_each(|_| self.cell("")),
                Value::Verdict(Some(verdict)) => {
                    fields::verdict_cells(verdict).for_each(|value| self.answer(value));
                }
                Value::Lines(lines) => {
                    // Digits and spaces: a cell that never needs quotes nor neutralising.
                    self.separate();
                    for (i, &line) in lines.iter().enumerate() {
                        if i > 0 {
                            self.line.push(' ');
                        }
                        push_number(&mut self.line, line as u64);
                    }
                }
            }
        }
        if self.passport {
            for value in fields::passport_cells(report.passport.as_ref()) {
                self.cell(&value);
            }
        }
        if self.visa {
            for value in fields::visa_cells(report.visa.as_ref()) {
                self.cell(&value);
            }
        }
        self.end_line()
    }

    /// The output, flushed.
    ///
    /// # Errors
    ///
    /// Any error flushing the output.
    pub fn finish(mut self) -> io::Result<W> {
        self.out.flush()?;
        Ok(self.out)
    }

    /// The output, not flushed (for in-memory outputs).
    pub fn into_inner(self) -> W {
        self.out
    }

    /// Adds a field of `staycalc check` as a cell: `warnings` holds their messages joined by
    /// `; `, an empty cell stands for none.
    fn answer(&mut self, value: FieldValue<'_>) {
        match value {
            FieldValue::Text(text) => self.cell(text),
            FieldValue::Number(n) => {
                self.separate();
                push_number(&mut self.line, n);
            }
            FieldValue::Bool(b) => {
                self.separate();
                self.line.push_str(if b { "true" } else { "false" });
            }
            FieldValue::Date(date) => {
                self.separate();
                push_date(&mut self.line, date);
            }
            FieldValue::Absent | FieldValue::Warnings([]) => self.separate(),
            FieldValue::Warnings(warnings) => {
                let messages: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
                self.cell(&joined_within(&messages, CELL_LIMIT));
            }
        }
    }

    /// Adds a cell to the line being built.
    fn cell(&mut self, value: &str) {
        self.separate();
        push_cell(&mut self.line, value);
    }

    /// Starts a cell: a comma after the line's first.
    fn separate(&mut self) {
        if !self.line.is_empty() {
            self.line.push(',');
        }
    }

    fn end_line(&mut self) -> io::Result<()> {
        self.line.push_str("\r\n");
        self.out.write_all(self.line.as_bytes())?;
        self.line.clear();
        Ok(())
    }
}

/// The most characters (UTF-16 units) a spreadsheet cell holds: Excel's limit, which cuts a
/// longer cell without a word.
const CELL_LIMIT: usize = 32_767;

/// `messages` joined by `; `, as many as fit in `limit` UTF-16 units with a closing "; and N
/// more" for the rest.
fn joined_within(messages: &[String], limit: usize) -> String {
    let mut joined = String::new();
    let mut used = 0;
    for (i, message) in messages.iter().enumerate() {
        let rest = messages.len() - i;
        // Room for this message, its separator, and the longest closing note after it.
        let closing = format!("; and {rest} more").len();
        let size = message.encode_utf16().count() + if i == 0 { 0 } else { 2 };
        if used + size + if rest > 1 { closing } else { 0 } > limit {
            if !joined.is_empty() {
                joined.push_str("; ");
            }
            joined.push_str(&format!("and {rest} more"));
            return joined;
        }
        if i > 0 {
            joined.push_str("; ");
        }
        joined.push_str(message);
        used += size;
    }
    joined
}

/// Whether a spreadsheet would read a cell starting this way as a formula.
fn is_formula_like(value: &str) -> bool {
    value.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Appends `value` as one CSV cell: neutralised when formula-like, quoted when it holds a
/// separator of any locale (comma, semicolon, tab), a quote or a line end (inner quotes
/// doubled).
pub(crate) fn push_cell(line: &mut String, value: &str) {
    let prefix = if is_formula_like(value) { "'" } else { "" };
    // Each of these characters is one byte in UTF-8, and no byte of another character.
    let quoted = value
        .bytes()
        .any(|b| matches!(b, b',' | b';' | b'\t' | b'"' | b'\n' | b'\r'));
    if quoted {
        line.push('"');
        line.push_str(prefix);
        let mut rest = value;
        while let Some(at) = rest.find('"') {
            line.push_str(&rest[..=at]);
            line.push('"');
            rest = &rest[at + 1..];
        }
        line.push_str(rest);
        line.push('"');
    } else {
        line.push_str(prefix);
        line.push_str(value);
    }
}

/// Appends a whole number in decimal, as `Display` writes it.
fn push_number(line: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    line.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// Appends a date as `Display` writes it: `YYYY-MM-DD` for years 0 to 9999 (chrono's own
/// formatting for any other).
fn push_date(line: &mut String, date: NaiveDate) {
    let year = date.year();
    if !(0..=9999).contains(&year) {
        let _ = write!(line, "{date}");
        return;
    }
    let (year, month, day) = (year as u32, date.month(), date.day());
    let digits = [
        year / 1000,
        year / 100 % 10,
        year / 10 % 10,
        year % 10,
        10,
        month / 10,
        month % 10,
        10,
        day / 10,
        day % 10,
    ];
    line.extend(digits.iter().map(|&d| {
        if d == 10 {
            '-'
        } else {
            char::from(b'0' + d as u8)
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(value: &str) -> String {
        let mut line = String::new();
        push_cell(&mut line, value);
        line
    }

    #[test]
    fn numbers_and_dates_as_display_writes_them() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, u64::from(u32::MAX), u64::MAX] {
            let mut line = String::new();
            push_number(&mut line, n);
            assert_eq!(line, n.to_string());
        }
        let mut date = NaiveDate::MIN;
        while date < NaiveDate::MAX {
            let mut line = String::new();
            push_date(&mut line, date);
            assert_eq!(line, date.to_string());
            date = date
                .checked_add_days(chrono::Days::new(997))
                .unwrap_or(NaiveDate::MAX);
        }
        for date in [
            NaiveDate::MAX,
            NaiveDate::from_ymd_opt(0, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(-1, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(9999, 12, 31).unwrap(),
            NaiveDate::from_ymd_opt(10000, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2024, 2, 29).unwrap(),
        ] {
            let mut line = String::new();
            push_date(&mut line, date);
            assert_eq!(line, date.to_string());
        }
    }

    #[test]
    fn quotes_only_what_needs_quotes() {
        assert_eq!(cell("Ana"), "Ana");
        assert_eq!(cell(""), "");
        assert_eq!(cell("Doe, Jane"), "\"Doe, Jane\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(cell("\"a\",\"\"é\""), "\"\"\"a\"\",\"\"\"\"é\"\"\"");
        assert_eq!(cell("Ивано́в; \"И\""), "\"Ивано́в; \"\"И\"\"\"");
    }

    /// The cells of `line` split at `separator` as a spreadsheet does: quotes respected.
    fn split(line: &str, separator: char) -> Vec<String> {
        let (mut cells, mut cell, mut quoted) = (Vec::new(), String::new(), false);
        let mut chars = line.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if quoted && chars.peek() == Some(&'"') => {
                    cell.push('"');
                    chars.next();
                }
                '"' => quoted = !quoted,
                c if c == separator && !quoted => cells.push(std::mem::take(&mut cell)),
                c => cell.push(c),
            }
        }
        cells.push(cell);
        cells
    }

    #[test]
    fn no_locale_s_separator_splits_a_cell_into_a_formula() {
        for value in [
            "x;=1+1",
            "x,=1+1",
            "x\t=1+1",
            "a;b",
            "=1;2",
            "x; -2",
            "Doe; Jane",
        ] {
            let mut line = String::new();
            push_cell(&mut line, "Ana");
            line.push(',');
            push_cell(&mut line, value);
            for separator in [',', ';', '\t'] {
                for cell in split(&line, separator) {
                    assert!(
                        !is_formula_like(&cell),
                        "{value:?} split at {separator:?}: {cell:?}"
                    );
                }
            }
            assert_eq!(split(&line, ',')[1].trim_start_matches('\''), value);
        }
    }

    #[test]
    fn a_warnings_cell_stays_within_excel_s_limit() {
        let messages: Vec<String> = (0..2_000)
            .map(|i| format!("warning {i:04}: {}", "x".repeat(20)))
            .collect();
        let joined = joined_within(&messages, CELL_LIMIT);
        assert!(
            joined.encode_utf16().count() <= CELL_LIMIT,
            "{}",
            joined.len()
        );
        assert!(joined.starts_with("warning 0000: "));
        let kept = joined.matches("warning ").count();
        assert!(
            joined.ends_with(&format!("; and {} more", 2_000 - kept)),
            "{}",
            &joined[joined.len() - 40..]
        );
        let few = ["one", "two", "six"].map(String::from);
        assert_eq!(joined_within(&few, CELL_LIMIT), "one; two; six");
        assert_eq!(joined_within(&few, 16), "one; and 2 more");
    }

    #[test]
    fn neutralises_formula_like_values() {
        for (value, written) in [
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "\"'\tx\""),
            ("\rx", "\"'\rx\""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(cell(value), written, "{value:?}");
        }
    }
}
