//! Deadlines from events: a catalogue, like the rules', of dates the law sets from something
//! that happened (an arrival, an exit visa, a refusal), each with its source and confidence.
//!
//! Working days are Kazakhstan's (five-day week, public holidays and moved days off, year by
//! year in `holidays.rs`); a deadline needing a year not known there is an error, not a guess.
//! Where the sources do not say whether the event's day counts, it counts (the stricter
//! reading: the deadline comes no later than under the other), and the catalogue says so.
//!
//! ```
//! use staycalc::deadlines::{deadline, parse_event};
//! use staycalc::date;
//! // Arrival on Friday 20 March 2026, before Nauryz (Monday 23 to Wednesday 25 March off):
//! // the working days are the 20th, the 26th and the 27th.
//! let answer = deadline(&parse_event("kz-arrival:2026-03-20", "--event")?)?;
//! assert_eq!(answer.date, date(2026, 3, 27));
//! # Ok::<(), staycalc::Error>(())
//! ```

mod holidays;

use crate::error::{Error, Result};
use crate::input::parse_any_date;
use crate::rule::Confidence;
use chrono::{Datelike, Days, Months, NaiveDate};

/// How a deadline is counted from its event's date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counting {
    /// The `n`th working day, the event's day being the first when it is a working day.
    WorkingDays(u32),
    /// The `n`th calendar day, the event's day being the first.
    CalendarDays(u32),
    /// The same date `n` months later (clamped to the month's end): an earliest date.
    Months(u32),
}

/// Whether a deadline's date is the last day to act or the first day one may.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    /// The last day to act (or to leave).
    ByDate,
    /// The earliest day one may act.
    NotBefore,
}

impl DeadlineKind {
    /// `by` or `not_before`.
    pub const fn code(self) -> &'static str {
        match self {
            DeadlineKind::ByDate => "by",
            DeadlineKind::NotBefore => "not_before",
        }
    }
}

/// A kind of event and the deadline the law sets from it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventRule {
    /// Stable id (`kz-arrival`, ...).
    pub id: &'static str,
    /// The event, in words.
    pub event: &'static str,
    /// What must be done by (or may be done from) the date, in words.
    pub action: &'static str,
    /// How the date is counted.
    pub counting: Counting,
    /// Deadline or earliest date.
    pub kind: DeadlineKind,
    /// The first event date the rule applies to, when it came into force recently.
    pub from: Option<NaiveDate>,
    /// The legal source and where it was read.
    pub source: &'static str,
    /// How sure we are.
    pub confidence: Confidence,
    /// Caveats: who it applies to, how the days are counted.
    pub notes: &'static str,
    /// Whether the event is an entry into the country (an arrival, a border crossing): a row
    /// that may continue the stay before it ([`crate::Warning::doubts_entry`]) may be none.
    pub on_entry: bool,
}

/// A date in a constant.
const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(d) => d,
        None => panic!("not a date"),
    }
}

/// The catalogue of event rules.
pub fn event_rules() -> &'static [EventRule] {
    EVENT_RULES
}

