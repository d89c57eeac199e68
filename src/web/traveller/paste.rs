//! Pasting a list of stays into the stay list.

use crate::input::{parse_pasted, RejectedLine};
use crate::web::traveller::StayRows;
use crate::Stay;

/// What a paste did: how many stays were added, and the lines that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PasteReport {
    /// Stays added to the list.
    pub added: usize,
    /// Lines left out, with their number, text and reason.
    pub rejected: Vec<RejectedLine>,
    /// Lines read as a header naming the columns.
    pub headers: Vec<usize>,
}

/// Reads `text` with the engine's paste reader and appends the stays of its good lines to
/// `rows` (see [`StayRows::append`]); the lines it cannot read are reported, not guessed.
///
/// A line whose words name a country (`France`, `Грузия`, `Қазақстан`, or a code written in
/// capitals: `FR`, `FRA`) becomes a stay in that country: the answer counts it in its zone
/// (under the chosen rule only when the country is in the rule's zone on its days). A code in
/// small letters is a word (`in` is India's code, `at` Austria's), and so is any other text (a
/// city, a note): such a line is a stay without a country, counted as its dates say.
pub(crate) fn paste(rows: &mut StayRows, text: &str) -> PasteReport {
    let pasted = parse_pasted(text);
    let mut rejected = pasted.rejected;
    let stays: Vec<(Stay, &str)> = pasted
        .stays
        .into_iter()
        .zip(&pasted.places)
        .map(|(stay, place)| (stay, place.as_deref().and_then(country_of).unwrap_or("")))
        .collect();
    crate::order::sort_by_rank(&mut rejected, |r| r.line as u64);
    PasteReport {
        added: rows.append(stays),
        rejected,
        headers: pasted.headers,
    }
}

/// The alpha-2 code of the country the words `place` name: a name in English, Russian or
/// Kazakh, or a code written in capitals.
pub(super) fn country_of(place: &str) -> Option<&'static str> {
    let place = place.trim_matches(|c: char| !c.is_alphanumeric());
    let is_code = place.len() <= 3 && place.is_ascii();
    if is_code && !place.chars().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    crate::zones::country(place).ok().map(|c| c.alpha2)
}

/// What becomes of a pasted line in a country outside the rule's zone.
pub(crate) const NOT_COUNTED: &str =
    "left out of this rule's days; check that stay under its own country's rule";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_on_the_line_becomes_the_stays_country() {
        let mut rows = StayRows::default();
        let text = "France 01.03.2025 - 10.03.2025\n\
                    Грузия 1.04.2025 - 5.04.2025\n\
                    Paris (work) 2025-05-01 2025-05-03\n\
                    2025-03-01 2025-03-10 FR\n\
                    Қазақстан 2025-07-01 2025-07-03\n\
                    in 2025-06-01 2025-06-05\n\
                    Georgia: 2025-07-01\n\
                    Чад 2025-08-01 2025-08-02\n";
        let report = paste(&mut rows, text);
        assert_eq!((report.added, report.rejected.len()), (8, 0));
        let countries: Vec<&str> = rows.rows().iter().map(|r| r.country.as_str()).collect();
        // "in" is a word, not India: that stay has no country and counts as its dates say.
        assert_eq!(countries, ["FR", "GE", "", "FR", "KZ", "", "GE", "TD"]);
        assert!(rows.rows()[6].still_there);
    }

    #[test]
    fn good_lines_become_rows_and_bad_lines_are_reported_by_number() {
        let mut rows = StayRows::default();
        let report = paste(
            &mut rows,
            "Entry\tExit\n2025-03-01 2025-03-10\n01.04.2025 - 10.04.2025\n\nlast summer\n\
             1–10 May 2025\n",
        );
        assert_eq!(report.added, 3);
        let lines: Vec<(usize, &str)> = report
            .rejected
            .iter()
            .map(|r| (r.line, r.text.as_str()))
            .collect();
        assert_eq!(lines, [(5, "last summer")]);
        assert_eq!(report.headers, [1]);
        let entries: Vec<&str> = rows.rows().iter().map(|r| r.entry.as_str()).collect();
        assert_eq!(entries, ["2025-03-01", "2025-04-01", "2025-05-01"]);
        assert_eq!(rows.rows()[2].exit, "2025-05-10");
    }

    #[test]
    fn pasting_below_typed_rows_keeps_them_first() {
        let mut rows = StayRows::from_values([("2024-12-01".into(), "2024-12-05".into(), false)]);
        let report = paste(&mut rows, "2025-06-01\n");
        assert_eq!(report.added, 1);
        assert_eq!(rows.rows().len(), 2);
        assert_eq!(rows.rows()[0].entry, "2024-12-01");
        assert!(rows.rows()[1].still_there);
    }
}
