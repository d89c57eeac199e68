//! How every export answers: the panic hook installed, the answer turned into a plain JS value,
//! a failure into a thrown `StaycalcError`. Compiled into both modules of the package: the
//! module `staycalc` writes its answers as JSON text ([`json_answer`]), `staycalc/report`
//! serializes its own ([`answer`]).

use super::error::Thrown;
use wasm_bindgen::JsValue;

/// Runs `compute` with the panic hook installed, and turns its answer into a plain JS value
/// (`null` for `None`) or its failure into a thrown `StaycalcError`.
#[cfg(feature = "wasm-report")]
pub fn answer<T: serde::Serialize>(
    compute: impl FnOnce() -> Result<T, Thrown>,
) -> Result<JsValue, JsValue> {
    #[cfg(any(
        feature = "wasm-report",
        feature = "wasm-trips",
        feature = "wasm-documents"
    ))]
    console_error_panic_hook::set_once();
    let value = compute()?;
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

/// Runs `write` with the panic hook installed, and turns the JSON text it writes (compact,
/// with the library's [`crate::JsonWriter`]) into a plain JS value with `JSON.parse`, or its
/// failure into a thrown `StaycalcError`. One string crosses the boundary: in V8, parsing it
/// costs less than building the objects with a call for each field.
#[cfg(any(
    feature = "wasm",
    feature = "wasm-report",
    feature = "wasm-trips",
    feature = "wasm-documents"
))]
pub fn json_answer(
    write: impl FnOnce(&mut crate::JsonWriter<'_>) -> Result<(), Thrown>,
) -> Result<JsValue, JsValue> {
    #[cfg(any(
        feature = "wasm-report",
        feature = "wasm-trips",
        feature = "wasm-documents"
    ))]
    console_error_panic_hook::set_once();
    // Enough for an evaluation of a dozen stays without growing.
    let mut text = String::with_capacity(4096);
    write(&mut crate::JsonWriter::compact(&mut text))?;
    js_sys::JSON::parse(&text)
}
