//! Reading the arguments of `report` (module `staycalc/report`): its options and the text of
//! the team file.

use super::error::Thrown;
use super::request::{describe, read_rule, Request};
use crate::Rule;
use std::borrow::Cow;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

impl Request {
    /// Checks that `value` is an object whose keys are among `keys` (the options of an export
    /// that takes no stays, such as `report`).
    pub fn options(value: JsValue, keys: &[&str]) -> Result<Request, Thrown> {
        Request::checked(value, "the options", &[keys])
    }

    /// The optional field `rule`: a catalogue id or a custom rolling rule, `None` when absent
    /// or `null`.
    pub fn optional_rule(&self) -> Result<Option<Cow<'static, Rule>>, Thrown> {
        let value = self.field("rule");
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
        let value = self.field(key);
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

#[wasm_bindgen]
extern "C" {
    /// The host's UTF-8 encoder (every browser, Node 11 and later).
    type TextEncoder;

    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;

    /// The UTF-8 bytes of the string `text`.
    #[wasm_bindgen(method)]
    fn encode(this: &TextEncoder, text: &JsValue) -> js_sys::Uint8Array;
}