const EVENT_RULES: &[EventRule] = &[
    EventRule {
        id: "kz-arrival",
        event: "arrival in Kazakhstan (each entry or change of address)",
        action: "the host (hotel, landlord, employer or other receiving party) notifies the \
                 migration service of the foreigner's arrival, on vmp.gov.kz",
        counting: Counting::WorkingDays(3),
        kind: DeadlineKind::ByDate,
        from: Some(ymd(2020, 1, 11)),
        source: "Law of 27 Dec 2019 amending the migration rules (in force 11 Jan 2020): \
                 notification within 3 working days of arrival, whatever the entry regime \
                 (investastana.kz; expatcentre.aifc.kz/en/notification-and-registration; \
                 MIA migration service via smi24.kz). Late notice: the host is liable under the \
                 Code of Administrative Offences",
        confidence: Confidence::Medium,
        notes: "The duty is the host's. Whether the arrival day counts is not stated: it counts \
                here when it is a working day (the stricter reading). Working days use \
                Kazakhstan's five-day week and public holidays",
        on_entry: true,
    },
    EventRule {
        id: "kz-registration",
        event: "crossing into Kazakhstan from a state with a stay of up to 90 days, to stay \
                more than 30 days",
        action: "the foreigner registers with the internal affairs bodies online (the migration \
                 police information system), the host confirming in the app",
        counting: Counting::CalendarDays(30),
        kind: DeadlineKind::ByDate,
        from: Some(ymd(2026, 7, 1)),
        source: "Rules of registration of immigrants, MIA Order No. 923 of 17 Nov 2025, in \
                 force 1 Jul 2026: \"no later than the 30th calendar day from the day of \
                 crossing the State border\", unless a ratified treaty says otherwise (as \
                 reported by inform.kz, trend.az and 24.kg, 2025-11-25/26)",
        confidence: Confidence::Medium,
        notes: "The crossing day is counted as the first of the 30 (the stricter reading). The \
                order's text was read only as quoted by the press",
        on_entry: true,
    },
    EventRule {
        id: "kz-address-change",
        event: "moving to another address in Kazakhstan while registered",
        action: "the foreigner registers at the new address",
        counting: Counting::WorkingDays(5),
        kind: DeadlineKind::ByDate,
        from: Some(ymd(2026, 7, 1)),
        source: "MIA Order No. 923 of 17 Nov 2025, in force 1 Jul 2026: re-registration within \
                 five working days of a change of address (trend.az, 24.kg, 2025-11-25/26)",
        confidence: Confidence::Medium,
        notes: "The moving day counts when it is a working day (the stricter reading)",
        on_entry: false,
    },
    EventRule {
        id: "kz-exit-visa",
        event: "an exit visa (category B16) issued after a work visa is cancelled",
        action: "the foreigner leaves Kazakhstan",
        counting: Counting::CalendarDays(30),
        kind: DeadlineKind::ByDate,
        from: None,
        source: "the employer cancels the work visa and obtains an exit visa valid up to 30 \
                 days (dos-immigration.kz); official rules text not read",
        confidence: Confidence::Low,
        notes: "Up to 30 days is the longest reported: one employer reports exit visas \"usually \
                valid for 10 days\" (narxoz.kz). The dates printed on the exit visa govern; the \
                issue day counts as the first",
        on_entry: false,
    },
    EventRule {
        id: "kz-residence-refusal",
        event: "refusal of a permanent residence permit in Kazakhstan",
        action: "the foreigner may apply again",
        counting: Counting::Months(12),
        kind: DeadlineKind::NotBefore,
        from: None,
        source: "Rules for issuing foreigners permits for permanent residence, para. 22: a new \
                 application no earlier than one year from the refusal of the first one (as \
                 quoted by the East Kazakhstan police department, zakon.kz)",
        confidence: Confidence::Medium,
        notes: "Applies to a refusal of a first application",
        on_entry: false,
    },
];

/// An event: its rule's id and its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The rule of [`event_rules`].
    pub rule: &'static EventRule,
    /// The day it happened (or will).
    pub date: NaiveDate,
}

/// An event written `ID:DATE` (`kz-arrival:2026-03-20`), given for `field`.
///
/// # Errors
///
/// [`Error::InvalidDocument`] naming `field` and the text for a text without `:` or an unknown
/// id (the message lists the known ones); [`Error::BadDate`] for a bad date.
///
/// ```
/// use staycalc::deadlines::parse_event;
/// let error = parse_event("kz-visit:2026-03-20", "--event").unwrap_err();
/// assert!(error.to_string().starts_with(
///     "--event \"kz-visit:2026-03-20\" is invalid: unknown event \"kz-visit\": expected one of kz-arrival,"
/// ));
/// ```
pub fn parse_event(text: &str, field: &str) -> Result<Event> {
    let bad = |reason: String| Error::InvalidDocument {
        field: field.to_string(),
        value: text.to_string(),
        reason,
    };
    let Some((id, day)) = text.trim().split_once(':') else {
        return Err(bad("expected ID:DATE, such as kz-arrival:2026-03-20".into()));
    };
    let id = id.trim();
    let date = parse_any_date(day, &format!("{field} {id}"))?;
    Event::of(id, date, field).map_err(|e| match e {
        Error::InvalidDocument { reason, .. } => bad(reason),
        other => other,
    })
}

