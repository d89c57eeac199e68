//! The engine's reasons, which are English sentences, read back into their parts so that each
//! language can say them its own way.
//!
//! Only the reasons the traveller page and the widget can meet are read: a custom rule's
//! numbers ([`Rule::custom`](crate::rule::Rule::custom)) and a pasted line
//! ([`parse_pasted`](crate::input::parse_pasted)). Any other reason is [`Reason::Other`], shown
//! as the engine wrote it. The tests below make each of these reasons through the engine, so a
//! change of the engine's wording fails them instead of leaking English into a translation.

/// One of the engine's reasons, in parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Reason<'a> {
    /// A number of a rule out of its range: which one (`window`, `maximum`, `per-entry cap`),
    /// its value and the largest allowed.
    OutOfRange {
        /// The field, as the engine names it.
        what: &'a str,
        /// The value given.
        value: &'a str,
        /// The largest value allowed.
        upto: &'a str,
    },
    /// A maximum not below its window.
    MaxNotBelowWindow {
        /// The maximum.
        max: &'a str,
        /// The window.
        days: &'a str,
    },
    /// A third date on a pasted line.
    MoreThanTwoDates {
        /// The third date.
        token: &'a str,
    },
    /// Text after the dates of a pasted line.
    TextAfterDates {
        /// The text.
        token: &'a str,
    },
    /// A pasted line with no date.
    NoDate,
    /// A date written month first.
    MonthFirst {
        /// The date as written.
        text: &'a str,
    },
    /// A date that reads both ways after month-first dates were seen on another line.
    Ambiguous {
        /// The date as written.
        text: &'a str,
        /// The line with a month-first date.
        line: &'a str,
        /// That date as written.
        seen: &'a str,
    },
    /// Any other reason, as the engine wrote it.
    Other(&'a str),
}

/// The text between the first pair of double quotes of `text`, and what follows it.
fn quoted(text: &str) -> Option<(&str, &str)> {
    let rest = text.strip_prefix('"')?;
    let end = rest.find('"')?;
    Some((&rest[..end], &rest[end + 1..]))
}

impl<'a> Reason<'a> {
    /// The parts of the engine's reason `text`.
    pub fn read(text: &'a str) -> Reason<'a> {
        Reason::parts(text).unwrap_or(Reason::Other(text))
    }

    fn parts(text: &'a str) -> Option<Reason<'a>> {
        if text == "no date on the line" {
            return Some(Reason::NoDate);
        }
        if let Some(rest) = text.strip_prefix("the maximum ") {
            if let Some((max, days)) = rest.split_once(" is not less than the window ") {
                let days = days.strip_suffix(", so it never binds")?;
                return Some(Reason::MaxNotBelowWindow { max, days });
            }
        }
        if let Some(rest) = text.strip_prefix("the ") {
            if let Some((what, rest)) = rest.split_once(" is ") {
                let (value, upto) = rest.split_once("; it must be 1 to ")?;
                return Some(Reason::OutOfRange { what, value, upto });
            }
        }
        if let Some(rest) = text.strip_prefix("more than two dates (") {
            let (token, rest) = quoted(rest)?;
            rest.starts_with(" after the exit)")
                .then_some(Reason::MoreThanTwoDates { token })
        } else if let Some(rest) = text.strip_prefix("unexpected ") {
            let (token, rest) = quoted(rest)?;
            rest.starts_with(" after the dates")
                .then_some(Reason::TextAfterDates { token })
        } else {
            let (text, rest) = quoted(text)?;
            if rest.starts_with(" looks month first") {
                Some(Reason::MonthFirst { text })
            } else {
                let rest = rest.strip_prefix(" could be day first or month first, and line ")?;
                let (line, rest) = rest.split_once(" has ")?;
                let (seen, _) = quoted(rest)?;
                Some(Reason::Ambiguous { text, line, seen })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::input::parse_pasted;
    use crate::rule::Rule;

    fn reason(error: Error) -> String {
        match error {
            Error::InvalidRule { reason, .. } | Error::BadInput { reason, .. } => reason,
            other => panic!("not a reason: {other:?}"),
        }
    }

    /// The reason of the last line of `text` that could not be read.
    fn pasted(text: &str) -> String {
        let rejected = parse_pasted(text).rejected;
        reason(rejected.into_iter().last().expect("a rejected line").reason)
    }

    #[test]
    fn every_reason_of_a_custom_rule_is_read() {
        let cases = [
            (
                (0, 90, None),
                Reason::OutOfRange {
                    what: "window",
                    value: "0",
                    upto: "36525",
                },
            ),
            (
                (180, 0, None),
                Reason::OutOfRange {
                    what: "maximum",
                    value: "0",
                    upto: "179",
                },
            ),
            (
                (180, 90, Some(0)),
                Reason::OutOfRange {
                    what: "per-entry cap",
                    value: "0",
                    upto: "36525",
                },
            ),
            (
                (40000, 90, None),
                Reason::OutOfRange {
                    what: "window",
                    value: "40000",
                    upto: "36525",
                },
            ),
        ];
        for ((window, max, cap), expected) in cases {
            let text = reason(Rule::custom(window, max, cap).unwrap_err());
            assert_eq!(Reason::read(&text), expected, "{text}");
        }
        let text = reason(Rule::custom(1, 1, None).unwrap_err());
        assert_eq!(
            Reason::read(&text),
            Reason::MaxNotBelowWindow {
                max: "1",
                days: "1"
            },
            "{text}"
        );
    }

    #[test]
    fn every_reason_of_a_pasted_line_is_read() {
        let text = pasted("2025-03-01 2025-03-10 2025-03-12");
        assert_eq!(
            Reason::read(&text),
            Reason::MoreThanTwoDates {
                token: "2025-03-12"
            }
        );
        let text = pasted("2025-03-01 2025-03-10 hotel");
        assert_eq!(
            Reason::read(&text),
            Reason::TextAfterDates { token: "hotel" }
        );
        let text = pasted("03/25/2025 03/28/2025");
        assert_eq!(
            Reason::read(&text),
            Reason::MonthFirst { text: "03/25/2025" }
        );
        let text = pasted("03/25/2025\n03/04/2025 03/05/2025");
        assert_eq!(
            Reason::read(&text),
            Reason::Ambiguous {
                text: "03/04/2025",
                line: "1",
                seen: "03/25/2025"
            }
        );
        assert_eq!(Reason::read("no date on the line"), Reason::NoDate);
        assert_eq!(
            Reason::read("something else"),
            Reason::Other("something else")
        );
    }
}
