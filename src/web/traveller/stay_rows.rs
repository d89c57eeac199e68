//! The stay list as the traveller types it: rows of date texts, kept in the order entered.

use crate::input::parse_any_date;
use crate::stay::Stay;
use std::sync::atomic::{AtomicU32, Ordering};

/// The next row key: keys are unique for the life of the program, across lists, so a list
/// that replaces another (a restore, a clear) never reuses a key still on screen.
static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// One row of the list: the values of its date inputs (`YYYY-MM-DD`, or empty while unset).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct StayRow {
    /// A key that stays with the row while it lives (for keyed rendering), never reused.
    pub id: u32,
    /// The entry date as typed.
    pub entry: String,
    /// The exit date as typed; ignored while `still_there`.
    pub exit: String,
    /// Whether the traveller is still there (a stay with no exit yet).
    pub still_there: bool,
    /// The country as typed (a code or a name), or empty: a stay without a country counts
    /// toward the chosen rule, as it always did.
    pub country: String,
}

impl StayRow {
    /// Whether nothing was entered in the row.
    pub fn is_blank(&self) -> bool {
        self.entry.trim().is_empty()
            && self.exit.trim().is_empty()
            && !self.still_there
            && self.country.trim().is_empty()
    }

    /// Whether a country was entered.
    pub fn has_country(&self) -> bool {
        !self.country.trim().is_empty()
    }
}

/// A date as typed in a date field, kept as the engine reads it: ISO `YYYY-MM-DD` when the
/// text is a date written ISO or day first (`12.03.2025`, `12/03/2025`, the engine's
/// [`parse_any_date`]), else the text itself, trimmed, for the row to say why it is not a date.
pub(crate) fn typed_date(text: &str) -> String {
    match parse_any_date(text, "date") {
        Ok(date) => date.to_string(),
        Err(_) => text.trim().to_string(),
    }
}

/// The rows of the stay list, in the order they were entered (or last sorted).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct StayRows {
    rows: Vec<StayRow>,
}

impl Default for StayRows {
    /// One blank row, ready to be typed in.
    fn default() -> StayRows {
        let mut rows = StayRows::empty();
        rows.push_blank();
        rows
    }
}

impl StayRows {
    /// A list with no rows.
    pub fn empty() -> StayRows {
        StayRows { rows: Vec::new() }
    }

    /// A list of rows holding `(entry, exit, still_there)` values, in that order.
    pub fn from_values(values: impl IntoIterator<Item = (String, String, bool)>) -> StayRows {
        let mut rows = StayRows::empty();
        for (entry, exit, still_there) in values {
            rows.push(entry, exit, still_there);
        }
        rows
    }

    /// The rows, in list order.
    pub fn rows(&self) -> &[StayRow] {
        &self.rows
    }

    /// The row with key `id`.
    pub fn row(&self, id: u32) -> Option<&StayRow> {
        self.rows.iter().find(|row| row.id == id)
    }

    /// The 1-based position of the row with key `id`: its row number in messages.
    pub fn number(&self, id: u32) -> Option<usize> {
        self.rows.iter().position(|row| row.id == id).map(|i| i + 1)
    }

    fn push(&mut self, entry: String, exit: String, still_there: bool) -> u32 {
        let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
        self.rows.push(StayRow {
            id,
            entry,
            exit,
            still_there,
            country: String::new(),
        });
        id
    }

    /// Appends an empty row and returns its key.
    pub fn push_blank(&mut self) -> u32 {
        self.push(String::new(), String::new(), false)
    }

