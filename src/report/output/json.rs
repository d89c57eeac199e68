//! The report as JSON: an array with one object per person.

use crate::fields::FieldValue;
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
        for (name, value) in fields::fields(report) {
            key(t, name);
            match value {
                Value::Answer(value) => answer(t, 2, value),
                Value::Verdict(None) => t.push_str("null"),
                Value::Verdict(Some(verdict)) => object(t, 2, verdict.fields()),
                Value::Lines(lines) => array(t, 2, lines, |t, _, line| {
                    let _ = write!(t, "{line}");
                }),
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

/// Appends a field of `staycalc check` as JSON, written at `depth` (in steps of two spaces).
fn answer(t: &mut String, depth: usize, value: FieldValue<'_>) {
    match value {
        FieldValue::Text(text) => string(t, text),
        FieldValue::Number(n) => {
            let _ = write!(t, "{n}");
        }
        FieldValue::Bool(b) => t.push_str(if b { "true" } else { "false" }),
        FieldValue::Date(date) => {
            let _ = write!(t, "\"{date}\"");
        }
        FieldValue::Absent => t.push_str("null"),
        FieldValue::Warnings(warnings) => array(t, depth, warnings, |t, depth, warning| {
            t.push('{');
            indent(t, depth + 1);
            t.push_str("\"code\": ");
            string(t, warning.code());
            t.push(',');
            indent(t, depth + 1);
            t.push_str("\"message\": ");
            string(t, &warning.to_string());
            t.push(',');
            indent(t, depth + 1);
            t.push_str("\"rows\": ");
            array(t, depth + 1, warning.rows(), |t, _, row| {
                let _ = write!(t, "{row}");
            });
            indent(t, depth);
            t.push('}');
        }),
    }
}

/// Appends these fields as a JSON object written at `depth`.
fn object<'a>(
    t: &mut String,
    depth: usize,
    fields: impl Iterator<Item = (&'static str, FieldValue<'a>)>,
) {
    t.push('{');
    for (i, (name, value)) in fields.enumerate() {
        if i > 0 {
            t.push(',');
        }
        indent(t, depth + 1);
        string(t, name);
        t.push_str(": ");
        answer(t, depth + 1, value);
    }
    indent(t, depth);
    t.push('}');
}

/// Appends `items` as a JSON array written at `depth`, each by `item` at `depth + 1`; `[]`
/// when there are none.
fn array<I: IntoIterator>(
    t: &mut String,
    depth: usize,
    items: I,
    mut item: impl FnMut(&mut String, usize, I::Item),
) {
    t.push('[');
    let mut empty = true;
    for value in items {
        if !empty {
            t.push(',');
        }
        empty = false;
        indent(t, depth + 1);
        item(t, depth + 1, value);
    }
    if !empty {
        indent(t, depth);
    }
    t.push(']');
}

/// Starts a line indented to `depth`.
fn indent(t: &mut String, depth: usize) {
    t.push('\n');
    t.extend(std::iter::repeat_n("  ", depth));
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
