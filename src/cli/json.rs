//! A JSON value and its writer: enough for the command line's output, written by hand so the
//! engine needs no serialisation dependency.

use chrono::NaiveDate;
use std::fmt::Write;

/// A JSON value. Object keys keep their order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(u64),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(&'static str, Json)>),
}

impl Json {
    /// A string value.
    pub(crate) fn text(text: impl Into<String>) -> Json {
        Json::String(text.into())
    }

    /// A `YYYY-MM-DD` string, or null.
    pub(crate) fn date(date: Option<NaiveDate>) -> Json {
        date.map_or(Json::Null, |d| Json::String(d.to_string()))
    }

    /// A number, or null.
    pub(crate) fn number(number: Option<u32>) -> Json {
        number.map_or(Json::Null, |n| Json::Number(n.into()))
    }

    /// The value written with two-space indentation, and a final line end.
    pub(crate) fn pretty(&self) -> String {
        let mut out = String::new();
        self.write(&mut out, 0);
        out.push('\n');
        out
    }

    fn write(&self, out: &mut String, depth: usize) {
        let indent = |out: &mut String, depth: usize| {
            out.push('\n');
            out.extend(std::iter::repeat_n("  ", depth));
        };
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(value) => out.push_str(if *value { "true" } else { "false" }),
            Json::Number(value) => {
                let _ = write!(out, "{value}");
            }
            Json::String(value) => escape(value, out),
            Json::Array(items) if items.is_empty() => out.push_str("[]"),
            Json::Object(fields) if fields.is_empty() => out.push_str("{}"),
            Json::Array(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    item.write(out, depth + 1);
                }
                indent(out, depth);
                out.push(']');
            }
            Json::Object(fields) => {
                out.push('{');
                for (i, (key, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    indent(out, depth + 1);
                    escape(key, out);
                    out.push_str(": ");
                    value.write(out, depth + 1);
                }
                indent(out, depth);
                out.push('}');
            }
        }
    }
}

/// Writes `text` as a JSON string literal.
fn escape(text: &str, out: &mut String) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_nested_values_with_escapes() {
        let value = Json::Object(vec![
            ("a", Json::Array(vec![Json::Number(17), Json::Null])),
            ("b", Json::text("quote \" slash \\ line\n\u{1}")),
            ("c", Json::Array(vec![])),
            ("d", Json::Object(vec![("e", Json::Bool(false))])),
            ("f", Json::date(Some(staycalc::date(2024, 2, 29)))),
        ]);
        assert_eq!(
            value.pretty(),
            "{\n  \"a\": [\n    17,\n    null\n  ],\n  \"b\": \"quote \\\" slash \\\\ line\\n\\u0001\",\n  \
             \"c\": [],\n  \"d\": {\n    \"e\": false\n  },\n  \"f\": \"2024-02-29\"\n}\n"
        );
    }
}
