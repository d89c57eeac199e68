//! The report as JSON: an array with one object per person.

use crate::report::output::fields::{self, Value};
use crate::report::PersonReport;
use std::fmt::Write as _;
use std::io::{self, Write};

/// Writes a report as a JSON array, one object per person, indented by two spaces.
///
/// Each object holds `person`, the carried columns (strings), then the fields of
/// `staycalc check --format json`, named the same and written the same (dates as
/// `YYYY-MM-DD`, `null` where none, `warnings` as objects with `code`, `message` and `rows`),
/// except its `plan`: instead, `next_planned` is the next planned trip's verdict (an object
/// like an item of that `plan`) or `null`. Then `stays`, the number of rows checked, and
/// `bad_lines`, the lines of the person's rows that could not be read.
///
/// ```
/// use staycalc::JsonReportWriter;
/// let writer = JsonReportWriter::new(Vec::new(), &["department"]).unwrap();
/// assert_eq!(writer.finish().unwrap(), b"[]\n");
/// ```
#[derive(Debug)]
pub struct JsonReportWriter<W: Write> {
    out: W,
    carried: Vec<String>,
    written: usize,
    text: String,
}

impl<W: Write> JsonReportWriter<W> {
    /// A writer to `out`, for a team with these carried columns.
    ///
    /// # Errors
    ///
    /// None yet: the array opens with the first object. The `Result` is for symmetry with
    /// [`crate::CsvReportWriter::new`].
    pub fn new<S: AsRef<str>>(out: W, carried_names: &[S]) -> io::Result<JsonReportWriter<W>> {
        Ok(JsonReportWriter {
            out,
            carried: carried_names
                .iter()
                .map(|s| s.as_ref().to_string())
                .collect(),
            written: 0,
            text: String::new(),
        })
    }

    /// Writes one person's object.
    ///
    /// # Errors
    ///
    /// Any error writing to the output.
    pub fn write(&mut self, report: &PersonReport) -> io::Result<()> {
        let t = &mut self.text;
        t.clear();
        t.push_str(if self.written == 0 {
            "[\n  {"
        } else {
            ",\n  {"
        });
        let mut first = true;
        let mut key = |t: &mut String, name: &str| {
            t.push_str(if first { "\n    " } else { ",\n    " });
            first = false;
            string(t, name);
            t.push_str(": ");
        };
        key(t, "person");
        string(t, &report.person);
        for (name, value) in self.carried.iter().zip(&report.carried) {
            key(t, name);
            string(t, value);
        }
        for (name, value) in fields::NAMES.iter().zip(fields::values(report)) {
            key(t, name);
            match value {
                Value::Text(text) => string(t, text),
                Value::Number(n) => {
                    let _ = write!(t, "{n}");
                }
                Value::Bool(b) => t.push_str(if b { "true" } else { "false" }),
                Value::Date(date) => self::date(t, date),
                Value::Optional(Some(n)) => {
                    let _ = write!(t, "{n}");
                }
                Value::Optional(None) | Value::Verdict(None) => t.push_str("null"),
                Value::Warnings([]) | Value::Lines([]) => t.push_str("[]"),
                Value::Warnings(warnings) => {
                    t.push('[');
                    for (i, warning) in warnings.iter().enumerate() {
                        t.push_str(if i == 0 { "\n      {" } else { ",\n      {" });
                        t.push_str("\n        \"code\": ");
                        string(t, warning.code());
                        t.push_str(",\n        \"message\": ");
                        string(t, &warning.to_string());
                        t.push_str(",\n        \"rows\": [");
                        for (j, row) in warning.rows().iter().enumerate() {
                            t.push_str(if j == 0 {
                                "\n          "
                            } else {
                                ",\n          "
                            });
                            let _ = write!(t, "{row}");
                        }
                        t.push_str("\n        ]\n      }");
                    }
                    t.push_str("\n    ]");
                }
                Value::Verdict(Some(v)) => {
                    let _ = write!(t, "{{\n      \"row\": {},", v.row);
                    t.push_str("\n      \"entry\": ");
                    self::date(t, Some(v.entry));
                    t.push_str(",\n      \"exit\": ");
                    self::date(t, Some(v.exit));
                    let _ = write!(t, ",\n      \"planned\": {}", v.planned);
                    let _ = write!(t, ",\n      \"unlawful_days\": {}", v.unlawful_days);
                    t.push_str(",\n      \"first_unlawful_day\": ");
                    self::date(t, v.first_unlawful_day);
                    t.push_str(",\n      \"latest_exit\": ");
                    self::date(t, v.latest_exit);
                    t.push_str("\n    }");
                }
                Value::Lines(lines) => {
                    t.push('[');
                    for (i, line) in lines.iter().enumerate() {
                        t.push_str(if i == 0 { "\n      " } else { ",\n      " });
                        let _ = write!(t, "{line}");
                    }
                    t.push_str("\n    ]");
                }
            }
        }
        t.push_str("\n  }");
        self.written += 1;
        self.out.write_all(self.text.as_bytes())
    }

    /// Closes the array and flushes the output.
    ///
    /// # Errors
    ///
    /// Any error writing to the output.
    pub fn finish(mut self) -> io::Result<W> {
        let end: &[u8] = if self.written == 0 { b"[]\n" } else { b"\n]\n" };
        self.out.write_all(end)?;
        self.out.flush()?;
        Ok(self.out)
    }
}

/// Appends `YYYY-MM-DD` as a string, or `null`.
fn date(t: &mut String, date: Option<chrono::NaiveDate>) {
    match date {
        Some(date) => {
            let _ = write!(t, "\"{date}\"");
        }
        None => t.push_str("null"),
    }
}

/// Appends `text` as a JSON string literal.
fn string(t: &mut String, text: &str) {
    t.push('"');
    for c in text.chars() {
        match c {
            '"' => t.push_str("\\\""),
            '\\' => t.push_str("\\\\"),
            '\n' => t.push_str("\\n"),
            '\r' => t.push_str("\\r"),
            '\t' => t.push_str("\\t"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(t, "\\u{:04x}", u32::from(c));
            }
            c => t.push(c),
        }
    }
    t.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_strings() {
        let mut t = String::new();
        string(&mut t, "a \"b\" \\ \n\u{1}\u{2028}é");
        assert_eq!(t, "\"a \\\"b\\\" \\\\ \\n\\u0001\\u2028é\"");
    }
}
