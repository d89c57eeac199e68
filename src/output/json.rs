//! The one JSON writer of staycalc: `staycalc check --format json` and `staycalc rules
//! --format json` (the command line), the team report's JSON ([`crate::report::JsonReportWriter`]) and
//! the JS API's answers (module `wasm`) all write with it, so strings are escaped, dates and
//! numbers written, and an answer's fields given their form in one place.
//!
//! Written by hand, so that the engine needs no serialisation dependency: a [`JsonWriter`]
//! appends values to a `String` one by one, the caller opening and closing each object and
//! array. Public for the command line (a crate of its own) but hidden from the docs: it is not
//! part of the API.

use crate::assessment::Assessment;
use crate::field::FieldValue;
use crate::plan::StayVerdict;
use crate::rule::Rule;
use crate::warning::Warning;
use chrono::{Datelike, NaiveDate};
use std::convert::Infallible;
use std::fmt::Write as _;

/// Appends JSON text to a `String`, value by value.
///
/// Pretty (as the command line prints, two spaces a level, `": "` after a key, `[]` and `{}`
/// when empty) or compact (no whitespace, for text that only a parser reads). The caller
/// writes a well-formed sequence: a [`JsonWriter::key`] before each member of an object, an
/// [`JsonWriter::item`] before each item of an array, each opened value closed.
///
/// ```
/// use staycalc::{date, JsonWriter};
/// let mut text = String::new();
/// let mut json = JsonWriter::pretty(&mut text, 0);
/// json.begin_object();
/// json.key("on");
/// json.date(date(2025, 6, 1));
/// json.key("rows");
/// json.numbers([2, 3]);
/// json.end_object();
/// assert_eq!(text, "{\n  \"on\": \"2025-06-01\",\n  \"rows\": [\n    2,\n    3\n  ]\n}");
/// ```
#[derive(Debug)]
pub struct JsonWriter<'a> {
    out: &'a mut String,
    /// How many objects and arrays are open (plus the starting depth), for the indentation.
    depth: usize,
    pretty: bool,
    /// Whether the innermost open object or array has no member yet.
    empty: bool,
}

