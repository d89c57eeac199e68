//! Reading one row of a team file: the person, the stay's dates, the rule cell and the planned
//! flag, each checked, and every problem named by column and value.

use crate::documents::{parse_entries, parse_visa_days, Entries};
use crate::input::header::too_many_values;
use crate::input::{read_date, DateFormat, DateOrder, Order, Reading};
use crate::report::bad_row::BadRow;
use crate::report::columns::TeamColumns;
use chrono::NaiveDate;

/// A row that was read: one stay of one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Row<'a> {
    /// The person, trimmed, never empty.
    pub person: &'a str,
    /// The entry date (as read so far, see `pending`).
    pub entry: NaiveDate,
    /// The exit date; `None` for a stay with no exit yet (an empty exit cell).
    pub exit: Option<NaiveDate>,
    /// The rule cell, trimmed; empty when there is no rule column or the cell is empty.
    pub rule: &'a str,
    /// Whether the planned cell says yes.
    pub planned: bool,
    /// The passport expiry cell, read (as the stay's dates, judged at the end of the file);
    /// `None` when there is no such column or the cell is empty.
    pub passport_expiry: Option<Reading>,
    /// The passport issue date cell, read.
    pub passport_issued: Option<Reading>,
    /// The visa cells, read (each `None` when empty or when there are no visa columns).
    pub visa: VisaCells,
    /// The dates whose order the whole file decides (slash and dash dates): settled, and the
    /// row checked, at the end of the file.
    pub pending: Pending,
}

/// A row's visa cells, read: the dates as the stay's (judged at the end of the file), the
/// entries and the duration of stay checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct VisaCells {
    pub from: Option<Reading>,
    pub until: Option<Reading>,
    pub entries: Option<Entries>,
    pub days: Option<u32>,
}

impl VisaCells {
    /// Whether the row gives none of the visa's values.
    pub fn is_empty(&self) -> bool {
        *self == VisaCells::default()
    }
}

/// A row that cannot be read: the person cell (trimmed, maybe empty) and every problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Rejected<'a> {
    pub person: &'a str,
    pub problems: Vec<BadRow>,
}

/// How a row's entry and exit read before the file's order is known, in one byte (three bits a
/// date: the [`Order`], and whether the separator is a dash): 0 when both dates are settled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Pending(u8);

impl Pending {
    fn bits(reading: Option<Reading>) -> u8 {
        let Some(reading) = reading else { return 0 };
        let order = match reading.order {
            Order::Fixed => return 0,
            Order::DayFirst => 1,
            Order::MonthFirst => 2,
            Order::Either => 3,
        };
        order
            | if reading.format == DateFormat::DayFirstDash {
                4
            } else {
                0
            }
    }

    fn of(entry: Reading, exit: Option<Reading>) -> Pending {
        Pending(Pending::bits(Some(entry)) | Pending::bits(exit) << 3)
    }

    /// Whether both dates are settled.
    pub fn is_settled(self) -> bool {
        self.0 == 0
    }

    fn reading(bits: u8, date: NaiveDate) -> Option<Reading> {
        let order = match bits & 3 {
            1 => Order::DayFirst,
            2 => Order::MonthFirst,
            3 => Order::Either,
            _ => return None,
        };
        let format = if bits & 4 == 0 {
            DateFormat::DayFirstSlash
        } else {
            DateFormat::DayFirstDash
        };
        Some(Reading {
            date,
            format,
            order,
        })
    }

    /// The entry's reading, when it is not settled (`entry` is the date kept for it).
    pub fn entry(self, entry: NaiveDate) -> Option<Reading> {
        Pending::reading(self.0 & 7, entry)
    }

    /// The exit's reading, when it is not settled.
    pub fn exit(self, exit: Option<NaiveDate>) -> Option<Reading> {
        Pending::reading(self.0 >> 3, exit?)
    }
}

