//! Dates as people type them: ISO `2025-03-01`, or day first as `01.03.2025`, `01/03/2025`,
//! `1.3.2025`, `01-03-2025`.
//!
//! Every accepted shape is unambiguous: the four-digit year is either first (then month, day)
//! or last (then day first, month second). **Month-first dates (`03/15/2025`, as written in the
//! United States) are never accepted**: `03/15/2025` is rejected because 15 is not a month, and
//! a file or paste that contains such a date gets every other doubtful date (`03/04/2025`, which
//! reads both ways) rejected too, rather than silently read day first. Two-digit years are not
//! accepted (`01.03.25` could be any century).

use crate::date::check_range;
use crate::error::{Error, Result};
use chrono::NaiveDate;
use std::fmt;

/// How a date is written. Day and month may have one or two digits; the year has four.
///
/// ```
/// use staycalc::input::DateFormat;
/// assert_eq!(DateFormat::of("01.03.2025"), Some(DateFormat::DayFirstDot));
/// assert_eq!(DateFormat::of("2025-3-1"), Some(DateFormat::Iso));
/// assert_eq!(DateFormat::DayFirstSlash.to_string(), "DD/MM/YYYY");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateFormat {
    /// `YYYY-MM-DD` (ISO 8601), as `2025-03-01`.
    Iso,
    /// `YYYY/MM/DD`, as `2025/03/01`.
    YearFirstSlash,
    /// `YYYY.MM.DD`, as `2025.03.01`.
    YearFirstDot,
    /// `DD.MM.YYYY`, as `01.03.2025` (German, Russian, Kazakh usage).
    DayFirstDot,
    /// `DD/MM/YYYY`, as `01/03/2025` (British, French usage); never month first.
    DayFirstSlash,
    /// `DD-MM-YYYY`, as `01-03-2025`; never month first.
    DayFirstDash,
}

/// Every format, in the order [`DateFormat::detect`] prefers on a tie.
const ALL: [DateFormat; 6] = [
    DateFormat::Iso,
    DateFormat::DayFirstDot,
    DateFormat::DayFirstSlash,
    DateFormat::DayFirstDash,
    DateFormat::YearFirstSlash,
    DateFormat::YearFirstDot,
];

/// The numbers of a date-shaped text, read as its format says.
#[derive(Clone, Copy, Debug)]
struct Shape {
    format: DateFormat,
    year: u32,
    month: u32,
    day: u32,
}

impl Shape {
    /// Reads `text` (already trimmed) as three runs of digits split by one of `-`, `.`, `/`,
    /// with a four-digit year first or last.
    fn of(text: &str) -> Option<Shape> {
        let separator = text.chars().find(|c| !c.is_ascii_digit())?;
        if !matches!(separator, '-' | '.' | '/') {
            return None;
        }
        let mut parts = text.split(separator);
        let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
        let digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
        if parts.next().is_some() || !(digits(a) && digits(b) && digits(c)) {
            return None;
        }
        let short = |p: &str| p.len() <= 2;
        let number = |p: &str| p.parse::<u32>().ok();
        if a.len() == 4 && short(b) && short(c) {
            let format = match separator {
                '-' => DateFormat::Iso,
                '/' => DateFormat::YearFirstSlash,
                _ => DateFormat::YearFirstDot,
            };
            Some(Shape {
                format,
                year: number(a)?,
                month: number(b)?,
                day: number(c)?,
            })
        } else if short(a) && short(b) && c.len() == 4 {
            let format = match separator {
                '.' => DateFormat::DayFirstDot,
                '/' => DateFormat::DayFirstSlash,
                _ => DateFormat::DayFirstDash,
            };
            Some(Shape {
                format,
                year: number(c)?,
                month: number(b)?,
                day: number(a)?,
            })
        } else {
            None
        }
    }

    fn date(self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year as i32, self.month, self.day)
    }

    /// The date a month-first writer meant, for a day-first shape.
    fn month_first_date(self) -> Option<NaiveDate> {
        if self.format.is_day_first() {
            NaiveDate::from_ymd_opt(self.year as i32, self.day, self.month)
        } else {
            None
        }
    }
}

impl DateFormat {
    /// The format `text` is written in, judged by its shape only (`31.02.2025` is
    /// [`DateFormat::DayFirstDot`] though no such day exists); `None` for any other text.
    ///
    /// ```
    /// use staycalc::input::DateFormat;
    /// assert_eq!(DateFormat::of(" 1/3/2025 "), Some(DateFormat::DayFirstSlash));
    /// assert_eq!(DateFormat::of("01.03.25"), None);
    /// assert_eq!(DateFormat::of("March 1"), None);
    /// ```
    pub fn of(text: &str) -> Option<DateFormat> {
        Shape::of(text.trim()).map(|shape| shape.format)
    }

