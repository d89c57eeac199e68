//! The JavaScript API: the `#[wasm_bindgen]` exports of the npm package `staycalc`.
//!
//! A thin layer over the engine, with no date logic of its own: each export reads a request
//! ([`request`]), asks the engine, and returns a plain object ([`types`]) whose field names are
//! those of the command line's JSON. Dates cross as `YYYY-MM-DD` strings. A failure throws a JS
//! `Error` with a stable `code`, a `message` naming the value and the `row` of the stay at
//! fault ([`error`]). `report` reads a team file's text instead, and answers with the report
//! of `staycalc report` (module `team`). The TypeScript declarations are written once, in
//! `staycalc.d.ts`.

mod error;
mod request;
mod team;
mod types;

use crate::{catalogue, Options};
use error::Thrown;
use request::Request;
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("staycalc.d.ts");

/// Every answer for stays under a rule on a date: days used and remaining, overstay, unlawful
/// days, latest exit, earliest full stay, status, warnings and a verdict per stay, as
/// `staycalc check --format json` prints them.
///
/// # Errors
///
/// Throws a `StaycalcError` whose `code` is `bad_request` (a request of the wrong shape),
/// `bad_date`, `date_out_of_range`, `exit_before_entry`, `open_stay_after_check_date`,
/// `unknown_rule`, `invalid_rule` or `rule_not_in_force`.
#[wasm_bindgen(js_name = evaluate, unchecked_return_type = "Evaluation")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "EvaluateRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer(|| {
        let request = Request::new(request, &["warnBelow"])?;
        let case = request.case()?;
        let options = match request.count("warnBelow")? {
            Some(warning_threshold) => Options { warning_threshold },
            None => Options::default(),
        };
        let calculator = case.calculator()?;
        Ok(types::Evaluation::from((
            calculator.rule(),
            calculator.assessment(&options),
            calculator.plan(),
        )))
    })
}

/// A verdict for each stay, past and planned: its unlawful days, the first of them, and for
/// planned stays the latest exit that keeps every later planned stay lawful.
///
/// # Errors
///
/// Throws a `StaycalcError` as `evaluate` does.
#[wasm_bindgen(js_name = planCheck, unchecked_return_type = "PlanCheck")]
pub fn plan_check(
    #[wasm_bindgen(unchecked_param_type = "PlanRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer(|| {
        let case = Request::new(request, &[])?.case()?;
        let calculator = case.calculator()?;
        Ok(types::PlanCheck::from((
            calculator.plan(),
            calculator.warnings(),
        )))
    })
}

/// For each date from `from` to `to` (both included, at most 7305 days): the window count, the
/// cap, presence and violation; and when the days counted on `on` leave the window.
///
/// # Errors
///
/// Throws a `StaycalcError` as `evaluate` does, or with `code` `invalid_number` for a range
/// that is reversed or longer than 7305 days.
#[wasm_bindgen(js_name = timeline, unchecked_return_type = "Timeline")]
pub fn timeline(
    #[wasm_bindgen(unchecked_param_type = "TimelineRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer(|| {
        let request = Request::new(request, &["from", "to"])?;
        let case = request.case()?;
        let (from, to) = (request.date("from")?, request.date("to")?);
        let calculator = case.calculator()?;
        Ok(types::Timeline::from((
            calculator.timeline(from, to)?,
            calculator.drop_outs(),
        )))
    })
}

/// The first date from which a trip of `days` days is lawful (presence after `on` dropped), or
/// `null` when there is none before 2199-12-31.
///
/// # Errors
///
/// Throws a `StaycalcError` as `evaluate` does, or with `code` `invalid_number` for a trip
/// length of 0 or more than 36525 days.
#[wasm_bindgen(js_name = earliestEntry, unchecked_return_type = "DateString | null")]
pub fn earliest_entry(
    #[wasm_bindgen(unchecked_param_type = "EarliestEntryRequest")] request: JsValue,
) -> Result<JsValue, JsValue> {
    answer(|| {
        let request = Request::new(request, &["days"])?;
        let case = request.case()?;
        let days = request.required_count("days")?;
        let entry = case.calculator()?.earliest_entry(days)?;
        Ok(entry.map(|date| date.to_string()))
    })
}

/// The rules catalogue: each rule's id, name, who it applies to, versions with their limits,
/// legal source, confidence and last-checked date.
///
/// # Errors
///
/// None in practice: serializing the catalogue cannot fail.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    answer(|| {
        Ok(catalogue()
            .iter()
            .map(types::RuleInfo::from)
            .collect::<Vec<_>>())
    })
}

/// A team file (CSV or TSV text with a header naming person, entry and exit) checked on a
/// date: one entry per person and rule with the carried columns and the fields of
/// `staycalc report --format json`, and the rows that could not be read. A bad row never
/// drops the others. `options` is `{on, rule?, warnBelow?, format?}`: with `format` `"csv"`
/// or `"json"` the report is the text `staycalc report` prints (the fast path), with
/// `"objects"` (the default) the parsed objects. Declared in `staycalc.d.ts` with an overload
/// per format.
///
/// # Errors
///
/// Throws a `StaycalcError` whose `code` is `bad_request` (options or text of the wrong
/// shape), `bad_date` or `date_out_of_range` (`on`), `unknown_rule`, `invalid_rule` or
/// `rule_not_in_force` (`rule`), or `bad_input` (an empty file, or a header without person,
/// entry or exit, or without a rule column when no `rule` is given; `row` is then its line).
#[wasm_bindgen(js_name = report, skip_typescript)]
pub fn report(csv_text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    answer(|| team::report(&csv_text, options))
}

/// The version of staycalc, as in its `Cargo.toml` and `package.json`.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Runs `compute` with the panic hook installed, and turns its answer into a plain JS value
/// (`null` for `None`) or its failure into a thrown `StaycalcError`.
fn answer<T: Serialize>(compute: impl FnOnce() -> Result<T, Thrown>) -> Result<JsValue, JsValue> {
    console_error_panic_hook::set_once();
    let value = compute()?;
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// Whether `error` is an error thrown by this package (a JS `Error` named `StaycalcError` with
/// a string `code`). Declared in `staycalc.d.ts` as a type guard.
#[wasm_bindgen(js_name = isStaycalcError, skip_typescript)]
pub fn is_staycalc_error(error: &JsValue) -> bool {
    error
        .dyn_ref::<js_sys::Error>()
        .is_some_and(|error| error.name() == "StaycalcError")
        && js_sys::Reflect::get(error, &"code".into()).is_ok_and(|code| code.is_string())
}
