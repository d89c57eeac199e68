//! Calendar reminders: the dates that matter (the latest exit, the passport's 3-month
//! threshold, deadlines from events) as an iCalendar file (RFC 5545), each an all-day event
//! with an alarm some days before.
//!
//! The file is made from the answers alone, with no clock: its `DTSTAMP` is the check date
//! and every `UID` is derived from the reminder, so the same answer gives the same file.
//!
//! ```
//! use staycalc::reminders::{to_ics, Reminder};
//! use staycalc::date;
//! let ics = to_ics(
//!     &[Reminder {
//!         id: "latest-exit".into(),
//!         date: date(2025, 5, 15),
//!         summary: "Leave the Schengen area by 15 May 2025".into(),
//!         description: "Set by the visa's duration of stay".into(),
//!         alarm_days_before: 7,
//!     }],
//!     date(2025, 5, 8),
//! );
//! assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
//! assert!(ics.contains("DTSTART;VALUE=DATE:20250515\r\n"));
//! ```

use crate::deadlines::{Deadline, DeadlineKind};
use crate::documents::{DocumentsCheck, ExitReason};
use chrono::{Datelike, NaiveDate};
use std::fmt::Write;

/// One date to remember.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reminder {
    /// A stable id, unique in one file (it makes the event's `UID`).
    pub id: String,
    /// The day.
    pub date: NaiveDate,
    /// A one-line title.
    pub summary: String,
    /// Why, with the rule and source.
    pub description: String,
    /// Days before `date` the alarm goes off (0: on the day).
    pub alarm_days_before: u32,
}

/// The reminders of a check: its latest exit and what sets it, the last exit the passport
/// allows, a new passport needed before a planned trip, and each deadline.
pub fn reminders(
    destination: &str,
    check: Option<&DocumentsCheck>,
    latest_exit: Option<NaiveDate>,
    present: bool,
    deadlines: &[Deadline],
) -> Vec<Reminder> {
    let mut out = Vec::new();
    if let (true, Some(exit)) = (present, latest_exit) {
        let why = match check.and_then(|c| c.latest_exit_reason) {
            Some(reason) => format!("Set by {}.", reason_words(reason)),
            None => "Set by the rule's limit.".to_string(),
        };
        out.push(Reminder {
            id: "latest-exit".into(),
            date: exit,
            summary: format!("Last day in {destination}: leave by {exit}"),
            description: format!("The latest lawful exit. {why}"),
            alarm_days_before: 7,
        });
    }
    if let Some(check) = check {
        if let Some(bound) = check
            .bounds
            .iter()
            .find(|b| b.reason == ExitReason::Passport)
        {
            if let Some(day) = bound.latest_exit {
                out.push(Reminder {
                    id: "passport-threshold".into(),
                    date: day,
                    summary: format!("Last exit from {destination} your passport allows"),
                    description: format!(
                        "A passport must be valid at least 3 months after the exit. {}",
                        crate::documents::PASSPORT_SOURCE
                    ),
                    alarm_days_before: 30,
                });
            }
        }
        for verdict in check.passport.iter().filter(|v| !v.is_fine()) {
            if let Some(by) = verdict.needed_by {
                out.push(Reminder {
                    id: format!("new-passport-{}", verdict.entry),
                    date: by,
                    summary: format!("New passport needed for the trip of {}", verdict.entry),
                    description: format!(
                        "The passport fails for the stay {} to {} (row {}). {}",
                        verdict.entry,
                        verdict.exit,
                        verdict.row,
                        crate::documents::PASSPORT_SOURCE
                    ),
                    alarm_days_before: 30,
                });
            }
        }
    }
    for deadline in deadlines {
        let rule = deadline.rule;
        let (summary, alarm) = match rule.kind {
            DeadlineKind::ByDate if deadline.only_if_new_entry => (
                format!(
                    "Deadline, only if {} was a new entry: {}",
                    deadline.event_date, rule.action
                ),
                1,
            ),
            DeadlineKind::ByDate => (format!("Deadline: {}", rule.action), 1),
            DeadlineKind::NotBefore => (format!("From today: {}", rule.action), 0),
        };
        out.push(Reminder {
            id: format!("{}-{}", rule.id, deadline.event_date),
            date: deadline.date,
            summary,
            description: format!(
                "After {} on {}. Source: {} (confidence {}). {}",
                rule.event,
                deadline.event_date,
                rule.source,
                rule.confidence.as_str(),
                rule.notes
            ),
            alarm_days_before: alarm,
        });
    }
    out
}

/// A bound in words, for a description.
fn reason_words(reason: ExitReason) -> &'static str {
    match reason {
        ExitReason::Window => "the rule's window (such as 90 days in any 180)",
        ExitReason::PerEntry => "the rule's limit per entry",
        ExitReason::VisaEntries => "the visa's number of entries, used up",
        ExitReason::VisaUntil => "the visa's UNTIL date",
        ExitReason::VisaDays => "the visa's duration of stay",
        ExitReason::Passport => "the passport, valid 3 months after the exit",
        ExitReason::Permit => "the end of the residence permit",
    }
}

/// `date` as iCalendar writes a DATE (RFC 5545 3.3.4, `YYYYMMDD`), as chrono's `%Y%m%d` does
/// (a sign before a year outside 0 to 9999), without chrono's formatting machinery: strftime
/// took about 12 KB of the traveller page's wasm for these three dates.
fn basic_date(date: NaiveDate) -> String {
    let (year, month, day) = (date.year(), date.month(), date.day());
    if (0..=9999).contains(&year) {
        format!("{year:04}{month:02}{day:02}")
    } else {
        format!("{year:+05}{month:02}{day:02}")
    }
}

/// `reminders` as an iCalendar file (RFC 5545): lines end in CRLF and are folded at 75 octets,
/// text is escaped; `stamp` (the check date) is every event's `DTSTAMP`.
pub fn to_ics(reminders: &[Reminder], stamp: NaiveDate) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&mut out, &text);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//staycalc//staycalc//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    for reminder in reminders {
        let day = basic_date(reminder.date);
        let next = basic_date(reminder.date.succ_opt().unwrap_or(reminder.date));
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}@staycalc", escape(&reminder.id)));
        line(format!("DTSTAMP:{}T000000Z", basic_date(stamp)));
        line(format!("DTSTART;VALUE=DATE:{day}"));
        line(format!("DTEND;VALUE=DATE:{next}"));
        line(format!("SUMMARY:{}", escape(&reminder.summary)));
        line(format!("DESCRIPTION:{}", escape(&reminder.description)));
        line("TRANSP:TRANSPARENT".into());
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line(format!("TRIGGER:-P{}D", reminder.alarm_days_before));
        line(format!("DESCRIPTION:{}", escape(&reminder.summary)));
        line("END:VALARM".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// TEXT escaped as RFC 5545 §3.3.11 says: backslash, semicolon, comma and newline.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Writes `text` as content lines of at most 75 octets (RFC 5545 §3.1), never splitting a
/// character, each continuation starting with a space.
fn fold(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        fold(&mut out, &format!("SUMMARY:{}", "Қазақстан ".repeat(20)));
        for line in out.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "Қазақстан ".repeat(20)));
    }

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        for (year, month, day) in [
            (2025, 3, 1),
            (1, 1, 1),
            (0, 12, 31),
            (-1, 6, 9),
            (9999, 12, 31),
            (10_000, 1, 1),
            (-262_000, 2, 3),
        ] {
            let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
            assert_eq!(basic_date(date), date.format("%Y%m%d").to_string());
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }
}
