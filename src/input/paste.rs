//! Stays pasted as text: one stay per line, entry then exit.
//!
//! A line holds two dates in any accepted [`DateFormat`], separated by spaces, tabs, `-`, `–`,
//! `—`, `..`, `,` or `;` (`2025-03-01 2025-03-10`, `01.03.2025 - 10.03.2025`,
//! `01/03/2025,10/03/2025`). A line with one date is a stay with no exit yet. Blank lines are
//! skipped. Every line that cannot be read is rejected with its reason; the others are kept.

use crate::error::{Error, Result};
use crate::input::dates::{self, DateFormat, DateOrder, Unread};
use crate::stay::Stay;
use std::fmt;

/// What [`parse_pasted`] read: the stays of the good lines and the reasons for the others.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pasted {
    /// One stay per good line, in order, each with its 1-based line number as its row.
    pub stays: Vec<Stay>,
    /// Every line that could not be read, in order.
    pub rejected: Vec<RejectedLine>,
    /// The format most of the dates were written in, if any date was read.
    pub date_format: Option<DateFormat>,
}

/// A pasted line that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RejectedLine {
    /// The 1-based line number.
    pub line: usize,
    /// The line as pasted (without its line end).
    pub text: String,
    /// Why: [`Error::BadDate`] for text that is not a date, [`Error::DateOutOfRange`],
    /// [`Error::ExitBeforeEntry`], or [`Error::BadInput`] for a line with more than two dates,
    /// text after them, or a month-first date. Its row is the line number.
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
/// [`Pasted::stays`]. Dates written month first (`03/15/2025`) are rejected, and once one is
/// seen, so is every other date that reads both ways (`03/04/2025`).
///
/// ```
/// use staycalc::{date, Stay};
/// use staycalc::input::parse_pasted;
/// let pasted = parse_pasted("01.03.2025 - 10.03.2025\n\n2025-06-01\nsometime in May\n");
/// assert_eq!(
///     pasted.stays,
///     [
///         Stay::new(date(2025, 3, 1), date(2025, 3, 10)).at_row(1),
///         Stay::open(date(2025, 6, 1)).at_row(3),
///     ]
/// );
/// assert_eq!(pasted.rejected[0].line, 4);
/// assert_eq!(pasted.rejected[0].reason.code(), "bad_date");
/// ```
pub fn parse_pasted(text: &str) -> Pasted {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str, Result<Vec<&str>>)> = text
        .lines()
        .enumerate()
        .map(|(i, line)| (i + 1, line, date_tokens(line, i + 1)))
        .filter(|(_, line, _)| !line.trim().is_empty())
        .collect();
    let tokens = || {
        lines
            .iter()
            .filter_map(|(n, _, tokens)| tokens.as_ref().ok().map(|t| (*n, t)))
            .flat_map(|(n, t)| t.iter().map(move |&token| (n, token)))
    };
    let mut order = DateOrder::default();
    for (line, token) in tokens() {
        if let Ok(reading) = dates::read(token) {
            order.note(&reading, line, token);
        }
    }
    let mut formats = Vec::new();
    let mut pasted = Pasted {
        stays: Vec::new(),
        rejected: Vec::new(),
        date_format: None,
    };
    for (line, text, tokens) in lines {
        match tokens.and_then(|tokens| stay(&tokens, line, &order, &mut formats)) {
            Ok(stay) => pasted.stays.push(stay),
            Err(reason) => pasted.rejected.push(RejectedLine {
                line,
                text: text.to_string(),
                reason,
            }),
        }
    }
    pasted.date_format = DateFormat::most_used(formats);
    pasted
}

/// The stay of one line's date tokens, their dates judged by the paste's `order`; the format
/// of each goes to `formats`.
fn stay(
    tokens: &[&str],
    line: usize,
    order: &DateOrder,
    formats: &mut Vec<DateFormat>,
) -> Result<Stay> {
    let bad_input = |reason: String| Error::BadInput {
        line,
        column: None,
        reason,
    };
    let mut parsed = Vec::with_capacity(2);
    for (&token, field) in tokens.iter().zip(["entry", "exit"]) {
        match dates::read(token) {
            Ok(reading) => {
                let (date, format) = order
                    .judge(reading)
                    .map_err(|reason| bad_input(format!("{token:?} {reason}")))?;
                formats.push(format);
                parsed.push(date);
            }
            Err(Unread::MonthFirstDots) => {
                return Err(bad_input(format!(
                    "{token:?} {}",
                    Unread::MonthFirstDots.reason()
                )))
            }
            Err(_) => {
                return Err(dates::parse_any_date(token, field)
                    .err()
                    .unwrap_or_else(|| {
                        bad_input(format!("{token:?} {}", Unread::NotADate.reason()))
                    })
                    .at_row(line))
            }
        }
    }
    match parsed[..] {
        [entry] => Ok(Stay::open(entry).at_row(line)),
        [entry, exit] if exit < entry => Err(Error::ExitBeforeEntry {
            entry,
            exit,
            row: line,
        }),
        [entry, exit] => Ok(Stay::new(entry, exit).at_row(line)),
        _ => Err(bad_input("no date on the line".into())),
    }
}

