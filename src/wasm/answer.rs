//! How every export answers: the panic hook installed, the answer turned into a plain JS value,
//! a failure into a thrown `StaycalcError`. Compiled into both modules of the package.

use super::error::Thrown;
use serde::Serialize;
use wasm_bindgen::JsValue;

/// Runs `compute` with the panic hook installed, and turns its answer into a plain JS value
/// (`null` for `None`) or its failure into a thrown `StaycalcError`.
pub fn answer<T: Serialize>(
    compute: impl FnOnce() -> Result<T, Thrown>,
) -> Result<JsValue, JsValue> {
    console_error_panic_hook::set_once();
    let value = compute()?;
    Ok(value.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}
