//! A JSON value for the command line's output, written by the library's one JSON writer
//! ([`JsonWriter`]), as every JSON output of staycalc is.

use chrono::NaiveDate;
use staycalc::JsonWriter;

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
        self.write(&mut JsonWriter::pretty(&mut out, 0));
        out.push('\n');
        out
    }

    fn write(&self, json: &mut JsonWriter<'_>) {
        match self {
            Json::Null => json.null(),
            Json::Bool(value) => json.bool(*value),
            Json::Number(value) => json.number(*value),
            Json::String(value) => json.string(value),
            Json::Array(items) => {
                json.begin_array();
                for item in items {
                    json.item();
                    item.write(json);
                }
                json.end_array();
            }
            Json::Object(fields) => {
                json.begin_object();
                for (key, value) in fields {
                    json.key(key);
                    value.write(json);
                }
                json.end_object();
            }
        }
    }
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