/// Splits a line into date-shaped tokens (each of an accepted shape or a near miss, checked
/// later), with separators between them.
///
/// # Errors
///
/// [`Error::BadDate`] for text that is not a date where the entry or exit should be, and
/// [`Error::BadInput`] for more than two dates or text after them.
fn date_tokens(line: &str, number: usize) -> Result<Vec<&str>> {
    let mut tokens = Vec::with_capacity(2);
    let mut rest = line;
    loop {
        rest = rest.trim_start_matches(is_separator);
        if rest.is_empty() {
            return Ok(tokens);
        }
        let length = date_len(rest);
        let is_date = length.is_some();
        let (token, after) =
            rest.split_at(length.unwrap_or_else(|| rest.find(is_break).unwrap_or(rest.len())));
        match tokens.len() {
            0 | 1 if is_date => tokens.push(token),
            0 | 1 => {
                return Err(Error::BadDate {
                    value: token.to_string(),
                    field: ["entry", "exit"][tokens.len()].to_string(),
                    row: Some(number),
                    iso_only: false,
                })
            }
            _ if is_date => {
                return Err(Error::BadInput {
                    line: number,
                    column: None,
                    reason: format!(
                        "more than two dates ({token:?} after the exit): one stay per line, entry \
                         then exit"
                    ),
                })
            }
            _ => {
                return Err(Error::BadInput {
                    line: number,
                    column: None,
                    reason: format!(
                        "unexpected {token:?} after the dates: one stay per line, entry then exit"
                    ),
                })
            }
        }
        rest = after;
    }
}

/// Characters that may stand between (or around) the two dates of a line.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '.' | ',' | ';')
}

/// Characters that end a piece of text that is not a date, for the message naming it.
fn is_break(c: char) -> bool {
    c.is_whitespace() || matches!(c, ',' | ';')
}

