//! The stays as a file to keep, or to move to another device, and read back: JSON (with the
//! rule) and CSV (`person,entry,exit,rule`: the team page reads it as one person's stays, the
//! command line's `check` as a stays file). Reading back goes through the engine's stays reader
//! ([`read_stays`]), so a bad row of a file is refused in the same words as anywhere else and
//! never drops the good ones.

use crate::error::Error;
use crate::input::read_stays;
use crate::output::JsonWriter;
use crate::report::push_cell;
use crate::stay::Stay;
use crate::web::traveller::{StayRows, CUSTOM};
use chrono::NaiveDate;

/// The stays of `rows` that can be counted: an entry date, and an exit date or "still there".
/// Rows still being typed are not stays yet and are left out.
fn stays(rows: &StayRows) -> Vec<(NaiveDate, Option<NaiveDate>)> {
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
            Some((entry, exit))
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
    let mut out = String::from("person,entry,exit,rule\n");
    for (entry, exit) in stays(rows) {
        let exit = exit.map(|d| d.to_string()).unwrap_or_default();
        out += &format!("{},{entry},{exit},{}\n", cell(person), cell(rule));
    }
    out
}

/// The stays of `rows` as JSON: `{"staycalc": "stays", "version": 1, "person", "rule",
/// "stays": [{"entry", "exit"}]}`, an exit `null` for a stay still under way.
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
    for (entry, exit) in stays(rows) {
        json.item();
        json.begin_object();
        json.key("entry");
        json.date(entry);
        json.key("exit");
        match exit {
            Some(exit) => json.date(exit),
            None => json.null(),
        }
        json.end_object();
    }
    json.end_array();
    json.end_object();
    out.push('\n');
    out
}

/// `(entry, exit)` texts (an empty exit: still there) as a stays file the engine reads, so the
/// stays of a JSON file are read, and refused row by row, as a CSV file's are.
pub(crate) fn csv_of(pairs: &[(String, String)]) -> String {
    let mut out = String::from("entry,exit\n");
    for (entry, exit) in pairs {
        out += &format!("{},{}\n", cell(entry), cell(exit));
    }
    out
}

/// The stays of a CSV file (or of [`csv_of`]), and every row refused, naming its line.
pub(crate) fn read_backup(text: &str) -> (Vec<Stay>, Vec<Error>) {
    let file = read_stays(text.as_bytes());
    (file.stays, file.errors)
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
    fn csv_holds_the_stays_the_engine_reads_back() {
        let csv = stays_csv(&rows(), "Berg, Ana", "schengen");
        assert_eq!(
            csv,
            "person,entry,exit,rule\n\"Berg, Ana\",2025-01-01,2025-01-10,schengen\n\
             \"Berg, Ana\",2025-03-10,,schengen\n"
        );
        let file = read_stays(csv.as_bytes());
        assert!(file.errors.is_empty());
        assert_eq!(
            file.stays,
            [
                Stay::new(date(2025, 1, 1), date(2025, 1, 10)).at_row(2),
                Stay::open(date(2025, 3, 10)).at_row(3)
            ]
        );
        assert_eq!(read_backup(&csv).0, file.stays);
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
    fn pairs_are_read_as_a_file_and_a_bad_row_keeps_the_good_ones() {
        let pairs = [
            ("2025-01-01".to_string(), "2025-01-10".to_string()),
            ("2025-02-30".to_string(), "2025-03-01".to_string()),
            ("01.04.2025".to_string(), String::new()),
        ];
        let (stays, errors) = read_backup(&csv_of(&pairs));
        assert_eq!(
            stays,
            [
                Stay::new(date(2025, 1, 1), date(2025, 1, 10)).at_row(2),
                Stay::open(date(2025, 4, 1)).at_row(4)
            ]
        );
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].row(), Some(3));
    }
}
