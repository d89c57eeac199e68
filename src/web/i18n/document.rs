//! The reasons of a document or event that cannot be used ([`Error::InvalidDocument`]: a visa,
//! a permit, an event), read back into their parts so that Russian and Kazakh say them their
//! own way, as `reason` does for the other errors' reasons.
//!
//! The engine writes them in English (`documents::{Visa::new, Permit::new, parse_visa,
//! parse_permit}`, `deadlines::{parse_event, deadline}`). The tests below make each through
//! the engine, so a change of the engine's wording fails them instead of leaking English into
//! a translation. A reason not read is [`DocumentReason::Other`], shown as the engine wrote it.
//!
//! [`Error::InvalidDocument`]: crate::error::Error::InvalidDocument

use crate::date::parse_date;
use chrono::NaiveDate;

/// A document's or event's reason, in parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DocumentReason<'a> {
    /// A visa not written `FROM..UNTIL,ENTRIES,DAYS[,AREA]`.
    VisaShape,
    /// A period not written `FROM..UNTIL`.
    PeriodShape,
    /// A visa's or permit's last day before its first.
    UntilBeforeFrom {
        /// The first day.
        from: NaiveDate,
        /// The last day.
        until: NaiveDate,
    },
    /// A visa of zero entries.
    ZeroEntries,
    /// A visa's number of entries not 1, 2 or MULT.
    UnknownEntries {
        /// As written.
        entries: &'a str,
    },
    /// A visa's duration of stay that is not a number.
    DaysNotANumber {
        /// As written.
        days: &'a str,
    },
    /// A visa's duration of stay of 0 or more than 90 days.
    DaysOutOfRange,
    /// An event not written `ID:DATE`.
    EventShape,
    /// An event whose id is not known.
    UnknownEvent {
        /// The id given.
        id: &'a str,
        /// The known ids, separated by commas.
        known: &'a str,
    },
    /// An event before its rule came into force.
    EventBeforeRule {
        /// The day the rule came into force.
        from: NaiveDate,
    },
    /// A deadline past the last date the engine counts.
    DateOutOfRange,
    /// A deadline in working days in a year whose public holidays are not known.
    HolidaysUnknown {
        /// The year.
        year: &'a str,
        /// The years known, separated by commas.
        known: &'a str,
    },
    /// Any other reason: shown as the engine wrote it.
    Other(&'a str),
}

