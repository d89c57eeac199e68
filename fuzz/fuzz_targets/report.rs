//! Arbitrary bytes as a team file through `read_team`, every person checked, and the report
//! written as CSV, JSON and text. The first two bytes choose the check date and the default
//! rule (or none, when the file must name one per row).
//!
//! Beyond "no panic": every line of the report can be checked (rows are checked as they are
//! read); the CSV output reads back with one record per person and no cell a spreadsheet
//! would run as a formula; the JSON output is valid JSON, an array of one object per person;
//! the counts of rows add up.

#![no_main]

use libfuzzer_sys::fuzz_target;
use staycalc::{catalogue, date};
use staycalc::input::CsvReader;
use staycalc::report::{read_team, CsvReportWriter, JsonReportWriter, TeamSettings, TextReportWriter};

fuzz_target!(|data: &[u8]| {
    let (settings, file) = match data {
        [a, b, rest @ ..] => {
            let on = chrono::Days::new(u64::from(*a) * 97);
            let on = date(2013, 1, 1).checked_add_days(on).expect("a date");
            let rule = match *b as usize % (catalogue().len() + 1) {
                0 => None,
                i => Some(&catalogue()[i - 1]),
            };
            (TeamSettings::new(on, rule), rest)
        }
        _ => return,
    };
    let mut bad_rows = 0;
    let team = match read_team(file, settings, |bad| {
        let message = bad.to_string();
        assert!(
            message.starts_with(&format!("line {}", bad.line)),
            "{message}"
        );
        bad_rows += 1;
    }) {
        Ok(team) => team,
        Err(error) => {
            // An unreadable header, or the default rule not yet in force on the check date.
            assert!(
                matches!(error.code(), "bad_input" | "rule_not_in_force"),
                "{error}"
            );
            return;
        }
    };
    assert!(bad_rows >= team.bad_rows(), "each bad row was reported");
    let reports: Vec<_> = team
        .reports()
        .map(|report| report.expect("every row was checked as it was read"))
        .collect();
    assert_eq!(reports.len(), team.len());
    let stays: usize = reports.iter().map(|r| r.stays).sum();
    assert_eq!(stays, team.rows(), "every good row is in one report line");

    let mut csv = CsvReportWriter::new(Vec::new(), team.carried_names()).expect("in memory");
    for report in &reports {
        csv.write(report).expect("in memory");
    }
    // `sep=,` tells the reader the separator (a header name may hold `;` or tabs unquoted).
    let mut csv = csv.finish().expect("in memory");
    csv.splice(0..0, b"sep=,\n".iter().copied());
    let records: Vec<_> = CsvReader::new(&csv[..])
        .collect::<Result<_, _>>()
        .expect("the CSV output reads back");
    assert_eq!(
        records.len(),
        reports.len() + 1,
        "a header and a line per person"
    );
    for record in &records {
        assert_eq!(record.fields.len(), records[0].fields.len());
        for cell in &record.fields {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula-like cell {cell:?} in the CSV output"
            );
        }
    }

    let mut json = JsonReportWriter::new(Vec::new(), team.carried_names()).expect("in memory");
    for report in &reports {
        json.write(report).expect("in memory");
    }
    let json = json.finish().expect("in memory");
    let value: serde_json::Value = serde_json::from_slice(&json).expect("valid JSON");
    assert_eq!(value.as_array().map(Vec::len), Some(reports.len()));

    let mut text = TextReportWriter::new(Vec::new(), &team);
    for report in &reports {
        text.write(report);
    }
    let text = text.finish().expect("in memory");
    assert!(std::str::from_utf8(&text).is_ok());
});
