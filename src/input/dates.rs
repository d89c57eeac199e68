//! Dates as people type them: ISO `2025-03-01`, year first `2025/03/01`, or with the year
//! last as `01.03.2025`, `01/03/2025`, `1.3.2025`, `01-03-2025`; and the one policy that says
//! which way a file's dates with the year last are read.
//!
//! **The policy** (one for the whole file, whatever the order of its rows):
//!
//! * A date that reads one way only is read that way: ISO and year-first dates, dates with
//!   dots (always day first: nobody writes `04.03.2026` month first), and a slash or dash date
//!   whose first or second number is over 12 (`25/06/2026` day first, `06/25/2026` month
//!   first).
//! * The file's order for slash and dash dates is that of most of its dates that read one way
//!   only: day first unless more of them are month first (and day first when none tells).
//!   Dates that read both ways (`03/04/2026`) are read in that order. A date that reads only
//!   in the other order conflicts with the file and is rejected, naming an example of the
//!   file's order: one month-first typo in a day-first file is one bad row, never more.
//! * When as many dates read only day first as only month first, both kinds are read, and
//!   the dates that read both ways are rejected, naming an example of each.
//!
//! Two-digit years are not accepted here (`01.03.25` could be any century); the paste reader
//! writes them with four digits first (DESIGN.md, "Which two-digit years?").

use crate::date::{check_range, iso_date};
use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate};
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
    /// `DD-MM-YYYY`, as `01-03-2025`.
    DayFirstDash,
    /// `MM/DD/YYYY`, as `03/01/2025`: only when a file's slash dates are month first.
    MonthFirstSlash,
    /// `MM-DD-YYYY`, as `03-01-2025`: only when a file's dash dates are month first.
    MonthFirstDash,
}

/// Every format, in the order [`DateFormat::detect`] prefers on a tie.
const ALL: [DateFormat; 8] = [
    DateFormat::Iso,
    DateFormat::DayFirstDot,
    DateFormat::DayFirstSlash,
    DateFormat::DayFirstDash,
    DateFormat::YearFirstSlash,
    DateFormat::YearFirstDot,
    DateFormat::MonthFirstSlash,
    DateFormat::MonthFirstDash,
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

    /// How the shape reads, before a file's order is known.
    fn reading(self) -> std::result::Result<Reading, Unread> {
        let slash_or_dash = matches!(
            self.format,
            DateFormat::DayFirstSlash | DateFormat::DayFirstDash
        );
        let order = match (self.date(), self.month_first_date()) {
            (None, None) => return Err(Unread::NoSuchDay(self.format)),
            (None, Some(_)) if !slash_or_dash => return Err(Unread::MonthFirstDots),
            (Some(_), _) if !slash_or_dash => Order::Fixed,
            // Both readings (the same date when day equals month: its format follows the file).
            (Some(_), Some(_)) => Order::Either,
            (Some(_), None) => Order::DayFirst,
            (None, Some(_)) => Order::MonthFirst,
        };
        let date = match order {
            Order::MonthFirst => self.month_first_date(),
            _ => self.date(),
        }
        .ok_or(Unread::NoSuchDay(self.format))?;
        if !(crate::date::MIN_DATE..=crate::date::MAX_DATE).contains(&date) {
            return Err(Unread::OutOfRange);
        }
        Ok(Reading {
            date,
            format: self.format,
            order,
        })
    }
}

/// How a date-shaped text reads on its own, before its file's order is known
/// ([`DateOrder`] judges it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The date read day first (or year first); for a text that reads month first only, the
    /// date read month first.
    pub date: NaiveDate,
    /// The text's shape: day first for any date with the year last.
    pub format: DateFormat,
    /// Which orders the text reads in.
    pub order: Order,
}

/// Which ways a date with the year last reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Order {
    /// One way only whatever the file: ISO, year first, dots.
    Fixed,
    /// A slash or dash date that reads day first only (`25/06/2026`).
    DayFirst,
    /// A slash or dash date that reads month first only (`06/25/2026`).
    MonthFirst,
    /// A slash or dash date that reads both ways (`03/04/2026`, and `04/04/2026`, the same date
    /// either way, written in the file's order).
    Either,
}

/// Why a text is no date at all, whatever the file's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unread {
    /// Not of a date's shape.
    NotADate,
    /// Of the shape of this format, but no such day in either order.
    NoSuchDay(DateFormat),
    /// Outside [`crate::date::MIN_DATE`] ..= [`crate::date::MAX_DATE`].
    OutOfRange,
    /// A date with dots that reads month first only (dots are always day first).
    MonthFirstDots,
}

