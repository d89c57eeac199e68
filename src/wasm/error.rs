//! Errors as they reach JavaScript: an `Error` with a stable `code`, a `message` naming the
//! value, and the `row` of the stay at fault (or `null`).

use crate::Error;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

/// What a failed call throws, before it becomes a JS `Error`.
///
/// `code` is [`Error::code`] for engine errors, and `bad_request` when the request itself has
/// the wrong shape (a missing field, a number where a date string belongs, an unknown key).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Thrown {
    /// The stable, machine-readable code.
    pub code: &'static str,
    /// The message, lowercase, naming the value at fault.
    pub message: String,
    /// The 1-based position of the stay at fault in `stays`, when one is.
    pub row: Option<usize>,
}

impl Thrown {
    /// A `bad_request` error: the request does not have the documented shape.
    pub fn bad_request(message: impl Into<String>, row: Option<usize>) -> Thrown {
        Thrown {
            code: "bad_request",
            message: message.into(),
            row,
        }
    }
}

impl From<Error> for Thrown {
    fn from(error: Error) -> Thrown {
        Thrown {
            code: error.code(),
            message: error.to_string(),
            row: error.row(),
        }
    }
}

impl From<Thrown> for JsValue {
    /// A JS `Error` named `StaycalcError` with `code`, `message` and `row` (a number or `null`).
    fn from(thrown: Thrown) -> JsValue {
        let error = js_sys::Error::new(&thrown.message);
        error.set_name("StaycalcError");
        let row = thrown
            .row
            .map_or(JsValue::NULL, |row| JsValue::from(row as f64));
        // Setting a property on a fresh, extensible Error object cannot fail.
        let _ = Reflect::set(&error, &"code".into(), &thrown.code.into());
        let _ = Reflect::set(&error, &"row".into(), &row);
        error.into()
    }
}
