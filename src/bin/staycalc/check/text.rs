//! `staycalc check` for people: short aligned lines, each saying what its number means, and an
//! overstay that cannot be missed.

use chrono::Datelike;
use staycalc::{Assessment, DateFormat, Options, Rule, Status, StayVerdict, Window};
use std::fmt::Write;

/// How many warnings the text answer lists; the JSON answer lists every one.
const WARNINGS_SHOWN: usize = 20;

/// What the text output is made from.
pub(crate) struct Report<'a> {
    pub rule: &'a Rule,
    pub answer: &'a Assessment,
    pub plan: &'a [StayVerdict],
    pub options: &'a Options,
    /// Where the stays came from (a path, or "standard input").
    pub source: &'a str,
    pub date_format: Option<DateFormat>,
}

impl Report<'_> {
    /// The text for standard output.
    pub(crate) fn render(&self) -> String {
        let a = self.answer;
        let mut out = String::new();
        self.banner(&mut out);
        let stays = match self.date_format {
            Some(format) => format!("read from {}, dates as {format}", self.source),
            None => format!("read from {}", self.source),
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
        match a.earliest_full_stay {
            Some(day) => line(
                &mut out,
                "earliest full stay",
                &day.to_string(),
                &format!(
                    "the first day a stay of the full {} days may start",
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
            Status::Ok => {}
            Status::Overstay => {
                if a.overstay_days > 0 {
                    let _ = writeln!(
                        out,
                        "!! OVERSTAY: {} over the limit on {}",
                        days(a.overstay_days),
                        a.on
                    );
                }
                if let Some(first) = a.first_unlawful_day {
                    let lead = if a.overstay_days > 0 {
                        ""
                    } else {
                        "OVERSTAY: "
                    };
                    let _ = writeln!(
                        out,
                        "!! {lead}{} of presence over the limit in all, the first on {first}",
                        days(a.unlawful_days)
                    );
                }
                if !self.rule.consequences.is_empty() {
                    let _ = writeln!(out, "!! consequences: {}", self.rule.consequences);
                }
                out.push('\n');
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
                if let Some(first) = a.first_unlawful_day {
                    let _ = writeln!(
                        out,
                        "! WARNING: planned stays would be {} over the limit, from {first}",
                        days(a.unlawful_days)
                    );
                }
                out.push('\n');
            }
        }
    }

    fn status_meaning(&self) -> &'static str {
        match self.answer.status {
            Status::Ok => "within the rule",
            Status::Warning => {
                "within the rule today, but close to a limit or a planned stay breaks it: see below"
            }
            Status::Overstay => "the rule is broken: see below",
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
        format!("{of}; not the longest stay: see latest exit")
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
        let shown: Vec<&StayVerdict> = self
            .plan
            .iter()
            .filter(|v| v.planned || !v.is_lawful())
            .collect();
        if shown.is_empty() {
            return;
        }
        out.push_str("\nplanned stays, and stays over the limit\n");
        for verdict in shown {
            let when = if verdict.planned { "planned" } else { "past" };
            let verdict_text = match (verdict.first_unlawful_day, verdict.latest_exit) {
                (Some(first), _) => format!(
                    "UNLAWFUL: {} over the limit, from {first}",
                    days(verdict.unlawful_days)
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