impl<'a> DocumentReason<'a> {
    /// The parts of the engine's `reason`.
    pub(crate) fn read(reason: &'a str) -> DocumentReason<'a> {
        let day = |text: &str| parse_date(text, "").ok();
        if reason.starts_with("expected FROM..UNTIL,ENTRIES,DAYS") {
            return DocumentReason::VisaShape;
        }
        if reason.starts_with("expected FROM..UNTIL,") {
            return DocumentReason::PeriodShape;
        }
        if reason.starts_with("expected ID:DATE") {
            return DocumentReason::EventShape;
        }
        if reason.starts_with("zero entries") {
            return DocumentReason::ZeroEntries;
        }
        if reason.starts_with("expected 1 to ") && reason.contains("short-stay visa") {
            return DocumentReason::DaysOutOfRange;
        }
        if reason == "the date is out of range" {
            return DocumentReason::DateOutOfRange;
        }
        // "UNTIL 2025-05-01 is before FROM 2025-05-31" (a visa), "until … is before from …".
        let lower = reason.to_ascii_lowercase();
        if let Some(rest) = lower.strip_prefix("until ") {
            if let Some((until, from)) = rest.split_once(" is before from ") {
                if let (Some(until), Some(from)) = (day(until), day(from)) {
                    return DocumentReason::UntilBeforeFrom { from, until };
                }
            }
        }
        if let Some(rest) = reason.strip_prefix("entries ") {
            if let Some(entries) = rest.strip_suffix(" is unknown: expected 1, 2 or MULT") {
                return DocumentReason::UnknownEntries {
                    entries: unquoted(entries),
                };
            }
        }
        if let Some(rest) = reason.strip_prefix("duration of stay ") {
            if let Some(days) = rest.strip_suffix(" is not a number of days") {
                return DocumentReason::DaysNotANumber {
                    days: unquoted(days),
                };
            }
        }
        if let Some(rest) = reason.strip_prefix("unknown event ") {
            if let Some((id, known)) = rest.split_once(": expected one of ") {
                return DocumentReason::UnknownEvent {
                    id: unquoted(id),
                    known,
                };
            }
        }
        if let Some(rest) = reason.strip_prefix("the rule applies to events from ") {
            if let Some(from) = rest.strip_suffix(" (in force then)").and_then(day) {
                return DocumentReason::EventBeforeRule { from };
            }
        }
        if let Some(rest) = reason.strip_prefix("Kazakhstan's public holidays for ") {
            if let Some((year, known)) = rest.split_once(" are not known (known: ") {
                if let Some(known) = known.strip_suffix(')') {
                    return DocumentReason::HolidaysUnknown { year, known };
                }
            }
        }
        DocumentReason::Other(reason)
    }
}

/// A value the engine quoted with `{:?}`, without its quotes.
fn unquoted(text: &str) -> &str {
    text.strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;
    use crate::deadlines::{deadline, parse_event, Event};
    use crate::documents::{parse_permit, parse_visa, Entries, Permit, Visa};
    use crate::error::Error;
    use crate::web::lang::Lang;

    /// Every reason the engine gives for a document or event, made through the engine.
    fn engine_errors() -> Vec<Error> {
        let d = date;
        vec![
            parse_visa("2025-05-01..2025-05-31", "--visa").unwrap_err(),
            parse_visa("2025-05-01,1,11", "--visa").unwrap_err(),
            Visa::new(d(2025, 5, 31), d(2025, 5, 1), Entries::One, 11).unwrap_err(),
            Permit::new(d(2025, 5, 31), d(2025, 5, 1)).unwrap_err(),
            parse_visa("2025-05-01..2025-05-31,0,11", "--visa").unwrap_err(),
            parse_visa("2025-05-01..2025-05-31,3,11", "--visa").unwrap_err(),
            parse_visa("2025-05-01..2025-05-31,1,eleven", "--visa").unwrap_err(),
            Visa::new(d(2025, 5, 1), d(2025, 5, 31), Entries::One, 91).unwrap_err(),
            parse_permit("2025-05-01", "--permit").unwrap_err(),
            parse_event("kz-arrival", "--event").unwrap_err(),
            parse_event("kz-visit:2026-03-20", "--event").unwrap_err(),
            deadline(&parse_event("kz-arrival:2099-03-20", "--event").unwrap()).unwrap_err(),
            // The arrival's rule is in force from 2020-01-11: an event before it.
            deadline(&Event::of("kz-arrival", d(2000, 1, 1), "event").unwrap()).unwrap_err(),
        ]
    }

    #[test]
    fn every_reason_of_the_engine_is_read() {
        for error in engine_errors() {
            let Error::InvalidDocument { reason, .. } = &error else {
                panic!("not an invalid document: {error}");
            };
            assert!(
                !matches!(DocumentReason::read(reason), DocumentReason::Other(_)),
                "not read: {reason}"
            );
        }
        assert_eq!(
            DocumentReason::read("UNTIL 2025-05-01 is before FROM 2025-05-31"),
            DocumentReason::UntilBeforeFrom {
                from: date(2025, 5, 31),
                until: date(2025, 5, 1)
            }
        );
        assert_eq!(
            DocumentReason::read("entries \"3\" is unknown: expected 1, 2 or MULT"),
            DocumentReason::UnknownEntries { entries: "3" }
        );
    }

    #[test]
    fn russian_and_kazakh_say_the_reasons_in_their_own_words() {
        for error in engine_errors() {
            let english = error.to_string();
            let Error::InvalidDocument { reason, .. } = &error else {
                unreachable!()
            };
            for lang in [Lang::Ru, Lang::Kk] {
                let text = (lang.texts().error)(&error);
                assert!(!text.contains(reason.as_str()), "{lang:?}: {text}");
                // Only the value as given, codes and the command's syntax are in Latin letters.
                let latin: Vec<&str> = text
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| w.len() > 1)
                    .filter(|w| {
                        !english.contains(&format!("\"{w}"))
                            && ![
                                "FROM", "UNTIL", "ENTRIES", "DAYS", "AREA", "MULT", "ID", "kz",
                            ]
                            .contains(w)
                            && !w.chars().all(|c| c.is_ascii_lowercase())
                    })
                    .collect();
                assert!(latin.is_empty(), "{lang:?}: {latin:?} in {text}");
            }
        }
        let visa = Visa::new(date(2025, 5, 31), date(2025, 5, 1), Entries::One, 11).unwrap_err();
        assert_eq!(
            (Lang::Ru.texts().error)(&visa),
            "виза «2025-05-31..2025-05-01» не подходит: срок действия заканчивается 01.05.2025 — \
             раньше, чем начинается (31.05.2025)"
        );
        assert_eq!(
            (Lang::Kk.texts().error)(&visa),
            "виза «2025-05-31..2025-05-01» жарамсыз: қолданылу мерзімі 01.05.2025 аяқталады, \
             яғни басталу күнінен (31.05.2025) бұрын"
        );
        let holidays =
            deadline(&parse_event("kz-arrival:2099-03-20", "--event").unwrap()).unwrap_err();
        assert!((Lang::Ru.texts().error)(&holidays)
            .contains("праздничные дни Казахстана на 2099 год неизвестны"));
        assert!((Lang::Kk.texts().error)(&holidays)
            .contains("Қазақстанның 2099 жылғы мереке күндері белгісіз"));
        let before =
            deadline(&Event::of("kz-arrival", date(2000, 1, 1), "event").unwrap()).unwrap_err();
        assert_eq!(
            (Lang::Kk.texts().error)(&before),
            "оқиға «kz-arrival:2000-01-01» жарамсыз: ереже күшіне енген 2020\u{a0}жылғы 11\u{a0}\
             қаңтардан бастап болған оқиғаларға қолданылады"
        );
    }
}
