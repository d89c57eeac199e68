//! `evaluateMany` (module `staycalc/report`): many travellers given as objects, each answered
//! as `evaluate` answers, in one call. The people are read with the readers of `evaluate`
//! (the same checks and messages), and every answer is written into one JSON text that
//! `JSON.parse` turns into objects at once, so a team costs one crossing of the boundary each
//! way rather than a call per person.
//!
//! Each person is first read from the text `JSON.stringify` makes of it
//! ([`crate::input::json_person`]): one call across the boundary instead of about twenty a
//! stay. A person that text does not show plainly (an open stay, a rule given as an object, an
//! escape in a string, anything that would be an error) is read again field by field, as
//! `evaluate` reads it, which also words every error. So the two readings differ only for an
//! object whose `toJSON` shows something other than its fields (documented in the npm README).

use super::error::Thrown;
use super::js;
use super::reply::json_answer;
use super::request::{describe, missing, read_rule, text, Request};
use super::stays::read_stays;
use crate::input::json_person::{read_person, Id};
use crate::{parse_date, Calculator, JsonWriter, Options, Rule};
use chrono::NaiveDate;
use std::borrow::Cow;
use wasm_bindgen::prelude::*;

/// The keys of `evaluateMany`'s options.
const OPTION_KEYS: [&str; 5] = ["on", "rule", "warn_below", "plan", "warnBelow"];

/// The keys of a person.
const PERSON_KEYS: [&str; 4] = ["id", "rule", "stays", "on"];

/// The most people one call takes: a larger team is better sent in parts.
pub const MAX_PEOPLE: u32 = 1_000_000;

/// The largest whole-number `id` written back exactly (2^53 - 1, JavaScript's safe integers).
const MAX_SAFE_ID: f64 = 9_007_199_254_740_991.0;

/// The longest text of a person read in one piece (about 20,000 stays): a longer one, or
/// one made long by fields that are not read, is read field by field, so no caller's value
/// makes the module's memory grow by more than this.
const MAX_PERSON_TEXT: u32 = 1 << 20;

/// Each person of `people` (`{id?, rule?, stays, on?}`) evaluated as `evaluate` would, in the
/// order given: `evaluate`'s answer with the person's `id` (or `null`) first. `options` (may be
/// left out) is `{on?, rule?, warn_below?, plan?}`: the check date and rule of every person who gives none,
/// and as in `evaluate`, except that `plan` is `false` unless asked (the verdicts per stay
/// are most of the time and size of an answer). Declared in `staycalc_report.d.ts`.
///
/// # Errors
///
/// Throws a `StaycalcError` as `evaluate` does, for the options or for the first person at
/// fault: the message starts with the person (`person 3 (id "ana"): `), the `row` is the row
/// of the stay at fault in that person's `stays`.
#[wasm_bindgen(js_name = evaluateMany, skip_typescript)]
pub fn evaluate_many(people: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    json_answer(|json| {
        // No options: every person gives a rule and a date.
        let options = if options.is_undefined() {
            js_sys::Object::new().into()
        } else {
            options
        };
        let options = Request::options(options, &OPTION_KEYS)?;
        let on = match text(&options.field("on")?, "on", None)? {
            Some(on) => Some(parse_date(&on, "on")?),
            None => None,
        };
        let rule = options.optional_rule()?;
        let settings = Settings {
            on,
            rule: rule.as_deref(),
            options: match options.warn_below()? {
                Some(warning_threshold) => Options { warning_threshold },
                None => Options::default(),
            },
            plan: options.flag("plan")? == Some(true),
        };
        let count = people_count(&people)?;
        json.begin_array();
        for index in 0..count {
            let person = js::own(&people, &JsValue::from(index), || "the person".into(), None)?;
            let place = index as usize + 1;
            json.item();
            if !evaluate_plain_person(json, &person, &settings) {
                evaluate_person(json, &person, &settings)
                    .map_err(|error| at_person(error, place, &person))?;
            }
        }
        json.end_array();
        Ok(())
    })
}

/// What every person shares: the options of the call.
struct Settings<'r> {
    on: Option<NaiveDate>,
    rule: Option<&'r Rule>,
    options: Options,
    plan: bool,
}

