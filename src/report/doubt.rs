//! Dates that a month-first writer could have meant otherwise.
//!
//! Team files are read day first and never month first (see [`crate::input::DateFormat`]). A date
//! that only reads month first (`03/15/2025`) is rejected; once a file is known to hold one,
//! every date that reads both ways (`03/04/2025`) is rejected too, wherever it is in the file.

use crate::input::DateFormat;
use chrono::{Datelike, NaiveDate};

/// The two readings of a day-first-shaped text: day first, then month first (each `None`
/// when it is no date).
fn readings(text: &str) -> Option<(DateFormat, Option<NaiveDate>, Option<NaiveDate>)> {
    let text = text.trim();
    let format = DateFormat::of(text).filter(|format| format.is_day_first())?;
    let separator = text.chars().find(|c| !c.is_ascii_digit())?;
    let mut parts = text.splitn(3, separator);
    let (a, b, year) = (parts.next()?, parts.next()?, parts.next()?);
    let swapped = format!("{b}{separator}{a}{separator}{year}");
    Some((
        format,
        format.parse(text, "date").ok(),
        format.parse(&swapped, "date").ok(),
    ))
}

/// Whether `text` can only be a month-first date (`03/15/2025`).
pub(crate) fn is_month_first(text: &str) -> bool {
    matches!(readings(text), Some((_, None, Some(_))))
}

/// Whether `text` is a day-first date that reads as another date month first (`03/04/2025`).
#[cfg(test)]
fn is_ambiguous(text: &str) -> bool {
    matches!(readings(text), Some((_, Some(a), Some(b))) if a != b)
}

/// Whether `date`, written in the day-first `format`, reads as another date month first.
pub(crate) fn is_ambiguous_date(date: NaiveDate, format: DateFormat) -> bool {
    format.is_day_first() && date.day() <= 12 && date.day() != date.month()
}

/// `date` written in `format` with two-digit day and month (`03.04.2025`).
pub(crate) fn written(date: NaiveDate, format: DateFormat) -> String {
    let (day, month, year) = (date.day(), date.month(), date.year());
    match format {
        DateFormat::DayFirstDot => format!("{day:02}.{month:02}.{year:04}"),
        DateFormat::DayFirstSlash => format!("{day:02}/{month:02}/{year:04}"),
        DateFormat::DayFirstDash => format!("{day:02}-{month:02}-{year:04}"),
        DateFormat::Iso => format!("{year:04}-{month:02}-{day:02}"),
        DateFormat::YearFirstSlash => format!("{year:04}/{month:02}/{day:02}"),
        DateFormat::YearFirstDot => format!("{year:04}.{month:02}.{day:02}"),
    }
}

/// Why a month-first date is refused.
pub(crate) fn month_first_reason() -> String {
    "looks month first (MM/DD/YYYY), which is not accepted: write the day first (DD/MM/YYYY) \
     or YYYY-MM-DD"
        .to_string()
}

/// Why a date that reads both ways is refused once the month-first `seen` was found on
/// `seen_line`.
pub(crate) fn ambiguous_reason(seen: &str, seen_line: usize) -> String {
    format!(
        "could be day first or month first, and line {seen_line} has {seen:?}, written month \
         first: write YYYY-MM-DD"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn tells_month_first_from_ambiguous() {
        for (text, month_first, ambiguous) in [
            ("03/15/2025", true, false),
            ("12-31-2024", true, false),
            ("15/03/2025", false, false),
            ("03/04/2025", false, true),
            ("3.4.2025", false, true),
            ("04/04/2025", false, false),
            ("2025-03-04", false, false),
            ("31/31/2025", false, false),
            ("x", false, false),
        ] {
            assert_eq!(is_month_first(text), month_first, "{text}");
            assert_eq!(is_ambiguous(text), ambiguous, "{text}");
        }
    }

    #[test]
    fn a_read_date_is_ambiguous_exactly_when_its_text_is() {
        for format in [
            DateFormat::DayFirstDot,
            DateFormat::DayFirstSlash,
            DateFormat::Iso,
        ] {
            for (m, d) in [(3, 4), (4, 4), (3, 13), (12, 1), (1, 12)] {
                let d = date(2025, m, d);
                let text = written(d, format);
                assert_eq!(is_ambiguous_date(d, format), is_ambiguous(&text), "{text}");
            }
        }
    }
}
