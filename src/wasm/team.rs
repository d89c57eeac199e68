//! `report` (feature `wasm-report`), the export of the module `staycalc/report`: a team file's
//! text checked person by person, with the team reader and report writers of `staycalc
//! report`, so both give the same report. A module of its own, built for speed, so that the
//! module `staycalc` stays small (scripts/build-pkg.sh); its TypeScript declarations are in
//! `staycalc_report.d.ts`.
//!
//! The report is built as text in WebAssembly memory and crosses the boundary once: as the
//! CSV or JSON text itself, or (`format: "objects"`) as JSON text that `JSON.parse` turns into
//! objects inside V8, rather than with a call across the boundary for each field (for 100,000
//! people, parsing adds about a third to the time of the JSON text).

use super::error::Thrown;
use super::reply::answer;
use super::request::Request;
use super::team_options::utf8_argument;
use super::team_types::{
    option_wording, BadRowInfo, SpellingInfo, TeamAnswer, TeamReport, TeamReportText,
};
use crate::report::{
    read_team, BadRow, CsvReportWriter, JsonReportWriter, PersonReport, Team, TeamSettings,
};
use crate::Error;
use std::io;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("staycalc_report.d.ts");

/// The keys of `report`'s options.
const KEYS: [&str; 5] = ["on", "rule", "warn_below", "format", "warnBelow"];

/// The forms of the report, the first the default.
const FORMATS: [&str; 3] = ["objects", "csv", "json"];

/// A team file (CSV or TSV text with a header naming person, entry and exit) checked on a
/// date: one entry per person and rule with the carried columns and the fields of
/// `staycalc report --format json`, and the rows that could not be read. A bad row never
/// drops the others. `options` is `{on, rule?, warn_below?, format?}`: with `format` `"csv"`
/// or `"json"` the report is the text `staycalc report` prints (the fast path), with
/// `"objects"` (the default) the parsed objects. Declared in `staycalc_report.d.ts` with an
/// overload per format.
///
/// # Errors
///
/// Throws a `StaycalcError` whose `code` is `bad_request` (options or text of the wrong
/// shape), `bad_date` or `date_out_of_range` (`on`), `unknown_rule`, `invalid_rule` or
/// `rule_not_in_force` (`rule`), or `bad_input` (an empty file, or a header without person,
/// entry or exit, or without a rule column when no `rule` is given; `row` is then its line).
#[wasm_bindgen(js_name = report, skip_typescript)]
pub fn report(csv_text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    answer(|| team_report(&csv_text, options))
}

/// Reads `csv_text` as a team file and checks each person under `options`
/// (`{on, rule?, warn_below?, format?}`).
fn team_report(csv_text: &JsValue, options: JsValue) -> Result<TeamAnswer, Thrown> {
    let options = Request::options(options, &KEYS)?;
    let on = options.date("on")?;
    let rule = options.optional_rule()?;
    let format = options.choice("format", &FORMATS)?.unwrap_or(FORMATS[0]);
    let mut settings = TeamSettings::new(on, rule.as_deref());
    if let Some(threshold) = options.warn_below()? {
        settings.options.warning_threshold = threshold;
    }
    let text = utf8_argument(csv_text, "csvText")?;
    reserve_memory(text.len());
    let mut bad_rows = Vec::new();
    let team = read_team(text.as_slice(), settings, |bad| bad_rows.push(bad)).map_err(|error| {
        let thrown = Thrown::from(error);
        Thrown {
            message: option_wording(&thrown.message),
            ..thrown
        }
    })?;
    drop(text);
    let written = match format {
        "csv" => {
            let mut csv = CsvReportWriter::for_team(Vec::new(), &team).map_err(failed)?;
            each(&team, &mut bad_rows, |report| csv.write(report))?;
            csv.into_inner()
        }
        _ => {
            let mut json = JsonReportWriter::for_team(Vec::new(), &team).map_err(failed)?;
            each(&team, &mut bad_rows, |report| json.write(report))?;
            json.finish().map_err(failed)?
        }
    };
    // The writers write only UTF-8 (the values come from a string's bytes).
    let written = String::from_utf8(written)
        .unwrap_or_else(|error| String::from_utf8_lossy(error.as_bytes()).into_owned());
    let (rows, rows_in_file) = (team.rows(), team.rows_in_file());
    let date_format = team.date_format().map(|format| format.pattern());
    let bad_rows = bad_rows.into_iter().map(BadRowInfo::from).collect();
    let elsewhere_lines = team.elsewhere_lines().to_vec();
    let spellings = team.spellings().iter().map(SpellingInfo::from).collect();
    Ok(match format {
        "objects" => TeamAnswer::Objects(TeamReport {
            people: js_sys::JSON::parse(&written)
                .map_err(|_| failed(io::Error::other("the report is not valid JSON")))?,
            rows,
            rows_in_file,
            date_format,
            bad_rows,
            elsewhere_lines,
            spellings,
        }),
        _ => TeamAnswer::Text(TeamReportText {
            text: written,
            rows,
            rows_in_file,
            date_format,
            bad_rows,
            elsewhere_lines,
            spellings,
        }),
    })
}

/// Grows the WebAssembly memory at once to twice the `len` bytes of a file's text: about
/// what reading it and writing its CSV report need (JSON needs more, and grows from there).
/// Otherwise the allocator grows it 64 KiB at a time, and each step costs V8 a fraction of a
/// millisecond: a third of the time of a first report of a large file. WebAssembly memory
/// never shrinks, so later calls find it grown and reserve nothing.
fn reserve_memory(len: usize) {
    #[cfg(target_arch = "wasm32")]
    {
        const PAGE: usize = 64 * 1024;
        let grown = core::arch::wasm32::memory_size::<0>() * PAGE;
        let missing = len.saturating_mul(2).saturating_sub(grown);
        if missing > 0 {
            // Allocated and freed: the allocator keeps the space for what follows. A failure
            // is left to the allocations that need the space.
            let mut space = Vec::<u8>::new();
            let _ = std::hint::black_box(space.try_reserve_exact(missing));
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = len;
}

/// Checks every line of `team` in order and hands each report to `write`. A line that cannot
/// be checked (none is expected: every row was checked as it was read) is listed in
/// `bad_rows`, and the others are still written.
fn each(
    team: &Team<'_>,
    bad_rows: &mut Vec<BadRow>,
    mut write: impl FnMut(&PersonReport) -> io::Result<()>,
) -> Result<(), Thrown> {
    for report in team.reports() {
        match report {
            Ok(report) => write(&report).map_err(failed)?,
            Err(error) => bad_rows.push(unchecked(error)),
        }
    }
    Ok(())
}

/// A line of the report that could not be checked, as a bad row.
fn unchecked(error: Error) -> BadRow {
    BadRow {
        line: error.row().unwrap_or(0),
        column: None,
        value: String::new(),
        reason: error.to_string(),
    }
}

/// A report that could not be written to memory (not expected: writing to a `Vec` cannot
/// fail).
fn failed(error: io::Error) -> Thrown {
    Thrown {
        code: "bad_input",
        message: format!("cannot write the report: {error}"),
        row: None,
    }
}
