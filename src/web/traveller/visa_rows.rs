//! The traveller's short-stay visas as typed: FROM, UNTIL, the number of entries (1, 2 or
//! MULT) and the DURATION OF STAY in days, each row read into the engine's [`Visa`] or an error
//! naming the row, the field and the value. A row in error is kept as typed (nothing is lost)
//! and left out of the check, which says so.

use crate::documents::{Entries, Permit, Visa, MAX_VISA_DAYS};
use crate::input::parse_any_date;
use std::sync::atomic::{AtomicU32, Ordering};

static NEXT_ID: AtomicU32 = AtomicU32::new(1);

/// One visa as typed. `entries` is `1`, `2` or `m` (MULT) from the picker; anything else (a
/// damaged link) is kept, and is an error. Rows are equal when their values are (not keys).
#[derive(Clone, Debug)]
pub(crate) struct VisaRow {
    /// The row's key (stable while the page is open).
    pub id: u32,
    /// FROM, as typed.
    pub from: String,
    /// UNTIL, as typed.
    pub until: String,
    /// The entries: `1`, `2` or `m`.
    pub entries: String,
    /// DURATION OF STAY in days, as typed.
    pub days: String,
    /// A permit's issuing state, as typed (a code or a name; empty: not given). Visas have none.
    pub country: String,
}

impl PartialEq for VisaRow {
    fn eq(&self, other: &VisaRow) -> bool {
        (
            &self.from,
            &self.until,
            &self.entries,
            &self.days,
            &self.country,
        ) == (
            &other.from,
            &other.until,
            &other.entries,
            &other.days,
            &other.country,
        )
    }
}

impl Eq for VisaRow {}

/// A field of a visa row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VisaField {
    From,
    Until,
    Entries,
    Days,
    /// A permit's issuing state: a text that names no country.
    Country,
}

/// Why a visa row cannot be checked: its number (1-based), the field and the value as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct VisaInputError {
    /// The row's number in the list.
    pub row: usize,
    /// The field in error.
    pub field: VisaField,
    /// Its value as typed (empty: missing).
    pub value: String,
    /// For UNTIL before FROM: FROM's value.
    pub from: Option<String>,
}

impl VisaRow {
    /// A row with these values and a new key.
    pub fn new(from: &str, until: &str, entries: &str, days: &str) -> VisaRow {
        VisaRow {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            from: from.into(),
            until: until.into(),
            entries: entries.into(),
            days: days.into(),
            country: String::new(),
        }
    }

    /// The same row with a permit's issuing state as typed.
    pub fn with_country(self, country: &str) -> VisaRow {
        VisaRow {
            country: country.into(),
            ..self
        }
    }

    /// A row not filled in yet: a single-entry visa with no dates.
    pub fn blank() -> VisaRow {
        VisaRow::new("", "", "1", "")
    }

    /// Whether nothing is typed in it (the entries picker always holds a value).
    pub fn is_blank(&self) -> bool {
        self.from.trim().is_empty()
            && self.until.trim().is_empty()
            && self.days.trim().is_empty()
            && self.country.trim().is_empty()
    }

