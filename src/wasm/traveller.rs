//! `Traveller` (module `staycalc`): one traveller's rule and stays, read once and kept in the
//! module's memory, asked about any date. A question then crosses the boundary as a date
//! string in and a number out: no request object to read field by field, no answer to parse.

use super::answers;
use super::error::Thrown;
use super::reply::json_answer;
use super::request::{read_rule, text, Request};
use super::stays::read_stays;
use crate::{parse_date, Calculator, History, Options, Rule, Stay};
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

/// A traveller's rule and stays, read and checked once (`new Traveller({rule, stays})`), then
/// asked about dates: `daysUsed(on)`, `daysRemaining(on)`, `evaluate(on)`.
#[wasm_bindgen(js_name = Traveller, skip_typescript)]
pub struct Traveller {
    rule: Cow<'static, Rule>,
    stays: Vec<Stay>,
    /// The stays checked and merged once, when each has an exit: a question then only counts.
    history: Option<History>,
}

#[wasm_bindgen(js_class = Traveller)]
impl Traveller {
    /// Reads `{rule, stays}` as `evaluate` reads them, and checks what needs no date.
    ///
    /// # Errors
    ///
    /// Throws a `StaycalcError` as `evaluate` does for the rule and the stays (a bad date, an
    /// exit before its entry, an unknown or invalid rule).
    #[wasm_bindgen(constructor)]
    pub fn new(request: JsValue) -> Result<Traveller, JsValue> {
        console_error_panic_hook::set_once();
        let request = Request::checked(request, "the request", &[&["rule", "stays"]])?;
        let rule = read_rule(&request.field("rule")?)?;
        let stays = read_stays(&request.field("stays")?)?;
        // The checks that need no date, made once: a stay whose exit is before its entry, a
        // rule whose numbers make no sense (on the last date, every rule is in force and no
        // stay is open after it).
        Calculator::new(&rule, &stays, crate::date::MAX_DATE).map_err(Thrown::from)?;
        let history = History::new(&stays).map_err(Thrown::from)?;
        Ok(Traveller {
            rule,
            stays,
            history,
        })
    }

    /// Days used on `on`, as `evaluate(...).days_used`.
    ///
    /// # Errors
    ///
    /// Throws a `StaycalcError` for a bad date, or as `evaluate` does on that date.
    #[wasm_bindgen(js_name = daysUsed)]
    pub fn days_used(&self, on: JsValue) -> Result<u32, JsValue> {
        Ok(self.calculator(&on)?.days_used())
    }

    /// Days remaining on `on`, as `evaluate(...).days_remaining`.
    ///
    /// # Errors
    ///
    /// Throws a `StaycalcError` for a bad date, or as `evaluate` does on that date.
    #[wasm_bindgen(js_name = daysRemaining)]
    pub fn days_remaining(&self, on: JsValue) -> Result<u32, JsValue> {
        Ok(self.calculator(&on)?.days_remaining())
    }

    /// `evaluate`'s answer on `on`, without the verdicts per stay (`plan` is `[]`) unless
    /// `plan` is `true`; `warn_below` as in `evaluate`.
    ///
    /// # Errors
    ///
    /// Throws a `StaycalcError` for a bad date or options, or as `evaluate` does on that date.
    pub fn evaluate(&self, on: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        json_answer(|json| {
            let calculator = self.calculator(&on)?;
            let (warn_below, plan) = if options.is_undefined() || options.is_null() {
                (None, false)
            } else {
                let options = Request::checked(
                    options,
                    "the options",
                    &[&["warn_below", "plan", "warnBelow"]],
                )?;
                (options.warn_below()?, options.flag("plan")? == Some(true))
            };
            let options = match warn_below {
                Some(warning_threshold) => Options { warning_threshold },
                None => Options::default(),
            };
            let plan = if plan { calculator.plan() } else { Vec::new() };
            answers::evaluation(
                json,
                calculator.rule(),
                &calculator.assessment(&options),
                &plan,
            );
            Ok(())
        })
    }
}

impl Traveller {
    /// The engine's calculator on the date `on` (a `YYYY-MM-DD` string).
    fn calculator(&self, on: &JsValue) -> Result<Calculator<'_>, Thrown> {
        let on = match text(on, "on", None)? {
            Some(on) => parse_date(&on, "on")?,
            None => return Err(super::request::missing("on", "the question", None)),
        };
        Ok(match &self.history {
            Some(history) => Calculator::with_history(&self.rule, history, on)?,
            None => Calculator::new(&self.rule, &self.stays, on)?,
        })
    }
}