    /// Appends one row per stay with its country (a code or a name, or empty; an open stay
    /// becomes a "still there" row), after removing blank rows so a pasted list does not sit
    /// below an empty one. Returns how many were added.
    pub fn append<'a>(&mut self, stays: impl IntoIterator<Item = (Stay, &'a str)>) -> usize {
        self.rows.retain(|row| !row.is_blank());
        let mut added = 0;
        for (stay, country) in stays {
            let exit = stay.exit.map(|d| d.to_string()).unwrap_or_default();
            let id = self.push(stay.entry.to_string(), exit, stay.exit.is_none());
            self.set_country(id, country);
            added += 1;
        }
        added
    }

    fn edit(&mut self, id: u32, change: impl FnOnce(&mut StayRow)) {
        if let Some(row) = self.rows.iter_mut().find(|row| row.id == id) {
            change(row);
        }
    }

    /// Sets the entry text of row `id`; the row keeps its place.
    pub fn set_entry(&mut self, id: u32, value: &str) {
        self.edit(id, |row| row.entry = value.trim().to_string());
    }

    /// Sets the exit text of row `id`; the row keeps its place.
    pub fn set_exit(&mut self, id: u32, value: &str) {
        self.edit(id, |row| row.exit = value.trim().to_string());
    }

    /// Sets the country text of row `id` (a code or a name, as typed; empty for none).
    pub fn set_country(&mut self, id: u32, value: &str) {
        self.edit(id, |row| row.country = value.trim().to_string());
    }

    /// Whether any row has a country.
    pub fn has_countries(&self) -> bool {
        self.rows.iter().any(StayRow::has_country)
    }

    /// Marks row `id` as a stay with no exit yet, or not.
    pub fn set_still_there(&mut self, id: u32, still_there: bool) {
        self.edit(id, |row| row.still_there = still_there);
    }

    /// Removes row `id`.
    pub fn remove(&mut self, id: u32) {
        self.rows.retain(|row| row.id != id);
    }

    /// Sorts the rows by entry date, then exit date (a "still there" stay last among equal
    /// entries); rows with no entry go last, in their current order. ISO texts sort as dates.
    pub fn sort_by_date(&mut self) {
        self.rows.sort_by(|a, b| {
            let key = |row: &StayRow| {
                let exit = if row.still_there {
                    "~"
                } else {
                    row.exit.as_str()
                };
                (row.entry.is_empty(), row.entry.clone(), exit.to_string())
            };
            key(a).cmp(&key(b))
        });
    }

    /// The key of the row after row `id`, appending a blank row when `id` is the last (or
    /// unknown): where Enter in a date field takes the keyboard.
    pub fn next_after(&mut self, id: u32) -> u32 {
        let at = self.rows.iter().position(|row| row.id == id);
        match at.and_then(|i| self.rows.get(i + 1)) {
            Some(next) => next.id,
            None => self.push_blank(),
        }
    }

    /// Whether every row is blank (or there are none).
    pub fn is_blank(&self) -> bool {
        self.rows.iter().all(StayRow::is_blank)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn typed_dates_are_kept_iso_when_they_are_dates() {
        assert_eq!(typed_date(" 12.03.2025 "), "2025-03-12");
        assert_eq!(typed_date("1/3/2025"), "2025-03-01");
        assert_eq!(typed_date("2025-03-01"), "2025-03-01");
        assert_eq!(typed_date("12.03.202"), "12.03.202");
        assert_eq!(typed_date("31.02.2025"), "31.02.2025");
        assert_eq!(typed_date(""), "");
    }

    #[test]
    fn enter_moves_to_the_next_row_or_a_new_one() {
        let mut rows = StayRows::default();
        let first = rows.rows()[0].id;
        let second = rows.next_after(first);
        assert_ne!(first, second);
        assert_eq!(rows.rows().len(), 2);
        assert_eq!(rows.next_after(first), second);
        assert_eq!(rows.rows().len(), 2);
    }

    fn values(rows: &StayRows) -> Vec<(&str, &str, bool)> {
        rows.rows()
            .iter()
            .map(|r| (r.entry.as_str(), r.exit.as_str(), r.still_there))
            .collect()
    }

    fn list(values: &[(&str, &str, bool)]) -> StayRows {
        StayRows::from_values(
            values
                .iter()
                .map(|&(a, b, open)| (a.to_string(), b.to_string(), open)),
        )
    }

    #[test]
    fn a_new_list_has_one_blank_row_and_adding_appends_another() {
        let mut rows = StayRows::default();
        assert_eq!(values(&rows), [("", "", false)]);
        let id = rows.push_blank();
        assert_eq!(rows.rows().len(), 2);
        assert_eq!(rows.rows()[1].id, id);
        assert_ne!(rows.rows()[0].id, id);
    }

    #[test]
    fn editing_keeps_the_order_typed() {
        let mut rows = list(&[("2025-05-01", "2025-05-10", false), ("", "", false)]);
        let second = rows.rows()[1].id;
        rows.set_entry(second, "2025-01-01");
        rows.set_exit(second, " 2025-01-05 ");
        assert_eq!(
            values(&rows),
            [
                ("2025-05-01", "2025-05-10", false),
                ("2025-01-01", "2025-01-05", false)
            ]
        );
        assert_eq!(rows.number(second), Some(2));
    }

    #[test]
    fn sorting_orders_by_entry_then_exit_with_empty_entries_last() {
        let mut rows = list(&[
            ("", "2025-09-01", false),
            ("2025-05-01", "", true),
            ("2025-01-01", "2025-01-05", false),
            ("2025-05-01", "2025-05-03", false),
        ]);
        rows.sort_by_date();
        assert_eq!(
            values(&rows),
            [
                ("2025-01-01", "2025-01-05", false),
                ("2025-05-01", "2025-05-03", false),
                ("2025-05-01", "", true),
                ("", "2025-09-01", false),
            ]
        );
    }

    #[test]
    fn removing_and_marking_still_there_touch_only_that_row() {
        let mut rows = list(&[
            ("2025-01-01", "2025-01-02", false),
            ("2025-02-01", "", false),
        ]);
        let (first, second) = (rows.rows()[0].id, rows.rows()[1].id);
        rows.set_still_there(second, true);
        rows.remove(first);
        assert_eq!(values(&rows), [("2025-02-01", "", true)]);
        assert_eq!(rows.row(first), None);
        rows.remove(999);
        assert_eq!(rows.rows().len(), 1);
    }

    #[test]
    fn appending_pasted_stays_replaces_blank_rows_and_keys_stay_unique() {
        let mut rows = StayRows::default();
        let blank = rows.rows()[0].id;
        let added = rows.append([
            (Stay::new(date(2025, 3, 1), date(2025, 3, 10)), ""),
            (Stay::open(date(2025, 6, 1)), "FR"),
        ]);
        assert_eq!(rows.rows()[1].country, "FR");
        assert_eq!(added, 2);
        assert_eq!(
            values(&rows),
            [
                ("2025-03-01", "2025-03-10", false),
                ("2025-06-01", "", true)
            ]
        );
        assert!(rows.rows().iter().all(|r| r.id != blank));
        assert!(!rows.is_blank());
    }

    #[test]
    fn a_new_list_never_reuses_the_keys_of_another() {
        let first = StayRows::default();
        let second = StayRows::default();
        assert_ne!(first.rows()[0].id, second.rows()[0].id);
    }
}