impl<'a> JsonWriter<'a> {
    /// A writer appending to `out` with line ends and indentation, as if `depth` levels were
    /// already open (the closing brace of a value opened now is indented by `depth` steps).
    pub fn pretty(out: &'a mut String, depth: usize) -> JsonWriter<'a> {
        JsonWriter {
            out,
            depth,
            pretty: true,
            empty: true,
        }
    }

    /// A writer appending to `out` with no whitespace at all.
    ///
    /// ```
    /// use staycalc::{FieldValue, JsonWriter};
    /// let mut text = String::new();
    /// JsonWriter::compact(&mut text).fields([
    ///     ("days_used", FieldValue::Number(10)),
    ///     ("latest_exit", FieldValue::Absent),
    /// ]);
    /// assert_eq!(text, r#"{"days_used":10,"latest_exit":null}"#);
    /// ```
    pub fn compact(out: &'a mut String) -> JsonWriter<'a> {
        JsonWriter {
            out,
            depth: 0,
            pretty: false,
            empty: true,
        }
    }

    /// `null`.
    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    /// `true` or `false`.
    pub fn bool(&mut self, value: bool) {
        self.out.push_str(if value { "true" } else { "false" });
    }

    /// A whole number.
    pub fn number(&mut self, mut value: u64) {
        let mut digits = [0u8; 20];
        let mut start = digits.len();
        loop {
            start -= 1;
            digits[start] = b'0' + (value % 10) as u8;
            value /= 10;
            if value == 0 {
                break;
            }
        }
        self.ascii(&digits[start..]);
    }

    /// A string literal: `"` and `\` escaped, control characters and the line and paragraph
    /// separators (U+2028, U+2029) as `\n`, `\r`, `\t` or `\u00XX`.
    ///
    /// ```
    /// use staycalc::JsonWriter;
    /// let mut text = String::new();
    /// JsonWriter::compact(&mut text).string("a \"b\" \\ \n\u{1}\u{2028}é");
    /// assert_eq!(text, r#""a \"b\" \\ \n\u0001\u2028é""#);
    /// ```
    pub fn string(&mut self, text: &str) {
        let out = &mut *self.out;
        out.push('"');
        // Byte by byte: every character to escape starts with an ASCII byte, but for U+2028
        // and U+2029 (E2 80 A8, E2 80 A9), so each escape starts and ends on a character.
        let bytes = text.as_bytes();
        let (mut plain, mut at) = (0, 0);
        while let Some(&byte) = bytes.get(at) {
            let (escape, len) = match byte {
                b'"' => ("\\\"", 1),
                b'\\' => ("\\\\", 1),
                b'\n' => ("\\n", 1),
                b'\r' => ("\\r", 1),
                b'\t' => ("\\t", 1),
                0..=0x1f => ("", 1),
                0xe2 if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0xa8 | 0xa9])) => ("", 3),
                _ => {
                    at += 1;
                    continue;
                }
            };
            // `get`: the bounds are always on characters, and indexing brings in a panic path.
            out.push_str(text.get(plain..at).unwrap_or_default());
            if escape.is_empty() {
                // A control character, or the separator U+20XX of the bytes E2 80 XX.
                let code = if len == 1 {
                    u32::from(byte)
                } else {
                    0x2000 | u32::from(bytes[at + 2] & 0x3f)
                };
                hex_escape(out, code);
            } else {
                out.push_str(escape);
            }
            at += len;
            plain = at;
        }
        out.push_str(text.get(plain..).unwrap_or_default());
        out.push('"');
    }

    /// A date as a `YYYY-MM-DD` string, or `null`.
    pub fn optional_date(&mut self, date: Option<NaiveDate>) {
        match date {
            Some(d) => self.date(d),
            None => self.null(),
        }
    }

    /// A date as a `YYYY-MM-DD` string.
    pub fn date(&mut self, date: NaiveDate) {
        let year = date.year();
        if !(0..=9999).contains(&year) {
            // Outside the engine's range: chrono's own form (a sign, more digits).
            let _ = write!(self.out, "\"{date}\"");
            return;
        }
        let digit = |n: u32| b'0' + (n % 10) as u8;
        let (year, month, day) = (year.unsigned_abs(), date.month(), date.day());
        self.ascii(&[
            b'"',
            digit(year / 1000),
            digit(year / 100),
            digit(year / 10),
            digit(year),
            b'-',
            digit(month / 10),
            digit(month),
            b'-',
            digit(day / 10),
            digit(day),
            b'"',
        ]);
    }

    /// Appends ASCII text given as bytes: a string is pushed whole, where pushing each
    /// character costs a call of its own in the size-tuned WebAssembly build.
    fn ascii(&mut self, bytes: &[u8]) {
        if let Ok(text) = std::str::from_utf8(bytes) {
            self.out.push_str(text);
        }
    }

    /// Opens an object: then a [`JsonWriter::key`] and a value for each member.
    pub fn begin_object(&mut self) {
        self.open('{');
    }

    /// Starts a member of the open object: its `name`, then its value is written.
    pub fn key(&mut self, name: &str) {
        if !self.pretty && name.bytes().all(is_plain) {
            // The same text in three appends rather than five: each append is a call to
            // `memory.copy` in WebAssembly, the most of what writing an answer costs there.
            self.out.push_str(if self.empty { "\"" } else { ",\"" });
            self.empty = false;
            self.out.push_str(name);
            self.out.push_str("\":");
            return;
        }
        self.next();
        self.string(name);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    /// Closes the open object.
    pub fn end_object(&mut self) {
        self.close('}');
    }

    /// Opens an array: then an [`JsonWriter::item`] and a value for each item.
    pub fn begin_array(&mut self) {
        self.open('[');
    }

    /// Starts an item of the open array: then its value is written.
    pub fn item(&mut self) {
        self.next();
    }

    /// Closes the open array.
    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// An array of whole numbers (rows, line numbers).
    pub fn numbers(&mut self, numbers: impl IntoIterator<Item = usize>) {
        self.begin_array();
        for number in numbers {
            self.item();
            self.number(number as u64);
        }
        self.end_array();
    }

    /// A field of an answer in its JSON form: a date as `YYYY-MM-DD`, `null` where absent,
    /// warnings as [`JsonWriter::warnings`].
    pub fn value(&mut self, value: FieldValue<'_>) {
        match value {
            FieldValue::Text(text) => self.string(text),
            FieldValue::Number(n) => self.number(n),
            FieldValue::Bool(b) => self.bool(b),
            FieldValue::Date(date) => self.date(date),
            FieldValue::Absent => self.null(),
            FieldValue::Warnings(warnings) => self.warnings(warnings),
        }
    }

    /// An object of these fields (as [`Assessment::fields`] or [`StayVerdict::fields`] list
    /// them), each value as [`JsonWriter::value`].
    pub fn fields<'v>(&mut self, fields: impl IntoIterator<Item = (&'static str, FieldValue<'v>)>) {
        self.begin_object();
        self.members(fields);
        self.end_object();
    }

    /// These fields as members of the open object, each value as [`JsonWriter::value`].
    pub fn members<'v>(
        &mut self,
        fields: impl IntoIterator<Item = (&'static str, FieldValue<'v>)>,
    ) {
        for (name, value) in fields {
            self.key(name);
            self.value(value);
        }
    }

    /// The members of an evaluation, in the open object: the rule's `rule` and `rule_name`,
    /// every field of [`Assessment::fields`], then `plan`, the verdict on each stay (each an
    /// object of [`StayVerdict::fields`]). The one envelope of an answer: `staycalc check
    /// --format json` (which adds its `date_format`), the JS API's `evaluate` and the widget's
    /// `staycalc-change` event all write it here.
    pub fn evaluation(&mut self, rule: &Rule, answer: &Assessment, plan: &[StayVerdict]) {
        let written: Result<(), Infallible> =
            self.evaluation_in_pieces(rule, answer, plan, |_| Ok(()));
        match written {
            Ok(()) => {}
            Err(never) => match never {},
        }
    }

    /// [`JsonWriter::evaluation`], calling `piece` after each warning and each verdict, so that
    /// a long answer can be written out as it goes ([`JsonWriter::drain`]): the command line's
    /// answer on a file of millions of stays is never held whole.
    ///
    /// # Errors
    ///
    /// The first error of `piece`; the evaluation is left unfinished.
    pub fn evaluation_in_pieces<E>(
        &mut self,
        rule: &Rule,
        answer: &Assessment,
        plan: &[StayVerdict],
        mut piece: impl FnMut(&mut Self) -> Result<(), E>,
    ) -> Result<(), E> {
        self.key("rule");
        self.string(&rule.id);
        self.key("rule_name");
        self.string(&rule.name);
        for (name, value) in answer.fields() {
            self.key(name);
            match value {
                FieldValue::Warnings(warnings) => {
                    self.begin_array();
                    for warning in warnings {
                        self.item();
                        self.warning(warning);
                        piece(self)?;
                    }
                    self.end_array();
                }
                value => self.value(value),
            }
        }
        self.key("plan");
        self.begin_array();
        for verdict in plan {
            self.item();
            self.fields(verdict.fields());
            piece(self)?;
        }
        self.end_array();
        Ok(())
    }

    /// An array of verdicts, each an object of [`StayVerdict::fields`].
    pub fn verdicts(&mut self, plan: &[StayVerdict]) {
        self.begin_array();
        for verdict in plan {
            self.item();
            self.fields(verdict.fields());
        }
        self.end_array();
    }

    /// An array of warnings, each as [`JsonWriter::warning`].
    pub fn warnings(&mut self, warnings: &[Warning]) {
        self.begin_array();
        for warning in warnings {
            self.item();
            self.warning(warning);
        }
        self.end_array();
    }

    /// A warning: an object with its `code`, `message` and `rows`.
    pub fn warning(&mut self, warning: &Warning) {
        self.begin_object();
        self.key("code");
        self.string(warning.code());
        self.key("message");
        self.string(&warning.to_string());
        self.key("rows");
        self.numbers(warning.rows());
        self.end_object();
    }

    /// How long the text not yet drained is, in bytes.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// Whether no text is waiting to be drained.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// Writes the text so far to `out` and empties it, the writer going on where it was: a
    /// long answer is written in pieces instead of held whole.
    ///
    /// # Errors
    ///
    /// Any error writing to `out`.
    pub fn drain(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        out.write_all(self.out.as_bytes())?;
        self.out.clear();
        Ok(())
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    /// Before a member or an item: the comma after the one before, and its line.
    fn next(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        self.line();
    }

    fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty {
            self.line();
        }
        self.out.push(bracket);
        self.empty = false;
    }

    /// A line end and the indentation of the current depth, when pretty.
    fn line(&mut self) {
        if self.pretty {
            self.out.push('\n');
            self.out.extend(std::iter::repeat_n("  ", self.depth));
        }
    }
}

