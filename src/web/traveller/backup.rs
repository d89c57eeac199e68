//! The stays as a file to keep, or to move to another device, and read back: JSON (with the
//! rule) and CSV (`person,entry,exit,rule`, and `country` when a stay has one: the team page
//! reads it as one person's stays, the command line's `check` as a stays file). Reading back goes through the engine's readers:
//! its CSV reader and header names, and the paste reader for the dates (the page holds it
//! already; the full stays reader would add 20 KB to the wasm), so a bad row is refused in the
//! same words as a pasted line, by its line, and never drops the good ones.

use crate::error::Error;
use crate::input::header::{Header, COUNTRY, ENTRY, EXIT};
use crate::input::{parse_pasted, CsvReader, CsvRecord};
use crate::output::JsonWriter;
use crate::report::push_cell;
use crate::stay::Stay;
use crate::web::traveller::paste::country_of;
use crate::web::traveller::{StayRows, CUSTOM};
use chrono::NaiveDate;

/// The stays of `rows` that can be counted: an entry date, and an exit date or "still there",
/// each with its country (its alpha-2 code, the text as typed when it names none, or empty).
/// Rows still being typed are not stays yet and are left out.
fn stays(rows: &StayRows) -> Vec<(NaiveDate, Option<NaiveDate>, String)> {
    let date = |text: &str| crate::date::parse_date(text, "date").ok();
    rows.rows()
        .iter()
        .filter_map(|row| {
            let entry = date(&row.entry)?;
            let exit = if row.still_there {
                None
            } else {
                Some(date(&row.exit)?)
            };
            let country = match crate::zones::country(&row.country) {
                Ok(country) if row.has_country() => country.alpha2.to_string(),
                _ => row.country.clone(),
            };
            Some((entry, exit, country))
        })
        .collect()
}

/// A CSV cell as the team report writes one ([`push_cell`]): quoted when it holds a separator
/// of any locale, a quote or a line end; after a `'` when a spreadsheet would run it as a
/// formula.
fn cell(text: &str) -> String {
    let mut out = String::new();
    push_cell(&mut out, text);
    out
}

/// The stays of `rows` as CSV, one line per stay: `person` (the traveller's name), entry, exit
/// (empty for a stay still under way) and the catalogue rule `rule` (empty for one's own
/// numbers, which no other reader knows).
pub(crate) fn stays_csv(rows: &StayRows, person: &str, rule: &str) -> String {
    let rule = if rule == CUSTOM { "" } else { rule };
    let with_countries = rows.has_countries();
    let mut out = String::from("person,entry,exit,rule");
    out += if with_countries { ",country\n" } else { "\n" };
    for (entry, exit, country) in stays(rows) {
        let exit = exit.map(|d| d.to_string()).unwrap_or_default();
        out += &format!("{},{entry},{exit},{}", cell(person), cell(rule));
        if with_countries {
            out += &format!(",{}", cell(&country));
        }
        out.push('\n');
    }
    out
}

/// The stays of `rows` as JSON: `{"staycalc": "stays", "version": 1, "person", "rule",
/// "stays": [{"entry", "exit", "country"}]}`, an exit `null` for a stay still under way, the
/// country only when the stay has one.
pub(crate) fn stays_json(rows: &StayRows, person: &str, rule: &str) -> String {
    let mut out = String::new();
    let mut json = JsonWriter::pretty(&mut out, 0);
    json.begin_object();
    json.key("staycalc");
    json.string("stays");
    json.key("version");
    json.number(1);
    json.key("person");
    json.string(person);
    json.key("rule");
    json.string(rule);
    json.key("stays");
    json.begin_array();
    for (entry, exit, country) in stays(rows) {
        json.item();
        json.begin_object();
        json.key("entry");
        json.date(entry);
        json.key("exit");
        match exit {
            Some(exit) => json.date(exit),
            None => json.null(),
        }
        if !country.is_empty() {
            json.key("country");
            json.string(&country);
        }
        json.end_object();
    }
    json.end_array();
    json.end_object();
    out.push('\n');
    out
}

