//! The answers of the module `staycalc` as JSON text, written by the library's one JSON writer
//! ([`JsonWriter`]), as the command line writes its own: `reply::json_answer` hands the text
//! to `JSON.parse`, so each answer crosses the boundary as one string rather than with a call
//! for each field.
//!
//! Field names are those of the command line's JSON (snake_case), dates `YYYY-MM-DD` strings,
//! absent values `null`. `staycalc.d.ts` declares each answer for TypeScript, under the name
//! given here.

use crate::{Assessment, JsonWriter, Rule, StayVerdict};
#[cfg(feature = "wasm")]
use crate::{DropOut, FieldValue, PerEntry, TimelineDay, Warning, Window};

/// `evaluate`'s answer (`Evaluation`): [`JsonWriter::evaluation`], the object
/// `staycalc check --format json` prints, less its `date_format` (which describes a file).
pub fn evaluation(
    json: &mut JsonWriter<'_>,
    rule: &Rule,
    answer: &Assessment,
    plan: &[StayVerdict],
) {
    json.begin_object();
    json.evaluation(rule, answer, plan);
    json.end_object();
}

#[cfg(feature = "wasm")]
/// `planCheck`'s answer (`PlanCheck`): whether every stay is lawful, a verdict per stay in
/// input order, and the warnings.
pub fn plan_check(json: &mut JsonWriter<'_>, plan: &[StayVerdict], warnings: &[Warning]) {
    json.begin_object();
    json.key("lawful");
    json.bool(plan.iter().all(StayVerdict::is_lawful));
    json.key("stays");
    json.verdicts(plan);
    json.key("warnings");
    json.warnings(warnings);
    json.end_object();
}

#[cfg(feature = "wasm")]
/// `timeline`'s answer (`Timeline`): a day per date of the range, and when the days counted
/// on the check date leave the window.
pub fn timeline(json: &mut JsonWriter<'_>, days: &[TimelineDay], drop_outs: &[DropOut]) {
    json.begin_object();
    json.key("days");
    json.begin_array();
    for day in days {
        json.item();
        json.fields([
            ("date", FieldValue::Date(day.date)),
            ("count", FieldValue::Number(day.count.into())),
            ("window_start", FieldValue::Date(day.window_start)),
            ("limit", FieldValue::Number(day.limit.into())),
            ("present", FieldValue::Bool(day.present)),
            ("unlawful", FieldValue::Bool(day.unlawful)),
            ("day_of_stay", FieldValue::Number(day.day_of_stay.into())),
            (
                "per_entry_cap",
                FieldValue::Number(day.per_entry_cap.into()),
            ),
        ]);
    }
    json.end_array();
    json.key("drop_outs");
    json.begin_array();
    for drop_out in drop_outs {
        json.item();
        json.fields([
            ("from", FieldValue::Date(drop_out.from)),
            ("until", FieldValue::Date(drop_out.until)),
            ("days", FieldValue::Number(drop_out.days.into())),
        ]);
    }
    json.end_array();
    json.end_object();
}

#[cfg(feature = "wasm")]
/// `rules()`'s answer (`RuleInfo[]`): each rule with the fields of `staycalc rules --format
/// json`, less each version's `description` (the command line's wording).
pub fn rules(json: &mut JsonWriter<'_>, rules: &[Rule]) {
    json.begin_array();
    for rule in rules {
        json.item();
        json.begin_object();
        json.members([
            ("id", FieldValue::Text(&rule.id)),
            ("name", FieldValue::Text(&rule.name)),
            ("destination", FieldValue::Text(rule.destination)),
            ("applies_to", FieldValue::Text(rule.applies_to)),
        ]);
        json.key("nationalities");
        json.begin_array();
        for nationality in rule.nationalities {
            json.item();
            json.string(nationality);
        }
        json.end_array();
        json.key("versions");
        json.begin_array();
        for version in rule.versions.iter() {
            json.item();
            json.begin_object();
            json.key("from");
            json.value(version.from.map_or(FieldValue::Absent, FieldValue::Date));
            json.key("window");
            match version.limits.window {
                Some(window) => self::window(json, window),
                None => json.null(),
            }
            json.key("per_entry");
            match version.limits.per_entry {
                Some(cap) => per_entry(json, cap),
                None => json.null(),
            }
            json.key("ignores_earlier_presence");
            json.bool(version.ignores_earlier_presence);
            json.end_object();
        }
        json.end_array();
        json.members([
            ("source", FieldValue::Text(rule.source)),
            ("confidence", FieldValue::Text(rule.confidence.as_str())),
            ("last_checked", FieldValue::Text(rule.last_checked)),
            ("consequences", FieldValue::Text(rule.consequences)),
            ("notes", FieldValue::Text(rule.notes)),
        ]);
        json.end_object();
    }
    json.end_array();
}

#[cfg(feature = "wasm")]
/// A window (`WindowInfo`): `rolling` (the `days` ending on each day), `calendar_year`, or
/// `from_first_entry` (fixed periods of `days` from a first entry); at most `max` days in it.
fn window(json: &mut JsonWriter<'_>, window: Window) {
    let (kind, days) = match window {
        Window::Rolling { days, .. } => ("rolling", Some(days)),
        Window::CalendarYear { .. } => ("calendar_year", None),
        Window::FromFirstEntry { days, .. } => ("from_first_entry", Some(days)),
    };
    let days = days.map_or(FieldValue::Absent, |days| FieldValue::Number(days.into()));
    json.fields([
        ("kind", FieldValue::Text(kind)),
        ("days", days),
        ("max", FieldValue::Number(window.max().into())),
    ]);
}

#[cfg(feature = "wasm")]
/// A per-entry cap (`PerEntryInfo`): `{days: n}` or `{months: n}` (calendar months), as
/// `staycalc rules` prints it.
fn per_entry(json: &mut JsonWriter<'_>, cap: PerEntry) {
    let (unit, n) = match cap {
        PerEntry::Days(days) => ("days", days),
        PerEntry::Months(months) => ("months", months),
    };
    json.fields([(unit, FieldValue::Number(n.into()))]);
}
