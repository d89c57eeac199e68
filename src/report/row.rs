//! Reading one row of a team file: the person, the stay's dates, the rule cell and the planned
//! flag, each checked, and every problem named by column and value.

use crate::input::DateFormat;
use crate::report::bad_row::BadRow;
use crate::report::columns::TeamColumns;
use crate::report::doubt;
use chrono::NaiveDate;

/// A row that was read: one stay of one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row<'a> {
    /// The person, trimmed, never empty.
    pub person: &'a str,
    /// The entry date.
    pub entry: NaiveDate,
    /// The exit date; `None` for a stay with no exit yet (an empty exit cell).
    pub exit: Option<NaiveDate>,
    /// The rule cell, trimmed; empty when there is no rule column or the cell is empty.
    pub rule: &'a str,
    /// Whether the planned cell says yes.
    pub planned: bool,
    /// When a date of the row reads both day first and month first (`03/04/2025`), its
    /// format: the row is rejected later if the file turns out to hold a month-first date.
    pub doubtful: Option<DateFormat>,
}

/// A row that cannot be read: the person cell (trimmed, maybe empty) and every problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Rejected<'a> {
    pub person: &'a str,
    pub problems: Vec<BadRow>,
}

/// What the date cells of a file looked like so far: how many were written in each format,
/// and the first date written month first, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateTally {
    counts: Vec<(DateFormat, usize)>,
    month_first: Option<(usize, String)>,
}

impl DateTally {
    /// Reads a date cell of `column` on `line`: the date and the format it was written in.
    fn read(
        &mut self,
        text: &str,
        column: &str,
        line: usize,
    ) -> Result<(NaiveDate, DateFormat), BadRow> {
        if let Some(date) = iso(text) {
            self.count(DateFormat::Iso);
            return Ok((date, DateFormat::Iso));
        }
        let bad = |reason: String| BadRow::cell(line, column, text, reason);
        let format = DateFormat::of(text).ok_or_else(|| {
            bad(
                "not a date: expected YYYY-MM-DD, or day first as DD.MM.YYYY, DD/MM/YYYY or \
                 DD-MM-YYYY"
                    .into(),
            )
        })?;
        let date = match format.parse(text, column) {
            Ok(date) => date,
            Err(crate::error::Error::DateOutOfRange { .. }) => {
                return Err(bad(format!(
                    "outside the supported range {} .. {}",
                    crate::date::MIN_DATE,
                    crate::date::MAX_DATE
                )))
            }
            Err(_) if doubt::is_month_first(text) => {
                self.month_first
                    .get_or_insert_with(|| (line, text.trim().to_string()));
                return Err(bad(doubt::month_first_reason()));
            }
            Err(_) => return Err(bad(format!("no such day in {format}"))),
        };
        if let Some((seen_line, seen)) = &self.month_first {
            if doubt::is_ambiguous_date(date, format) {
                return Err(bad(doubt::ambiguous_reason(seen, *seen_line)));
            }
        }
        self.count(format);
        Ok((date, format))
    }

    fn count(&mut self, format: DateFormat) {
        match self.counts.iter_mut().find(|(f, _)| *f == format) {
            Some((_, count)) => *count += 1,
            None => self.counts.push((format, 1)),
        }
    }

    /// The first month-first date seen: its line and text.
    pub fn month_first(&self) -> Option<(usize, &str)> {
        self.month_first
            .as_ref()
            .map(|(line, text)| (*line, text.as_str()))
    }

    /// Each format seen with how many date cells were written in it, most used first (ties
    /// in the order formats were first seen).
    pub fn formats(&self) -> Vec<(DateFormat, usize)> {
        let mut counts = self.counts.clone();
        counts.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
        counts
    }
}

/// A date written exactly `YYYY-MM-DD` inside the supported range, read directly: most files
/// are written so, and the general reader ([`DateFormat`]) costs several times more. Any other
/// text is `None`, for the general reader to read or explain.
fn iso(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| {
        b[range].iter().try_fold(0u32, |n, &digit| {
            digit
                .is_ascii_digit()
                .then(|| n * 10 + u32::from(digit - b'0'))
        })
    };
    let date = NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)?;
    (crate::date::MIN_DATE..=crate::date::MAX_DATE)
        .contains(&date)
        .then_some(date)
}

/// Reads a `planned` cell: yes/no, true/false, y/n, 1/0 (any case); empty is no.
fn planned(text: &str) -> Option<bool> {
    let text = text.trim();
    let is = |words: &[&str]| words.iter().any(|w| text.eq_ignore_ascii_case(w));
    if is(&["", "no", "n", "false", "0"]) {
        Some(false)
    } else if is(&["yes", "y", "true", "1"]) {
        Some(true)
    } else {
        None
    }
}

