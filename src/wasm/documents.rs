//! `evaluateDocuments` (feature `wasm-documents`, the module `staycalc/documents`): one
//! traveller's stays under a rule with a passport, short-stay visas, permits and events,
//! answered with the JSON of `staycalc check --format json` given `--passport-expiry`,
//! `--visa`, `--permit` and `--event` (less `date_format`, which a request of dates as strings
//! does not have). A module of its own: the documents' checks and the deadlines' holiday tables
//! took `staycalc` from 59.9 to 70.3 KB gzipped, over its budget. Its TypeScript declarations
//! are in `staycalc_documents.d.ts`.

use super::case::Case;
use super::error::Thrown;
use super::papers::{items, read_documents};
use super::reply::json_answer;
use super::request::{text, Request};
use crate::deadlines::{deadline, Deadline, Event};
use crate::documents::check_documents;
use crate::Options;
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
        // An arrival on a row that may continue the stay before it holds only if it was one.
        let deadlines: Vec<Deadline> = deadlines
            .into_iter()
            .map(|d| d.doubted_by(calculator.warnings(), case.stays()))
            .collect();
        json.documents(check.as_ref(), &permit_days, true, &deadlines);
        json.end_object();
        Ok(())
    })
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
