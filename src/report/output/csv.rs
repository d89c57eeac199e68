//! The report as CSV, safe to open in a spreadsheet.

use crate::output::FieldValue;
use crate::report::output::fields::{self, Value};
use crate::report::PersonReport;
use std::fmt::{self, Write as _};
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
/// formula (OWASP, "CSV Injection").
#[derive(Debug)]
pub struct CsvReportWriter<W: Write> {
    out: W,
    line: String,
}

impl<W: Write> CsvReportWriter<W> {
    /// A writer to `out`, for a team with these carried columns; writes the header.
    ///
    /// # Errors
    ///
    /// Any error writing to `out`.
    pub fn new<S: AsRef<str>>(out: W, carried_names: &[S]) -> io::Result<CsvReportWriter<W>> {
        let mut writer = CsvReportWriter {
            out,
            line: String::new(),
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
                    let lines: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
                    self.cell(&lines.join(" "));
                }
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
            FieldValue::Number(n) => self.plain(n),
            FieldValue::Bool(b) => self.plain(b),
            FieldValue::Date(date) => self.plain(date),
            FieldValue::Absent => self.cell(""),
            FieldValue::Warnings(warnings) => {
                let messages: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
                self.cell(&messages.join("; "));
            }
        }
    }

    /// Adds a cell to the line being built.
    fn cell(&mut self, value: &str) {
        if !self.line.is_empty() {
            self.line.push(',');
        }
        push_cell(&mut self.line, value);
    }

    /// Adds a cell that never needs quotes nor neutralising (a number, a date, a boolean).
    fn plain(&mut self, value: impl fmt::Display) {
        if !self.line.is_empty() {
            self.line.push(',');
        }
        let _ = write!(self.line, "{value}");
    }

    fn end_line(&mut self) -> io::Result<()> {
        self.line.push_str("\r\n");
        self.out.write_all(self.line.as_bytes())?;
        self.line.clear();
        Ok(())
    }
}

/// Whether a spreadsheet would read a cell starting this way as a formula.
fn is_formula_like(value: &str) -> bool {
    value.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// Appends `value` as one CSV cell: neutralised when formula-like, quoted when it holds a
/// comma, a quote or a line end (inner quotes doubled).
fn push_cell(line: &mut String, value: &str) {
    let prefix = if is_formula_like(value) { "'" } else { "" };
    if value.contains([',', '"', '\n', '\r']) {
        line.push('"');
        line.push_str(prefix);
        line.push_str(&value.replace('"', "\"\""));
        line.push('"');
    } else {
        line.push_str(prefix);
        line.push_str(value);
    }
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
    fn quotes_only_what_needs_quotes() {
        assert_eq!(cell("Ana"), "Ana");
        assert_eq!(cell(""), "");
        assert_eq!(cell("Doe, Jane"), "\"Doe, Jane\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn neutralises_formula_like_values() {
        for (value, written) in [
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "'+1"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(cell(value), written, "{value:?}");
        }
    }
}
