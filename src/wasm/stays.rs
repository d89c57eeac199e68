//! The `stays` array of a request, read one record at a time: `{entry, exit?}` for the module
//! `staycalc` and its siblings, `{entry, exit?, country}` for `staycalc/trips`. One reader, so
//! both say the same about the array's shape, its length and a record's dates.

use super::error::Thrown;
use super::js;
use super::request::{describe, field, is_record, meant_stay_key, missing, text};
use crate::{parse_date, Stay};
use chrono::NaiveDate;
use wasm_bindgen::JsValue;

/// The most stays a request may hold: a million, as many rows as the command line reads in
/// about a second. A longer `stays` is a `bad_request`, refused before any is read.
pub const MAX_STAYS: u32 = 1_000_000;

/// `stays`: an array of `{entry, exit?}`; each stay's row is its 1-based position.
#[cfg(any(feature = "wasm", feature = "wasm-report", feature = "wasm-documents"))]
pub fn read_stays(value: &JsValue) -> Result<Vec<Stay>, Thrown> {
    read_records(value, "{entry, exit?}", |record| record.stay())
}

/// One record of `stays`, an object, at its 1-based `row`.
pub struct Record {
    item: JsValue,
    pub row: usize,
}

impl Record {
    /// The text of `key`, `None` when absent, empty or blank.
    pub fn cell(&self, key: &'static str) -> Result<Option<String>, Thrown> {
        Ok(text(
            &field(&self.item, key, "the stay", Some(self.row))?,
            key,
            Some(self.row),
        )?
        .filter(|value| !value.trim().is_empty()))
    }

    fn date(&self, key: &'static str) -> Result<Option<NaiveDate>, Thrown> {
        self.cell(key)?
            .map(|value| parse_date(&value, key).map_err(|e| Thrown::from(e.at_row(self.row))))
            .transpose()
    }

    /// The record's stay: its `entry` (required) and `exit` (none for a stay under way). When
    /// either is absent, no other key may look like a misspelling of them (see
    /// [`meant_stay_key`]): read as absent, `Exit` would make a stay with no exit. With both
    /// given, the other keys are not listed: they cannot change the stay, and listing them is
    /// most of the cost of reading a stay.
    pub fn stay(&self) -> Result<Stay, Thrown> {
        let row = self.row;
        let stay = match (self.date("entry")?, self.date("exit")?) {
            (Some(entry), Some(exit)) => Stay::new(entry, exit),
            (entry, _) => {
                self.check_keys()?;
                Stay::open(entry.ok_or_else(|| missing("entry", "the stay", Some(row)))?)
            }
        };
        Ok(stay.at_row(row))
    }

    #[cold]
    fn check_keys(&self) -> Result<(), Thrown> {
        let row = self.row;
        for key in js::keys(&self.item, "the stay", Some(row))?.iter() {
            // A key too long to be a misspelling is not read.
            let Some(Ok(key)) = js::short_string(&key) else {
                continue;
            };
            if matches!(key.as_str(), "entry" | "exit" | "country") {
                continue;
            }
            if let Some(meant) = meant_stay_key(&key) {
                return Err(Thrown::bad_request(
                    format!(
                        "unknown field {} in the stay: did you mean \"{meant}\"? (row {row})",
                        crate::error::InQuotes(&key)
                    ),
                    Some(row),
                ));
            }
        }
        Ok(())
    }
}

/// `value`, an array of objects of the `shape` named in errors, read by `read` in order.
///
/// Nothing is reserved from the array's `length`, which the caller controls: a sparse
/// `new Array(2 ** 32 - 1)` fails at its first hole, having cost nothing.
pub fn read_records<T>(
    value: &JsValue,
    shape: &str,
    mut read: impl FnMut(&Record) -> Result<T, Thrown>,
) -> Result<Vec<T>, Thrown> {
    if value.is_undefined() {
        return Err(missing("stays", "the request", None));
    }
    if !js::is_array(value)? {
        return Err(Thrown::bad_request(
            format!("stays must be an array of {shape}, not {}", describe(value)),
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
    let mut records = Vec::new();
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
                    "stay must be an object {shape}, not {} (row {row})",
                    describe(&item)
                ),
                Some(row),
            ));
        }
        records.push(read(&Record { item, row })?);
    }
    Ok(records)
}
