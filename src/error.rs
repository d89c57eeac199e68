//! The one error type of the crate.

use chrono::NaiveDate;
use std::fmt;

/// Everything a caller can get wrong, with the offending values.
///
/// Messages are lowercase, have no trailing period and name the values, so they can be shown
/// to a user as they are. [`Error::code`] gives a stable machine-readable code for each variant.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A date string that is not a valid `YYYY-MM-DD` (or other accepted) date.
    BadDate {
        /// What was given.
        value: String,
        /// The field it was given for (`entry`, `exit`, `on`, ...).
        field: String,
        /// The 1-based row it came from, when it came from a list or a file.
        row: Option<usize>,
        /// Whether only `YYYY-MM-DD` is accepted where it was given ([`crate::parse_date`]:
        /// the JS API), rather than the day-first forms too ([`crate::input::parse_any_date`]).
        iso_only: bool,
    },
    /// A date outside the supported range, 1900-01-01 to 2199-12-31 (`MIN_DATE` and `MAX_DATE`
    /// of the date module).
    DateOutOfRange {
        /// The date.
        date: NaiveDate,
        /// The field it was given for.
        field: String,
        /// The 1-based row, when there is one.
        row: Option<usize>,
    },
    /// A stay whose exit is before its entry.
    ExitBeforeEntry {
        /// Entry date.
        entry: NaiveDate,
        /// Exit date.
        exit: NaiveDate,
        /// The 1-based row.
        row: usize,
    },
    /// A stay with no exit (still there) that starts after the check date.
    OpenStayAfterCheckDate {
        /// Entry date.
        entry: NaiveDate,
        /// The check date.
        on: NaiveDate,
        /// The 1-based row.
        row: usize,
    },
    /// A rule id that is not in the catalogue.
    UnknownRule {
        /// The id asked for.
        id: String,
    },
    /// A check date before the rule's first version came into force.
    RuleNotInForce {
        /// The rule id.
        id: String,
        /// The check date.
        on: NaiveDate,
        /// The first day the rule is in force.
        from: NaiveDate,
    },
    /// A rule whose numbers make no sense (a zero window, a maximum not below its window, ...).
    InvalidRule {
        /// The rule id.
        id: String,
        /// What is wrong, in words.
        reason: String,
    },
    /// A number argument (a trip length, a threshold) outside what the engine accepts.
    InvalidNumber {
        /// The field.
        field: String,
        /// The value given.
        value: String,
        /// What is accepted.
        expected: String,
    },
    /// A line of an input file that cannot be read.
    BadInput {
        /// The 1-based line.
        line: usize,
        /// The column, when one is at fault.
        column: Option<String>,
        /// What is wrong, in words.
        reason: String,
    },
    /// A document or event given for a check (a passport, a visa, a permit, an event) that
    /// cannot be used: a visa whose UNTIL precedes its FROM, zero entries, an unknown event.
    InvalidDocument {
        /// The field or option it was given for (`visa`, `--event`, ...).
        field: String,
        /// What was given.
        value: String,
        /// What is wrong, in words.
        reason: String,
    },
    /// A text that names no country: not an ISO 3166-1 code, nor a country's name in English,
    /// Russian or Kazakh ([`crate::zones::country`]).
    UnknownCountry {
        /// The field it was given for (`country`, `nationality`).
        field: String,
        /// What was given.
        value: String,
        /// The closest country's name and code (`France (FR)`), when one is close.
        suggestion: Option<String>,
        /// The 1-based row, when it came from a list or a file.
        row: Option<usize>,
    },
    /// More planned stays (entering after the check date) under fixed periods counted from a
    /// first entry than can be checked: each one's latest exit judges the whole history again,
    /// so there is a bound ([`crate::MAX_FIXED_PERIOD_PLANS`]).
    TooManyPlannedStays {
        /// How many planned stays enter while fixed periods are counted.
        count: usize,
        /// The most that are checked.
        max: usize,
        /// The day fixed periods stop being counted (the next version's first day), if they do.
        until: Option<NaiveDate>,
    },
}

