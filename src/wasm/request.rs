//! Reading a request: a plain JS object in, engine values out.
//!
//! Requests are read field by field, so a message can name the field (and the stay's row) at
//! fault. Top-level and custom-rule keys are checked, so a misspelt option (`warn_below`) is an
//! error rather than silently ignored; a stay may carry other keys of its own (an id, a note),
//! which are ignored. Dates are `YYYY-MM-DD` strings; an absent, `null` or empty `exit` is a
//! stay with no exit yet, as an empty exit cell is on the command line.

use super::error::Thrown;
use crate::{parse_date, Calculator, Rule, Stay};
use chrono::NaiveDate;
use js_sys::{Array, Object, Reflect};
use std::borrow::Cow;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

/// The keys every request has: the rule, the stays and the check date.
pub const CASE_KEYS: [&str; 3] = ["rule", "stays", "on"];

/// A request object whose keys have been checked.
pub struct Request {
    object: JsValue,
    /// What messages call it: "the request", or "the options".
    what: &'static str,
}

/// The engine's inputs read from a request: a rule, stays and a check date.
pub struct Case {
    rule: Cow<'static, Rule>,
    stays: Vec<Stay>,
    on: NaiveDate,
}

impl Request {
    /// Checks that `value` is an object whose keys are among [`CASE_KEYS`] and `extra`.
    pub fn new(value: JsValue, extra: &[&str]) -> Result<Request, Thrown> {
        check_keys(&value, "the request", &[&CASE_KEYS, extra], None)?;
        Ok(Request {
            object: value,
            what: "the request",
        })
    }

    /// Checks that `value` is an object whose keys are among `keys` (the options of an export
    /// that takes no stays, such as `report`).
    pub fn options(value: JsValue, keys: &[&str]) -> Result<Request, Thrown> {
        check_keys(&value, "the options", &[keys], None)?;
        Ok(Request {
            object: value,
            what: "the options",
        })
    }

    /// The rule, the stays (each with its 1-based position as its row) and the check date.
    pub fn case(&self) -> Result<Case, Thrown> {
        let rule = read_rule(&field(&self.object, "rule"))?;
        let on = self.date("on")?;
        let stays = read_stays(&field(&self.object, "stays"))?;
        Ok(Case { rule, stays, on })
    }

    /// The required date field `key`.
    pub fn date(&self, key: &'static str) -> Result<NaiveDate, Thrown> {
        match text(&field(&self.object, key), key, None)? {
            Some(value) => Ok(parse_date(&value, key)?),
            None => Err(missing(key, self.what, None)),
        }
    }

    /// The optional field `rule`: a catalogue id or a custom rolling rule, `None` when absent
    /// or `null`.
    pub fn optional_rule(&self) -> Result<Option<Cow<'static, Rule>>, Thrown> {
        let value = field(&self.object, "rule");
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        read_rule(&value).map(Some)
    }

    /// The optional string field `key`, which must be one of `choices`.
    pub fn choice(
        &self,
        key: &'static str,
        choices: &[&'static str],
    ) -> Result<Option<&'static str>, Thrown> {
        let value = field(&self.object, key);
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        let text = value.as_string();
        match choices
            .iter()
            .find(|&&choice| text.as_deref() == Some(choice))
        {
            Some(&choice) => Ok(Some(choice)),
            None => Err(Thrown::bad_request(
                format!(
                    "{key} must be one of {}, not {}",
                    choices
                        .iter()
                        .map(|choice| format!("{choice:?}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                    describe(&value)
                ),
                None,
            )),
        }
    }

    /// The optional whole-number field `key`.
    pub fn count(&self, key: &'static str) -> Result<Option<u32>, Thrown> {
        count(&field(&self.object, key), key, None)
    }

    /// The required whole-number field `key`.
    pub fn required_count(&self, key: &'static str) -> Result<u32, Thrown> {
        self.count(key)?
            .ok_or_else(|| missing(key, self.what, None))
    }
}

impl Case {
    /// The engine's calculator for this case.
    ///
    /// # Errors
    ///
    /// The engine's: a stay whose exit is before its entry, an open stay after the check
    /// date, a check date before the rule is in force.
    pub fn calculator(&self) -> Result<Calculator<'_>, Thrown> {
        Ok(Calculator::new(&self.rule, &self.stays, self.on)?)
    }
}

/// The string argument `name` of an export (a file's text), as UTF-8 bytes.
///
/// Encoded by the host's `TextEncoder` and copied at once, rather than through
/// `JsValue::as_string`, whose glue copies a string one character at a time: for the text of
/// a large file, that alone took a tenth of a report's time.
pub fn utf8_argument(value: &JsValue, name: &str) -> Result<Vec<u8>, Thrown> {
    if !value.is_string() {
        return Err(Thrown::bad_request(
            format!("{name} must be a string, not {}", describe(value)),
            None,
        ));
    }
    Ok(TextEncoder::new().encode(value).to_vec())
}

/// `rule`: a catalogue id, or a custom rolling rule `{window, max, perEntry?}`.
fn read_rule(value: &JsValue) -> Result<Cow<'static, Rule>, Thrown> {
    if let Some(id) = value.as_string() {
        return Ok(Cow::Borrowed(crate::rule(&id)?));
    }
    if value.is_undefined() {
        return Err(missing("rule", "the request", None));
    }
    if !is_record(value) {
        return Err(Thrown::bad_request(
            format!(
                "rule must be a rule id such as \"schengen\" or {{window, max, perEntry?}}, not {}",
                describe(value)
            ),
            None,
        ));
    }
    check_keys(value, "the rule", &[&["window", "max", "perEntry"]], None)?;
    let number = |key: &'static str| count(&field(value, key), key, None);
    let window = number("window")?.ok_or_else(|| missing("window", "the rule", None))?;
    let max = number("max")?.ok_or_else(|| missing("max", "the rule", None))?;
    Ok(Cow::Owned(Rule::custom(window, max, number("perEntry")?)?))
}

