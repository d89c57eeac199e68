//! Stays pasted as text, as people write them: one stay per line, entry then exit.
//!
//! A line holds two dates, or one for a stay not yet ended, written with numbers in any accepted
//! [`DateFormat`] (`2025-03-01`, `01.03.2025`, `01/03/2025`, and in a paste `01.03.25`, its
//! two-digit year read as POSIX `strptime` does: 69 to 99 as 1969 to 1999, 00 to 68 as 2000
//! to 2068) or with a month's name in English, Russian or Kazakh in the case the sentence
//! needs (`12 Mar 2025`, `12 марта 2025 г.`, `March 12, 2025`, `2025 жылғы 12 наурыз`), and
//! ranges that say the month and year once (`12–20 March 2025`, `с 12 по 20 марта 2025 г.`).
//! Between and around them: separators (spaces, tabs, `-`, `–`, `—`, `..`, `,`, `;`), words
//! that join dates ("to", «по», «дейін»), a bullet or a number before the line (`• `, `1. `),
//! a place or note (`France 12.03.2025 - 20.03.2025`, `… (Paris)`: kept in
//! [`Pasted::places`]), and a number of days after the dates, as a spreadsheet's column has it
//! (checked against the dates). A first line that names columns (`Country  Entry  Exit  Days`)
//! is the header ([`Pasted::headers`]). Blank lines are skipped. Every other line that cannot be
//! read is rejected with its reason; the others are kept.

mod line;
#[cfg(test)]
mod tests;
mod words;

use crate::error::{Error, Result};
use crate::input::dates::{self, DateFormat, DateOrder, Unread};
use crate::stay::Stay;
use chrono::{Datelike, NaiveDate};
use line::Found;
use std::fmt;

/// What [`parse_pasted`] read: the stays of the good lines and the reasons for the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pasted {
    /// One stay per good line, in order, each with its 1-based line number as its row.
    pub stays: Vec<Stay>,
    /// For each of [`Pasted::stays`], in the same order, the words its line holds besides the
    /// dates (a country, a city, a note), joined by spaces; `None` for a line of dates only.
    pub places: Vec<Option<String>>,
    /// Every line that could not be read, in order.
    pub rejected: Vec<RejectedLine>,
    /// The lines read as a header naming the columns (the first line, or a line of column
    /// names only, as a second table pasted below the first has).
    pub headers: Vec<usize>,
    /// The format most of the dates written with numbers were in, if any was read.
    pub date_format: Option<DateFormat>,
}

/// A pasted line that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedLine {
    /// The 1-based line number.
    pub line: usize,
    /// The line as pasted (without its line end).
    pub text: String,
    /// Why: [`Error::BadDate`] for a date that is no date, [`Error::DateOutOfRange`],
    /// [`Error::ExitBeforeEntry`], or [`Error::BadInput`] for a line with no date, more than two
    /// dates, a number that is neither a date's nor the days', dates with no year (named as
    /// written, a range's both: `"1 по 31 июля" has no year: …`), a number of
    /// days the dates disagree with, or a date in the order the paste does not use. Its row is
    /// the line number.
    pub reason: Error,
}

/// The reason's message, which names the line (as its row).
impl fmt::Display for RejectedLine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.reason.fmt(f)
    }
}

/// Reads pasted stays, one per line; see the module docs for what a line may hold.
///
/// Never fails: each bad line is in [`Pasted::rejected`] and every good line in
/// [`Pasted::stays`]. Dates written month first (`03/15/2025`) are read when most of the
/// paste's dates that tell are, as in a file (see [`DateFormat`]).
///
/// ```
/// use staycalc::{date, Stay};
/// use staycalc::input::parse_pasted;
/// let pasted = parse_pasted(
///     "Country\tEntry\tExit\n\
///      • France 01.03.2025 - 10.03.2025\n\
///      с 12 по 20 марта 2025 г.\n\n\
///      2025-06-01\n\
///      sometime in May\n",
/// );
/// assert_eq!(pasted.headers, [1]);
/// assert_eq!(
///     pasted.stays,
///     [
///         Stay::new(date(2025, 3, 1), date(2025, 3, 10)).at_row(2),
///         Stay::new(date(2025, 3, 12), date(2025, 3, 20)).at_row(3),
///         Stay::open(date(2025, 6, 1)).at_row(5),
///     ]
/// );
/// assert_eq!(pasted.places, [Some("France".to_string()), None, None]);
/// assert_eq!(pasted.rejected[0].line, 6);
/// assert_eq!(pasted.rejected[0].to_string(), "line 6: no date on the line");
/// ```
pub fn parse_pasted(text: &str) -> Pasted {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines: Vec<(usize, &str, line::Line)> = Vec::new();
    let mut headers = Vec::new();
    for (number, text) in (1..).zip(text.lines()) {
        if text.trim().is_empty() {
            continue;
        }
        if is_header(text, lines.is_empty()) {
            headers.push(number);
            continue;
        }
        lines.push((number, text, line::read(text)));
    }
    let mut order = DateOrder::default();
    for (number, _, found) in &lines {
        for found in &found.dates {
            if let Found::Numeric { text, full } = found {
                if let Ok(reading) = dates::read(full) {
                    order.note(&reading, *number, text);
                }
            }
        }
    }
    let mut formats = Vec::new();
    let mut pasted = Pasted {
        stays: Vec::new(),
        places: Vec::new(),
        rejected: Vec::new(),
        headers,
        date_format: None,
    };
    for (number, text, found) in lines {
        match stay(&found, number, &order, &mut formats) {
            Ok(stay) => {
                pasted.stays.push(stay);
                pasted.places.push(found.place);
            }
            Err(reason) => pasted.rejected.push(RejectedLine {
                line: number,
                text: text.to_string(),
                reason,
            }),
        }
    }
    pasted.date_format = DateFormat::most_used(formats);
    pasted
}