    /// The visa it holds, or why not (`number`: its place in the list, 1-based).
    pub fn visa(&self, number: usize) -> Result<Visa, VisaInputError> {
        let error = |field, value: &str| VisaInputError {
            row: number,
            field,
            value: value.trim().to_string(),
            from: None,
        };
        let from = parse_any_date(self.from.trim(), "from")
            .map_err(|_| error(VisaField::From, &self.from))?;
        let until = parse_any_date(self.until.trim(), "until")
            .map_err(|_| error(VisaField::Until, &self.until))?;
        if until < from {
            return Err(VisaInputError {
                from: Some(from.to_string()),
                ..error(VisaField::Until, &until.to_string())
            });
        }
        let entries = match self.entries.trim() {
            "1" => Entries::One,
            "2" => Entries::Two,
            "m" => Entries::Multiple,
            other => return Err(error(VisaField::Entries, other)),
        };
        let days = self
            .days
            .trim()
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=MAX_VISA_DAYS).contains(d))
            .ok_or_else(|| error(VisaField::Days, &self.days))?;
        Visa::new(from, until, entries, days).map_err(|_| error(VisaField::Days, &self.days))
    }

    /// The residence permit or long-stay (D) visa it holds, or why not (`number`: its place in
    /// the permits' list, 1-based): a permit row uses FROM and UNTIL only.
    pub fn permit(&self, number: usize) -> Result<Permit, VisaInputError> {
        let visa = VisaRow {
            entries: "1".into(),
            days: "1".into(),
            ..self.clone()
        }
        .visa(number)?;
        let permit = Permit::new(visa.from, visa.until).map_err(|_| VisaInputError {
            row: number,
            field: VisaField::Until,
            value: self.until.trim().into(),
            from: None,
        })?;
        let typed = self.country.trim();
        if typed.is_empty() {
            return Ok(permit);
        }
        crate::zones::country(typed)
            .map(|c| permit.of(c))
            .map_err(|_| VisaInputError {
                row: number,
                field: VisaField::Country,
                value: typed.into(),
                from: None,
            })
    }
}

/// The visas of `rows` that can be checked, in order (blank rows skipped), and the errors of
/// the others.
pub(crate) fn read_visas(rows: &[VisaRow]) -> (Vec<Visa>, Vec<VisaInputError>) {
    read_rows(rows, VisaRow::visa)
}

/// The permits of `rows` that can be counted, in order (blank rows skipped), and the errors of
/// the others.
pub(crate) fn read_permits(rows: &[VisaRow]) -> (Vec<Permit>, Vec<VisaInputError>) {
    read_rows(rows, VisaRow::permit)
}

/// The number each row is labelled with (1-based, blank rows counted) of the visas
/// [`read_visas`] reads, in order: the engine numbers visas in the order given, so the answer's
/// "visa 1" is the first of these.
pub(crate) fn visa_numbers(rows: &[VisaRow]) -> Vec<usize> {
    numbered(rows, VisaRow::visa)
        .0
        .into_iter()
        .map(|(n, _)| n)
        .collect()
}

/// The number each row is labelled with of the permits [`read_permits`] reads, in order; with
/// `stated`, of those naming their state only (the permits an answer with countries takes).
pub(crate) fn permit_numbers(rows: &[VisaRow], stated: bool) -> Vec<usize> {
    let (permits, _) = numbered(rows, VisaRow::permit);
    permits
        .into_iter()
        .filter(|(_, p)| !stated || p.country.is_some())
        .map(|(n, _)| n)
        .collect()
}

/// The number the row of the `n`th paper read (1-based, as the engine numbers them) is
/// labelled with, given the rows' [`visa_numbers`] or [`permit_numbers`]; `n` when unknown.
pub(crate) fn row_number(numbers: &[usize], n: usize) -> usize {
    numbers.get(n.wrapping_sub(1)).copied().unwrap_or(n)
}

/// What `read` makes of each row that is not blank (given the row and its 1-based number), in
/// order, and the errors of the others.
fn read_rows<T>(
    rows: &[VisaRow],
    read: impl Fn(&VisaRow, usize) -> Result<T, VisaInputError>,
) -> (Vec<T>, Vec<VisaInputError>) {
    let (values, errors) = numbered(rows, read);
    (values.into_iter().map(|(_, v)| v).collect(), errors)
}

