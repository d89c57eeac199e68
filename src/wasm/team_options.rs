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
///
/// # Errors
///
/// `bad_request` for a value that is not a string; `bad_input` for a text of more than
/// [`MAX_TEXT_BYTES`], or one the module has no memory for (a failed allocation would
/// otherwise stop the module for good).
pub fn utf8_argument(value: &JsValue, name: &str) -> Result<Vec<u8>, Thrown> {
    if !value.is_string() {
        return Err(Thrown::bad_request(
            format!("{name} must be a string, not {}", describe(value)),
            None,
        ));
    }
    let too_large = |size: String| Thrown {
        code: "bad_input",
        message: format!("{name} is too large: {size}, at most {MAX_TEXT_BYTES} bytes"),
        row: None,
    };
    let encoded = TextEncoder::new()
        .encode(value)
        .map_err(|_| too_large("more than the host can encode".into()))?;
    let size = encoded.length() as usize;
    if size > MAX_TEXT_BYTES {
        return Err(too_large(format!("{size} bytes")));
    }
    let mut bytes = Vec::new();
    bytes
        .try_reserve_exact(size)
        .map_err(|_| too_large(format!("{size} bytes, more than the memory left")))?;
    bytes.resize(size, 0);
    encoded.copy_to(&mut bytes);
    Ok(bytes)
}

/// The largest team file `report` reads: 256 MiB of UTF-8, with room in the module's 4 GiB
/// for the report written from it.
pub const MAX_TEXT_BYTES: usize = 256 << 20;

#[wasm_bindgen]
extern "C" {
    /// The host's UTF-8 encoder (every browser, Node 11 and later).
    type TextEncoder;

    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;

    /// The UTF-8 bytes of the string `text`.
    #[wasm_bindgen(method, catch)]
    fn encode(this: &TextEncoder, text: &JsValue) -> Result<js_sys::Uint8Array, JsValue>;
}