impl Event {
    /// The event of the rule `id` on `date`, given for `field`.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidDocument`] for an id not in [`event_rules`] (the message lists them).
    pub fn of(id: &str, date: NaiveDate, field: &str) -> Result<Event> {
        let rule = EVENT_RULES.iter().find(|r| r.id == id).ok_or_else(|| {
            let known: Vec<&str> = EVENT_RULES.iter().map(|r| r.id).collect();
            Error::InvalidDocument {
                field: field.to_string(),
                value: format!("{id}:{date}"),
                reason: format!("unknown event {id:?}: expected one of {}", known.join(", ")),
            }
        })?;
        Ok(Event { rule, date })
    }
}

/// A deadline: the date, and the rule and source it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// The rule.
    pub rule: &'static EventRule,
    /// The event's date.
    pub event_date: NaiveDate,
    /// The deadline (or, for [`DeadlineKind::NotBefore`], the earliest date).
    pub date: NaiveDate,
    /// Whether it holds only if the event was a new entry: an event on entry
    /// ([`EventRule::on_entry`]) dated by the entry of a row that may continue the stay before
    /// it ([`Deadline::doubted_by`]). False from [`deadline`].
    pub only_if_new_entry: bool,
}

impl Deadline {
    /// This deadline, marked [`Deadline::only_if_new_entry`] when its event is an entry and a
    /// `reentry` warning among `warnings` (given for `stays`) doubts that a stay entering on
    /// its date was an entry ([`crate::Warning::doubts_entry`]): two rows with no day between
    /// them may be one stay, and then there was no arrival to notify.
    ///
    /// ```
    /// use staycalc::deadlines::{deadline, parse_event};
    /// use staycalc::{assess, date, rule, Stay};
    /// let stays = [
    ///     Stay::new(date(2026, 9, 1), date(2026, 9, 15)),
    ///     Stay::new(date(2026, 9, 16), date(2026, 10, 12)),
    /// ];
    /// let a = assess(rule("kz-visa-free")?, &stays, date(2026, 10, 20))?;
    /// let second = deadline(&parse_event("kz-arrival:2026-09-16", "--event")?)?;
    /// assert!(second.doubted_by(&a.warnings, &stays).only_if_new_entry);
    /// let first = deadline(&parse_event("kz-arrival:2026-09-01", "--event")?)?;
    /// assert!(!first.doubted_by(&a.warnings, &stays).only_if_new_entry);
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn doubted_by(mut self, warnings: &[crate::Warning], stays: &[crate::Stay]) -> Deadline {
        self.only_if_new_entry = self.rule.on_entry
            && warnings
                .iter()
                .any(|w| w.doubts_entry(stays, self.event_date));
        self
    }
}

