//! The exports of the module `staycalc` (feature `wasm`): one traveller's stays under a rule,
//! and the catalogue. Each export reads a request ([`Request`]), asks the engine, and returns a
//! plain object (written as JSON text by module `answers`). The TypeScript declarations are
//! written once, in `staycalc.d.ts`.

use super::answers;
use super::case::Case;
use super::error::Thrown;
use super::js;
use super::reply::json_answer;
use super::request::read_rule;
use super::request::Request;
use super::traveller::{evaluation, options};
use crate::{catalogue, parse_date, Stay};
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
        // The verdicts cost the most to compute and to parse: only when asked (the default).
        let plan = request.flag("plan")? != Some(false);
        evaluate_case(json, &case, warn_below, plan, false)
    })
}

/// `evaluate`'s answer for `case` (as [`evaluation`] writes it), or with `values`, the answer
/// of [`evaluate_dates`]: one array of the answer's values, in the order of its members (the
/// rule's id and name, then [`crate::Assessment::fields`], warnings as objects), then, when
/// `plan`, each verdict's values, eight a stay in the order of a `PlannedStay`'s fields. One
/// function for both exports: the main module has no bytes for two copies.
fn evaluate_case(
    json: &mut crate::JsonWriter<'_>,
    case: &Case,
    warn_below: Option<u32>,
    plan: bool,
    values: bool,
) -> Result<(), Thrown> {
    let calculator = &case.calculator()?;
    if !values {
        evaluation(json, calculator, warn_below, plan);
        return Ok(());
    }
    let rule = calculator.rule();
    let answer = calculator.assessment(&options(warn_below));
    let verdicts = if plan { calculator.plan() } else { Vec::new() };
    json.begin_array();
    json.item();
    json.string(&rule.id);
    json.item();
    json.string(&rule.name);
    for (_, value) in answer.fields() {
        json.item();
        json.value(value);
    }
    for verdict in &verdicts {
        for (_, value) in verdict.fields() {
            json.item();
            json.value(value);
        }
    }
    json.end_array();
    Ok(())
}

/// `evaluate` on a request of the plain shape, read by the package's JavaScript (`evaluate`
/// in npm/evaluate.js, which build-pkg.sh puts in place of [`evaluate`]'s glue): the `rule`
/// as given, `dates` one string of the check date then each stay's entry and exit, ten
/// characters each (an exit starting with a space for a stay under way), `warn_below`
/// (negative for none) and `plan`. Reading the request is then one string across the
/// boundary, where field by field it is a dozen calls a stay. The answer is one array of
/// values, which the JavaScript makes into `evaluate`'s answer: the answer's members' values
/// in order, then the verdicts' values, eight a stay (parsed as objects, each with its keys,
/// they took longer than the values alone and the objects made in JavaScript). Not a
/// documented export: on any error the JavaScript asks [`evaluate`] again, which words the
/// error as it always has.
///
/// # Errors
///
/// Those of [`evaluate`] for the same request, worded with no row or field.
#[wasm_bindgen(js_name = evaluateDates, skip_typescript)]
pub fn evaluate_dates(
    rule: &JsValue,
    dates: &JsValue,
    warn_below: f64,
    plan: bool,
) -> Result<JsValue, JsValue> {
    json_answer(|json| {
        let rule = read_rule(rule)?;
        let text = dates.as_string().unwrap_or_default();
        let on = slot(&text, 0)?;
        let mut stays = Vec::new();
        let mut at = 10;
        while at < text.len() {
            let entry = slot(&text, at)?;
            let stay = match text.as_bytes().get(at + 10) {
                Some(b' ') => Stay::open(entry),
                _ => Stay::new(entry, slot(&text, at + 10)?),
            };
            stays.push(stay.at_row(stays.len() + 1));
            at += 20;
        }
        let case = Case::new(rule, stays, on);
        evaluate_case(
            json,
            &case,
            (warn_below >= 0.0).then_some(warn_below as u32),
            plan,
            true,
        )
    })
}

/// The date in the ten characters of `text` from `at`: an error when there are none (a
/// malformed text is refused, not read in part).
fn slot(text: &str, at: usize) -> Result<chrono::NaiveDate, crate::Error> {
    parse_date(text.get(at..at + 10).unwrap_or_default(), "")
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