/// How many people `people` holds, checked to be an array of at most [`MAX_PEOPLE`].
fn people_count(people: &JsValue) -> Result<u32, Thrown> {
    if !js::is_array(people)? {
        return Err(Thrown::bad_request(
            format!(
                "people must be an array of {{id?, rule?, stays, on?}}, not {}",
                describe(people)
            ),
            None,
        ));
    }
    let length = js::length(people, "people")?;
    match length.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=f64::from(MAX_PEOPLE)).contains(&n) => Ok(n as u32),
        _ => Err(Thrown::bad_request(
            format!(
                "people holds {} items: at most {MAX_PEOPLE} people",
                describe(&length)
            ),
            None,
        )),
    }
}

/// One person's answer written to `json` from the person's JSON text, when that text is
/// plain and the person can be answered; else nothing is written and the answer is `false`.
fn evaluate_plain_person(
    json: &mut JsonWriter<'_>,
    person: &JsValue,
    settings: &Settings<'_>,
) -> bool {
    let Some(text) = js::json_text(person, MAX_PERSON_TEXT) else {
        return false;
    };
    let Some(plain) = read_person(&text) else {
        return false;
    };
    let rule = match plain.rule {
        Some(id) => match crate::rule(id) {
            Ok(rule) => rule,
            Err(_) => return false,
        },
        None => match settings.rule {
            Some(rule) => rule,
            None => return false,
        },
    };
    let Some(on) = plain.on.or(settings.on) else {
        return false;
    };
    let Ok(calculator) = Calculator::new(rule, &plain.stays, on) else {
        return false;
    };
    json.begin_object();
    json.key("id");
    match plain.id {
        Id::Null => json.null(),
        Id::Text(text) => json.string(text),
        Id::Number(number) => json.number(number),
    }
    write_evaluation(json, &calculator, settings);
    json.end_object();
    true
}

/// `calculator`'s evaluation, as `evaluate` answers it, written into the open object.
fn write_evaluation(
    json: &mut JsonWriter<'_>,
    calculator: &Calculator<'_>,
    settings: &Settings<'_>,
) {
    let answer = calculator.assessment(&settings.options);
    let plan = if settings.plan {
        calculator.plan()
    } else {
        Vec::new()
    };
    json.evaluation(calculator.rule(), &answer, &plan);
}

/// One person's answer, `{id, ...evaluation}`, written to `json`.
fn evaluate_person(
    json: &mut JsonWriter<'_>,
    person: &JsValue,
    settings: &Settings<'_>,
) -> Result<(), Thrown> {
    let request = Request::checked(person.clone(), "the person", &[&PERSON_KEYS])?;
    let id = request.field("id")?;
    let rule = match request.field("rule")? {
        value if value.is_undefined() || value.is_null() => match settings.rule {
            Some(rule) => Cow::Borrowed(rule),
            None => return Err(missing("rule", "the person or the options", None)),
        },
        value => read_rule(&value)?,
    };
    let on = match text(&request.field("on")?, "on", None)? {
        Some(on) => parse_date(&on, "on")?,
        None => settings
            .on
            .ok_or_else(|| missing("on", "the person or the options", None))?,
    };
    let stays = read_stays(&request.field("stays")?)?;
    let calculator = Calculator::new(&rule, &stays, on)?;
    json.begin_object();
    json.key("id");
    write_id(json, &id)?;
    write_evaluation(json, &calculator, settings);
    json.end_object();
    Ok(())
}

/// A person's `id` as given: a string (of at most 256 characters), a whole number, or `null`
/// when absent.
fn write_id(json: &mut JsonWriter<'_>, id: &JsValue) -> Result<(), Thrown> {
    if id.is_undefined() || id.is_null() {
        json.null();
        return Ok(());
    }
    if let Some(Ok(text)) = js::short_string(id) {
        json.string(&text);
        return Ok(());
    }
    match id.as_f64() {
        Some(n) if n.fract() == 0.0 && (0.0..=MAX_SAFE_ID).contains(&n) => {
            json.number(n as u64);
            Ok(())
        }
        _ => Err(Thrown::bad_request(
            format!(
                "id must be a string of at most {} characters or a whole number, not {}",
                js::MAX_TEXT,
                describe(id)
            ),
            None,
        )),
    }
}

/// `error` of the person at 1-based `place` in `people`, named in its message by place and,
/// when it has a readable one, by `id`.
fn at_person(error: Thrown, place: usize, person: &JsValue) -> Thrown {
    let id = if super::request::is_record(person).unwrap_or(false) {
        super::request::field(person, "id", "the person", None)
            .ok()
            .filter(|id| id.is_string() || id.as_f64().is_some())
            .map_or_else(String::new, |id| format!(" (id {})", describe(&id)))
    } else {
        String::new()
    };
    Thrown {
        message: format!("person {place}{id}: {}", error.message),
        ..error
    }
}
