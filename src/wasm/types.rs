//! The answers of the module `staycalc` as they cross the boundary: plain serde structs
//! converted from the engine's types with `From`, with the command line's JSON field names
//! (snake_case).
//!
//! Dates become `YYYY-MM-DD` strings and absent values `null` (the exports serialize with
//! `serde_wasm_bindgen::Serializer::json_compatible`). `staycalc.d.ts` declares each of these
//! for TypeScript under the same name.

use crate::{Assessment, PerEntry, Rule, StayVerdict, Window};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A date as `YYYY-MM-DD`, written digit by digit: through `fmt` (as `date.to_string()`) it
/// costs about as much as the rest of an answer in the size-tuned build. Engine dates are
/// within 1900..=2199, so the year has four digits.
fn iso(date: NaiveDate) -> String {
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    let (year, month, day) = (date.year_ce().1, date.month(), date.day());
    [
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        '-',
        digit(month / 10),
        digit(month),
        '-',
        digit(day / 10),
        digit(day),
    ]
    .into_iter()
    .collect()
}

fn iso_opt(date: Option<NaiveDate>) -> Option<String> {
    date.map(iso)
}

/// `evaluate`'s answer: the rule, every field of [`Assessment`], and the verdict per stay; the
/// object `staycalc check --format json` prints (less its `date_format`, which describes a file).
#[derive(Serialize)]
pub struct Evaluation {
    rule: String,
    rule_name: String,
    on: String,
    window_start: String,
    days_used: u32,
    limit: u32,
    days_remaining: u32,
    overstay_days: u32,
    unlawful_days: u32,
    first_unlawful_day: Option<String>,
    present: bool,
    day_of_stay: u32,
    per_entry_cap: Option<u32>,
    latest_exit: Option<String>,
    max_stay_days: u32,
    full_allowance: u32,
    earliest_full_stay: Option<String>,
    status: &'static str,
    warnings: Vec<WarningInfo>,
    plan: Vec<PlannedStay>,
}

impl From<(&Rule, Assessment, Vec<StayVerdict>)> for Evaluation {
    fn from((rule, answer, plan): (&Rule, Assessment, Vec<StayVerdict>)) -> Evaluation {
        Evaluation {
            rule: rule.id.to_string(),
            rule_name: rule.name.to_string(),
            on: iso(answer.on),
            window_start: iso(answer.window_start),
            days_used: answer.days_used,
            limit: answer.limit,
            days_remaining: answer.days_remaining,
            overstay_days: answer.overstay_days,
            unlawful_days: answer.unlawful_days,
            first_unlawful_day: iso_opt(answer.first_unlawful_day),
            present: answer.present,
            day_of_stay: answer.day_of_stay,
            per_entry_cap: answer.per_entry_cap,
            latest_exit: iso_opt(answer.latest_exit),
            max_stay_days: answer.max_stay_days,
            full_allowance: answer.full_allowance,
            earliest_full_stay: iso_opt(answer.earliest_full_stay),
            status: answer.status.as_str(),
            warnings: answer.warnings.iter().map(WarningInfo::from).collect(),
            plan: plan.into_iter().map(PlannedStay::from).collect(),
        }
    }
}

/// A warning: what the engine resolved in the input by itself.
#[derive(Serialize)]
pub struct WarningInfo {
    code: &'static str,
    message: String,
    rows: Vec<usize>,
}

impl From<&crate::Warning> for WarningInfo {
    fn from(warning: &crate::Warning) -> WarningInfo {
        WarningInfo {
            code: warning.code(),
            message: warning.to_string(),
            rows: warning.rows(),
        }
    }
}

/// `planCheck`'s answer: a verdict per stay, in input order.
#[derive(Serialize)]
pub struct PlanCheck {
    lawful: bool,
    stays: Vec<PlannedStay>,
    warnings: Vec<WarningInfo>,
}

impl From<(Vec<StayVerdict>, &[crate::Warning])> for PlanCheck {
    fn from((verdicts, warnings): (Vec<StayVerdict>, &[crate::Warning])) -> PlanCheck {
        PlanCheck {
            lawful: verdicts.iter().all(StayVerdict::is_lawful),
            stays: verdicts.into_iter().map(PlannedStay::from).collect(),
            warnings: warnings.iter().map(WarningInfo::from).collect(),
        }
    }
}

/// One stay's verdict, as in the `plan` of the command line's JSON.
#[derive(Serialize)]
pub struct PlannedStay {
    row: usize,
    entry: String,
    exit: String,
    planned: bool,
    unlawful_days: u32,
    first_unlawful_day: Option<String>,
    latest_exit: Option<String>,
}

