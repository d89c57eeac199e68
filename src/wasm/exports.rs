//! The exports of the module `staycalc` (feature `wasm`): one traveller's stays under a rule,
//! and the catalogue. Each export reads a request ([`Request`]), asks the engine, and returns a
//! plain object (written as JSON text by module `answers`). The TypeScript declarations are
//! written once, in `staycalc.d.ts`.

use super::answers;
use super::case::Case;
use super::js;
use super::reply::json_answer;
use super::request::Request;
use super::traveller::evaluation;
use crate::catalogue;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("staycalc.d.ts");

/// Every answer for stays under a rule on a date: days used and remaining, overstay, unlawful
/// days, latest exit, earliest full stay, status, warnings and a verdict per stay, as
/// `staycalc check --format json` prints them. With `plan: false`, `plan` is `[]` and the
/// verdicts are not computed (on 1,000 stays, the answer then takes half the time).
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
    json_answer(|json| {
        let request = Request::new(request, &["warn_below", "plan", "warnBelow"])?;
        let case = Case::read(&request)?;
        let warn_below = request.warn_below()?;
        let calculator = case.calculator()?;
        // The verdicts cost the most to compute and to parse: only when asked (the default).
        let plan = request.flag("plan")? != Some(false);
        evaluation(json, &calculator, warn_below, plan);
        Ok(())
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
    json_answer(|json| {
        let case = Case::read(&Request::new(request, &[])?)?;
        let calculator = case.calculator()?;
        answers::plan_check(json, &calculator.plan(), calculator.warnings());
        Ok(())
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
    json_answer(|json| {
        let request = Request::new(request, &["from", "to"])?;
        let case = Case::read(&request)?;
        let (from, to) = (request.date("from")?, request.date("to")?);
        let calculator = case.calculator()?;
        let days = calculator.timeline(from, to)?;
        answers::timeline(json, &days, &calculator.drop_outs());
        Ok(())
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
    json_answer(|json| {
        let request = Request::new(request, &["days"])?;
        let case = Case::read(&request)?;
        let days = request.required_count("days")?;
        match case.calculator()?.earliest_entry(days)? {
            Some(entry) => json.date(entry),
            None => json.null(),
        }
        Ok(())
    })
}

/// The rules catalogue: each rule's id, name, who it applies to, versions with their limits,
/// legal source, confidence and last-checked date.
///
/// # Errors
///
/// None in practice: writing the catalogue cannot fail.
#[wasm_bindgen(js_name = rules, unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    json_answer(|json| {
        answers::rules(json, catalogue());
        Ok(())
    })
}

/// The version of staycalc, as in its `Cargo.toml` and `package.json`.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Whether `error` is an error thrown by this package, by either of its modules (`staycalc` or
/// `staycalc/report`): a JS `Error` named `StaycalcError` with a string `code`. Declared in
/// `staycalc.d.ts` as a type guard.
#[wasm_bindgen(js_name = isStaycalcError, skip_typescript)]
pub fn is_staycalc_error(error: &JsValue) -> bool {
    let own = |key: &str| js::own(error, &JsValue::from_str(key), String::new, None);
    error.is_object()
        && js::is_error(error)
        && own("name").is_ok_and(|name| name.as_string().as_deref() == Some("StaycalcError"))
        && own("code").is_ok_and(|code| code.is_string())
}
