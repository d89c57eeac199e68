//! Reading a request: a plain JS object in, engine values out. Both modules of the package
//! read their requests with [`Request`]: the module `staycalc` a case (the stays are read in
//! `case`), `staycalc/report` the options of a team report.
//!
//! Requests are read field by field, so a message can name the field (and the stay's row) at
//! fault. Top-level and custom-rule keys are checked, so a misspelt option (`warn_below`) is an
//! error rather than silently ignored, with the key meant when one is close (`warn_below`: did
//! you mean `warnBelow`?). A stay may carry other keys of its own (an id, a note), which are
//! ignored, unless one looks like a misspelt `entry` or `exit` (`Exit`, `exitDate`, `to`): read
//! as absent, that would make a stay with no exit, present through the check date, so it is an
//! error naming the key and the one meant. Dates are `YYYY-MM-DD` strings; an absent, `null` or empty `exit` is a
//! stay with no exit yet, as an empty exit cell is on the command line.

use super::error::Thrown;
use super::js;
use crate::parse_date;
#[cfg(any(feature = "wasm", feature = "wasm-report", feature = "wasm-documents"))]
use crate::Rule;
use chrono::NaiveDate;
use js_sys::JsString;
#[cfg(any(feature = "wasm", feature = "wasm-report", feature = "wasm-documents"))]
use std::borrow::Cow;
use wasm_bindgen::{JsCast, JsValue};

/// The keys every request of the module `staycalc` has: the rule, the stays and the check
/// date.
#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
const CASE_KEYS: [&str; 3] = ["rule", "stays", "on"];

/// A request object whose keys have been checked.
pub struct Request {
    object: JsValue,
    /// What messages call it: "the request", or "the options".
    what: &'static str,
}

impl Request {
    /// Checks that `value` is an object whose keys are all in the `allowed` lists; `what`
    /// names it in messages ("the request", "the options").
    pub fn checked(
        value: JsValue,
        what: &'static str,
        allowed: &[&[&str]],
    ) -> Result<Request, Thrown> {
        check_keys(&value, what, allowed, None)?;
        Ok(Request {
            object: value,
            what,
        })
    }

    /// The field `key` (an own property), or `undefined`.
    pub fn field(&self, key: &'static str) -> Result<JsValue, Thrown> {
        field(&self.object, key, self.what, None)
    }

    /// The required date field `key`.
    pub fn date(&self, key: &'static str) -> Result<NaiveDate, Thrown> {
        match text(&self.field(key)?, key, None)? {
            Some(value) => Ok(parse_date(&value, key)?),
            None => Err(self.missing(key)),
        }
    }

    /// The optional whole-number field `key`.
    pub fn count(&self, key: &'static str) -> Result<Option<u32>, Thrown> {
        count(&self.field(key)?, key, None)
    }

    /// The optional whole-number field `warn_below`, or its deprecated name `warnBelow`.
    pub fn warn_below(&self) -> Result<Option<u32>, Thrown> {
        Ok(self.count("warn_below")?.or(self.count("warnBelow")?))
    }

    /// The optional boolean field `key`: `None` when absent or `null`.
    #[cfg(any(feature = "wasm", feature = "wasm-report"))]
    pub fn flag(&self, key: &'static str) -> Result<Option<bool>, Thrown> {
        let value = self.field(key)?;
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        value.as_bool().map(Some).ok_or_else(|| {
            Thrown::bad_request(
                format!("{key} must be true or false, not {}", describe(&value)),
                None,
            )
        })
    }

    /// The `bad_request` error for a required field `key` that is missing.
    pub fn missing(&self, key: &str) -> Thrown {
        missing(key, self.what, None)
    }
}

/// The requests of the module `staycalc`: a case (rule, stays, check date) and more.
#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
impl Request {
    /// Checks that `value` is an object whose keys are among the case's keys and `extra`.
    pub fn new(value: JsValue, extra: &[&str]) -> Result<Request, Thrown> {
        Request::checked(value, "the request", &[&CASE_KEYS, extra])
    }

    /// The required whole-number field `key`.
    #[cfg(feature = "wasm")]
    pub fn required_count(&self, key: &'static str) -> Result<u32, Thrown> {
        self.count(key)?.ok_or_else(|| self.missing(key))
    }
}