impl From<StayVerdict> for PlannedStay {
    fn from(verdict: StayVerdict) -> PlannedStay {
        PlannedStay {
            row: verdict.row,
            entry: iso(verdict.entry),
            exit: iso(verdict.exit),
            planned: verdict.planned,
            unlawful_days: verdict.unlawful_days,
            first_unlawful_day: iso_opt(verdict.first_unlawful_day),
            latest_exit: iso_opt(verdict.latest_exit),
        }
    }
}

/// `timeline`'s answer: a day per date of the range, and when the days counted on the check
/// date leave the window.
#[derive(Serialize)]
pub struct Timeline {
    days: Vec<TimelineDay>,
    drop_outs: Vec<DropOut>,
}

impl From<(Vec<crate::TimelineDay>, Vec<crate::DropOut>)> for Timeline {
    fn from((days, drop_outs): (Vec<crate::TimelineDay>, Vec<crate::DropOut>)) -> Timeline {
        Timeline {
            days: days.into_iter().map(TimelineDay::from).collect(),
            drop_outs: drop_outs.into_iter().map(DropOut::from).collect(),
        }
    }
}

/// One date of a timeline.
#[derive(Serialize)]
pub struct TimelineDay {
    date: String,
    count: u32,
    window_start: String,
    limit: u32,
    present: bool,
    unlawful: bool,
}

impl From<crate::TimelineDay> for TimelineDay {
    fn from(day: crate::TimelineDay) -> TimelineDay {
        TimelineDay {
            date: iso(day.date),
            count: day.count,
            window_start: iso(day.window_start),
            limit: day.limit,
            present: day.present,
            unlawful: day.unlawful,
        }
    }
}

/// Days that leave the window, from `from` to `until`.
#[derive(Serialize)]
pub struct DropOut {
    from: String,
    until: String,
    days: u32,
}

impl From<crate::DropOut> for DropOut {
    fn from(drop_out: crate::DropOut) -> DropOut {
        DropOut {
            from: iso(drop_out.from),
            until: iso(drop_out.until),
            days: drop_out.days,
        }
    }
}

/// A catalogue rule, as `rules()` lists it: the fields of `staycalc rules --format json`, less
/// each version's `description` (the command line's wording).
#[derive(Serialize)]
pub struct RuleInfo {
    id: String,
    name: String,
    destination: &'static str,
    applies_to: &'static str,
    nationalities: &'static [&'static str],
    versions: Vec<VersionInfo>,
    source: &'static str,
    confidence: &'static str,
    last_checked: &'static str,
    consequences: &'static str,
    notes: &'static str,
}

impl From<&Rule> for RuleInfo {
    fn from(rule: &Rule) -> RuleInfo {
        RuleInfo {
            id: rule.id.to_string(),
            name: rule.name.to_string(),
            destination: rule.destination,
            applies_to: rule.applies_to,
            nationalities: rule.nationalities,
            versions: rule.versions.iter().map(VersionInfo::from).collect(),
            source: rule.source,
            confidence: rule.confidence.as_str(),
            last_checked: rule.last_checked,
            consequences: rule.consequences,
            notes: rule.notes,
        }
    }
}

/// One version of a rule: its limits from a date on.
#[derive(Serialize)]
pub struct VersionInfo {
    from: Option<String>,
    window: Option<WindowInfo>,
    per_entry: Option<PerEntryInfo>,
    ignores_earlier_presence: bool,
}

impl From<&crate::Version> for VersionInfo {
    fn from(version: &crate::Version) -> VersionInfo {
        VersionInfo {
            from: iso_opt(version.from),
            window: version.limits.window.map(WindowInfo::from),
            per_entry: version.limits.per_entry.map(PerEntryInfo::from),
            ignores_earlier_presence: version.ignores_earlier_presence,
        }
    }
}

/// A window: `rolling` (the `days` ending on each day), `calendar_year`, or
/// `from_first_entry` (fixed periods of `days` from a first entry); at most `max` days in it.
#[derive(Serialize)]
pub struct WindowInfo {
    kind: &'static str,
    days: Option<u32>,
    max: u32,
}

impl From<Window> for WindowInfo {
    fn from(window: Window) -> WindowInfo {
        let (kind, days) = match window {
            Window::Rolling { days, .. } => ("rolling", Some(days)),
            Window::CalendarYear { .. } => ("calendar_year", None),
            Window::FromFirstEntry { days, .. } => ("from_first_entry", Some(days)),
        };
        WindowInfo {
            kind,
            days,
            max: window.max(),
        }
    }
}

/// A per-entry cap: `{days: n}` or `{months: n}` (calendar months), as `staycalc rules`
/// prints it.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PerEntryInfo {
    Days(u32),
    Months(u32),
}

impl From<PerEntry> for PerEntryInfo {
    fn from(cap: PerEntry) -> PerEntryInfo {
        match cap {
            PerEntry::Days(days) => PerEntryInfo::Days(days),
            PerEntry::Months(months) => PerEntryInfo::Months(months),
        }
    }
}
