//! The engine's reasons, which are English sentences, read back into their parts so that each
//! language can say them its own way.
//!
//! Only the reasons the pages can meet are read: a custom rule's numbers
//! ([`Rule::custom`](crate::rule::Rule::custom)), a pasted line
//! ([`parse_pasted`](crate::input::parse_pasted)) and a bad row of a team file
//! ([`read_team`](crate::report::read_team)). Any other reason is [`Reason::Other`], shown as
//! the engine wrote it. The tests below make each of these reasons through the engine, so a
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
    /// A number on a pasted line that is no date's part nor its days.
    Unexpected {
        /// The text.
        token: &'a str,
    },
    /// Pasted dates written with a month's name and no year, on a line with no year.
    NoYear {
        /// The dates as written (a range's both).
        token: &'a str,
    },
    /// A pasted line whose number of days disagrees with its dates.
    DaysDisagree {
        /// The days the line says.
        said: &'a str,
        /// The entry (`YYYY-MM-DD`).
        entry: &'a str,
        /// The exit (`YYYY-MM-DD`).
        exit: &'a str,
        /// The days from entry to exit, both counted.
        counted: &'a str,
    },
    /// A pasted line with no date.
    NoDate,
    /// A date with dots that reads month first only (dots are read day first). `text` is the
    /// date as written, on a pasted line (a team file's cell names it apart).
    DotsMonthFirst {
        /// The date as written, when the reason names it.
        text: Option<&'a str>,
    },
    /// A date written in the order the file does not use (`/` and `-` dates).
    OtherOrder {
        /// The date as written, when the reason names it.
        text: Option<&'a str>,
        /// Whether the date is written month first (the file day first), or the other way.
        month_first: bool,
        /// How many dates read only in the file's order.
        ours: &'a str,
        /// How many dates read only in the other.
        theirs: &'a str,
        /// An example of the file's order, as written.
        example: &'a str,
        /// Its line.
        line: &'a str,
    },
    /// A date that reads both ways, in a file with as many dates of each order.
    BothWays {
        /// The date as written, when the reason names it.
        text: Option<&'a str>,
        /// An example written day first, and its line.
        day_first: (&'a str, &'a str),
        /// An example written month first, and its line.
        month_first: (&'a str, &'a str),
    },
    /// A team file's cell that is not a date.
    NotADate,
    /// A team file's date that does not exist in its format (`DD.MM.YYYY`).
    NoSuchDay {
        /// The format.
        format: &'a str,
    },
    /// A team file's date outside the supported range.
    OutsideRange,
    /// A team file's row with more values than its header has columns.
    TooManyValues {
        /// The row's values.
        values: &'a str,
        /// The header's columns.
        columns: &'a str,
    },
    /// A team file's row with fewer values than its header has columns.
    Missing {
        /// The row's values.
        values: &'a str,
        /// The header's columns.
        columns: &'a str,
    },
    /// A team file's row with no person.
    NoPerson,
    /// A team file's row with no entry date.
    NoEntry,
    /// A team file's exit before its entry.
    ExitBeforeEntry {
        /// The entry date (`YYYY-MM-DD`).
        entry: &'a str,
    },
    /// A team file's stay with no exit that starts after the check date.
    NoExitAfterCheckDate {
        /// The entry date.
        entry: &'a str,
        /// The check date.
        on: &'a str,
    },
    /// A team file's planned cell that is not yes or no.
    NotYesOrNo,
    /// A team file's row with no rule when no default rule was given.
    NoRule,
    /// A team file's rule that is not in the catalogue.
    UnknownRule,
    /// A team file's rule not in force on the check date.
    RuleNotInForce {
        /// The check date.
        on: &'a str,
        /// The rule's first day.
        from: &'a str,
    },
    /// A team file's header without a column it needs.
    NoColumn {
        /// Which column (`person`, `entry`, `exit`).
        what: &'a str,
        /// The names it may have, the last after " or ".
        names: &'a str,
        /// The header's columns.
        has: &'a str,
    },
    /// A team file with no header.
    EmptyFile,
    /// A team file with no rule column when no default rule was given.
    NoRuleColumn,
    /// A file the browser stopped reading (moved, deleted, no permission), with the browser's
    /// own message if it gave one.
    BrowserStoppedReading {
        /// The browser's message, in the browser's language.
        message: Option<&'a str>,
    },
    /// A team file's country cell that names no country, with the closest country
    /// (`France (FR)`) when one is close.
    NotACountry {
        /// The closest country's alpha-2 code.
        suggestion: Option<&'a str>,
    },
    /// A team file's row in a country outside its rule's zone on some of its days.
    OutsideZone {
        /// The row's country's alpha-2 code.
        country: &'a str,
        /// The rule's country's alpha-2 code; `None` for the Schengen area.
        home: Option<&'a str>,
        /// The day the country's days start to count toward the Schengen area, when it joined.
        joined: Option<&'a str>,
        /// The rule's id.
        rule: &'a str,
        /// Whether the row is a pasted line of the traveller page (left out of the rule's
        /// days), not a team file's row (left out of the report).
        pasted: bool,
    },
    /// A team file's passport date that differs from the one an earlier row of the same
    /// person gives.
    PassportDiffers {
        /// The date kept (`YYYY-MM-DD`).
        kept: &'a str,
        /// The line that gives it.
        line: &'a str,
    },
    /// A team file's passport issue date after its expiry.
    PassportIssuedAfterExpiry {
        /// The expiry (`YYYY-MM-DD`).
        expiry: &'a str,
    },
    /// Any other reason, as the engine wrote it.
    Other(&'a str),
}