/// [`read_rows`] with each value's row number.
fn numbered<T>(
    rows: &[VisaRow],
    read: impl Fn(&VisaRow, usize) -> Result<T, VisaInputError>,
) -> (Vec<(usize, T)>, Vec<VisaInputError>) {
    let mut values = Vec::new();
    let mut errors = Vec::new();
    for (i, row) in rows.iter().enumerate().filter(|(_, r)| !r.is_blank()) {
        match read(row, i + 1) {
            Ok(value) => values.push((i + 1, value)),
            Err(error) => errors.push(error),
        }
    }
    (values, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn a_row_reads_as_the_engine_s_visa() {
        let visa = VisaRow::new("01.05.2025", "2025-05-31", "1", "11")
            .visa(1)
            .unwrap();
        assert_eq!(
            visa,
            Visa::new(date(2025, 5, 1), date(2025, 5, 31), Entries::One, 11).unwrap()
        );
        let mult = VisaRow::new("2025-01-01", "2027-12-31", "m", "90")
            .visa(1)
            .unwrap();
        assert!(mult.is_rolling());
    }

    #[test]
    fn bad_input_names_the_row_the_field_and_the_value() {
        let rows = [
            VisaRow::new("2025-05-31", "2025-05-01", "1", "11"),
            VisaRow::new("2025-05-01", "2025-05-31", "0", "11"),
            VisaRow::new("2025-05-01", "2025-05-31", "2", "0"),
            VisaRow::new("2025-05-01", "2025-05-31", "m", "91"),
            VisaRow::new("31.02.2025", "2025-05-31", "m", "9"),
            VisaRow::blank(),
            VisaRow::new("2025-06-01", "2025-06-30", "2", "15"),
        ];
        let (visas, errors) = read_visas(&rows);
        // The good row is kept; the blank one is no error.
        assert_eq!(visas.len(), 1);
        assert_eq!(visas[0].days, 15);
        let named: Vec<(usize, VisaField, &str)> = errors
            .iter()
            .map(|e| (e.row, e.field, e.value.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                (1, VisaField::Until, "2025-05-01"),
                (2, VisaField::Entries, "0"),
                (3, VisaField::Days, "0"),
                (4, VisaField::Days, "91"),
                (5, VisaField::From, "31.02.2025"),
            ]
        );
        assert_eq!(errors[0].from.as_deref(), Some("2025-05-31"));
    }

    #[test]
    fn a_permit_row_reads_its_dates_only_and_names_a_bad_one() {
        let rows = [
            VisaRow::new("01.03.2025", "2025-08-31", "1", ""),
            VisaRow::new("2025-09-30", "2025-09-01", "1", ""),
            VisaRow::new("2025-10-01", "31.02.2026", "1", ""),
            VisaRow::new("", "2026-01-01", "1", ""),
        ];
        let (permits, errors) = read_permits(&rows);
        assert_eq!(
            permits,
            [Permit::new(date(2025, 3, 1), date(2025, 8, 31)).unwrap()]
        );
        let named: Vec<(usize, VisaField, &str)> = errors
            .iter()
            .map(|e| (e.row, e.field, e.value.as_str()))
            .collect();
        assert_eq!(
            named,
            [
                (2, VisaField::Until, "2025-09-01"),
                (3, VisaField::Until, "31.02.2026"),
                (4, VisaField::From, ""),
            ]
        );
        assert_eq!(errors[0].from.as_deref(), Some("2025-09-30"));
    }

    #[test]
    fn papers_read_are_named_by_their_rows_labels() {
        // Row 1 blank, row 2 wrong (UNTIL before FROM), row 3 with no state, row 4 France's.
        let permits = [
            VisaRow::blank(),
            VisaRow::new("2025-08-31", "2025-03-01", "", ""),
            VisaRow::new("2025-01-01", "2025-01-31", "", ""),
            VisaRow::new("2025-03-01", "2025-05-31", "", "").with_country("FR"),
        ];
        assert_eq!(read_permits(&permits).0.len(), 2);
        assert_eq!(permit_numbers(&permits, false), [3, 4]);
        assert_eq!(permit_numbers(&permits, true), [4]);
        // The answer's second permit (of all read) is row 4; its first with a state, too.
        assert_eq!(row_number(&permit_numbers(&permits, false), 2), 4);
        assert_eq!(row_number(&permit_numbers(&permits, true), 1), 4);
        let visas = [
            VisaRow::new("2025-05-01", "2025-04-01", "1", "10"),
            VisaRow::new("2025-05-01", "2025-05-31", "1", "11"),
        ];
        assert_eq!(visa_numbers(&visas), [2]);
        assert_eq!(row_number(&visa_numbers(&visas), 1), 2);
        // A number the rows do not have stays as it is.
        assert_eq!(row_number(&[], 3), 3);
    }
}
