//! The case of a request of the module `staycalc`: the rule, the stays and the check date.

use super::error::Thrown;
use super::request::{describe, field, is_record, missing, text};
use crate::{parse_date, Calculator, Rule, Stay};
use chrono::NaiveDate;
use js_sys::Array;
use std::borrow::Cow;
use wasm_bindgen::{JsCast, JsValue};

/// The engine's inputs read from a request ([`Request::case`](super::request::Request::case)):
/// a rule, stays and a check date.
pub struct Case {
    pub(super) rule: Cow<'static, Rule>,
    pub(super) stays: Vec<Stay>,
    pub(super) on: NaiveDate,
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

/// `stays`: an array of `{entry, exit?}`; each stay's row is its 1-based position.
pub(super) fn read_stays(value: &JsValue) -> Result<Vec<Stay>, Thrown> {
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