/// The options of the module `staycalc/report`.
#[cfg(feature = "wasm-report")]
impl Request {
    /// Checks that `value` is an object whose keys are among `keys` (the options of an export
    /// that takes no stays, such as `report`).
    pub fn options(value: JsValue, keys: &[&str]) -> Result<Request, Thrown> {
        Request::checked(value, "the options", &[keys])
    }

    /// The optional field `rule`: a catalogue id or a custom rolling rule, `None` when absent
    /// or `null`.
    pub fn optional_rule(&self) -> Result<Option<Cow<'static, Rule>>, Thrown> {
        let value = self.field("rule")?;
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
        let value = self.field(key)?;
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        let text = js::short_string(&value).and_then(Result::ok);
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
                        .map(|choice| format!("\"{choice}\""))
                        .collect::<Vec<_>>()
                        .join(", "),
                    describe(&value)
                ),
                None,
            )),
        }
    }
}

/// `rule`: a catalogue id, or a custom rolling rule `{window, max, perEntry?}`.
#[cfg(any(feature = "wasm", feature = "wasm-report", feature = "wasm-documents"))]
pub fn read_rule(value: &JsValue) -> Result<Cow<'static, Rule>, Thrown> {
    match js::short_string(value) {
        Some(Ok(id)) => return Ok(Cow::Borrowed(crate::rule(&id)?)),
        Some(Err(_)) => {
            return Err(Thrown {
                code: "unknown_rule",
                message: format!("unknown rule {}", describe(value)),
                row: None,
            })
        }
        None => {}
    }
    if value.is_undefined() {
        return Err(missing("rule", "the request", None));
    }
    if !is_record(value)? {
        return Err(Thrown::bad_request(
            format!(
                "rule must be a rule id such as \"schengen\" or {{window, max, per_entry?}}, not {}",
                describe(value)
            ),
            None,
        ));
    }
    check_keys(
        value,
        "the rule",
        &[&["window", "max", "per_entry", "perEntry"]],
        None,
    )?;
    let number = |key: &'static str| count(&field(value, key, "the rule", None)?, key, None);
    let window = number("window")?.ok_or_else(|| missing("window", "the rule", None))?;
    let max = number("max")?.ok_or_else(|| missing("max", "the rule", None))?;
    Ok(Cow::Owned(Rule::custom(
        window,
        max,
        number("per_entry")?.or(number("perEntry")?),
    )?))
}

/// The own property `key` of `object` (the field `key` of `what`), or `undefined`.
pub fn field(
    object: &JsValue,
    key: &'static str,
    what: &str,
    row: Option<usize>,
) -> Result<JsValue, Thrown> {
    // The key is taken out before the call: a getter may call the module again.
    let name = KEYS.with(|keys| {
        let mut keys = keys.borrow_mut();
        let index = match keys.iter().position(|(known, _)| std::ptr::eq(*known, key)) {
            Some(index) => index,
            None => {
                keys.push((key, JsValue::from_str(key)));
                keys.len() - 1
            }
        };
        keys[index].1.clone()
    });
    js::own(object, &name, || format!("field \"{key}\" of {what}"), row)
}