/// What the date cells of a file looked like so far: how many were written in each format,
/// and the examples that decide the order of its slash and dash dates.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateTally {
    counts: Vec<(DateFormat, usize)>,
    order: DateOrder,
}

impl DateTally {
    /// Reads a date cell of `column` on `line` on its own, counting it towards the file's
    /// order (a date that reads one way only is counted now, the others when judged).
    fn read(&mut self, text: &str, column: &str, line: usize) -> Result<Reading, BadRow> {
        let reading =
            read_date(text).map_err(|unread| BadRow::cell(line, column, text, unread.reason()))?;
        self.order.note(&reading, line, text);
        if reading.order == Order::Fixed {
            self.count(reading.format);
        }
        Ok(reading)
    }

    /// The date of a reading that was pending, in the file's order (counted).
    ///
    /// # Errors
    ///
    /// Why the file's order refuses it.
    pub fn judge(&mut self, reading: Reading) -> Result<NaiveDate, String> {
        let (date, format) = self.order.judge(reading)?;
        self.count(format);
        Ok(date)
    }

    fn count(&mut self, format: DateFormat) {
        match self.counts.iter_mut().find(|(f, _)| *f == format) {
            Some((_, count)) => *count += 1,
            None => self.counts.push((format, 1)),
        }
    }

    /// Each format seen with how many date cells were written in it, most used first (ties
    /// in the order formats were first seen).
    pub fn formats(&self) -> Vec<(DateFormat, usize)> {
        let mut counts = self.counts.clone();
        counts.sort_by_key(|&(_, count)| std::cmp::Reverse(count));
        counts
    }
}

/// Why a stay's dates cannot be a stay on the check date `on`, if they cannot: an exit before
/// the entry, or no exit for a stay that starts after `on`.
pub(crate) fn dates_problem(
    entry: NaiveDate,
    exit: Option<NaiveDate>,
    on: NaiveDate,
) -> Option<String> {
    match exit {
        Some(exit) if exit < entry => Some(format!("the exit is before the entry {entry}")),
        None if entry > on => Some(format!(
            "no exit, and the stay starts on {entry}, after the check date {on}: give the \
             planned exit"
        )),
        _ => None,
    }
}

/// Reads a `planned` cell: yes/no, true/false, y/n, 1/0 (any case); empty is no.
fn planned(text: &str) -> Option<bool> {
    let text = text.trim();
    let is = |words: &[&str]| words.iter().any(|w| text.eq_ignore_ascii_case(w));
    // Lowercased only when not ASCII (the Russian and Kazakh words): ASCII is compared above,
    // and a cell a row is not worth a string a row.
    let lower = (!text.is_ascii()).then(|| text.to_lowercase());
    let is = |words: &[&str]| is(words) || lower.as_deref().is_some_and(|l| words.contains(&l));
    if is(&["", "no", "n", "false", "0", "нет", "жоқ"]) {
        Some(false)
    } else if is(&["yes", "y", "true", "1", "да", "иә"]) {
        Some(true)
    } else {
        None
    }
}