/// `stays`: an array of `{entry, exit?}`; each stay's row is its 1-based position.
fn read_stays(value: &JsValue) -> Result<Vec<Stay>, Thrown> {
    if value.is_undefined() {
        return Err(missing("stays", "the request", None));
    }
    let Some(array) = value.dyn_ref::<Array>() else {
        return Err(Thrown::bad_request(
            format!(
                "stays must be an array of {{entry, exit?}}, not {}",
                describe(value)
            ),
            None,
        ));
    };
    let mut stays = Vec::with_capacity(array.length() as usize);
    for (index, item) in array.iter().enumerate() {
        let row = index + 1;
        if !is_record(&item) {
            return Err(Thrown::bad_request(
                format!(
                    "stay must be an object {{entry, exit?}}, not {} (row {row})",
                    describe(&item)
                ),
                Some(row),
            ));
        }
        let date = |key: &'static str| -> Result<Option<NaiveDate>, Thrown> {
            match text(&field(&item, key), key, Some(row))? {
                Some(value) if !value.trim().is_empty() => parse_date(&value, key)
                    .map(Some)
                    .map_err(|error| Thrown::from(error.at_row(row))),
                _ => Ok(None),
            }
        };
        let entry = date("entry")?.ok_or_else(|| missing("entry", "the stay", Some(row)))?;
        let stay = match date("exit")? {
            Some(exit) => Stay::new(entry, exit),
            None => Stay::open(entry),
        };
        stays.push(stay.at_row(row));
    }
    Ok(stays)
}

/// `object[key]`, or `undefined`.
fn field(object: &JsValue, key: &'static str) -> JsValue {
    KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        let index = match keys.iter().position(|(known, _)| std::ptr::eq(*known, key)) {
            Some(index) => index,
            None => {
                keys.push((key, JsValue::from_str(key)));
                keys.len() - 1
            }
        };
        Reflect::get(object, &keys[index].1).unwrap_or(JsValue::UNDEFINED)
    })
}

thread_local! {
    /// The JS strings of the keys read so far: making a JS string from Rust costs more than
    /// the rest of reading a field.
    static KEYS: std::cell::RefCell<Vec<(&'static str, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// An optional string field: `None` for `undefined` or `null`.
fn text(value: &JsValue, key: &str, row: Option<usize>) -> Result<Option<String>, Thrown> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| {
        Thrown::bad_request(
            format!(
                "{key} must be a date string YYYY-MM-DD, not {}{}",
                describe(value),
                row_suffix(row)
            ),
            row,
        )
    })
}

/// An optional whole number of days (0 to 4294967295): `None` for `undefined` or `null`.
fn count(value: &JsValue, key: &str, row: Option<usize>) -> Result<Option<u32>, Thrown> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    match value.as_f64() {
        Some(number) if number.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(&number) => {
            Ok(Some(number as u32))
        }
        _ => Err(Thrown::bad_request(
            format!(
                "{key} must be a whole number of days, not {}{}",
                describe(value),
                row_suffix(row)
            ),
            row,
        )),
    }
}

/// Checks that `value` is a plain object whose own keys are all in one of the `allowed` lists.
fn check_keys(
    value: &JsValue,
    what: &str,
    allowed: &[&[&str]],
    row: Option<usize>,
) -> Result<(), Thrown> {
    let expected = || allowed.concat().join(", ");
    if !is_record(value) {
        return Err(Thrown::bad_request(
            format!(
                "{what} must be an object {{{}}}, not {}",
                expected(),
                describe(value)
            ),
            row,
        ));
    }
    for key in Object::keys(value.unchecked_ref::<Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        if !allowed.iter().any(|keys| keys.contains(&key.as_str())) {
            return Err(Thrown::bad_request(
                format!("unknown field {key:?} in {what}: expected {}", expected()),
                row,
            ));
        }
    }
    Ok(())
}

/// Whether `value` is an object and not an array (nor `null`).
fn is_record(value: &JsValue) -> bool {
    value.is_object() && !Array::is_array(value)
}

fn missing(key: &str, what: &str, row: Option<usize>) -> Thrown {
    Thrown::bad_request(
        format!("missing field {key:?} in {what}{}", row_suffix(row)),
        row,
    )
}

fn row_suffix(row: Option<usize>) -> String {
    row.map_or_else(String::new, |row| format!(" (row {row})"))
}

#[wasm_bindgen]
extern "C" {
    /// JavaScript's `String(value)`.
    #[wasm_bindgen(js_name = String)]
    fn js_string(value: &JsValue) -> String;

    /// The host's UTF-8 encoder (every browser, Node 11 and later).
    type TextEncoder;

    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;

    /// The UTF-8 bytes of the string `text`.
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsValue) -> js_sys::Uint8Array;
}

/// A short description of a JS value for messages: `"text"`, `5`, `true`, `null`, `an array`.
fn describe(value: &JsValue) -> String {
    if let Some(text) = value.as_string() {
        format!("{text:?}")
    } else if value.as_f64().is_some() || value.as_bool().is_some() || value.is_falsy() {
        // JavaScript's own `String(value)` (numbers, booleans, null, undefined): Rust's float
        // formatting would add kilobytes to the package for an error message.
        js_string(value)
    } else if Array::is_array(value) {
        "an array".into()
    } else if value.is_function() {
        "a function".into()
    } else if value.is_object() {
        "an object".into()
    } else {
        format!("a {}", value.js_typeof().as_string().unwrap_or_default())
    }
}