/// A country's name in the language `code` with its alpha-2 code (`Грузия (GE)`), or the code.
pub(crate) fn named_country(alpha2: &str, code: &str) -> String {
    match crate::zones::country(alpha2) {
        Ok(country) => format!("{} ({alpha2})", country.name(code)),
        Err(_) => alpha2.to_string(),
    }
}

/// The alpha-2 code in the last `(XX)` of `text`.
fn code_in(text: &str) -> Option<&str> {
    let open = text.rfind('(')?;
    let code = text[open + 1..].strip_suffix(')')?;
    (code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(code)
}

/// The start of the reason a file the browser stopped reading has.
const BROWSER_STOPPED: &str = "the browser stopped reading it";

/// Why the browser stopped reading a file, with its `message` if it gave one (the team page's
/// file reader makes this reason; [`Reason::read`] reads it back).
#[cfg_attr(not(feature = "team"), allow(dead_code))]
pub(crate) fn browser_stopped_reading(message: Option<&str>) -> String {
    match message {
        Some(message) => format!("{BROWSER_STOPPED}: {message}"),
        None => BROWSER_STOPPED.to_string(),
    }
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
        if let Some(reason) = Reason::of_team_row(text) {
            return Some(reason);
        }
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
            rest.starts_with(": one stay per line")
                .then_some(Reason::Unexpected { token })
        } else if let Some((said, rest)) = text.split_once(" days, but the stay from ") {
            let (entry, rest) = rest.split_once(" to ")?;
            let (exit, rest) = rest.split_once(" has ")?;
            let (counted, _) = rest.split_once(" (the entry and exit days both count)")?;
            Some(Reason::DaysDisagree {
                said,
                entry,
                exit,
                counted,
            })
        } else {
            let (text, rest) = quoted(text)?;
            if rest.strip_prefix(' ') == Some(crate::input::NO_YEAR) {
                return Some(Reason::NoYear { token: text });
            }
            Reason::of_date_order(rest.strip_prefix(' ')?, Some(text))
        }
    }

    /// The parts of a reason about the file's date order (after the date itself, if named).
    fn of_date_order(rest: &'a str, text: Option<&'a str>) -> Option<Reason<'a>> {
        if rest.starts_with("looks month first (MM.DD.YYYY)") {
            return Some(Reason::DotsMonthFirst { text });
        }
        // `"25/06/2026" on line 7`.
        let example = |rest: &'a str| -> Option<((&'a str, &'a str), &'a str)> {
            let (example, rest) = quoted(rest)?;
            let rest = rest.strip_prefix(" on line ")?;
            let end = rest.find(|c: char| !c.is_ascii_digit())?;
            Some(((example, &rest[..end]), &rest[end..]))
        };
        for (start, month_first) in [
            (
                "written month first, but this file writes dates with / or - day first (",
                true,
            ),
            (
                "written day first, but this file writes dates with / or - month first (",
                false,
            ),
        ] {
            if let Some(rest) = rest.strip_prefix(start) {
                let (ours, rest) = rest.split_once(" to ")?;
                let (theirs, rest) = rest.split_once(", as ")?;
                let ((example, line), _) = example(rest)?;
                return Some(Reason::OtherOrder {
                    text,
                    month_first,
                    ours,
                    theirs,
                    example,
                    line,
                });
            }
        }
        let rest = rest.strip_prefix(
            "could be day first or month first: this file writes dates with / or - both ways (",
        )?;
        let (day_first, rest) = example(rest)?;
        let (month_first, _) = example(rest.strip_prefix(" day first, ")?)?;
        Some(Reason::BothWays {
            text,
            day_first,
            month_first,
        })
    }
}