impl Unread {
    /// What is wrong, in words, for a message that names the value.
    pub fn reason(self) -> String {
        match self {
            Unread::NotADate => "not a date: expected YYYY-MM-DD, or day first as DD.MM.YYYY, \
                                 DD/MM/YYYY or DD-MM-YYYY"
                .into(),
            Unread::NoSuchDay(format) => format!("no such day in {format}"),
            Unread::OutOfRange => format!(
                "outside the supported range {} .. {}",
                crate::date::MIN_DATE,
                crate::date::MAX_DATE
            ),
            Unread::MonthFirstDots => "looks month first (MM.DD.YYYY), but dates with dots are \
                                       read day first: write DD.MM.YYYY or YYYY-MM-DD"
                .into(),
        }
    }
}

/// How `text` reads on its own (see [`Reading`]).
///
/// # Errors
///
/// The [`Unread`] reason when it is no date in any order.
pub(crate) fn read(text: &str) -> std::result::Result<Reading, Unread> {
    let text = text.trim();
    read_date(text).or_else(|unread| match (unread, date_part(text)) {
        (Unread::NotADate, Some(date)) => read_date(date),
        _ => Err(unread),
    })
}

/// The date of `text` when it is followed by a time of day, as spreadsheets and HR systems
/// export a date-and-time column: `01.09.2026 0:00:00`, `2026-09-01T00:00:00`, `9/1/2026
/// 12:00 AM`, `01.09.2026 14:35`. The day is what counts; the time is passed over. A time
/// with a zone (`Z`, `+02:00`) is not read: the day written might not be the local day.
fn date_part(text: &str) -> Option<&str> {
    let (date, time) = text.split_once([' ', 'T'])?;
    let time = time.trim();
    let time = match time.strip_suffix("AM").or_else(|| time.strip_suffix("PM")) {
        Some(time) => time.trim_end(),
        None => time,
    };
    let number = |text: &str, digits: std::ops::RangeInclusive<usize>, below: u32| {
        digits.contains(&text.len())
            && text.bytes().all(|b| b.is_ascii_digit())
            && text.parse::<u32>().is_ok_and(|n| n < below)
    };
    let mut parts = time.split(':');
    let (hours, minutes, seconds) = (parts.next()?, parts.next()?, parts.next());
    let seconds_fine = match seconds {
        None => true,
        Some(seconds) => {
            let (whole, fraction) = seconds.split_once('.').unwrap_or((seconds, "0"));
            number(whole, 2..=2, 61)
                && !fraction.is_empty()
                && fraction.bytes().all(|b| b.is_ascii_digit())
        }
    };
    (parts.next().is_none()
        && number(hours, 1..=2, 24)
        && number(minutes, 2..=2, 60)
        && seconds_fine)
        .then_some(date)
}

/// How `text`, a date alone, reads (see [`read`]).
fn read_date(text: &str) -> std::result::Result<Reading, Unread> {
    // Most files write ISO dates: read them without the general reader.
    if let Some(date) = iso_date(text) {
        return if (crate::date::MIN_DATE..=crate::date::MAX_DATE).contains(&date) {
            Ok(Reading {
                date,
                format: DateFormat::Iso,
                order: Order::Fixed,
            })
        } else {
            Err(Unread::OutOfRange)
        };
    }
    Shape::of(text).ok_or(Unread::NotADate)?.reading()
}

impl Reading {
    /// The text read, written back with two-digit day and month (`3/4/2026` as `03/04/2026`).
    pub fn text(self) -> String {
        match self.order {
            Order::MonthFirst => self.format.month_first().write(self.date),
            _ => self.format.write(self.date),
        }
    }
}

/// The examples of one order a file has: how many dates read that way only, and the first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
struct Seen {
    count: usize,
    first: Option<(usize, String)>,
}

impl Seen {
    fn note(&mut self, line: usize, text: &str) {
        self.count += 1;
        self.first
            .get_or_insert_with(|| (line, text.trim().to_string()));
    }

    /// `"25/06/2026" on line 7`.
    fn example(&self) -> String {
        match &self.first {
            Some((line, text)) => format!("{text:?} on line {line}"),
            None => String::new(),
        }
    }
}

/// The order of a file's slash and dash dates, decided from all of them (see the module
/// docs): [`DateOrder::note`] each date as it is read, then [`DateOrder::judge`] each.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct DateOrder {
    day_first: Seen,
    month_first: Seen,
}

