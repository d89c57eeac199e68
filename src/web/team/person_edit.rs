//! Editing one person's stays in place: the team's stays become the traveller view's stay
//! list, and the list, as edited, becomes the team's stays again.

use crate::date::parse_date;
use crate::report::edit::LineStay;
use crate::stay::Stay;
use crate::web::traveller::StayRows;

/// One person's stays being edited: which row of the list each of the file's stays became,
/// so that a row whose dates change keeps its file line and planned flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct PersonEdit {
    /// The team line being edited.
    pub index: u32,
    /// The key of each row made from a stay of the file, with that stay.
    from_file: Vec<(u32, LineStay)>,
}

impl PersonEdit {
    /// Starts editing team line `index`, whose stays are `stays`; returns the edit and the
    /// stay list to show (an open stay becomes a "still there" row).
    pub fn new(index: u32, stays: &[LineStay]) -> (PersonEdit, StayRows) {
        let rows = StayRows::from_values(stays.iter().map(|s| {
            let exit = s.stay.exit.map(|d| d.to_string()).unwrap_or_default();
            (s.stay.entry.to_string(), exit, s.stay.exit.is_none())
        }));
        let from_file = rows
            .rows()
            .iter()
            .zip(stays)
            .map(|(row, stay)| (row.id, *stay))
            .collect();
        (PersonEdit { index, from_file }, rows)
    }

    /// The stays of `rows` as the team should now hold them, in list order: the rows that are
    /// counted (not blank, and not among `skipped`, the 1-based numbers of rows the traveller
    /// view leaves out). A row made from a stay of the file keeps its line and planned flag;
    /// a new row has neither.
    pub fn stays(&self, rows: &StayRows, skipped: &[usize]) -> Vec<LineStay> {
        rows.rows()
            .iter()
            .enumerate()
            .filter(|(i, row)| !row.is_blank() && !skipped.contains(&(i + 1)))
            .filter_map(|(_, row)| {
                let entry = parse_date(&row.entry, "entry").ok()?;
                let exit = if row.still_there {
                    None
                } else {
                    Some(parse_date(&row.exit, "exit").ok()?)
                };
                let original = self.from_file.iter().find(|(id, _)| *id == row.id);
                Some(LineStay {
                    stay: Stay {
                        entry,
                        exit,
                        row: original.and_then(|(_, s)| s.stay.row),
                    },
                    planned: original.is_some_and(|(_, s)| s.planned),
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::web::traveller::outcome;

    fn stays() -> Vec<LineStay> {
        vec![
            LineStay {
                stay: Stay {
                    entry: date(2026, 1, 5),
                    exit: Some(date(2026, 1, 20)),
                    row: Some(2),
                },
                planned: false,
            },
            LineStay {
                stay: Stay {
                    entry: date(2026, 7, 1),
                    exit: None,
                    row: Some(9),
                },
                planned: true,
            },
        ]
    }

    #[test]
    fn the_list_shows_the_file_s_stays() {
        let (_, rows) = PersonEdit::new(3, &stays());
        let values: Vec<(&str, &str, bool)> = rows
            .rows()
            .iter()
            .map(|r| (r.entry.as_str(), r.exit.as_str(), r.still_there))
            .collect();
        assert_eq!(
            values,
            [
                ("2026-01-05", "2026-01-20", false),
                ("2026-07-01", "", true)
            ]
        );
    }

    #[test]
    fn unchanged_rows_give_the_same_stays_back() {
        let (edit, rows) = PersonEdit::new(3, &stays());
        assert_eq!(edit.index, 3);
        assert_eq!(edit.stays(&rows, &[]), stays());
    }

    #[test]
    fn an_edited_row_keeps_its_line_and_flag_and_a_new_row_has_none() {
        let (edit, mut rows) = PersonEdit::new(3, &stays());
        let second = rows.rows()[1].id;
        rows.set_still_there(second, false);
        rows.set_exit(second, "2026-07-10");
        let added = rows.push_blank();
        rows.set_entry(added, "2026-03-01");
        rows.set_exit(added, "2026-03-02");
        let blank = rows.push_blank();
        let got = edit.stays(&rows, &[]);
        assert_eq!(got.len(), 3);
        assert_eq!(got[1].stay.exit, Some(date(2026, 7, 10)));
        assert_eq!((got[1].stay.row, got[1].planned), (Some(9), true));
        assert_eq!((got[2].stay.row, got[2].planned), (None, false));
        assert_eq!(got[2].stay.entry, date(2026, 3, 1));
        rows.remove(blank);
        rows.remove(rows.rows()[0].id);
        assert_eq!(edit.stays(&rows, &[]).len(), 2);
    }

    #[test]
    fn rows_the_traveller_view_leaves_out_are_left_out() {
        let (edit, mut rows) = PersonEdit::new(3, &stays());
        let first = rows.rows()[0].id;
        rows.set_exit(first, "2026-01-01");
        let half = rows.push_blank();
        rows.set_entry(half, "2026-02-01");
        let rule = crate::catalogue::rule("schengen").unwrap();
        let seen = outcome(rule, &rows, date(2026, 8, 1));
        let skipped: Vec<usize> = seen.skipped.iter().map(|s| s.row).collect();
        assert_eq!(skipped, [1, 3]);
        let got = edit.stays(&rows, &skipped);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].stay.row, Some(9));
    }
}