/// Reads a record (the fields of one row, without its line end) that starts on `line`, for
/// the check date `on`. `Ok(None)` for a row whose cells are all empty. A row that ends early
/// reads the missing cells as empty (so a missing exit is a stay with no exit yet); a row with
/// more values than the header has columns is rejected (a separator inside an unquoted value
/// shifts every value after it, so none of them can be trusted).
pub(crate) fn read<'a, S: AsRef<str>>(
    columns: &TeamColumns,
    fields: &'a [S],
    line: usize,
    on: NaiveDate,
    tally: &mut DateTally,
) -> Result<Option<Row<'a>>, Rejected<'a>> {
    if fields.iter().all(|f| f.as_ref().trim().is_empty()) {
        return Ok(None);
    }
    let cell = |index: usize| fields.get(index).map_or("", |f| f.as_ref());
    let person = cell(columns.person).trim();
    let mut problems = Vec::new();
    if fields.len() > columns.len() {
        problems.push(BadRow::row(
            line,
            format!(
                "{} values where the header has {} columns: a value holding the separator \
                 needs quotes",
                fields.len(),
                columns.len()
            ),
        ));
        return Err(Rejected { person, problems });
    }
    let absent = |index: usize, what: &str| {
        let reason = if fields.len() <= index {
            format!(
                "missing: the row has {} values where the header has {} columns",
                fields.len(),
                columns.len()
            )
        } else {
            format!("empty: every row needs {what}")
        };
        BadRow::cell(line, columns.name(index), "", reason)
    };
    if person.is_empty() {
        problems.push(absent(columns.person, "a person"));
    }
    let entry = if cell(columns.entry).trim().is_empty() {
        problems.push(absent(columns.entry, "an entry date"));
        None
    } else {
        tally
            .read(cell(columns.entry), columns.name(columns.entry), line)
            .map_err(|bad| problems.push(bad))
            .ok()
    };
    let exit_text = cell(columns.exit);
    let exit = if exit_text.trim().is_empty() {
        Some(None)
    } else {
        tally
            .read(exit_text, columns.name(columns.exit), line)
            .map_err(|bad| problems.push(bad))
            .ok()
            .map(Some)
    };
    if let (Some((entry, _)), Some(exit)) = (entry, exit) {
        let exit_name = columns.name(columns.exit);
        match exit {
            Some((exit, _)) if exit < entry => problems.push(BadRow::cell(
                line,
                exit_name,
                exit_text,
                format!("the exit is before the entry {entry}"),
            )),
            None if entry > on => problems.push(BadRow::cell(
                line,
                exit_name,
                exit_text,
                format!(
                    "no exit, and the stay starts on {entry}, after the check date {on}: \
                     give the planned exit"
                ),
            )),
            _ => {}
        }
    }
    let planned = match columns.planned {
        Some(index) => planned(cell(index)).unwrap_or_else(|| {
            problems.push(BadRow::cell(
                line,
                columns.name(index),
                cell(index),
                "not yes or no: expected yes, no, true, false, 1 or 0 (empty is no)",
            ));
            false
        }),
        None => false,
    };
    match (entry, exit) {
        (Some(entry), Some(exit)) if problems.is_empty() => {
            let doubtful = [Some(entry), exit]
                .into_iter()
                .flatten()
                .find(|&(date, format)| doubt::is_ambiguous_date(date, format))
                .map(|(_, format)| format);
            let (entry, exit) = (entry.0, exit.map(|(date, _)| date));
            Ok(Some(Row {
                person,
                entry,
                exit,
                rule: columns.rule.map_or("", |index| cell(index).trim()),
                planned,
                doubtful,
            }))
        }
        _ => Err(Rejected { person, problems }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_directly_exactly_as_the_general_reader() {
        for text in [
            "2025-03-01",
            "2024-02-29",
            "2023-02-29",
            "1899-12-31",
            "1900-01-01",
            "2199-12-31",
            "2200-01-01",
            "2025-3-01",
            " 2025-03-01",
            "2025-03-0x",
            "2025/03/01",
            "+025-03-01",
            "2025-13-01",
            "2025-00-10",
        ] {
            let general = DateFormat::Iso.parse(text, "entry").ok();
            match iso(text) {
                Some(date) => assert_eq!(Some(date), general, "{text}"),
                // Not read directly: left to the general reader, whatever it makes of it.
                None => assert!(
                    general.is_none() || text.len() != 10,
                    "{text} should be read directly"
                ),
            }
        }
    }
}
