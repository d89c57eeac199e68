//! Every JavaScript operation the exports perform on a caller's values, caught.
//!
//! A caller's value can be a Proxy whose traps throw, a revoked Proxy, an object with a
//! throwing getter: then `Object.keys`, `Array.isArray`, reading `length` or a field throws.
//! An exception that leaves an export through WebAssembly frames skips their epilogues, so the
//! shadow stack pointer is never restored; after a few hundred such calls every export of the
//! module fails with "memory access out of bounds" until the page or process restarts
//! (wasm-bindgen restores it only in builds that unwind panics, which need a nightly
//! toolchain). So every such operation goes through an import marked `catch`: the glue
//! catches the exception in JavaScript and the export returns normally, with a
//! `bad_request` error naming what threw. Only own properties are read, so a value set on
//! `Object.prototype` is never taken for a field.

use super::error::Thrown;
use js_sys::{Array, JsString};
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::{JsCast, JsValue};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(value: &JsValue) -> Result<Array, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Object, js_name = hasOwn)]
    fn has_own(value: &JsValue, key: &JsValue) -> Result<bool, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn array_is_array(value: &JsValue) -> Result<bool, JsValue>;

    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = get)]
    fn reflect_get(target: &JsValue, key: &JsValue) -> Result<JsValue, JsValue>;

    /// `Object.prototype.toString.call(value)`: "[object Error]" for an `Error`.
    #[cfg(feature = "wasm")]
    #[wasm_bindgen(catch, js_namespace = ["Object", "prototype", "toString"], js_name = call)]
    fn object_tag(value: &JsValue) -> Result<JsValue, JsValue>;

    /// `JSON.stringify(value)`: a string, or `undefined` for a value JSON cannot hold.
    #[cfg(feature = "wasm-report")]
    #[wasm_bindgen(catch, js_namespace = JSON, js_name = stringify)]
    fn json_stringify(value: &JsValue) -> Result<JsValue, JsValue>;

    /// JavaScript's `String(value)`.
    #[wasm_bindgen(catch, js_name = String)]
    fn js_string(value: &JsValue) -> Result<JsValue, JsValue>;
}

/// The longest string read from a caller's value: far longer than any date, rule id or key,
/// short enough that a wrong value can neither fill the module's memory nor a message.
pub const MAX_TEXT: u32 = 256;

/// How many characters of a value a message quotes.
const QUOTED: u32 = 60;

/// The own keys of `object` (`Object.keys`).
pub fn keys(object: &JsValue, what: &str, row: Option<usize>) -> Result<Array, Thrown> {
    object_keys(object)
        .map_err(|exception| threw(&format!("listing the keys of {what}"), &exception, row))
}

/// Whether `value` is an array (`Array.isArray`; a revoked Proxy throws).
pub fn is_array(value: &JsValue) -> Result<bool, Thrown> {
    array_is_array(value).map_err(|exception| threw("looking at a value", &exception, None))
}

/// Whether `value` is an `Error` (by its tag: `instanceof` runs a Proxy's traps uncaught).
#[cfg(feature = "wasm")]
pub fn is_error(value: &JsValue) -> bool {
    object_tag(value).is_ok_and(|tag| tag.as_string().as_deref() == Some("[object Error]"))
}

/// The own property `key` of `object`, or `undefined`: a value inherited from a prototype
/// (`Object.prototype.exit = ...`) is not a field of the request. `what` names the field in
/// a message ("field \"entry\" of the stay").
pub fn own(
    object: &JsValue,
    key: &JsValue,
    what: impl Fn() -> String,
    row: Option<usize>,
) -> Result<JsValue, Thrown> {
    let fail = |exception: JsValue| threw(&format!("reading {}", what()), &exception, row);
    match has_own(object, key) {
        Ok(true) => reflect_get(object, key).map_err(fail),
        Ok(false) => Ok(JsValue::UNDEFINED),
        Err(exception) => Err(fail(exception)),
    }
}

/// The `length` of an array as JavaScript gives it (a Proxy's may be anything, or throw).
#[cfg(any(
    feature = "wasm",
    feature = "wasm-report",
    feature = "wasm-trips",
    feature = "wasm-documents"
))]
pub fn length(array: &JsValue, what: &str) -> Result<JsValue, Thrown> {
    reflect_get(array, &JsValue::from_str("length"))
        .map_err(|exception| threw(&format!("reading the length of {what}"), &exception, None))
}

/// A string value's text when it has at most [`MAX_TEXT`] characters, or `Err` with the
/// length of a longer one, which is never copied into the module's memory. `None` for a
/// value that is not a string.
pub fn short_string(value: &JsValue) -> Option<Result<String, u32>> {
    let text = value.dyn_ref::<JsString>()?;
    let length = text.length();
    Some(if length <= MAX_TEXT {
        Ok(String::from(text))
    } else {
        Err(length)
    })
}

/// `JSON.stringify(value)` when it makes a string of at most `max` characters; `None` when it
/// throws (a cycle, a `BigInt`, a throwing getter or Proxy trap), makes no string, or makes a
/// longer one, which is never copied into the module's memory.
#[cfg(feature = "wasm-report")]
pub fn json_text(value: &JsValue, max: u32) -> Option<String> {
    let text = json_stringify(value).ok()?;
    let text = text.dyn_ref::<JsString>()?;
    (text.length() <= max).then(|| String::from(text))
}

/// A string for a message, in quotes, cut after [`QUOTED`] characters with its length said:
/// a 50 MB value does not make a 50 MB message.
pub fn quoted(text: &JsString) -> String {
    let (start, rest) = cut(text);
    format!("{}{rest}", crate::error::InQuotes(&start))
}

/// `String(value)` for a message, cut like [`quoted`] but with no quotes (a number, `null`,
/// an exception): "a value" when even that throws.
pub fn plain(value: &JsValue) -> String {
    match js_string(value)
        .ok()
        .and_then(|text| text.dyn_into::<JsString>().ok())
    {
        Some(text) => {
            let (start, rest) = cut(&text);
            format!("{start}{rest}")
        }
        None => "a value".into(),
    }
}

/// The first [`QUOTED`] characters of `text`, and what to say of the rest.
fn cut(text: &JsString) -> (String, String) {
    let length = text.length();
    if length <= QUOTED {
        (String::from(text), String::new())
    } else {
        (
            String::from(text.slice(0, QUOTED)),
            format!("... ({length} characters)"),
        )
    }
}

/// The `bad_request` error for an exception thrown by the caller's value while `doing`
/// something: "reading field "entry" of the stay threw TypeError: no (row 2)".
fn threw(doing: &str, exception: &JsValue, row: Option<usize>) -> Thrown {
    let suffix = row.map_or_else(String::new, |row| format!(" (row {row})"));
    Thrown::bad_request(format!("{doing} threw {}{suffix}", plain(exception)), row)
}