    /// The format of a file or a paste: the most common format among `samples` (texts of no
    /// accepted shape are ignored; a tie goes to ISO, then day-first dots, slashes, dashes).
    /// `None` when no sample has an accepted shape.
    ///
    /// ```
    /// use staycalc::input::DateFormat;
    /// let samples = ["01.03.2025", "", "10.03.2025", "2025-04-01"];
    /// assert_eq!(DateFormat::detect(samples), Some(DateFormat::DayFirstDot));
    /// assert_eq!(DateFormat::detect(["", "n/a"]), None);
    /// ```
    pub fn detect<I, S>(samples: I) -> Option<DateFormat>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut counts = [0usize; ALL.len()];
        for sample in samples {
            if let Some(format) = DateFormat::of(sample.as_ref()) {
                counts[format.index()] += 1;
            }
        }
        let (best, &count) = counts
            .iter()
            .enumerate()
            .rev()
            .max_by_key(|&(_, count)| count)?;
        (count > 0).then_some(ALL[best])
    }

    /// Parses `text`, given for `field`, written in this format.
    ///
    /// # Errors
    ///
    /// [`Error::BadDate`] naming `field` and the value when `text` is not written in this
    /// format or is no calendar date (`31.02.2025`); [`Error::DateOutOfRange`] outside
    /// [`crate::date::MIN_DATE`] ..= [`crate::date::MAX_DATE`]. The row is left unset.
    ///
    /// ```
    /// use staycalc::date;
    /// use staycalc::input::DateFormat;
    /// assert_eq!(DateFormat::DayFirstDot.parse("1.3.2025", "entry")?, date(2025, 3, 1));
    /// assert!(DateFormat::DayFirstDot.parse("2025-03-01", "entry").is_err());
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn parse(self, text: &str, field: &str) -> Result<NaiveDate> {
        let trimmed = text.trim();
        let bad = || Error::BadDate {
            value: trimmed.to_string(),
            field: field.to_string(),
            row: None,
            iso_only: false,
        };
        let shape = Shape::of(trimmed)
            .filter(|shape| shape.format == self)
            .ok_or_else(bad)?;
        check_range(shape.date().ok_or_else(bad)?, field)
    }

    /// How the format is written for people: `YYYY-MM-DD`, `DD.MM.YYYY`, ...
    pub const fn pattern(self) -> &'static str {
        match self {
            DateFormat::Iso => "YYYY-MM-DD",
            DateFormat::YearFirstSlash => "YYYY/MM/DD",
            DateFormat::YearFirstDot => "YYYY.MM.DD",
            DateFormat::DayFirstDot => "DD.MM.YYYY",
            DateFormat::DayFirstSlash => "DD/MM/YYYY",
            DateFormat::DayFirstDash => "DD-MM-YYYY",
        }
    }

    /// Whether the day comes first (and so a month-first writer could be misread).
    pub const fn is_day_first(self) -> bool {
        matches!(
            self,
            DateFormat::DayFirstDot | DateFormat::DayFirstSlash | DateFormat::DayFirstDash
        )
    }

    fn index(self) -> usize {
        ALL.iter().position(|&f| f == self).unwrap_or(0)
    }
}

impl fmt::Display for DateFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.pattern())
    }
}

/// Parses a date given for `field` in any accepted format ([`DateFormat`]): ISO, year first
/// with `/` or `.`, or day first with `.`, `/` or `-`. Surrounding spaces are ignored.
///
/// # Errors
///
/// [`Error::BadDate`] naming `field` and the value for any other text, a month-first date
/// (`03/15/2025`) or a day that does not exist; [`Error::DateOutOfRange`] outside
/// [`crate::date::MIN_DATE`] ..= [`crate::date::MAX_DATE`]. The row is left unset.
///
/// ```
/// use staycalc::date;
/// use staycalc::input::parse_any_date;
/// for text in ["2025-03-01", "01.03.2025", "01/03/2025", "1.3.2025", "01-03-2025"] {
///     assert_eq!(parse_any_date(text, "entry")?, date(2025, 3, 1));
/// }
/// assert_eq!(parse_any_date("03/15/2025", "entry").unwrap_err().code(), "bad_date");
/// # Ok::<(), staycalc::Error>(())
/// ```
pub fn parse_any_date(text: &str, field: &str) -> Result<NaiveDate> {
    match DateFormat::of(text) {
        Some(format) => format.parse(text, field),
        None => Err(Error::BadDate {
            value: text.trim().to_string(),
            field: field.to_string(),
            row: None,
            iso_only: false,
        }),
    }
}

/// Whether `text` can only be a month-first date: no date read day first, a date read month
/// first (`03/15/2025`).
pub(crate) fn is_month_first(text: &str) -> bool {
    Shape::of(text.trim())
        .is_some_and(|shape| shape.date().is_none() && shape.month_first_date().is_some())
}

