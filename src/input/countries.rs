//! The `country` column of a stays file: the country each row names, as written.
//!
//! Read apart from the stays ([`crate::input::read_stays`] reads the dates), from the same
//! text: each value is matched to its stay by line. Finding the country a value names is
//! [`crate::zones::country`]'s.

use crate::input::csv::{CsvReader, CsvRecord};
use crate::input::header::{Header, COUNTRY};
use std::io::BufRead;

/// The values of a stays file's country column by line (the header is line 1), trimmed, in
/// line order; an empty value is kept (a stay with no country). `None` when the header names
/// no country column, or cannot be read (the stays reader says why).
///
/// ```
/// use staycalc::input::read_country_column;
/// let text = "entry;exit;Страна\n2025-03-01;2025-03-10;FR\n2025-04-01;2025-04-03;\n";
/// let column = read_country_column(text.as_bytes());
/// assert_eq!(column, Some(vec![(2, "FR".to_string()), (3, String::new())]));
/// assert_eq!(read_country_column("entry,exit\n".as_bytes()), None);
/// ```
pub fn read_country_column<R: BufRead>(reader: R) -> Option<Vec<(usize, String)>> {
    let mut csv = CsvReader::new(reader);
    let mut record = CsvRecord {
        line: 0,
        fields: Vec::new(),
    };
    let mut at: Option<usize> = None;
    let mut values = Vec::new();
    while let Some(result) = csv.read_record(&mut record) {
        if result.is_err() {
            continue;
        }
        let Some(i) = at else {
            at = Some(
                Header::new(&record.fields, record.line)
                    .find(COUNTRY)
                    .ok()
                    .flatten()?,
            );
            continue;
        };
        if record.fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let value = record.fields.get(i).map_or("", |f| f.trim());
        values.push((record.line, value.to_string()));
    }
    at.map(|_| values)
}