/// Whether `byte` is written as it is in a string literal: it starts no character that
/// [`JsonWriter::string`] escapes (nor U+2028 or U+2029).
fn is_plain(byte: u8) -> bool {
    byte >= 0x20 && byte != b'"' && byte != b'\\' && byte != 0xe2
}

/// Appends `\u` and the four lowercase hex digits of `code` (below 0x10000).
fn hex_escape(out: &mut String, code: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(char::from(HEX[(code >> shift) as usize & 0xf]));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    fn pretty(write: impl FnOnce(&mut JsonWriter)) -> String {
        let mut text = String::new();
        write(&mut JsonWriter::pretty(&mut text, 0));
        text
    }

    #[test]
    fn writes_nested_values_indented_and_empty_ones_closed() {
        let text = pretty(|json| {
            json.begin_object();
            json.key("a");
            json.begin_array();
            json.item();
            json.number(17);
            json.item();
            json.null();
            json.end_array();
            json.key("c");
            json.numbers([]);
            json.key("d");
            json.begin_object();
            json.key("e");
            json.bool(false);
            json.end_object();
            json.key("f");
            json.begin_object();
            json.end_object();
            json.end_object();
        });
        assert_eq!(
            text,
            "{\n  \"a\": [\n    17,\n    null\n  ],\n  \"c\": [],\n  \"d\": {\n    \"e\": false\n  \
             },\n  \"f\": {}\n}"
        );
    }

    #[test]
    fn escapes_what_json_and_javascript_need() {
        let text = pretty(|json| json.string("q\" b\\ \r\t\u{0}\u{1f} \u{2029}\u{7f}😀"));
        assert_eq!(text, "\"q\\\" b\\\\ \\r\\t\\u0000\\u001f \\u2029\u{7f}😀\"");
    }

    #[test]
    fn writes_numbers_and_dates_as_display_does() {
        for n in [0, 7, 10, 99, 12_345, u64::MAX] {
            assert_eq!(pretty(|json| json.number(n)), n.to_string());
        }
        for d in [date(1900, 1, 1), date(2024, 2, 29), date(2199, 12, 31)] {
            assert_eq!(pretty(|json| json.date(d)), format!("\"{d}\""));
        }
        let far = NaiveDate::from_ymd_opt(12_345, 1, 2).unwrap();
        assert_eq!(pretty(|json| json.date(far)), format!("\"{far}\""));
    }

    #[test]
    fn writes_warnings_with_code_message_and_rows() {
        let stays = [
            crate::stay::Stay::new(date(2025, 1, 1), date(2025, 1, 10)),
            crate::stay::Stay::new(date(2025, 1, 5), date(2025, 1, 20)),
        ];
        let answer = crate::assessment::assess(
            crate::catalogue::rule("schengen").unwrap(),
            &stays,
            date(2025, 2, 1),
        )
        .unwrap();
        let warning = &answer.warnings[0];
        let mut text = String::new();
        JsonWriter::compact(&mut text).warnings(&answer.warnings);
        let rows: Vec<_> = warning.rows().iter().map(usize::to_string).collect();
        let expected = format!(
            "[{{\"code\":\"{}\",\"message\":\"{}\",\"rows\":[{}]}}]",
            warning.code(),
            warning,
            rows.join(",")
        );
        assert_eq!(text, expected);
    }
}
