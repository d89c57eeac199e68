//! `Traveller` (modules `staycalc` and `staycalc/report`): one traveller's rule and stays, read
//! once and kept in the module's memory, merged once when each has an exit (the engine's
//! [`History`]), asked about any date. A question then crosses the boundary as a date in (a
//! string, or cheaper, a day number) and a number out: no request object to read field by
//! field, no answer to parse. In the main module too since its bytes were found: `evaluate`
//! writes its answer with the same [`evaluation`].
//!
//! Days used or remaining on a day number is the question asked most, and has a path of its
//! own ([`traveller_days`], private: npm/traveller.js calls it from `daysUsed` and
//! `daysRemaining`): one call, a number in and a number out, answered from what the
//! constructor kept ([`Counts`]) without checking the rule, merging or allocating again.
//! Anything it cannot answer (a day out of range, a rule not in force, open stays, too many
//! planned stays) it leaves to the full path, which answers or words the error as ever.

use super::answers;
use super::error::Thrown;
use super::reply::json_answer;
use super::request::{describe, read_rule, text, Request};
use super::stays::read_stays;
use crate::date::{self, Day};
use crate::presence::{self, Presence};
use crate::{check_range, parse_date, Calculator, History, Options, Rule, Stay};
use crate::{MAX_DATE, MAX_FIXED_PERIOD_PLANS, MIN_DATE};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
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
    /// What [`traveller_days`] needs, when every stay has an exit.
    counts: Option<Counts>,
}

/// One traveller's stays as days used and remaining on a date need them, when every stay has
/// an exit (so that they do not depend on the date): their presence, merged once, and their
/// entry days in order, so that counting the stays planned after a date is a binary search.
struct Counts {
    /// Lent to one question at a time, as [`History`] lends its own.
    presence: Cell<Presence>,
    /// The stays' entry days, in order.
    entries: Vec<Day>,
    /// The day numbers of [`MIN_DATE`] and [`MAX_DATE`].
    first: Day,
    last: Day,
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
        let checked = Calculator::new(&rule, &stays, MAX_DATE).map_err(Thrown::from)?;
        let history = RefCell::new(History::new(&stays).map_err(Thrown::from)?);
        // When every stay has an exit, the stays' presence does not depend on the date: the
        // one just merged is that of every question.
        let counts = stays.iter().all(|stay| stay.exit.is_some()).then(|| {
            // Sorted as the engine sorts stays: no other sort's code in the module.
            let mut intervals = checked.intervals;
            presence::sort_by_entry(&mut intervals);
            Counts {
                presence: Cell::new(checked.presence),
                entries: intervals.iter().map(|interval| interval.entry).collect(),
                first: date::day(MIN_DATE),
                last: date::day(MAX_DATE),
            }
        });
        Ok(Traveller {
            rule,
            stays,
            history,
            counts,
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

/// Days used by `traveller` on the day number `on` (days since 1970-01-01), or with
/// `remaining`, days remaining, as `daysUsed(on)` and `daysRemaining(on)` answer; or -1 when
/// this path cannot answer (see the module's docs), for the full path to answer or throw.
/// Private: npm/traveller.js calls it from those two methods, and npm/fast-traveller.mjs
/// takes its wrapper out of the glue's exports.
#[wasm_bindgen(js_name = travellerDays, skip_typescript)]
pub fn traveller_days(traveller: &Traveller, on: f64, remaining: bool) -> f64 {
    traveller.quick_count(on, remaining).map_or(-1.0, f64::from)
}

impl Traveller {
    /// `traveller_days`'s answer, when it needs neither an error nor the stays merged on the date.
    fn quick_count(&self, on: f64, remaining: bool) -> Option<u32> {
        let counts = self.counts.as_ref()?;
        // A whole number (not NaN, not infinite) that fits a day number.
        let whole = on.fract() == 0.0 && on.abs() <= 1e7;
        if !whole {
            return None;
        }
        let on = on as Day + UNIX_EPOCH_DAY;
        if on < counts.first || on > counts.last {
            return None;
        }
        // `Calculator::new`'s checks of the date, as made by `History::ask`: the rule in force
        // on it, and no more planned stays than the engine takes under fixed periods.
        self.rule.version_at(on)?;
        if let Some(end) = self.rule.fixed_periods_end() {
            let after = counts.entries.partition_point(|&entry| entry <= on);
            let before_end = counts.entries.partition_point(|&entry| entry < end);
            if before_end.saturating_sub(after) > MAX_FIXED_PERIOD_PLANS {
                return None;
            }
        }
        // Days used and remaining read only the rule, the date and the presence: no stay's
        // row (`intervals`) and no warning.
        let calculator = Calculator::counting(&self.rule, on, counts.presence.take());
        let days = if remaining {
            calculator.days_remaining()
        } else {
            calculator.days_used()
        };
        counts.presence.set(calculator.presence);
        Some(days)
    }

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
const UNIX_EPOCH_DAY: Day = 719_163;

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