/// The deadline an event sets.
///
/// # Errors
///
/// [`Error::InvalidDocument`] when the event is before its rule came into force, or when
/// counting working days needs a year whose holidays are not known.
pub fn deadline(event: &Event) -> Result<Deadline> {
    let rule = event.rule;
    let bad = |reason: String| Error::InvalidDocument {
        field: "event".into(),
        value: format!("{}:{}", rule.id, event.date),
        reason,
    };
    if let Some(from) = rule.from {
        if event.date < from {
            return Err(bad(format!(
                "the rule applies to events from {from} (in force then)"
            )));
        }
    }
    let date = match rule.counting {
        Counting::CalendarDays(n) => event
            .date
            .checked_add_days(Days::new(u64::from(n) - 1))
            .ok_or_else(|| bad("the date is out of range".into()))?,
        Counting::Months(n) => event
            .date
            .checked_add_months(Months::new(n))
            .ok_or_else(|| bad("the date is out of range".into()))?,
        Counting::WorkingDays(n) => nth_working_day(event.date, n).map_err(|year| {
            let known: Vec<String> = holidays::YEARS.iter().map(|y| y.year.to_string()).collect();
            bad(format!(
                "Kazakhstan's public holidays for {year} are not known (known: {})",
                known.join(", ")
            ))
        })?,
    };
    Ok(Deadline {
        rule,
        event_date: event.date,
        date,
        only_if_new_entry: false,
    })
}

/// The `n`th working day from `start` (`start` being the first when it is one); the year whose
/// calendar is missing otherwise.
fn nth_working_day(start: NaiveDate, n: u32) -> std::result::Result<NaiveDate, i32> {
    let mut day = start;
    let mut counted = 0;
    loop {
        if holidays::is_working_day(day).ok_or(day.year())? {
            counted += 1;
            if counted == n {
                return Ok(day);
            }
        }
        day = day.succ_opt().ok_or(day.year())?;
    }
}

/// Where Kazakhstan's working days of `year` come from, if known.
pub fn holiday_source(year: i32) -> Option<&'static str> {
    holidays::year(year).map(|y| y.source)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    fn on(id: &str, day: NaiveDate) -> Result<Deadline> {
        deadline(&parse_event(&format!("{id}:{day}"), "--event")?)
    }

    #[test]
    fn working_days_skip_weekends_holidays_and_count_moved_working_days() {
        // Thursday 2 Jan 2025 (New Year), Fri 3 Jan (moved) and Sat 4 off; Sun 5 Jan worked
        // (moved), Mon 6, Tue 7 (Christmas) off, Wed 8.
        assert_eq!(
            on("kz-arrival", date(2025, 1, 2)).unwrap().date,
            date(2025, 1, 8)
        );
        // Monday 5 Jan 2026: 5, 6 worked, 7 Christmas, 8.
        assert_eq!(
            on("kz-arrival", date(2026, 1, 5)).unwrap().date,
            date(2026, 1, 8)
        );
        // A Saturday arrival: Mon, Tue, Wed.
        assert_eq!(
            on("kz-arrival", date(2026, 6, 13)).unwrap().date,
            date(2026, 6, 17)
        );
    }

    #[test]
    fn a_year_without_holidays_is_an_error_naming_it() {
        let error = on("kz-arrival", date(2026, 12, 30)).unwrap_err();
        assert_eq!(
            error.to_string(),
            "event \"kz-arrival:2026-12-30\" is invalid: Kazakhstan's public holidays for 2027 \
             are not known (known: 2025, 2026)"
        );
    }

    #[test]
    fn calendar_days_and_months() {
        assert_eq!(
            on("kz-registration", date(2026, 7, 1)).unwrap().date,
            date(2026, 7, 30)
        );
        assert_eq!(
            on("kz-exit-visa", date(2026, 2, 1)).unwrap().date,
            date(2026, 3, 2)
        );
        assert_eq!(
            on("kz-residence-refusal", date(2024, 2, 29)).unwrap().date,
            date(2025, 2, 28)
        );
        assert!(on("kz-registration", date(2026, 6, 30)).is_err());
    }

    #[test]
    fn every_rule_has_a_unique_id_and_a_source() {
        for (i, rule) in EVENT_RULES.iter().enumerate() {
            assert!(
                !rule.source.is_empty() && !rule.notes.is_empty(),
                "{}",
                rule.id
            );
            assert!(
                EVENT_RULES[..i].iter().all(|r| r.id != rule.id),
                "{}",
                rule.id
            );
        }
    }
}