/// Whether `line` is a header: no digit, and at least half its cells naming a column (on the
/// first line; `Дата въезда Дата выезда` split at spaces), or every cell naming one.
fn is_header(line: &str, first: bool) -> bool {
    if line.contains(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let cells: Vec<&str> = if line.contains(['\t', ';', ',']) {
        line.split(['\t', ';', ','])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect()
    } else {
        line.split_whitespace().collect()
    };
    let named = cells
        .iter()
        .filter(|cell| words::is_column_name(cell))
        .count();
    named > 0
        && if first {
            2 * named >= cells.len()
        } else {
            named == cells.len()
        }
}

/// What a message says after dates written with no year, and no year on their line.
pub(crate) const NO_YEAR: &str = "has no year: add the year (none is guessed)";

/// The stay of one line, its dates judged by the paste's `order`; the format of each date
/// written with numbers goes to `formats`.
fn stay(
    found: &line::Line,
    line: usize,
    order: &DateOrder,
    formats: &mut Vec<DateFormat>,
) -> Result<Stay> {
    let bad_input = |reason: String| Error::BadInput {
        line,
        column: None,
        reason,
    };
    if let Some(third) = found.dates.get(2) {
        return Err(bad_input(format!(
            "more than two dates ({:?} after the exit): one stay per line, entry then exit",
            third.text()
        )));
    }
    if let Some(token) = found.unexpected {
        return Err(bad_input(format!(
            "unexpected {token:?}: one stay per line, entry then exit, then its number of days \
             if you like"
        )));
    }
    let mut read: Vec<Option<NaiveDate>> = Vec::with_capacity(2);
    for (found_date, field) in found.dates.iter().zip(["entry", "exit"]) {
        read.push(date(found_date, field, found.year, line, order, formats)?);
    }
    // No year is guessed: a wrong one would give a wrong answer.
    let no_year = |k: usize| bad_input(format!("{:?} {NO_YEAR}", found.dates_from(k)));
    if read.last() == Some(&None) {
        let first = read.iter().position(Option::is_none).unwrap_or_default();
        return Err(no_year(first));
    }
    // A date written without its year takes the next date's (the year before when its month
    // and day come later in the year: 28 Dec – 5 Jan 2026).
    for k in (0..read.len()).rev() {
        if let (
            None,
            Found::Words {
                text, day, month, ..
            },
        ) = (read[k], &found.dates[k])
        {
            let Some(next) = read.get(k + 1).copied().flatten() else {
                return Err(no_year(k));
            };
            let year = next.year() - i32::from((*month, *day) > (next.month(), next.day()));
            let field = ["entry", "exit"][k];
            read[k] = Some(in_words(text, year, *month, *day, field, line)?);
        }
    }
    match read[..] {
        [Some(entry)] => Ok(Stay::open(entry).at_row(line)),
        [Some(entry), Some(exit)] if exit < entry => Err(Error::ExitBeforeEntry {
            entry,
            exit,
            row: line,
        }),
        [Some(entry), Some(exit)] => {
            if let Some(days) = found.days {
                let counted = (exit - entry).num_days() + 1;
                let said: i64 = days.parse().unwrap_or(-1);
                if said != counted && said != counted - 1 {
                    return Err(bad_input(format!(
                        "{days} days, but the stay from {entry} to {exit} has {counted} (the \
                         entry and exit days both count)"
                    )));
                }
            }
            Ok(Stay::new(entry, exit).at_row(line))
        }
        _ => Err(bad_input("no date on the line".into())),
    }
}

/// The date `found` for `field` on `line`; `None` for a date in words without a year, which
/// takes the next date's.
fn date(
    found: &Found,
    field: &str,
    year: Option<i32>,
    line: usize,
    order: &DateOrder,
    formats: &mut Vec<DateFormat>,
) -> Result<Option<NaiveDate>> {
    let bad_input = |reason: String| Error::BadInput {
        line,
        column: None,
        reason,
    };
    let not_a_date = |text: &str| Error::BadDate {
        value: text.to_string(),
        field: field.to_string(),
        row: Some(line),
        iso_only: false,
    };
    match found {
        Found::Numeric { text, full } => match dates::read(full) {
            Ok(reading) => {
                let (date, format) = order
                    .judge(reading)
                    .map_err(|reason| bad_input(format!("{text:?} {reason}")))?;
                formats.push(format);
                Ok(Some(date))
            }
            Err(Unread::MonthFirstDots) => Err(bad_input(format!(
                "{text:?} {}",
                Unread::MonthFirstDots.reason()
            ))),
            Err(_) => Err(match dates::parse_any_date(full, field) {
                Err(Error::BadDate { .. }) | Ok(_) => not_a_date(text),
                Err(other) => other.at_row(line),
            }),
        },
        Found::Words {
            text,
            day,
            month,
            year: own,
            ..
        } => match own.or(year) {
            Some(year) => in_words(text, year, *month, *day, field, line).map(Some),
            None => Ok(None),
        },
        Found::Bad(text) => Err(not_a_date(text)),
    }
}

/// The date written with a month's name as `text`.
fn in_words(
    text: &str,
    year: i32,
    month: u32,
    day: u32,
    field: &str,
    line: usize,
) -> Result<NaiveDate> {
    let date = NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| Error::BadDate {
        value: text.to_string(),
        field: field.to_string(),
        row: Some(line),
        iso_only: false,
    })?;
    crate::date::check_range(date, field).map_err(|error| error.at_row(line))
}
