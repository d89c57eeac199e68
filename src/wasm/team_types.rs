//! `report`'s answers as they cross the boundary: the report as objects or as text, and the
//! rows that could not be read, with the field names of `staycalc report --format json`.
//! `staycalc_report.d.ts` declares each of these for TypeScript.

use serde::Serialize;

/// `report`'s answer as objects: one object per person, as `staycalc report --format json`
/// prints them, and what was read.
#[derive(Serialize)]
pub struct TeamReport {
    /// The parsed JSON array of the report.
    #[serde(with = "serde_wasm_bindgen::preserve")]
    pub people: wasm_bindgen::JsValue,
    /// How many rows were read and checked (not the rows in the file: `rows_in_file`).
    pub rows: usize,
    /// How many rows the file has below its header, blank ones aside: those checked, those
    /// that could not be read and those in another zone, as the command line's "from 6 rows"
    /// counts them.
    pub rows_in_file: usize,
    pub date_format: Option<&'static str>,
    pub bad_rows: Vec<BadRowInfo>,
    /// Lines of rows wholly in a country outside their rule's zone: not counted, not bad.
    pub elsewhere_lines: Vec<u32>,
    /// Person cells read as an earlier line's person (letter case, spaces or dots aside).
    pub spellings: Vec<SpellingInfo>,
}

/// `report`'s answer as text: the CSV or JSON that `staycalc report` prints, and what was
/// read.
#[derive(Serialize)]
pub struct TeamReportText {
    pub text: String,
    /// How many rows were read and checked (not the rows in the file: `rows_in_file`).
    pub rows: usize,
    /// How many rows the file has below its header, blank ones aside: those checked, those
    /// that could not be read and those in another zone, as the command line's "from 6 rows"
    /// counts them.
    pub rows_in_file: usize,
    pub date_format: Option<&'static str>,
    pub bad_rows: Vec<BadRowInfo>,
    /// Lines of rows wholly in a country outside their rule's zone: not counted, not bad.
    pub elsewhere_lines: Vec<u32>,
    /// Person cells read as an earlier line's person (letter case, spaces or dots aside).
    pub spellings: Vec<SpellingInfo>,
}

/// A person cell read as an earlier line's person: the person as reported, the other
/// spelling, and the first line with it.
#[derive(Serialize)]
pub struct SpellingInfo {
    person: String,
    spelling: String,
    line: u32,
}

impl From<&crate::report::Spelling> for SpellingInfo {
    fn from(s: &crate::report::Spelling) -> SpellingInfo {
        SpellingInfo {
            person: s.person.to_string(),
            spelling: s.spelling.to_string(),
            line: s.line,
        }
    }
}

/// A row of a team file that could not be read: where, the value, and what is wrong with it.
#[derive(Serialize)]
pub struct BadRowInfo {
    line: usize,
    column: Option<String>,
    value: String,
    message: String,
}

impl From<crate::report::BadRow> for BadRowInfo {
    fn from(bad: crate::report::BadRow) -> BadRowInfo {
        BadRowInfo {
            line: bad.line,
            column: bad.column,
            value: bad.value,
            message: option_wording(&bad.reason),
        }
    }
}

/// `report`'s answer, in the form asked for.
#[derive(Serialize)]
#[serde(untagged)]
pub enum TeamAnswer {
    Objects(TeamReport),
    Text(TeamReportText),
}

/// `message` of the team reader, written for the command line, in the words of `report`'s
/// options: the default rule is the option `rule`, not the flag `--rule`, and `rules()` lists
/// the catalogue.
pub fn option_wording(message: &str) -> String {
    message
        .replace(
            "no default rule was given (--rule)",
            "no rule was given in the options",
        )
        .replace("(--nationality)", "(a nationality column)")
        .replace(
            "`staycalc rules` lists the known ones",
            "rules() lists the known ones",
        )
}