/// Whether `text` is a day-first date that reads as another date month first (`03/04/2025`).
pub(crate) fn is_ambiguous(text: &str) -> bool {
    Shape::of(text.trim()).is_some_and(|shape| match (shape.date(), shape.month_first_date()) {
        (Some(day_first), Some(month_first)) => day_first != month_first,
        _ => false,
    })
}

/// Why a month-first date is refused, for messages.
pub(crate) fn month_first_reason(text: &str) -> String {
    format!(
        "{:?} looks month first (MM/DD/YYYY), which is not accepted: write the day first \
         (DD/MM/YYYY) or YYYY-MM-DD",
        text.trim()
    )
}

/// Why a date that reads both ways is refused once month-first dates were seen, for messages.
pub(crate) fn ambiguous_reason(text: &str, seen: &str, seen_line: usize) -> String {
    format!(
        "{:?} could be day first or month first, and line {seen_line} has {:?}, written month \
         first: write YYYY-MM-DD",
        text.trim(),
        seen.trim()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    #[test]
    fn reads_every_accepted_shape() {
        let cases = [
            ("2025-03-01", DateFormat::Iso),
            ("2025-3-1", DateFormat::Iso),
            ("2025/03/01", DateFormat::YearFirstSlash),
            ("2025.03.01", DateFormat::YearFirstDot),
            ("01.03.2025", DateFormat::DayFirstDot),
            ("1.3.2025", DateFormat::DayFirstDot),
            ("01/03/2025", DateFormat::DayFirstSlash),
            ("01-03-2025", DateFormat::DayFirstDash),
            ("  01-03-2025\t", DateFormat::DayFirstDash),
        ];
        for (text, format) in cases {
            assert_eq!(DateFormat::of(text), Some(format), "{text}");
            assert_eq!(
                parse_any_date(text, "entry"),
                Ok(date(2025, 3, 1)),
                "{text}"
            );
            assert_eq!(format.parse(text, "entry"), Ok(date(2025, 3, 1)), "{text}");
        }
    }

    #[test]
    fn rejects_other_texts_naming_field_and_value() {
        for text in [
            "",
            "   ",
            "01.03.25",
            "2025-03",
            "2025-03-01-02",
            "2025-03-01T10:00",
            "1.3.2025.",
            "01.03/2025",
            "001.03.2025",
            "2025-003-01",
            "20250301",
            "+2025-03-01",
            "٠١.٠٣.٢٠٢٥",
            "1 March 2025",
            "31.02.2025",
            "29.02.2025",
            "2025-13-01",
            "00.01.2025",
        ] {
            let error = parse_any_date(text, "exit").unwrap_err();
            assert_eq!(
                error,
                Error::BadDate {
                    value: text.trim().to_string(),
                    field: "exit".into(),
                    row: None,
                    iso_only: false,
                },
                "{text:?}"
            );
        }
        assert_eq!(parse_any_date("29.02.2024", "exit"), Ok(date(2024, 2, 29)));
        assert_eq!(
            parse_any_date("01.01.1899", "entry").unwrap_err().code(),
            "date_out_of_range"
        );
    }

    #[test]
    fn a_format_parses_only_its_own_shape() {
        assert!(DateFormat::Iso.parse("01-03-2025", "entry").is_err());
        assert!(DateFormat::DayFirstSlash
            .parse("01.03.2025", "entry")
            .is_err());
        assert!(DateFormat::DayFirstDash
            .parse("2025-03-01", "entry")
            .is_err());
    }

    #[test]
    fn never_reads_month_first() {
        assert!(parse_any_date("03/15/2025", "entry").is_err());
        assert!(is_month_first("03/15/2025"));
        assert!(is_month_first("12-31-2024"));
        assert!(!is_month_first("15/03/2025"));
        assert!(!is_month_first("2025-03-15"));
        assert!(!is_month_first("31/31/2025"));
        assert!(is_ambiguous("03/04/2025"));
        assert!(!is_ambiguous("04/04/2025"));
        assert!(!is_ambiguous("13/04/2025"));
        assert!(!is_ambiguous("2025/03/04"));
    }

    #[test]
    fn detects_the_most_common_format_with_ties_to_iso() {
        assert_eq!(
            DateFormat::detect(["01/03/2025", "x", "2025-03-01", "02/03/2025"]),
            Some(DateFormat::DayFirstSlash)
        );
        assert_eq!(
            DateFormat::detect(["01.03.2025", "2025-03-01"]),
            Some(DateFormat::Iso)
        );
        assert_eq!(
            DateFormat::detect(vec![String::from("1-3-2025")]),
            Some(DateFormat::DayFirstDash)
        );
        assert_eq!(DateFormat::detect(Vec::<&str>::new()), None);
    }
}
