//! `staycalc rules`: the catalogue, for people or as JSON.

mod describe;
mod help;

pub(crate) use help::HELP;

use crate::args::Spec;
use crate::failure::Failure;
use crate::json::Json;
use crate::Format;
use staycalc::{catalogue, PerEntry, Rule, Window};

const SPEC: Spec = Spec {
    command: "rules",
    values: &["--format"],
    flags: &["--help"],
    repeatable: &[],
};

/// Runs `staycalc rules` with the arguments after `rules`.
pub(crate) fn run(args: &[std::ffi::OsString]) -> Result<String, Failure> {
    let args = SPEC.parse(args)?;
    if args.has("--help") {
        return Ok(HELP.to_string());
    }
    if let Some(extra) = args.positionals.first() {
        return Err(Failure::usage(format!(
            "unexpected argument {extra:?}: `staycalc rules` takes only --format"
        )));
    }
    Ok(match Format::parse(args.value("--format"))? {
        Format::Text => text(catalogue()),
        Format::Json => Json::Array(catalogue().iter().map(json).collect()).pretty(),
    })
}

/// The rules in blocks of aligned lines.
fn text(rules: &[Rule]) -> String {
    let mut out = String::new();
    for rule in rules {
        out.push_str(&format!("{}  {}\n", rule.id, rule.name));
        let mut line = |label: &str, value: &str| {
            for (i, part) in wrap(value, WIDTH - INDENT).iter().enumerate() {
                let label = if i == 0 { label } else { "" };
                out.push_str(&format!("  {label:<width$}{part}\n", width = INDENT - 2));
            }
        };
        line("destination", rule.destination);
        line("applies to", rule.applies_to);
        for (i, version) in describe::versions(rule).iter().enumerate() {
            line(if i == 0 { "limits" } else { "" }, version);
        }
        line("source", rule.source);
        line(
            "confidence",
            &format!(
                "{}, last checked {}",
                rule.confidence.as_str(),
                rule.last_checked
            ),
        );
        out.push('\n');
    }
    out.push_str(
        "custom  your own numbers: staycalc check --window N --max M [--per-entry E] ...\n",
    );
    out
}

/// The width text output is wrapped to, and where values start.
const WIDTH: usize = 100;
const INDENT: usize = 15;

/// `text` cut into lines of at most `width` characters at spaces (a longer word stays whole).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    if !current.is_empty() {
        lines.push(current);
    }
    lines
}

/// One rule as a JSON object: every field of the catalogue entry.
fn json(rule: &Rule) -> Json {
    let versions = rule.versions.iter().map(|version| {
        let window = version.limits.window.map_or(Json::Null, |window| {
            let (kind, days, max) = match window {
                Window::Rolling { days, max } => ("rolling", Some(days), max),
                Window::CalendarYear { max } => ("calendar_year", None, max),
                Window::FromFirstEntry { days, max } => ("from_first_entry", Some(days), max),
            };
            Json::Object(vec![
                ("kind", Json::text(kind)),
                ("days", Json::number(days)),
                ("max", Json::number(Some(max))),
            ])
        });
        let per_entry = version
            .limits
            .per_entry
            .map_or(Json::Null, |cap| match cap {
                PerEntry::Days(days) => Json::Object(vec![("days", Json::number(Some(days)))]),
                PerEntry::Months(months) => {
                    Json::Object(vec![("months", Json::number(Some(months)))])
                }
            });
        Json::Object(vec![
            ("from", Json::date(version.from)),
            ("window", window),
            ("per_entry", per_entry),
            (
                "ignores_earlier_presence",
                Json::Bool(version.ignores_earlier_presence),
            ),
            ("description", Json::text(describe::limits(&version.limits))),
        ])
    });
    Json::Object(vec![
        ("id", Json::text(rule.id.as_ref())),
        ("name", Json::text(rule.name.as_ref())),
        ("destination", Json::text(rule.destination)),
        ("applies_to", Json::text(rule.applies_to)),
        (
            "nationalities",
            Json::Array(rule.nationalities.iter().map(|&n| Json::text(n)).collect()),
        ),
        ("versions", Json::Array(versions.collect())),
        ("source", Json::text(rule.source)),
        ("confidence", Json::text(rule.confidence.as_str())),
        ("last_checked", Json::text(rule.last_checked)),
        ("consequences", Json::text(rule.consequences)),
        ("notes", Json::text(rule.notes)),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_keeping_long_words() {
        assert_eq!(wrap("aa bb cc", 5), ["aa bb", "cc"]);
        assert_eq!(wrap("  a   b ", 10), ["a b"]);
        assert_eq!(
            wrap("https://example.org/long x", 5),
            ["https://example.org/long", "x"]
        );
        assert_eq!(wrap("", 5), Vec::<String>::new());
    }

    #[test]
    fn no_line_is_wider_than_the_width_unless_one_word_is() {
        for line in text(catalogue()).lines() {
            let words_fit = line
                .split_whitespace()
                .all(|w| w.chars().count() < WIDTH - INDENT);
            if words_fit && !line.starts_with("custom") {
                assert!(line.chars().count() <= WIDTH, "{line}");
            }
        }
    }
}