impl Error {
    /// A stable, machine-readable code for the variant (`bad_date`, `exit_before_entry`, ...).
    ///
    /// ```
    /// let error = staycalc::Error::UnknownRule { id: "atlantis".into() };
    /// assert_eq!(error.code(), "unknown_rule");
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Error::BadDate { .. } => "bad_date",
            Error::DateOutOfRange { .. } => "date_out_of_range",
            Error::ExitBeforeEntry { .. } => "exit_before_entry",
            Error::OpenStayAfterCheckDate { .. } => "open_stay_after_check_date",
            Error::UnknownRule { .. } => "unknown_rule",
            Error::InvalidRule { .. } => "invalid_rule",
            Error::RuleNotInForce { .. } => "rule_not_in_force",
            Error::InvalidNumber { .. } => "invalid_number",
            Error::BadInput { .. } => "bad_input",
            Error::InvalidDocument { .. } => "invalid_document",
            Error::UnknownCountry { .. } => "unknown_country",
            Error::TooManyPlannedStays { .. } => "too_many_planned_stays",
        }
    }

    /// The 1-based row (or line) the error is about, when there is one.
    ///
    /// ```
    /// use staycalc::{date, Error};
    /// let error = Error::ExitBeforeEntry { entry: date(2024, 3, 5), exit: date(2024, 3, 1), row: 7 };
    /// assert_eq!(error.row(), Some(7));
    /// ```
    pub fn row(&self) -> Option<usize> {
        match self {
            Error::BadDate { row, .. }
            | Error::DateOutOfRange { row, .. }
            | Error::UnknownCountry { row, .. } => *row,
            Error::ExitBeforeEntry { row, .. } | Error::OpenStayAfterCheckDate { row, .. } => {
                Some(*row)
            }
            Error::BadInput { line, .. } => Some(*line),
            _ => None,
        }
    }

    /// Sets the row of an error that came from a row without knowing it.
    pub(crate) fn at_row(self, at: usize) -> Error {
        match self {
            Error::BadDate {
                value,
                field,
                iso_only,
                ..
            } => Error::BadDate {
                value,
                field,
                row: Some(at),
                iso_only,
            },
            Error::DateOutOfRange { date, field, .. } => Error::DateOutOfRange {
                date,
                field,
                row: Some(at),
            },
            Error::UnknownCountry {
                field,
                value,
                suggestion,
                ..
            } => Error::UnknownCountry {
                field,
                value,
                suggestion,
                row: Some(at),
            },
            other => other,
        }
    }
}

/// A value quoted in a message: in quotes, with escapes, and cut after 60 characters with its
/// length said, so that a 50 MB cell does not make a 50 MB message.
///
/// ```
/// use staycalc::Error;
/// let error = Error::UnknownRule { id: "x".repeat(1000) };
/// assert_eq!(
///     error.to_string(),
///     format!("unknown rule \"{}\"... (1000 characters): the catalogue has no rule with this id", "x".repeat(60)),
/// );
/// ```
pub(crate) struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const SHOWN: usize = 60;
        match self.0.char_indices().nth(SHOWN) {
            None => InQuotes(self.0).fmt(f),
            Some((cut, _)) => write!(
                f,
                "{}... ({} characters)",
                InQuotes(self.0.get(..cut).unwrap_or(self.0)),
                self.0.chars().count()
            ),
        }
    }
}

/// `text` in double quotes, escaped as Rust's `{:?}` escapes a string (`\"`, `\\`, `\n`, a
/// control character as `\u{1b}`), but written a character at a time, without `{:?}`: a
/// string's `Debug` brings 3 KB of code into the npm package's main module, which has none to
/// spare (scripts/build-pkg.sh). The one difference: a combining mark after the first
/// character is escaped too (`e\u{301}`), where `{:?}` escapes it only first.
///
/// ```
/// # // `InQuotes` is crate-private: its escapes, seen through an error's message.
/// let id = "it's \"x\"\\\n\u{1b}\u{202e}ё";
/// let error = staycalc::Error::InvalidRule { id: id.into(), reason: "no".into() };
/// assert_eq!(error.to_string(), format!("rule {id:?} is invalid: no"));
/// ```
pub(crate) struct InQuotes<'a>(pub &'a str);

impl fmt::Display for InQuotes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write;
        f.write_char('"')?;
        for c in self.0.chars() {
            // `char::escape_debug` escapes `'`, which a string's `{:?}` leaves as it is.
            if c == '\'' {
                f.write_char(c)?;
            } else {
                write!(f, "{}", c.escape_debug())?;
            }
        }
        f.write_char('"')
    }
}

