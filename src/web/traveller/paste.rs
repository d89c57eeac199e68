//! Pasting a list of stays into the stay list.

use crate::input::{parse_pasted, RejectedLine};
use crate::web::traveller::StayRows;

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
pub(crate) fn paste(rows: &mut StayRows, text: &str) -> PasteReport {
    let pasted = parse_pasted(text);
    PasteReport {
        added: rows.append(&pasted.stays),
        rejected: pasted.rejected,
        headers: pasted.headers,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
