//! Reading the team file's text, the argument of `report` (module `staycalc/report`), fast; its
//! options are read by [`Request::options`](super::request::Request::options).

use super::error::Thrown;
use super::request::describe;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

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