/// The length in bytes of the date-shaped text at the start of `text`: digits, a separator
/// (`-`, `.` or `/`), digits, the same separator, digits, with four-digit year first or last.
fn date_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits_from = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let a = digits_from(0);
    let separator = *bytes.get(a)?;
    if a == 0 || !matches!(separator, b'-' | b'.' | b'/') {
        return None;
    }
    let b = digits_from(a + 1);
    if b == 0 || bytes.get(a + 1 + b) != Some(&separator) {
        return None;
    }
    let c = digits_from(a + b + 2);
    let year_first = a == 4 && b <= 2 && (1..=2).contains(&c);
    let day_first = a <= 2 && b <= 2 && c == 4;
    (year_first || day_first).then_some(a + b + c + 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    fn stays(text: &str) -> Vec<Stay> {
        let pasted = parse_pasted(text);
        assert_eq!(pasted.rejected, [], "{text:?}");
        pasted.stays
    }

    #[test]
    fn reads_each_separator_and_format() {
        let march = Stay::new(date(2025, 3, 1), date(2025, 3, 10)).at_row(1);
        for line in [
            "2025-03-01 2025-03-10",
            "2025-03-01\t2025-03-10",
            "2025-03-01-2025-03-10",
            "2025-03-01 - 2025-03-10",
            "2025-03-01 – 2025-03-10",
            "2025-03-01—2025-03-10",
            "2025-03-01..2025-03-10",
            "2025-03-01 .. 2025-03-10",
            "2025-03-01,2025-03-10",
            "2025-03-01; 2025-03-10;",
            "01.03.2025 - 10.03.2025",
            "1.3.2025-10.3.2025",
            "01/03/2025,10/03/2025",
            "01-03-2025 10-03-2025",
            "01-03-2025-10-03-2025",
            "2025/03/01 10.03.2025",
            "  01.03.2025 10.03.2025.  ",
        ] {
            assert_eq!(stays(line), [march], "{line:?}");
        }
    }

    #[test]
    fn a_single_date_is_an_open_stay_and_blank_lines_are_skipped() {
        assert_eq!(
            stays("\u{feff}\r\n2025-01-05 2025-01-06\r\n   \r\n\t\n05.06.2025\n"),
            [
                Stay::new(date(2025, 1, 5), date(2025, 1, 6)).at_row(2),
                Stay::open(date(2025, 6, 5)).at_row(5),
            ]
        );
        assert_eq!(parse_pasted(""), parse_pasted("\n\n"));
        assert_eq!(parse_pasted("").date_format, None);
    }

    #[test]
    fn rejects_bad_lines_with_reasons_and_keeps_good_ones() {
        let text = "2025-01-01 2025-01-10\n\
                    entry exit\n\
                    2025-02-01 soon\n\
                    2025-03-10 2025-03-01\n\
                    2025-04-01 2025-04-02 2025-04-03\n\
                    2025-05-01 2025-05-02 Paris\n\
                    31.02.2025\n\
                    01.01.1800 02.01.1800\n\
                    ---\n\
                    2025-06-01 2025-06-30\n";
        let pasted = parse_pasted(text);
        assert_eq!(
            pasted.stays,
            [
                Stay::new(date(2025, 1, 1), date(2025, 1, 10)).at_row(1),
                Stay::new(date(2025, 6, 1), date(2025, 6, 30)).at_row(10),
            ]
        );
        let reasons: Vec<(usize, &str, String)> = pasted
            .rejected
            .iter()
            .map(|r| (r.line, r.reason.code(), r.to_string()))
            .collect();
        assert_eq!(
            reasons,
            [
                (2, "bad_date", "entry \"entry\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 2)".into()),
                (3, "bad_date", "exit \"soon\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 3)".into()),
                (4, "exit_before_entry", "exit 2025-03-01 is before entry 2025-03-10 (row 4)".into()),
                (5, "bad_input", "line 5: more than two dates (\"2025-04-03\" after the exit): one stay per line, entry then exit".into()),
                (6, "bad_input", "line 6: unexpected \"Paris\" after the dates: one stay per line, entry then exit".into()),
                (7, "bad_date", "entry \"31.02.2025\" is not a date: expected a date such as 2025-03-01 or 01.03.2025 (row 7)".into()),
                (8, "date_out_of_range", "entry 1800-01-01 is outside the supported range 1900-01-01 .. 2199-12-31 (row 8)".into()),
                (9, "bad_input", "line 9: no date on the line".into()),
            ]
        );
        assert_eq!(pasted.rejected[2].text, "2025-03-10 2025-03-01");
    }

    #[test]
    fn the_paste_decides_its_date_order() {
        // Two dates read month first only, one day first only: month first wins, and the
        // day-first one conflicts.
        let pasted = parse_pasted("03/15/2025 03/20/2025\n03/04/2025 03/05/2025\n13/04/2025\n");
        assert_eq!(
            pasted.stays,
            [
                Stay::new(date(2025, 3, 15), date(2025, 3, 20)).at_row(1),
                Stay::new(date(2025, 3, 4), date(2025, 3, 5)).at_row(2),
            ]
        );
        assert_eq!(pasted.date_format, Some(DateFormat::MonthFirstSlash));
        let lines: Vec<usize> = pasted.rejected.iter().map(|r| r.line).collect();
        assert_eq!(lines, [3]);
        assert!(pasted.rejected[0]
            .to_string()
            .contains("\"13/04/2025\" written day first, but this file writes dates with / or - month first (2 to 1, as \"03/15/2025\" on line 1)"));
        // Without month-first evidence, slashes are day first.
        assert_eq!(
            stays("03/04/2025 03/05/2025"),
            [Stay::new(date(2025, 4, 3), date(2025, 5, 3)).at_row(1)]
        );
    }

    #[test]
    fn reports_the_format_and_survives_odd_text() {
        let pasted = parse_pasted("01.03.2025 - 10.03.2025\n2025-04-01\n05.05.2025\n");
        assert_eq!(pasted.date_format, Some(DateFormat::DayFirstDot));
        for odd in [
            "\0",
            "💥 2025-01-01",
            "2025-",
            "1/",
            "9999999999/1/1",
            "..",
            "–",
            "1.2.",
        ] {
            let pasted = parse_pasted(odd);
            assert!(pasted.stays.is_empty(), "{odd:?}");
            assert_eq!(pasted.rejected.len(), 1, "{odd:?}");
        }
    }
}
