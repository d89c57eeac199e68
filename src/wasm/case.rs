//! The case of a request of the module `staycalc`: the rule, the stays and the check date.

use super::error::Thrown;
use super::js;
use super::request::{describe, field, is_record, meant_stay_key, missing, text};
#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
use super::request::{read_rule, Request};
use crate::{parse_date, Stay};
#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
use crate::{Calculator, Rule};
use chrono::NaiveDate;
#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
use std::borrow::Cow;
use wasm_bindgen::JsValue;

/// The most stays a request may hold: a million, as many rows as the command line reads in
/// about a second. A longer `stays` is a `bad_request`, refused before any is read.
pub const MAX_STAYS: u32 = 1_000_000;

/// The engine's inputs read from a request ([`Case::read`]): a rule, stays and a check date.
#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
pub struct Case {
    rule: Cow<'static, Rule>,
    stays: Vec<Stay>,
    on: NaiveDate,
}

#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
impl Case {
    /// The rule, the stays (each with its 1-based position as its row) and the check date of
    /// `request`.
    pub fn read(request: &Request) -> Result<Case, Thrown> {
        let rule = read_rule(&request.field("rule")?)?;
        let on = request.date("on")?;
        let stays = read_stays(&request.field("stays")?)?;
        Ok(Case { rule, stays, on })
    }

    /// Leaves out the days under `documents`' permits (as [`crate::documents::Documents::counted_stays`]), and
    /// says how many days each permit covered (counted on the stays as given).
    #[cfg(feature = "wasm-documents")]
    pub fn count_documents(
        &mut self,
        documents: &crate::documents::Documents,
    ) -> Vec<crate::documents::PermitDays> {
        let permit_days = documents.permit_days(&self.stays, self.on);
        if !documents.permits.is_empty() {
            self.stays = documents.counted_stays(&self.stays, self.on);
        }
        permit_days
    }

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

/// Checks that no key of a stay, besides `entry` and `exit`, looks like a misspelling of them
/// (see [`meant_stay_key`]): read as absent, `Exit` would make a stay with no exit.
fn check_stay_keys(item: &JsValue, row: usize) -> Result<(), Thrown> {
    for key in js::keys(item, "the stay", Some(row))?.iter() {
        // A key too long to be a misspelling is not read.
        let Some(Ok(key)) = js::short_string(&key) else {
            continue;
        };
        if key == "entry" || key == "exit" {
            continue;
        }
        if let Some(meant) = meant_stay_key(&key) {
            return Err(Thrown::bad_request(
                format!("unknown field {key:?} in the stay: did you mean {meant:?}? (row {row})"),
                Some(row),
            ));
        }
    }
    Ok(())
}

/// `stays`: an array of `{entry, exit?}`; each stay's row is its 1-based position.
///
/// Nothing is reserved from the array's `length`, which the caller controls: a sparse
/// `new Array(2 ** 32 - 1)` fails at its first hole, having cost nothing.
pub fn read_stays(value: &JsValue) -> Result<Vec<Stay>, Thrown> {
    if value.is_undefined() {
        return Err(missing("stays", "the request", None));
    }
    if !js::is_array(value)? {
        return Err(Thrown::bad_request(
            format!(
                "stays must be an array of {{entry, exit?}}, not {}",
                describe(value)
            ),
            None,
        ));
    }
    let length = js::length(value, "stays")?;
    let count = match length.as_f64() {
        Some(count) if count.fract() == 0.0 && (0.0..=f64::from(MAX_STAYS)).contains(&count) => {
            count as u32
        }
        _ => {
            return Err(Thrown::bad_request(
                format!(
                    "stays holds {} items: at most {MAX_STAYS} stays",
                    describe(&length)
                ),
                None,
            ))
        }
    };
    let mut stays = Vec::new();
    for index in 0..count {
        let row = index as usize + 1;
        let item = js::own(
            value,
            &JsValue::from(index),
            || "the stay".into(),
            Some(row),
        )?;
        if !is_record(&item)? {
            return Err(Thrown::bad_request(
                format!(
                    "stay must be an object {{entry, exit?}}, not {} (row {row})",
                    describe(&item)
                ),
                Some(row),
            ));
        }
        let date = |key: &'static str| -> Result<Option<NaiveDate>, Thrown> {
            match text(&field(&item, key, "the stay", Some(row))?, key, Some(row))? {
                Some(value) if !value.trim().is_empty() => parse_date(&value, key)
                    .map(Some)
                    .map_err(|error| Thrown::from(error.at_row(row))),
                _ => Ok(None),
            }
        };
        check_stay_keys(&item, row)?;
        let entry = date("entry")?.ok_or_else(|| missing("entry", "the stay", Some(row)))?;
        let stay = match date("exit")? {
            Some(exit) => Stay::new(entry, exit),
            None => Stay::open(entry),
        };
        stays.push(stay.at_row(row));
    }
    Ok(stays)
}