impl<'a> Reason<'a> {
    /// Whether the reason is about a whole file (its header), not one of its lines.
    pub fn is_about_the_file(&self) -> bool {
        matches!(
            self,
            Reason::NoColumn { .. }
                | Reason::EmptyFile
                | Reason::NoRuleColumn
                | Reason::BrowserStoppedReading { .. }
        )
    }

    /// Whether the reason says all that became of its line: one about the whole file, or a
    /// line read but left out for its country. Any other is said after "line not read".
    pub fn says_it_all(&self) -> bool {
        self.is_about_the_file() || matches!(self, Reason::OutsideZone { .. })
    }

    /// The parts of a team file's bad-row reason, if `text` is one.
    fn of_team_row(text: &'a str) -> Option<Reason<'a>> {
        if let Some(rest) = text.strip_prefix(BROWSER_STOPPED) {
            let message = rest.strip_prefix(": ");
            return Some(Reason::BrowserStoppedReading { message });
        }
        let fixed = [
            ("the file is empty:", Reason::EmptyFile),
            (
                "no rule: the header has no rule column",
                Reason::NoRuleColumn,
            ),
            ("not a date: expected YYYY-MM-DD", Reason::NotADate),
            ("empty: every row needs a person", Reason::NoPerson),
            ("empty: every row needs an entry date", Reason::NoEntry),
            ("not yes or no:", Reason::NotYesOrNo),
            ("empty, and no default rule was given", Reason::NoRule),
            ("unknown rule:", Reason::UnknownRule),
            ("outside the supported range", Reason::OutsideRange),
        ];
        if let Some((_, reason)) = fixed.into_iter().find(|(start, _)| text.starts_with(start)) {
            return Some(reason);
        }
        if let Some(rest) = text.strip_prefix("not a country: ") {
            let suggestion = rest
                .strip_prefix("did you mean ")
                .and_then(|name| code_in(name.strip_suffix('?')?));
            return Some(Reason::NotACountry { suggestion });
        }
        let outside = text
            .split_once(": a line counts one rule's stays")
            .map(|(head, _)| (head, false))
            .or_else(|| {
                let head = text.strip_suffix(crate::web::traveller::NOT_COUNTED)?;
                Some((head.strip_suffix(": ")?, true))
            });
        if let Some((head, pasted)) = outside {
            if let Some((country, rule)) =
                head.split_once(" is not in the Schengen area, the zone of rule ")
            {
                let country = code_in(country)?;
                return Some(Reason::OutsideZone {
                    country,
                    home: None,
                    joined: None,
                    rule,
                    pasted,
                });
            }
            if let Some((country, rest)) =
                head.split_once(" counts toward the Schengen area only from ")
            {
                let (joined, rest) = rest.split_once(", not on every day of this stay (rule ")?;
                let rule = rest.strip_suffix(')')?;
                let country = code_in(country)?;
                return Some(Reason::OutsideZone {
                    country,
                    home: None,
                    joined: Some(joined),
                    rule,
                    pasted,
                });
            }
            let (country, rest) = head.split_once(" is not ")?;
            let (home, rule) = rest.split_once(", the country of rule ")?;
            return Some(Reason::OutsideZone {
                country: code_in(country)?,
                home: Some(code_in(home)?),
                joined: None,
                rule,
                pasted,
            });
        }
        if let Some(rest) = text.strip_prefix("the header has no ") {
            let (what, rest) = rest.split_once(" column (named ")?;
            let (names, has) = rest.split_once("); it has ")?;
            return Some(Reason::NoColumn { what, names, has });
        }
        if let Some(format) = text.strip_prefix("no such day in ") {
            return Some(Reason::NoSuchDay { format });
        }
        if let Some(entry) = text.strip_prefix("the exit is before the entry ") {
            return Some(Reason::ExitBeforeEntry { entry });
        }
        if let Some(rest) = text.strip_prefix("differs from ") {
            let (kept, rest) = rest.split_once(" on line ")?;
            let (line, _) = rest.split_once(": a person has one passport")?;
            return Some(Reason::PassportDiffers { kept, line });
        }
        if let Some(expiry) = text.strip_prefix("the passport is issued after its expiry ") {
            return Some(Reason::PassportIssuedAfterExpiry { expiry });
        }
        if let Some(rest) = text.strip_prefix("not in force on ") {
            let (on, from) = rest.split_once(": it starts on ")?;
            return Some(Reason::RuleNotInForce { on, from });
        }
        if let Some(rest) = text.strip_prefix("no exit, and the stay starts on ") {
            let (entry, rest) = rest.split_once(", after the check date ")?;
            let (on, _) = rest.split_once(':')?;
            return Some(Reason::NoExitAfterCheckDate { entry, on });
        }
        if let Some(reason) = Reason::of_date_order(text, None) {
            return Some(reason);
        }
        let counts = |rest: &'a str| {
            let (values, rest) = rest.split_once(" values where the header has ")?;
            let (columns, _) = rest.split_once(" columns")?;
            Some((values, columns))
        };
        if let Some(rest) = text.strip_prefix("missing: the row has ") {
            let (values, columns) = counts(rest)?;
            return Some(Reason::Missing { values, columns });
        }
        if text.contains(" values where the header has ") {
            let (values, columns) = counts(text)?;
            return Some(Reason::TooManyValues { values, columns });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use crate::input::parse_pasted;
    use crate::rule::Rule;
    use crate::web::lang::Lang;

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
        let text = pasted("2025-03-01 hotel 7");
        assert_eq!(Reason::read(&text), Reason::Unexpected { token: "7" });
        let text = pasted("12 March – 20 March");
        assert_eq!(
            Reason::read(&text),
            Reason::NoYear {
                token: "12 March – 20 March"
            }
        );
        let text = pasted("12.03.2025\t20.03.2025\t5");
        assert_eq!(
            Reason::read(&text),
            Reason::DaysDisagree {
                said: "5",
                entry: "2025-03-12",
                exit: "2025-03-20",
                counted: "9"
            }
        );
        let text = pasted("06.25.2025");
        assert_eq!(
            Reason::read(&text),
            Reason::DotsMonthFirst {
                text: Some("06.25.2025")
            }
        );
        let text = pasted("25/03/2025\n26/03/2025\n03/27/2025");
        assert_eq!(
            Reason::read(&text),
            Reason::OtherOrder {
                text: Some("03/27/2025"),
                month_first: true,
                ours: "2",
                theirs: "1",
                example: "25/03/2025",
                line: "1"
            }
        );
        let text = pasted("03/25/2025\n25/03/2025\n03/04/2025 03/05/2025");
        assert_eq!(
            Reason::read(&text),
            Reason::BothWays {
                text: Some("03/04/2025"),
                day_first: ("25/03/2025", "2"),
                month_first: ("03/25/2025", "1")
            }
        );
        assert_eq!(Reason::read("no date on the line"), Reason::NoDate);
        assert_eq!(
            Reason::read("something else"),
            Reason::Other("something else")
        );
    }

    #[test]
    fn every_reason_of_a_team_file_row_is_read() {
        let file = "person,entry,exit,planned,rule\n\
                    Ann,2025-02-30,2025-03-01,no,\n\
                    Ben,31.02.2025,,no,\n\
                    Cy,hello,2025-03-01,no,\n\
                    Dee,1850-01-01,1850-01-02,no,\n\
                    Eve,2025-03-10,2025-03-01,no,\n\
                    Fay,2027-01-01,,no,\n\
                    Gus,2025-03-01,2025-03-02,maybe,\n\
                    Hal,2025-03-01,2025-03-02,no,atlantis\n\
                    Ida,2025-03-01,2025-03-02,no,kz-turkey\n\
                    ,2025-03-01,2025-03-02,no,\n\
                    Jo,,2025-03-02,no,\n\
                    Kim,2025-03-01,2025-03-02,no,,extra\n\
                    Lou,2025-03-01\n\
                    Max,03/25/2025,03/26/2025,no,\n\
                    Ned,03/04/2025,03/05/2025,no,\n\
                    Oz,25/03/2025,26/03/2025,no,\n\
                    Pat,06.25.2025,,no,\n\
                    Quin,27/03/2025,,no,\n\
                    Ray,28/03/2025,,no,\n";
        let settings = crate::report::TeamSettings::new(crate::date::date(2025, 6, 1), None);
        let mut reasons = Vec::new();
        crate::report::read_team(file.as_bytes(), settings, |bad| reasons.push(bad.reason))
            .unwrap();
        let whole_files = [
            "person,entry\nAnn,2025-03-01\n",
            "",
            "person,entry,exit\nAnn,2025-03-01,2025-03-02\n",
        ];
        for file in whole_files {
            match crate::report::read_team(file.as_bytes(), settings, |_| {}) {
                Err(crate::error::Error::BadInput { reason, .. }) => reasons.push(reason),
                other => panic!("{file:?}: {other:?}"),
            }
        }
        // A travel log: a country joining the rule's zone during the stay, and no country at
        // all (rows wholly outside their rule's zone, GE and UZ here, are not bad rows: they
        // are said apart, `Team::elsewhere_lines`).
        let log = "person,entry,exit,country,rule\n\
                   Ann,2025-03-01,2025-03-02,GE,\n\
                   Ben,2024-03-20,2024-04-02,BG,\n\
                   Cy,2025-03-01,2025-03-02,Frnace,\n\
                   Dee,2025-03-01,2025-03-02,XQ,\n\
                   Eve,2025-03-01,2025-03-02,UZ,kz-visa-free\n";
        let before = reasons.len();
        let settings = crate::report::TeamSettings::new(
            crate::date::date(2025, 6, 1),
            Some(crate::catalogue::rule("schengen").unwrap()),
        );
        crate::report::read_team(log.as_bytes(), settings, |bad| reasons.push(bad.reason)).unwrap();
        assert_eq!(reasons.len() - before, 3, "{:?}", &reasons[before..]);
        // Passport dates: one person's rows that disagree, an issue after the expiry.
        let papers = "person,entry,exit,passport expiry,passport issued\n\
                      Ann,2025-03-01,2025-03-02,2030-01-01,\n\
                      Ann,2025-04-01,2025-04-02,2031-01-01,\n\
                      Ben,2025-03-01,2025-03-02,2030-01-01,2031-01-01\n";
        let before = reasons.len();
        crate::report::read_team(papers.as_bytes(), settings, |bad| reasons.push(bad.reason))
            .unwrap();
        assert_eq!(reasons.len() - before, 2, "{:?}", &reasons[before..]);
        reasons.push(browser_stopped_reading(Some("NotReadableError")));
        reasons.push(browser_stopped_reading(None));
        let unread: Vec<&String> = reasons
            .iter()
            .filter(|reason| matches!(Reason::read(reason), Reason::Other(_)))
            .collect();
        assert!(unread.is_empty(), "not read: {unread:?}");
        assert!(reasons.len() >= 17, "{reasons:?}");
        // Said in Russian and Kazakh with no English but the file's own words: the names its
        // columns may have and the planned column's values.
        const CODES: &[&str] = &[
            "person",
            "name",
            "employee",
            "traveller",
            "traveler",
            "entry",
            "date",
            "arrival",
            "from",
            "exit",
            "departure",
            "to",
            "rule",
            "planned",
            "yes",
            "no",
            "true",
            "false",
            // The browser's own message, as it gave it.
            "NotReadableError",
            // Codes: countries (ISO 3166-1), rule ids and the command that checks a whole log.
            "ISO",
            "FR",
            "FRA",
            "GE",
            "BG",
            "UZ",
            "KZ",
            "schengen",
            "kz",
            "visa",
            "free",
            "staycalc",
            "check",
            "nationality",
        ];
        for lang in [Lang::Ru, Lang::Kk] {
            for reason in &reasons {
                let said = (lang.texts().reason)(reason);
                let latin: Vec<&str> = said
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty() && !CODES.contains(w))
                    .collect();
                assert!(latin.is_empty(), "{lang:?}: {latin:?} in {said:?}");
            }
        }
    }
}
