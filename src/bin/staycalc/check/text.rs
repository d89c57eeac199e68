//! `staycalc check` for people: short aligned lines, each saying what its number means, and an
//! overstay that cannot be missed.

use chrono::Datelike;
use staycalc::input::DateFormat;
use staycalc::{Amber, Assessment, Bound, Options, Rule, Status, StayVerdict, Warning, Window};
use std::fmt::Write;

/// How many warnings the text answer lists; the JSON answer lists every one.
const WARNINGS_SHOWN: usize = 20;

/// How many planned or unlawful stays the text lists, for the same reason.
const STAYS_SHOWN: usize = 20;

/// What the text output is made from.
pub(crate) struct CheckText<'a> {
    pub rule: &'a Rule,
    pub answer: &'a Assessment,
    pub plan: &'a [StayVerdict],
    pub options: &'a Options,
    /// Where the stays came from (a path, or "standard input").
    pub source: &'a str,
    /// How many stays were read from `source`: `plan` counts fewer when some are another
    /// zone's or under a permit (or more, when a permit splits one), and the line says so.
    pub rows: usize,
    pub date_format: Option<DateFormat>,
}

impl CheckText<'_> {
    /// The text for standard output.
    pub(crate) fn render(&self) -> String {
        let a = self.answer;
        let mut out = String::new();
        self.banner(&mut out);
        let read = if self.plan.len() == self.rows {
            format!("read from {}", self.source)
        } else {
            format!(
                "the stays counted here; {} read from {}",
                self.rows, self.source
            )
        };
        let stays = match self.date_format {
            Some(format) => format!("{read}, dates as {format}"),
            None => read,
        };
        line(
            &mut out,
            "rule",
            self.rule.id.as_ref(),
            self.rule.name.as_ref(),
        );
        line(&mut out, "stays", &self.plan.len().to_string(), &stays);
        line(
            &mut out,
            "check date",
            &a.on.to_string(),
            "the day the counts are for",
        );
        line(&mut out, "status", a.status.as_str(), self.status_meaning());
        // A per-entry cap that binds leads: it is the number to act on.
        if let (Some(left), Some(cap), Some(Bound::PerEntry)) =
            (a.days_left_in_stay, a.per_entry_cap, a.binding)
        {
            let last = a
                .per_entry_last_day
                .map_or(String::new(), |d| d.to_string());
            line(
                &mut out,
                "left this entry",
                &left.to_string(),
                &format!(
                    "day {} of at most {cap} per entry: leave by {last}",
                    a.day_of_stay
                ),
            );
        }
        line(
            &mut out,
            "days used",
            &a.days_used.to_string(),
            &format!("days present in {}", self.window()),
        );
        line(
            &mut out,
            "days remaining",
            &a.days_remaining.to_string(),
            &self.remaining_meaning(),
        );
        if a.overstay_days > 0 {
            line(
                &mut out,
                "overstay",
                &a.overstay_days.to_string(),
                &format!("days over the limit on {}", a.on),
            );
        }
        line(
            &mut out,
            "present",
            if a.present { "yes" } else { "no" },
            &self.presence_meaning(),
        );
        match a.latest_exit {
            Some(exit) if a.present => line(
                &mut out,
                "latest exit",
                &exit.to_string(),
                &format!(
                    "staying on from {}, the last day one may stay: {} in all",
                    a.on,
                    days(a.max_stay_days)
                ),
            ),
            Some(exit) => line(
                &mut out,
                "latest exit",
                &exit.to_string(),
                &format!(
                    "entering on {}, the last day one may stay: {}",
                    a.on,
                    days(a.max_stay_days)
                ),
            ),
            None => line(
                &mut out,
                "latest exit",
                "none",
                &format!("already over the limit on {}: leave now", a.on),
            ),
        }
        if self.plan.iter().any(|v| v.planned) {
            let (value, meaning) = match a.latest_exit_keeping_plans {
                Some(exit) => (
                    exit.to_string(),
                    format!(
                        "the last day one may stay from {} without making a planned stay \
                         unlawful",
                        a.on
                    ),
                ),
                None => (
                    "none".to_string(),
                    format!("staying on {} breaks the rule or a planned stay", a.on),
                ),
            };
            line(&mut out, "keeping plans", &value, &meaning);
        }
        // It counts the days up to the check date only: said when that leaves something out.
        let counting = match (a.present, self.plan.iter().any(|v| v.planned)) {
            (true, false) => format!(", leaving on {}", a.on),
            (true, true) => format!(", leaving on {} and not counting planned stays", a.on),
            (false, true) => ", not counting planned stays".to_string(),
            (false, false) => String::new(),
        };
        match a.earliest_full_stay {
            Some(day) => line(
                &mut out,
                "earliest full stay",
                &day.to_string(),
                &format!(
                    "the first day a stay of the full {} days may start{counting}",
                    a.full_allowance
                ),
            ),
            None => line(
                &mut out,
                "earliest full stay",
                "none",
                &format!(
                    "no stay of the full {} days starts before {}",
                    a.full_allowance,
                    staycalc::MAX_DATE
                ),
            ),
        }
        let unlawful = match a.first_unlawful_day {
            Some(first) => {
                format!("days over the limit among all stays given, the first on {first}")
            }
            None => "no day of the stays given, past or planned, is over the limit".to_string(),
        };
        line(
            &mut out,
            "unlawful days",
            &a.unlawful_days.to_string(),
            &unlawful,
        );
        self.plan_lines(&mut out);
        if !a.warnings.is_empty() {
            out.push_str("\nwarnings\n");
            for warning in a.warnings.iter().take(WARNINGS_SHOWN) {
                let _ = writeln!(out, "  {warning}");
            }
            if a.warnings.len() > WARNINGS_SHOWN {
                let _ = writeln!(
                    out,
                    "  and {} more (`--format json` lists every one)",
                    a.warnings.len() - WARNINGS_SHOWN
                );
            }
        }
        out
    }

    /// Lines before everything else when the status is not ok.
    fn banner(&self, out: &mut String) {
        let a = self.answer;
        match a.status {
            Status::Ok => return,
            Status::Overstay => {
                match (a.binding, a.per_entry_cap, a.per_entry_last_day) {
                    (Some(Bound::PerEntry), Some(cap), Some(last)) => {
                        let _ = writeln!(
                            out,
                            "!! OVERSTAY: day {} of a stay of at most {cap} days per entry, {} \
                             over; the stay had to end by {last}",
                            a.day_of_stay,
                            days(a.overstay_days)
                        );
                    }
                    _ => {
                        let _ = writeln!(
                            out,
                            "!! OVERSTAY: {} over the limit on {}",
                            days(a.overstay_days),
                            a.on
                        );
                    }
                }
                if let Some(first) = a.first_unlawful_day {
                    let _ = writeln!(
                        out,
                        "!! {} of presence over the limit in all, the first on {first}",
                        days(a.unlawful_days)
                    );
                }
                self.consequences(out, "!!");
            }
            Status::PastOverstay => {
                if let Some(first) = a.first_unlawful_day {
                    let _ = writeln!(
                        out,
                        "!! PAST OVERSTAY: {} of presence over the limit up to {}, the first on \
                         {first}; lawful on {}",
                        days(a.past_unlawful_days),
                        a.on,
                        a.on
                    );
                }
                if a.overstay_days > 0 {
                    let _ = writeln!(
                        out,
                        "!! the days counted on {} are {} over the limit",
                        a.on,
                        days(a.overstay_days)
                    );
                }
                self.consequences(out, "!! at the next entry, an overstay on record may mean:");
            }
            Status::PlannedOverstay => {
                let planned = a.unlawful_days - a.past_unlawful_days;
                if let Some(first) = self.plan.iter().filter_map(|v| v.first_unlawful_day).min() {
                    let _ = writeln!(
                        out,
                        "! PLANNED OVERSTAY: lawful on {}, but planned days would be {} over \
                         the limit, from {first}",
                        a.on,
                        days(planned)
                    );
                }
            }
            Status::Warning => {
                if a.days_remaining < self.options.warning_threshold {
                    let _ = writeln!(
                        out,
                        "! WARNING: only {} remaining on {} (fewer than {})",
                        days(a.days_remaining),
                        a.on,
                        self.options.warning_threshold
                    );
                }
                if let Some(left) = a
                    .days_left_in_stay
                    .filter(|&left| left < self.options.warning_threshold)
                {
                    let _ = writeln!(
                        out,
                        "! WARNING: only {} left on this entry after {} (fewer than {})",
                        days(left),
                        a.on,
                        self.options.warning_threshold
                    );
                }
                for warning in &a.warnings {
                    if let Warning::Reentry {
                        rows,
                        entry,
                        cap,
                        last_day,
                        ..
                    } = warning
                    {
                        let _ = writeln!(
                            out,
                            "! WARNING: rows {} are counted as separate entries; if you did not \
                             leave in between, they are one stay from {entry} and its {cap} days \
                             end on {last_day}: see below",
                            and_list(rows)
                        );
                    }
                }
            }
        }
        out.push('\n');
    }

    /// The rule's consequences of an overstay, after `lead`, when the catalogue has them.
    fn consequences(&self, out: &mut String, lead: &str) {
        if !self.rule.consequences.is_empty() {
            let _ = writeln!(out, "{lead} {}", self.rule.consequences);
        }
    }

    fn status_meaning(&self) -> &'static str {
        let a = self.answer;
        match a.status {
            Status::Ok => "within the rule",
            // Amber only because touching rows may be one stay: "close to a limit" would hide
            // that, read as one stay, the per-entry cap may already be passed.
            Status::Warning => match a.amber(self.options) {
                Some(Amber::OneStay) => {
                    "within the rule if each row is a new entry; read as one stay it may not be: \
                     see the warning above"
                }
                Some(Amber::CloseAndOneStay) => {
                    "within the rule, but close to a limit; and if rows are one stay it may not \
                     be: see the warnings above"
                }
                _ => "within the rule, but close to a limit: see below",
            },
            Status::PlannedOverstay => {
                "within the rule up to the check date, but a planned stay breaks it: see below"
            }
            Status::PastOverstay => {
                "within the rule on the check date, but it was broken before: see below"
            }
            Status::Overstay => "over the limit on the check date: see below",
        }
    }

    /// The period `days_used` counts, in words.
    fn window(&self) -> String {
        let (start, on) = (self.answer.window_start, self.answer.on);
        match self.rule.limits_on(on).and_then(|limits| limits.window) {
            Some(Window::Rolling { days, .. }) => format!("the {days} days {start} .. {on}"),
            Some(Window::CalendarYear { .. }) => format!("{} so far, {start} .. {on}", on.year()),
            Some(Window::FromFirstEntry { days, .. }) => {
                format!("the {days}-day period opened on {start}, up to {on}")
            }
            None => format!("the current stay, {start} .. {on}"),
        }
    }

    fn remaining_meaning(&self) -> String {
        let a = self.answer;
        let window = self.rule.limits_on(a.on).and_then(|limits| limits.window);
        let of = match window {
            Some(_) => format!("of {} in {} .. {}", a.limit, a.window_start, a.on),
            None => format!("of {} for the current stay", a.limit),
        };
        match a.binding {
            Some(Bound::PerEntry) if a.present => {
                format!("{of}; the per-entry cap ends the stay first: see left this entry")
            }
            _ => format!("{of}; not the longest stay: see latest exit"),
        }
    }

    fn presence_meaning(&self) -> String {
        let a = self.answer;
        let cap = match a.per_entry_cap {
            Some(cap) => format!(", at most {cap} days per entry"),
            None => String::new(),
        };
        if a.present {
            let entry = a.on - chrono::Days::new(u64::from(a.day_of_stay.saturating_sub(1)));
            format!("day {} of the stay entered {}{cap}", a.day_of_stay, entry)
        } else {
            format!(
                "not present on {}: the answers below are for entering on it{cap}",
                a.on
            )
        }
    }

    /// Planned stays, and any stay with days over the limit.
    fn plan_lines(&self, out: &mut String) {
        let mut shown = self
            .plan
            .iter()
            .filter(|v| v.planned || !v.is_lawful())
            .peekable();
        if shown.peek().is_none() {
            return;
        }
        out.push_str("\nplanned stays, and stays over the limit\n");
        let mut more = 0;
        for (index, verdict) in shown.enumerate() {
            if index >= STAYS_SHOWN {
                more += 1;
                continue;
            }
            let when = if verdict.planned { "planned" } else { "past" };
            let verdict_text = match (verdict.first_unlawful_day, verdict.latest_exit) {
                (Some(first), _) => format!(
                    "UNLAWFUL: {} over the limit, from {first}",
                    days(verdict.unlawful_days)
                ),
                (None, exit) if verdict.later_unlawful_days > 0 => format!(
                    "BREAKS A LATER STAY: lawful itself, but makes {} of later stays unlawful{}",
                    days(verdict.later_unlawful_days),
                    exit.map_or(String::new(), |exit| format!(
                        "; leave by {exit} to keep them lawful"
                    ))
                ),
                (None, Some(exit)) => {
                    format!("lawful; may stay until {exit} keeping later stays lawful")
                }
                (None, None) => "lawful".to_string(),
            };
            let _ = writeln!(
                out,
                "  row {:<4} {} .. {}  {when:<7}  {verdict_text}",
                verdict.row, verdict.entry, verdict.exit
            );
        }
        if more > 0 {
            let _ = writeln!(out, "  and {more} more (`--format json` lists every one)");
        }
    }
}

/// One aligned line: label, value, and what the value means.
fn line(out: &mut String, label: &str, value: &str, meaning: &str) {
    let _ = writeln!(out, "{label:<20}{value:<12}  ({meaning})");
}

/// `1 day`, `2 days`.
fn days(count: u32) -> String {
    if count == 1 {
        "1 day".to_string()
    } else {
        format!("{count} days")
    }
}

/// Row numbers as an English list: `2 and 3`, `1, 2 and 3`.
pub(super) fn and_list(rows: &[usize]) -> String {
    let words: Vec<String> = rows.iter().map(usize::to_string).collect();
    match words.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => words.concat(),
    }
}
