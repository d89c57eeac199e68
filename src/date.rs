//! Civil dates: parsing, the supported range, and the day numbers the engine computes with.
//!
//! The engine works on day numbers (`i32` days since 0001-01-01, chrono's
//! `num_days_from_ce`), so a window is integer arithmetic and no time zone ever enters.

use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate};

/// The earliest date the engine accepts: 1900-01-01.
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1900-01-01 is a date"),
};

/// The latest date the engine accepts: 2199-12-31.
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2199, 12, 31) {
    Some(d) => d,
    None => panic!("2199-12-31 is a date"),
};

/// A date literal for examples and tests.
///
/// # Panics
///
/// Panics when `(year, month, day)` is not a date; use [`parse_date`] for input.
///
/// ```
/// let d = staycalc::date(2024, 2, 29);
/// assert_eq!(d.to_string(), "2024-02-29");
/// ```
pub fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day)
        .unwrap_or_else(|| panic!("{year:04}-{month:02}-{day:02} is not a date"))
}

/// Parses an ISO `YYYY-MM-DD` date given for `field` and checks the supported range.
///
/// # Errors
///
/// [`Error::BadDate`] when `text` is not a valid ISO date, [`Error::DateOutOfRange`] when it is
/// outside [`MIN_DATE`] ..= [`MAX_DATE`].
///
/// ```
/// use staycalc::{parse_date, date};
/// assert_eq!(parse_date("2024-02-29", "entry")?, date(2024, 2, 29));
/// assert_eq!(parse_date("2023-02-29", "entry").unwrap_err().code(), "bad_date");
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn parse_date(text: &str, field: &str) -> Result<NaiveDate> {
    let trimmed = text.trim();
    let parsed = iso_date(trimmed).ok_or_else(|| Error::BadDate {
        value: text.to_string(),
        field: field.to_string(),
        row: None,
        iso_only: true,
    })?;
    check_range(parsed, field)
}

/// The date `text` writes exactly as `YYYY-MM-DD` (no spaces, two-digit month and day), in any
/// year: the one ISO reader, used for every ISO date, so the common case of a big file costs
/// no allocation. `None` for any other text.
pub(crate) fn iso_date(text: &str) -> Option<NaiveDate> {
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
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

/// Checks that `date` is inside the supported range.
///
/// # Errors
///
/// [`Error::DateOutOfRange`] naming the field.
pub fn check_range(date: NaiveDate, field: &str) -> Result<NaiveDate> {
    if (MIN_DATE..=MAX_DATE).contains(&date) {
        Ok(date)
    } else {
        Err(Error::DateOutOfRange {
            date,
            field: field.to_string(),
            row: None,
        })
    }
}

/// A day number: days since 0001-01-01 (that day is 1).
pub(crate) type Day = i32;

/// The day number of a date.
pub(crate) fn day(date: NaiveDate) -> Day {
    date.num_days_from_ce()
}

/// The date of a day number.
pub(crate) fn from_day(day: Day) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(day).expect("day numbers stay inside chrono's range")
}

/// The date of `day`, from the date of a day `known` near it: in the same year, its day of the
/// year moved rather than a calendar conversion. The same date as [`from_day`].
pub(crate) fn from_day_near((known, date): (Day, NaiveDate), day: Day) -> NaiveDate {
    let ordinal = i64::from(date.ordinal()) + i64::from(day) - i64::from(known);
    match u32::try_from(ordinal)
        .ok()
        .and_then(|o| date.with_ordinal(o))
    {
        Some(near) => near,
        None => from_day(day),
    }
}

/// 1 January of the year of `day`.
pub(crate) fn year_start(day: Day) -> Day {
    let date = from_day(day);
    self::day(NaiveDate::from_ymd_opt(date.year(), 1, 1).expect("1 January exists"))
}

/// 1 January of the year after the year of `day`.
pub(crate) fn next_year_start(day: Day) -> Day {
    let date = from_day(day);
    self::day(NaiveDate::from_ymd_opt(date.year() + 1, 1, 1).expect("1 January exists"))
}

/// The day `months` calendar months after `day`, clamped to the month's last day
/// (31 August + 6 months is 28 or 29 February).
pub(crate) fn add_months(day: Day, months: u32) -> Day {
    let date = from_day(day);
    self::day(
        date.checked_add_months(chrono::Months::new(months))
            .expect("month arithmetic stays inside chrono's range"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_name_the_supported_range() {
        assert_eq!(
            crate::error::SUPPORTED_RANGE,
            format!("{MIN_DATE} .. {MAX_DATE}")
        );
    }

    #[test]
    fn parses_iso_dates_and_rejects_others() {
        assert_eq!(parse_date(" 2024-02-29 ", "on").unwrap(), date(2024, 2, 29));
        for bad in [
            "2023-02-29",
            "2024-2-29",
            "29.02.2024",
            "",
            "2024-02-3x",
            "+024-02-29",
        ] {
            let error = parse_date(bad, "entry").unwrap_err();
            assert_eq!(error.code(), "bad_date", "{bad}");
        }
        assert_eq!(
            parse_date("1899-12-31", "exit").unwrap_err().to_string(),
            "exit 1899-12-31 is outside the supported range 1900-01-01 .. 2199-12-31"
        );
    }

    #[test]
    fn day_numbers_round_trip_and_years_split() {
        let d = day(date(2024, 2, 29));
        assert_eq!(from_day(d), date(2024, 2, 29));
        assert_eq!(from_day(year_start(d)), date(2024, 1, 1));
        assert_eq!(from_day(next_year_start(d)), date(2025, 1, 1));
        assert_eq!(
            from_day(add_months(day(date(2024, 8, 31)), 6)),
            date(2025, 2, 28)
        );
    }

    #[test]
    fn a_date_found_from_a_near_one_is_the_calendars() {
        let known = [MIN_DATE, date(2023, 12, 31), date(2024, 2, 29), MAX_DATE];
        for near in known {
            let near = (day(near), near);
            for wanted in (day(MIN_DATE)..=day(MAX_DATE)).step_by(97) {
                assert_eq!(from_day_near(near, wanted), from_day(wanted));
            }
        }
    }
}