/// What opening a file read: its stays, and each line refused with why.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Opened {
    /// The stays read, in file order.
    pub stays: Vec<Stay>,
    /// Each stay's country (an alpha-2 code), or empty.
    pub countries: Vec<&'static str>,
    /// The lines (or records) refused: their number and the reason.
    pub refused: Vec<(usize, Error)>,
}

/// Reads `lines` ("entry exit country", the exit empty for a stay still under way, the
/// country an alpha-2 code or empty, at the line numbers of the file they come from) with the
/// engine's paste reader, which the page already holds.
fn read_lines(lines: &[String], mut refused: Vec<(usize, Error)>) -> Opened {
    let pasted = parse_pasted(&lines.join("\n"));
    refused.extend(pasted.rejected.into_iter().map(|r| (r.line, r.reason)));
    crate::order::sort_by_rank(&mut refused, |(line, _)| *line as u64);
    let countries = pasted
        .places
        .iter()
        .map(|place| place.as_deref().and_then(country_of).unwrap_or(""))
        .collect();
    Opened {
        stays: pasted.stays,
        countries,
        refused,
    }
}

/// A country cell as the paste reader finds it: its code in capitals.
fn country_cell(text: &str) -> String {
    match crate::zones::country(text) {
        Ok(country) if !text.trim().is_empty() => country.alpha2.to_string(),
        _ => String::new(),
    }
}

/// `(entry, exit, country)` texts (an empty exit: still there; an empty country: none), the
/// stays of a JSON file, item `n` on line `n`.
pub(crate) fn open_pairs(pairs: &[(String, String, String)]) -> Opened {
    let lines: Vec<String> = pairs
        .iter()
        .map(|(entry, exit, country)| {
            format!("{} {} {}", entry.trim(), exit.trim(), country_cell(country))
        })
        .collect();
    read_lines(&lines, Vec::new())
}