/// Reads a record (the fields of one row, without its line end) that starts on `line`, for
/// the check date `on`. `Ok(None)` for a row whose cells are all empty. A row that ends early
/// reads the missing cells as empty (so a missing exit is a stay with no exit yet); a row with
/// more non-empty values than the header has columns is rejected (a separator inside an
/// unquoted value shifts every value after it, so none of them can be trusted), and trailing
/// empty values are ignored.
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
    if let Some(reason) = too_many_values(fields, columns.len()) {
        problems.push(BadRow::row(line, reason));
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
    // An empty exit, or one saying the stay goes on ("present", "по н.в."): no exit yet.
    let exit = if exit_text.trim().is_empty() || crate::input::means_no_exit_yet(exit_text) {
        Some(None)
    } else {
        tally
            .read(exit_text, columns.name(columns.exit), line)
            .map_err(|bad| problems.push(bad))
            .ok()
            .map(Some)
    };
    if let (Some(entry), Some(exit)) = (entry, exit) {
        let settled = entry.order == Order::Fixed && exit.is_none_or(|e| e.order == Order::Fixed);
        if let Some(reason) = settled
            .then(|| dates_problem(entry.date, exit.map(|e| e.date), on))
            .flatten()
        {
            problems.push(BadRow::cell(
                line,
                columns.name(columns.exit),
                exit_text,
                reason,
            ));
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
    let mut passport = |column: Option<usize>| {
        let index = column?;
        let text = cell(index);
        if text.trim().is_empty() {
            return None;
        }
        tally
            .read(text, columns.name(index), line)
            .map_err(|bad| problems.push(bad))
            .ok()
    };
    let passport_expiry = passport(columns.passport_expiry);
    let passport_issued = passport(columns.passport_issued);
    if let (Some(expiry), Some(issued), Some(index)) =
        (passport_expiry, passport_issued, columns.passport_issued)
    {
        if expiry.order == Order::Fixed && issued.order == Order::Fixed && issued.date > expiry.date
        {
            problems.push(BadRow::cell(
                line,
                columns.name(index),
                cell(index),
                format!("the passport is issued after its expiry {}", expiry.date),
            ));
        }
    }
    let mut visa = VisaCells::default();
    if let Some(at) = columns.visa {
        let mut date = |index: usize| {
            let text = cell(index);
            if text.trim().is_empty() {
                return None;
            }
            tally
                .read(text, columns.name(index), line)
                .map_err(|bad| problems.push(bad))
                .ok()
        };
        visa.from = date(at.from);
        visa.until = date(at.until);
        // An entries or days cell that is not one is the row's problem, named with its value.
        let mut bad = |index: usize, reason: String| {
            problems.push(BadRow::cell(line, columns.name(index), cell(index), reason));
        };
        let text = cell(at.entries);
        if !text.trim().is_empty() {
            visa.entries = parse_entries(text).map_err(|r| bad(at.entries, r)).ok();
        }
        let text = cell(at.days);
        if !text.trim().is_empty() {
            visa.days = parse_visa_days(text).map_err(|r| bad(at.days, r)).ok();
        }
    }
    match (entry, exit) {
        (Some(entry), Some(exit)) if problems.is_empty() => Ok(Some(Row {
            person,
            entry: entry.date,
            exit: exit.map(|e| e.date),
            rule: columns.rule.map_or("", |index| cell(index).trim()),
            planned,
            pending: Pending::of(entry, exit),
            passport_expiry,
            passport_issued,
            visa,
        })),
        _ => Err(Rejected { person, problems }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn a_pending_row_keeps_how_each_date_reads() {
        for (entry, exit) in [
            ("03/04/2026", Some("25/06/2026")),
            ("06-25-2026", None),
            ("03-04-2026", Some("2026-07-01")),
            ("2026-03-04", Some("06/25/2026")),
        ] {
            let entry = read_date(entry).unwrap();
            let exit = exit.map(|e| read_date(e).unwrap());
            let pending = Pending::of(entry, exit);
            assert!(!pending.is_settled());
            let settled = |r: Reading| (r.order != Order::Fixed).then_some(r);
            assert_eq!(pending.entry(entry.date), settled(entry));
            assert_eq!(pending.exit(exit.map(|e| e.date)), exit.and_then(settled));
        }
        let fixed = read_date("04.03.2026").unwrap();
        assert!(Pending::of(fixed, None).is_settled());
        assert_eq!(fixed.date, date(2026, 3, 4));
    }

    #[test]
    fn reads_planned_in_english_russian_and_kazakh() {
        for (text, expected) in [
            ("", Some(false)),
            ("YES", Some(true)),
            ("Да", Some(true)),
            ("нет", Some(false)),
            ("иә", Some(true)),
            ("Жоқ", Some(false)),
            ("maybe", None),
        ] {
            assert_eq!(planned(text), expected, "{text}");
        }
    }
}