fn row_suffix(row: &Option<usize>) -> String {
    match row {
        Some(row) => format!(" (row {row})"),
        None => String::new(),
    }
}

/// The supported dates as messages name them: the date module's `MIN_DATE .. MAX_DATE`, written
/// out here so that errors, the bottom of the crate, depend on nothing (the date module's
/// tests keep the two equal).
pub(crate) const SUPPORTED_RANGE: &str = "1900-01-01 .. 2199-12-31";

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadDate {
                value,
                field,
                row,
                iso_only: true,
            } => write!(
                f,
                "{field} {} is not a date: expected YYYY-MM-DD, such as 2025-03-01{}",
                Quoted(value),
                row_suffix(row)
            ),
            Error::BadDate {
                value, field, row, ..
            } => write!(
                f,
                "{field} {} is not a date: expected a date such as 2025-03-01 or 01.03.2025{}",
                Quoted(value),
                row_suffix(row)
            ),
            Error::DateOutOfRange { date, field, row } => write!(
                f,
                "{field} {date} is outside the supported range {SUPPORTED_RANGE}{}",
                row_suffix(row)
            ),
            Error::ExitBeforeEntry { entry, exit, row } => {
                write!(f, "exit {exit} is before entry {entry} (row {row})")
            }
            Error::OpenStayAfterCheckDate { entry, on, row } => write!(
                f,
                "stay with no exit starts on {entry}, after the check date {on} (row {row})"
            ),
            Error::UnknownRule { id } => write!(
                f,
                "unknown rule {}: the catalogue has no rule with this id",
                Quoted(id)
            ),
            Error::RuleNotInForce { id, on, from } => write!(
                f,
                "rule {} is not in force on {on}: it starts on {from}",
                InQuotes(id)
            ),
            Error::InvalidRule { id, reason } => {
                write!(f, "rule {} is invalid: {reason}", InQuotes(id))
            }
            Error::InvalidNumber {
                field,
                value,
                expected,
            } => write!(
                f,
                "{field} {} is invalid: expected {expected}",
                Quoted(value)
            ),
            Error::UnknownCountry {
                field,
                value,
                suggestion,
                row,
            } => {
                write!(f, "{field} {} is not a country: ", Quoted(value))?;
                match suggestion {
                    Some(name) => write!(f, "did you mean {name}?")?,
                    None if field == "nationality" => {
                        write!(f, "expected an ISO 3166-1 code (FR, FRA)")?
                    }
                    None => write!(
                        f,
                        "expected an ISO 3166-1 code (FR, FRA) or a country's name in English, \
                         Russian or Kazakh"
                    )?,
                }
                write!(f, "{}", row_suffix(row))
            }
            Error::TooManyPlannedStays { count, max, until } => {
                write!(
                    f,
                    "{count} planned stays enter while the rule counts fixed periods from a first \
                     entry"
                )?;
                if let Some(until) = until {
                    write!(f, " (before {until})")?;
                }
                write!(
                    f,
                    ": at most {max} such stays can be checked at once; check fewer, or from a \
                     later date"
                )
            }
            Error::BadInput {
                line,
                column,
                reason,
            } => match column {
                Some(column) => write!(f, "line {line}, column {column}: {reason}"),
                None => write!(f, "line {line}: {reason}"),
            },
            Error::InvalidDocument {
                field,
                value,
                reason,
            } => write!(f, "{field} {} is invalid: {reason}", Quoted(value)),
        }
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::InQuotes;

    #[test]
    fn in_quotes_escapes_as_debug_does() {
        for text in [
            "",
            "schengen",
            "it's",
            "\"quoted\" \\ back",
            "line\nfeed\r\ttab\0nul",
            "\u{1b}[2J\u{7f}\u{9b}31m",
            "Zoë Ёлка Әсел ққ",
            "\u{202e}evil\u{200b}\u{feff}\u{2028}",
            "\u{301} first combining",
            "日本 🙂",
        ] {
            assert_eq!(InQuotes(text).to_string(), format!("{text:?}"), "{text:?}");
        }
        // The one difference: a combining mark after the first character.
        assert_eq!(InQuotes("e\u{301}").to_string(), "\"e\\u{301}\"");
    }
}