/// The stays of a CSV file with entry and exit columns (named as the command line and the
/// team page name them; other columns are ignored), read by the engine's CSV reader, each
/// row's dates by its paste reader, refusals naming the file's lines.
pub(crate) fn open_csv(text: &str) -> Opened {
    let mut reader = CsvReader::new(text.as_bytes());
    let mut record = CsvRecord {
        line: 0,
        fields: Vec::new(),
    };
    let columns = match reader.read_record(&mut record) {
        Some(Ok(())) => {
            let header = Header::new(&record.fields, record.line);
            header
                .require(ENTRY)
                .and_then(|entry| Ok((entry, header.require(EXIT)?)))
        }
        Some(Err(error)) => Err(error),
        None => return Opened::default(),
    };
    let country = Header::new(&record.fields, record.line)
        .find(COUNTRY)
        .ok()
        .flatten();
    let (entry, exit) = match columns {
        Ok(columns) => columns,
        Err(error) => {
            return Opened {
                refused: vec![(1, error)],
                ..Opened::default()
            }
        }
    };
    let mut lines = Vec::new();
    let mut refused = Vec::new();
    while let Some(result) = reader.read_record(&mut record) {
        match result {
            Ok(()) => {
                let cell = |i: usize| record.fields.get(i).map_or("", |f| f.trim());
                lines.resize(record.line.saturating_sub(1), String::new());
                let place = country.map_or(String::new(), |i| country_cell(cell(i)));
                lines.push(format!("{} {} {place}", cell(entry), cell(exit)));
            }
            Err(error) => refused.push((error.row().unwrap_or(0), error)),
        }
    }
    read_lines(&lines, refused)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::input::read_stays;

    fn rows() -> StayRows {
        StayRows::from_values([
            ("2025-01-01".into(), "2025-01-10".into(), false),
            ("2025-02-01".into(), String::new(), false),
            (String::new(), String::new(), false),
            ("2025-03-10".into(), String::new(), true),
        ])
    }

    #[test]
    fn csv_holds_the_stays_the_command_line_reads_and_opens_back() {
        let csv = stays_csv(&rows(), "Berg, Ana", "schengen");
        assert_eq!(
            csv,
            "person,entry,exit,rule\n\"Berg, Ana\",2025-01-01,2025-01-10,schengen\n\
             \"Berg, Ana\",2025-03-10,,schengen\n"
        );
        let file = read_stays(csv.as_bytes());
        assert!(file.errors.is_empty());
        let stays = [
            Stay::new(date(2025, 1, 1), date(2025, 1, 10)),
            Stay::open(date(2025, 3, 10)),
        ];
        assert_eq!(file.stays, [stays[0].at_row(2), stays[1].at_row(3)]);
        let opened = open_csv(&csv);
        assert!(opened.refused.is_empty());
        assert_eq!(opened.stays, [stays[0].at_row(2), stays[1].at_row(3)]);
        assert!(stays_csv(&rows(), "=cmd", CUSTOM).contains("'=cmd,2025-01-01,2025-01-10,\n"));
    }

    #[test]
    fn json_holds_the_rule_and_the_stays() {
        let json = stays_json(&rows(), "Ana", "schengen");
        let compact: String = json.split_whitespace().collect();
        assert_eq!(
            compact,
            r#"{"staycalc":"stays","version":1,"person":"Ana","rule":"schengen","stays":[{"entry":"2025-01-01","exit":"2025-01-10"},{"entry":"2025-03-10","exit":null}]}"#
        );
    }

    #[test]
    fn a_bad_row_is_refused_by_its_line_and_keeps_the_good_ones() {
        let opened = open_csv("Note;Entry;Exit\nSki;10.01.2025;24.01.2025\nOops;2025-02-30;2025-03-01\n\n\"x\ny\";01.04.2025;\n");
        assert_eq!(
            opened.stays,
            [
                Stay::new(date(2025, 1, 10), date(2025, 1, 24)).at_row(2),
                Stay::open(date(2025, 4, 1)).at_row(5)
            ]
        );
        let refused: Vec<(usize, &str)> =
            opened.refused.iter().map(|(l, e)| (*l, e.code())).collect();
        assert_eq!(refused, [(3, "bad_date")]);
        let opened = open_csv("when,where\n2025-01-01,Paris\n");
        assert_eq!(opened.refused[0].0, 1);
        assert!(opened.stays.is_empty());
        let pairs = [
            ("2025-01-01".into(), "2025-01-10".into(), "Франция".into()),
            ("2025-02-30".into(), "2025-03-01".into(), String::new()),
            ("01.04.2025".into(), String::new(), String::new()),
        ];
        let opened = open_pairs(&pairs);
        assert_eq!(opened.stays.len(), 2);
        assert_eq!(
            opened.refused.iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            [2]
        );
        assert_eq!(opened.countries, ["FR", ""]);
    }

    #[test]
    fn countries_are_written_and_read_back_when_a_stay_has_one() {
        let mut rows = rows();
        let first = rows.rows()[0].id;
        rows.set_country(first, "Germany");
        let csv = stays_csv(&rows, "Ana", "schengen");
        assert_eq!(
            csv,
            "person,entry,exit,rule,country\nAna,2025-01-01,2025-01-10,schengen,DE\n\
             Ana,2025-03-10,,schengen,\n"
        );
        let opened = open_csv(&csv);
        assert_eq!(
            (opened.stays.len(), opened.countries.clone()),
            (2, vec!["DE", ""])
        );
        let json = stays_json(&rows, "Ana", "schengen");
        assert!(json.contains("\"country\": \"DE\""), "{json}");
        assert_eq!(json.matches("country").count(), 1);
    }
}