/// The order a file's slash and dash dates are read in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Decided {
    DayFirst,
    MonthFirst,
    /// As many dates read day first only as month first only.
    Tie,
}

impl DateOrder {
    /// Counts `reading` (the date `text` on `line`) towards the file's order.
    pub fn note(&mut self, reading: &Reading, line: usize, text: &str) {
        match reading.order {
            Order::DayFirst => self.day_first.note(line, text),
            Order::MonthFirst => self.month_first.note(line, text),
            Order::Fixed | Order::Either => {}
        }
    }

    fn decided(&self) -> Decided {
        let (day, month) = (self.day_first.count, self.month_first.count);
        if month > day {
            Decided::MonthFirst
        } else if day > month || day == 0 {
            Decided::DayFirst
        } else {
            Decided::Tie
        }
    }

    /// The date `reading` is in this file, and the format it was written in.
    ///
    /// # Errors
    ///
    /// Why the date is refused (for a message that names the value): it reads only in the
    /// order the file does not use, or both ways in a file that uses both.
    pub fn judge(&self, reading: Reading) -> std::result::Result<(NaiveDate, DateFormat), String> {
        let month_first = || (month_first(reading.date), reading.format.month_first());
        match (reading.order, self.decided()) {
            (Order::Fixed, _)
            | (Order::DayFirst, Decided::DayFirst | Decided::Tie)
            | (Order::Either, Decided::DayFirst) => Ok((reading.date, reading.format)),
            (Order::MonthFirst, Decided::MonthFirst | Decided::Tie) => {
                Ok((reading.date, reading.format.month_first()))
            }
            (Order::Either, Decided::MonthFirst) => Ok(month_first()),
            (Order::DayFirst, Decided::MonthFirst) => Err(format!(
                "written day first, but this file writes dates with / or - month first ({} to \
                 {}, as {}): write YYYY-MM-DD",
                self.month_first.count,
                self.day_first.count,
                self.month_first.example()
            )),
            (Order::MonthFirst, Decided::DayFirst) => Err(format!(
                "written month first, but this file writes dates with / or - day first ({} to \
                 {}, as {}): write YYYY-MM-DD",
                self.day_first.count,
                self.month_first.count,
                self.day_first.example()
            )),
            // The same date either way (`04/04/2026`).
            (Order::Either, Decided::Tie) if reading.date.day() == reading.date.month() => {
                Ok((reading.date, reading.format))
            }
            (Order::Either, Decided::Tie) => Err(format!(
                "could be day first or month first: this file writes dates with / or - both \
                 ways ({} day first, {} month first): write YYYY-MM-DD",
                self.day_first.example(),
                self.month_first.example()
            )),
        }
    }
}

/// `date` with its day and month swapped (both at most 12, as in a date that reads both ways).
fn month_first(date: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(date.year(), date.day(), date.month()).unwrap_or(date)
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
        DateFormat::most_used(
            samples
                .into_iter()
                .filter_map(|sample| DateFormat::of(sample.as_ref())),
        )
    }

    /// The most common of `formats` (a tie goes to the earlier in [`DateFormat::detect`]'s
    /// order); `None` when there is none.
    pub(crate) fn most_used(formats: impl IntoIterator<Item = DateFormat>) -> Option<DateFormat> {
        let mut tally = FormatTally::default();
        for format in formats {
            tally.add(format);
        }
        tally.most_used()
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
            .filter(|shape| shape.format == self.shape())
            .ok_or_else(bad)?;
        let date = if self.is_month_first() {
            shape.month_first_date()
        } else {
            shape.date()
        };
        check_range(date.ok_or_else(bad)?, field)
    }

    /// `date` written in this format, with two-digit days and months.
    ///
    /// ```
    /// use staycalc::date;
    /// use staycalc::input::DateFormat;
    /// assert_eq!(DateFormat::DayFirstDot.write(date(2025, 3, 1)), "01.03.2025");
    /// assert_eq!(DateFormat::MonthFirstSlash.write(date(2025, 3, 1)), "03/01/2025");
    /// ```
    pub fn write(self, date: NaiveDate) -> String {
        let (day, month, year) = (date.day(), date.month(), date.year());
        match self {
            DateFormat::Iso => format!("{year:04}-{month:02}-{day:02}"),
            DateFormat::YearFirstSlash => format!("{year:04}/{month:02}/{day:02}"),
            DateFormat::YearFirstDot => format!("{year:04}.{month:02}.{day:02}"),
            DateFormat::DayFirstDot => format!("{day:02}.{month:02}.{year:04}"),
            DateFormat::DayFirstSlash => format!("{day:02}/{month:02}/{year:04}"),
            DateFormat::DayFirstDash => format!("{day:02}-{month:02}-{year:04}"),
            DateFormat::MonthFirstSlash => format!("{month:02}/{day:02}/{year:04}"),
            DateFormat::MonthFirstDash => format!("{month:02}-{day:02}-{year:04}"),
        }
    }

    /// The format of the same shape read month first (itself for any other).
    const fn month_first(self) -> DateFormat {
        match self {
            DateFormat::DayFirstSlash => DateFormat::MonthFirstSlash,
            DateFormat::DayFirstDash => DateFormat::MonthFirstDash,
            other => other,
        }
    }

    /// The format [`DateFormat::of`] gives for texts in this one.
    const fn shape(self) -> DateFormat {
        match self {
            DateFormat::MonthFirstSlash => DateFormat::DayFirstSlash,
            DateFormat::MonthFirstDash => DateFormat::DayFirstDash,
            other => other,
        }
    }

    /// Whether the month comes first.
    const fn is_month_first(self) -> bool {
        matches!(
            self,
            DateFormat::MonthFirstSlash | DateFormat::MonthFirstDash
        )
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
            DateFormat::MonthFirstSlash => "MM/DD/YYYY",
            DateFormat::MonthFirstDash => "MM-DD-YYYY",
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

/// How many dates were written in each format, in a few words of memory however many there are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct FormatTally {
    counts: [usize; ALL.len()],
}

