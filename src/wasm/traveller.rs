//! `Traveller` (modules `staycalc` and `staycalc/report`): one traveller's rule and stays, read
//! once and kept in the module's memory, merged once when each has an exit (the engine's
//! [`History`]), asked about any date. A question then crosses the boundary as a date in (a
//! string, or cheaper, a day number) and a number out: no request object to read field by
//! field, no answer to parse. In the main module too since its bytes were found: `evaluate`
//! writes its answer with the same [`evaluation`].

use super::answers;
use super::error::Thrown;
use super::reply::json_answer;
use super::request::{describe, read_rule, text, Request};
use super::stays::read_stays;
use crate::{check_range, parse_date, Calculator, History, Options, Rule, Stay};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// A traveller's rule and stays, read and checked once (`new Traveller({rule, stays})`), then
/// asked about dates: `daysUsed(on)`, `daysRemaining(on)`, `evaluate(on)`.
#[wasm_bindgen(js_name = Traveller, skip_typescript)]
pub struct Traveller {
    rule: Cow<'static, Rule>,
    stays: Vec<Stay>,
    /// The stays checked and merged once, when each has an exit: a question then only counts.
    /// In a cell, lent to one question at a time: no caller's code runs while it is lent, but
    /// were a question asked meanwhile, it would merge the stays itself rather than fail.
    history: RefCell<Option<History>>,
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
        #[cfg(any(
            feature = "wasm-report",
            feature = "wasm-trips",
            feature = "wasm-documents"
        ))]
        console_error_panic_hook::set_once();
        let request = Request::checked(request, "the request", &[&["rule", "stays"]])?;
        let rule = read_rule(&request.field("rule")?)?;
        let stays = read_stays(&request.field("stays")?)?;
        // The checks that need no date, made once: a stay whose exit is before its entry, a
        // rule whose numbers make no sense (on the last date, every rule is in force and no
        // stay is open after it).
        Calculator::new(&rule, &stays, crate::date::MAX_DATE).map_err(Thrown::from)?;
        let history = RefCell::new(History::new(&stays).map_err(Thrown::from)?);
        Ok(Traveller {
            rule,
            stays,
            history,
        })
    }

    /// Days used on `on` (a `YYYY-MM-DD` string or a day number), as
    /// `evaluate(...).days_used`.
    ///
    /// # Errors
    ///
    /// Throws a `StaycalcError` for a bad date, or as `evaluate` does on that date.
    #[wasm_bindgen(js_name = daysUsed)]
    pub fn days_used(&self, on: &JsValue) -> Result<u32, JsValue> {
        self.count(on, false)
    }

    /// Days remaining on `on` (a `YYYY-MM-DD` string or a day number), as
    /// `evaluate(...).days_remaining`.
    ///
    /// # Errors
    ///
    /// Throws a `StaycalcError` for a bad date, or as `evaluate` does on that date.
    #[wasm_bindgen(js_name = daysRemaining)]
    pub fn days_remaining(&self, on: &JsValue) -> Result<u32, JsValue> {
        self.count(on, true)
    }

    /// `evaluate`'s answer on `on`, without the verdicts per stay (`plan` is `[]`) unless
    /// `plan` is `true`; `warn_below` as in `evaluate`.
    ///
    /// # Errors
    ///
    /// Throws a `StaycalcError` for a bad date or options, or as `evaluate` does on that date.
    pub fn evaluate(&self, on: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        json_answer(|json| {
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
            self.ask(date_of(&on)?, &mut |calculator| {
                evaluation(json, calculator, warn_below, plan);
            })
        })
    }
}

impl Traveller {
    /// Days used on `on`, or with `remaining`, days remaining.
    fn count(&self, on: &JsValue, remaining: bool) -> Result<u32, JsValue> {
        let mut days = 0;
        self.ask(date_of(on)?, &mut |calculator| {
            days = if remaining {
                calculator.days_remaining()
            } else {
                calculator.days_used()
            };
        })?;
        Ok(days)
    }

    /// Runs `question` with the engine's calculator on the date `on`: with the stays merged
    /// once when they could be, merged again otherwise. One function for every question
    /// (`dyn`, not generic): the main module has no bytes for a copy per question.
    fn ask(&self, on: NaiveDate, question: &mut dyn FnMut(&Calculator<'_>)) -> Result<(), Thrown> {
        match self.history.try_borrow_mut().as_deref_mut() {
            Ok(Some(history)) => Ok(history.ask(&self.rule, on, question)?),
            _ => {
                question(&Calculator::new(&self.rule, &self.stays, on)?);
                Ok(())
            }
        }
    }
}

/// `evaluate`'s answer (`Evaluation`) from `calculator`, written into `json`: one writer for
/// `evaluate(request)` and `Traveller.evaluate(on, options)`. `warn_below` as in the request;
/// the verdicts per stay (`plan`) are computed only when `plan` is `true`.
pub fn evaluation(
    json: &mut crate::JsonWriter<'_>,
    calculator: &Calculator<'_>,
    warn_below: Option<u32>,
    plan: bool,
) {
    let answer = calculator.assessment(&options(warn_below));
    let plan = if plan { calculator.plan() } else { Vec::new() };
    answers::evaluation(json, calculator.rule(), &answer, &plan);
}

/// The options of a request's `warn_below`: the default threshold when there is none.
pub fn options(warn_below: Option<u32>) -> Options {
    match warn_below {
        Some(warning_threshold) => Options { warning_threshold },
        None => Options::default(),
    }
}

/// The day number of 1970-01-01 in the engine's count (days from 0001-01-01, that day 1);
/// tests/js/many.test.mjs asks the same dates both ways.
const UNIX_EPOCH_DAY: i32 = 719_163;

/// The date `on` of a question: a `YYYY-MM-DD` string, or a day number (whole days since
/// 1970-01-01, as `Date.UTC(y, m - 1, d) / 86400000` gives), which crosses the boundary as a
/// number rather than as text.
fn date_of(on: &JsValue) -> Result<NaiveDate, Thrown> {
    if let Some(days) = on.as_f64() {
        let date = (days.fract() == 0.0 && days.abs() <= 1e7)
            .then(|| NaiveDate::from_num_days_from_ce_opt(days as i32 + UNIX_EPOCH_DAY))
            .flatten()
            .ok_or_else(|| {
                Thrown::bad_request(
                    format!(
                        "on must be a date string YYYY-MM-DD or a whole number of days since \
                         1970-01-01, not {}",
                        describe(on)
                    ),
                    None,
                )
            })?;
        return Ok(check_range(date, "on")?);
    }
    match text(on, "on", None)? {
        Some(on) => Ok(parse_date(&on, "on")?),
        None => Err(super::request::missing("on", "the question", None)),
    }
}
