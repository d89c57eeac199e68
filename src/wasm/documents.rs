//! `evaluateDocuments` (feature `wasm-documents`, the module `staycalc/documents`): one
//! traveller's stays under a rule with a passport, short-stay visas, permits and events,
//! answered with the JSON of `staycalc check --format json` given `--passport-expiry`,
//! `--visa`, `--permit` and `--event` (less `date_format`, which a request of dates as strings
//! does not have). A module of its own: the documents' checks and the deadlines' holiday tables
//! took `staycalc` from 59.9 to 70.3 KB gzipped, over its budget. Its TypeScript declarations
//! are in `staycalc_documents.d.ts`.

use super::case::Case;
use super::error::Thrown;
use super::js;
use super::reply::json_answer;
use super::request::{describe, text, Request};
use crate::deadlines::{deadline, Deadline, Event};
use crate::documents::{check_documents, Documents, Entries, Passport, Permit, Visa};
use crate::{parse_date, Options};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("staycalc_documents.d.ts");

/// The keys of `evaluateDocuments`' request besides the case's (`rule`, `stays`, `on`).
const KEYS: [&str; 6] = [
    "warn_below",
    "passport",
    "visas",
    "permits",
    "events",
    "warnBelow",
];

/// The most visas, permits or events a request may hold: far more than a person holds.
const MAX_ITEMS: u32 = 1000;

/// Every answer of `evaluate` for stays under a rule, with the documents counted as `staycalc
/// check` counts them: `latest_exit`, `max_stay_days` and `status` count the visas, passport
/// and permits (a permit's days are not counted by the rule), and the answer gains
/// `latest_exit_reason` and `documents {bounds, visas, passport, permits, deadlines,
/// warnings}`, the events' deadlines among them.
///
/// # Errors
///
/// Throws a `StaycalcError` whose `code` is `bad_request` (a request of the wrong shape, a
/// visa's `entries` not 1, 2 or "MULT"), `bad_date`, `date_out_of_range`, `exit_before_entry`,
/// `open_stay_after_check_date`, `unknown_rule`, `invalid_rule`, `rule_not_in_force` or
/// `invalid_document` (a visa or permit whose end precedes its start, a duration of stay of 0
/// or above 90, an unknown event, an event in a year whose holidays are not known).
#[wasm_bindgen(js_name = evaluateDocuments, skip_typescript)]
pub fn evaluate_documents(request: JsValue) -> Result<JsValue, JsValue> {
    json_answer(|json| {
        let request = Request::new(request, &KEYS)?;
        let mut case = Case::read(&request)?;
        let options = match request.warn_below()? {
            Some(warning_threshold) => Options { warning_threshold },
            None => Options::default(),
        };
        let documents = read_documents(&request)?;
        let deadlines = read_events(&request)?;
        let permit_days = case.count_documents(&documents);
        let calculator = case.calculator()?;
        let mut answer = calculator.assessment(&options);
        let check = (!documents.is_empty()).then(|| check_documents(&calculator, &documents));
        if let Some(check) = &check {
            check.apply_to(&mut answer);
        }
        json.begin_object();
        json.evaluation(calculator.rule(), &answer, &calculator.plan());
        json.documents(check.as_ref(), &permit_days, &deadlines);
        json.end_object();
        Ok(())
    })
}

/// `passport`, `visas` and `permits`, each optional.
fn read_documents(request: &Request) -> Result<Documents, Thrown> {
    let mut documents = Documents::default();
    let passport = request.field("passport")?;
    if !absent(&passport) {
        let passport = Request::checked(passport, "the passport", &[&["expiry", "issued"]])?;
        let issued = match text(&passport.field("issued")?, "issued", None)? {
            Some(value) if !value.trim().is_empty() => Some(parse_date(&value, "issued")?),
            _ => None,
        };
        documents.passport = Some(Passport {
            expiry: passport.date("expiry")?,
            issued,
        });
    }
    for item in items(&request.field("visas")?, "visas")? {
        let visa = Request::checked(
            item,
            "the visa",
            &[&["from", "until", "entries", "days", "area"]],
        )?;
        let entries = visa.field("entries")?;
        let entries = match (entries.as_f64(), js::short_string(&entries)) {
            (Some(1.0), _) => Entries::One,
            (Some(2.0), _) => Entries::Two,
            (_, Some(Ok(text))) if text == "MULT" => Entries::Multiple,
            _ if absent(&entries) => return Err(visa.missing("entries")),
            _ => {
                return Err(Thrown::bad_request(
                    format!(
                        "entries of the visa must be 1, 2 or \"MULT\", not {}",
                        describe(&entries)
                    ),
                    None,
                ))
            }
        };
        let days = visa.count("days")?.ok_or_else(|| visa.missing("days"))?;
        let mut read = Visa::new(visa.date("from")?, visa.date("until")?, entries, days)?;
        read.area = text(&visa.field("area")?, "area", None)?.filter(|a| !a.trim().is_empty());
        documents.visas.push(read);
    }
    for item in items(&request.field("permits")?, "permits")? {
        let permit = Request::checked(item, "the permit", &[&["from", "until"]])?;
        documents
            .permits
            .push(Permit::new(permit.date("from")?, permit.date("until")?)?);
    }
    Ok(documents)
}

/// `events`: each `{id, date}`, the deadline it sets.
fn read_events(request: &Request) -> Result<Vec<Deadline>, Thrown> {
    let mut deadlines = Vec::new();
    for item in items(&request.field("events")?, "events")? {
        let event = Request::checked(item, "the event", &[&["id", "date"]])?;
        let id = text(&event.field("id")?, "id", None)?.ok_or_else(|| event.missing("id"))?;
        let date = event.date("date")?;
        deadlines.push(deadline(&Event::of(id.trim(), date, "event")?)?);
    }
    Ok(deadlines)
}

/// Whether a field is absent: `undefined` or `null`.
fn absent(value: &JsValue) -> bool {
    value.is_undefined() || value.is_null()
}

/// The items of the optional array field `key` (none when absent), at most [`MAX_ITEMS`].
fn items(value: &JsValue, key: &str) -> Result<Vec<JsValue>, Thrown> {
    if absent(value) {
        return Ok(Vec::new());
    }
    if !js::is_array(value)? {
        return Err(Thrown::bad_request(
            format!("{key} must be an array, not {}", describe(value)),
            None,
        ));
    }
    let length = js::length(value, key)?;
    let count = match length.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=f64::from(MAX_ITEMS)).contains(&n) => n as u32,
        _ => {
            return Err(Thrown::bad_request(
                format!(
                    "{key} holds {} items: at most {MAX_ITEMS}",
                    describe(&length)
                ),
                None,
            ))
        }
    };
    (0..count)
        .map(|index| {
            js::own(
                value,
                &JsValue::from(index),
                || format!("item {} of {key}", index + 1),
                None,
            )
        })
        .collect()
}