impl FormatTally {
    /// Counts one date written in `format`.
    pub fn add(&mut self, format: DateFormat) {
        self.counts[format.index()] += 1;
    }

    /// The most used format (a tie goes to the earlier in [`DateFormat::detect`]'s order);
    /// `None` when no date was counted.
    pub fn most_used(&self) -> Option<DateFormat> {
        let (best, &count) = self
            .counts
            .iter()
            .enumerate()
            .rev()
            .max_by_key(|&(_, count)| count)?;
        (count > 0).then_some(ALL[best])
    }
}

impl fmt::Display for DateFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.pattern())
    }
}

/// Parses one date given for `field` on its own (an option, a form field): ISO, year first
/// with `/` or `.`, or day first with `.`, `/` or `-`. Surrounding spaces are ignored. With no
/// file to tell the order, a slash or dash date is read day first, and one that reads month
/// first only is refused.
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
    fn reads_the_date_of_a_date_and_time() {
        for (text, format) in [
            ("01.03.2025 0:00:00", DateFormat::DayFirstDot),
            ("01.03.2025 0:00", DateFormat::DayFirstDot),
            ("1.3.2025 14:35", DateFormat::DayFirstDot),
            ("2025-03-01T00:00:00", DateFormat::Iso),
            ("2025-03-01 00:00:00.000", DateFormat::Iso),
            ("01/03/2025 12:00:00 AM", DateFormat::DayFirstSlash),
            ("01/03/2025 11:59 PM", DateFormat::DayFirstSlash),
        ] {
            let reading = read(text).unwrap_or_else(|e| panic!("{text}: {}", e.reason()));
            assert_eq!(
                (reading.date, reading.format),
                (date(2025, 3, 1), format),
                "{text}"
            );
        }
        for text in [
            "01.03.2025 24:00",
            "01.03.2025 0:60",
            "01.03.2025 0:00:00Z",
            "2025-03-01T00:00:00+02:00",
            "01.03.2025 noon",
            "01.03.2025 0",
            "01.03.2025 0:00:",
            "01.03.2025 0:00:00.",
            "2025-02-30 0:00",
            "1 марта 2025",
        ] {
            assert!(read(text).is_err(), "{text}");
        }
        assert_eq!(
            read("2025-02-30 0:00").unwrap_err(),
            Unread::NoSuchDay(DateFormat::Iso)
        );
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
    fn a_lone_date_is_never_read_month_first() {
        assert!(parse_any_date("03/15/2025", "entry").is_err());
        assert_eq!(parse_any_date("03/04/2025", "entry"), Ok(date(2025, 4, 3)));
    }

    #[test]
    fn tells_how_a_text_reads_on_its_own() {
        let order = |text: &str| read(text).map(|r| (r.order, r.date));
        assert_eq!(
            order("25/06/2026"),
            Ok((Order::DayFirst, date(2026, 6, 25)))
        );
        assert_eq!(
            order("06/25/2026"),
            Ok((Order::MonthFirst, date(2026, 6, 25)))
        );
        assert_eq!(
            order("12-31-2024"),
            Ok((Order::MonthFirst, date(2024, 12, 31)))
        );
        assert_eq!(order("03/04/2026"), Ok((Order::Either, date(2026, 4, 3))));
        assert_eq!(order("04/04/2026"), Ok((Order::Either, date(2026, 4, 4))));
        assert_eq!(order("04.03.2026"), Ok((Order::Fixed, date(2026, 3, 4))));
        assert_eq!(order("2026/03/04"), Ok((Order::Fixed, date(2026, 3, 4))));
        assert_eq!(order("2026-03-04"), Ok((Order::Fixed, date(2026, 3, 4))));
        assert_eq!(order("06.25.2026"), Err(Unread::MonthFirstDots));
        assert_eq!(
            order("31/31/2025"),
            Err(Unread::NoSuchDay(DateFormat::DayFirstSlash))
        );
        assert_eq!(order("01/01/1899"), Err(Unread::OutOfRange));
        assert_eq!(order("soon"), Err(Unread::NotADate));
    }

    /// Each of `texts` judged in a file of all of them: the date, or the start of the reason.
    fn judged(texts: &[&str]) -> Vec<Result<NaiveDate, String>> {
        let mut order = DateOrder::default();
        let readings: Vec<Reading> = texts.iter().map(|t| read(t).unwrap()).collect();
        for (line, (reading, text)) in readings.iter().zip(texts).enumerate() {
            order.note(reading, line + 2, text);
        }
        readings
            .into_iter()
            .map(|r| {
                order
                    .judge(r)
                    .map(|(date, _)| date)
                    .map_err(|reason| reason.split(':').next().unwrap().to_string())
            })
            .collect()
    }

    #[test]
    fn the_file_decides_the_order_and_a_typo_conflicts_alone() {
        // Day first: one month-first typo is one conflict; dots are never touched.
        let file = [
            "25/06/2026",
            "03/04/2026",
            "06/25/2026",
            "04.03.2026",
            "13/01/2026",
        ];
        assert_eq!(
            judged(&file),
            [
                Ok(date(2026, 6, 25)),
                Ok(date(2026, 4, 3)),
                Err("written month first, but this file writes dates with / or - day first (2 to 1, as \"25/06/2026\" on line 2)".into()),
                Ok(date(2026, 3, 4)),
                Ok(date(2026, 1, 13)),
            ]
        );
        // Month first: dates that read both ways follow it.
        let file = ["06/25/2026", "03/04/2026", "12/31/2025"];
        assert_eq!(
            judged(&file),
            [
                Ok(date(2026, 6, 25)),
                Ok(date(2026, 3, 4)),
                Ok(date(2025, 12, 31))
            ]
        );
        // A tie: both kinds are read, those that read both ways are refused.
        let file = ["25/06/2026", "06/25/2026", "03/04/2026", "04/04/2026"];
        let judged = judged(&file);
        assert_eq!(judged[..2], [Ok(date(2026, 6, 25)), Ok(date(2026, 6, 25))]);
        assert_eq!(judged[3], Ok(date(2026, 4, 4)));
        assert_eq!(
            judged[2],
            Err("could be day first or month first".to_string())
        );
    }

    #[test]
    fn the_order_does_not_depend_on_where_rows_are() {
        let file = [
            "06/25/2026",
            "03/04/2026",
            "25/06/2026",
            "26/06/2026",
            "04.03.2026",
        ];
        let forward = judged(&file);
        let mut reversed = file;
        reversed.reverse();
        let mut backward = judged(&reversed);
        backward.reverse();
        let dates = |all: &[Result<NaiveDate, String>]| {
            all.iter()
                .map(|r| r.as_ref().ok().copied())
                .collect::<Vec<_>>()
        };
        assert_eq!(dates(&forward), dates(&backward));
    }

    #[test]
    fn month_first_formats_parse_and_write() {
        let d = date(2026, 6, 25);
        assert_eq!(
            DateFormat::MonthFirstSlash.parse("06/25/2026", "entry"),
            Ok(d)
        );
        assert_eq!(
            DateFormat::MonthFirstDash.parse("6-25-2026", "entry"),
            Ok(d)
        );
        assert!(DateFormat::MonthFirstSlash
            .parse("25/06/2026", "entry")
            .is_err());
        for format in ALL {
            assert_eq!(format.parse(&format.write(d), "entry"), Ok(d), "{format}");
        }
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