thread_local! {
    /// The JS strings of the keys read so far: making a JS string from Rust costs more than
    /// the rest of reading a field.
    static KEYS: std::cell::RefCell<Vec<(&'static str, JsValue)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// An optional string field: `None` for `undefined` or `null`.
pub fn text(value: &JsValue, key: &str, row: Option<usize>) -> Result<Option<String>, Thrown> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    js::short_string(value)
        .and_then(Result::ok)
        .map(Some)
        .ok_or_else(|| {
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
    // Written by hand: `concat` and `join` cost the main module a kilobyte.
    let expected = || {
        let mut text = String::new();
        for key in allowed.iter().flat_map(|keys| keys.iter()) {
            if !text.is_empty() {
                text.push_str(", ");
            }
            text.push_str(key);
        }
        text
    };
    if !is_record(value)? {
        return Err(Thrown::bad_request(
            format!(
                "{what} must be an object {{{}}}, not {}",
                expected(),
                describe(value)
            ),
            row,
        ));
    }
    // `Object.keys` gives a real array of strings, whatever `value` is.
    for key in js::keys(value, what, row)?.iter() {
        let name = js::short_string(&key).and_then(Result::ok);
        if !name
            .as_deref()
            .is_some_and(|name| allowed.iter().any(|keys| keys.contains(&name)))
        {
            let meant = name
                .and_then(|name| {
                    allowed
                        .iter()
                        .flat_map(|keys| keys.iter())
                        .find(|known| is_close(&name, known))
                })
                .map_or(String::new(), |known| format!(" did you mean \"{known}\"?"));
            return Err(Thrown::bad_request(
                format!(
                    "unknown field {} in {what}:{meant} expected {}",
                    describe(&key),
                    expected()
                ),
                row,
            ));
        }
    }
    Ok(())
}

/// `key` in lowercase without `_`, `-` and spaces: `exit_Date` and `exitDate` alike.
pub fn normal(key: &str) -> String {
    key.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Whether `key` is likely a misspelling of `known`: the same but for letter case, `_` and
/// `-`, or a letter added, dropped or changed (two for names longer than five letters).
pub fn is_close(key: &str, known: &str) -> bool {
    let (a, b) = (normal(key), normal(known));
    let most = if b.len() > 5 { 2 } else { 1 };
    a == b || edits(&a, &b) <= most
}

/// The edit distance between `a` and `b` (letters added, dropped or changed).
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, x) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (diagonal + usize::from(x != y))
                .min(row[j] + 1)
                .min(above + 1);
            diagonal = above;
        }
    }
    row[b.len()]
}

/// The key of a stay that a key of its own was likely meant as: `entry` for `Entry`,
/// `entryDate`, `from`, `start`, `arrival`; `exit` for `Exit`, `exitDate`, `to`, `end`,
/// `departure`. `None` for a key of its own (`id`, `note`).
pub fn meant_stay_key(key: &str) -> Option<&'static str> {
    let key = normal(key);
    let is = |words: &[&str]| words.iter().any(|word| key == *word);
    let starts = |words: &[&str]| words.iter().any(|word| key.starts_with(word));
    // By bytes rather than `str::contains`, whose substring search (`StrSearcher`, 2.4 KB)
    // nothing else in the main module uses.
    let holds = |words: &[&str]| {
        words.iter().any(|word| {
            key.as_bytes()
                .windows(word.len())
                .any(|part| part == word.as_bytes())
        })
    };
    if holds(&["entry", "arriv"])
        || starts(&["enter", "start", "begin"])
        || is(&["from", "in", "since"])
    {
        Some("entry")
    } else if holds(&["exit", "depart"])
        || starts(&["leav", "end", "until"])
        || is(&["to", "out", "till", "left"])
    {
        Some("exit")
    } else if is_close(&key, "entry") {
        Some("entry")
    } else if is_close(&key, "exit") {
        Some("exit")
    } else {
        None
    }
}

/// Whether `value` is an object and not an array (nor `null`).
pub fn is_record(value: &JsValue) -> Result<bool, Thrown> {
    Ok(value.is_object() && !js::is_array(value)?)
}

pub fn missing(key: &str, what: &str, row: Option<usize>) -> Thrown {
    Thrown::bad_request(
        format!(
            "missing field {} in {what}{}",
            crate::error::InQuotes(key),
            row_suffix(row)
        ),
        row,
    )
}

fn row_suffix(row: Option<usize>) -> String {
    row.map_or_else(String::new, |row| format!(" (row {row})"))
}

/// A short description of a JS value for messages: `"text"` (cut when long), `5`, `true`,
/// `null`, `an array`.
pub fn describe(value: &JsValue) -> String {
    if let Some(text) = value.dyn_ref::<JsString>() {
        js::quoted(text)
    } else if value.as_f64().is_some() || value.as_bool().is_some() || value.is_falsy() {
        js::plain(value)
    } else if js::is_array(value).unwrap_or(false) {
        "an array".into()
    } else if value.is_function() {
        "a function".into()
    } else if value.is_object() {
        "an object".into()
    } else {
        format!("a {}", value.js_typeof().as_string().unwrap_or_default())
    }
}
