//! `evaluateTrips` (feature `wasm-trips`, the module `staycalc/trips`): one traveller's log
//! across countries judged per zone ([`crate::zones`]), answered with the JSON of `staycalc
//! check --nationality`. A module of its own: the country table (every country's name in three
//! languages) would take `staycalc` over its size budget. Its TypeScript declarations are in
//! `staycalc_trips.d.ts`.

use super::error::Thrown;
use super::js;
use super::reply::json_answer;
use super::request::{describe, field, is_record, missing, text, Request};
use crate::zones::{assess_trips, country, nationalities, where_next, Trip};
use crate::{parse_date, Options, Stay};
use chrono::NaiveDate;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("staycalc_trips.d.ts");

/// The keys of `evaluateTrips`' request.
const KEYS: [&str; 5] = ["nationality", "stays", "on", "nextEntry", "warnBelow"];

/// The most stays a request may hold, as in the module `staycalc`.
const MAX_STAYS: u32 = 1_000_000;

/// A travel log judged per zone: `{nationality, stays: [{entry, exit?, country}], on,
/// nextEntry?, warnBelow?}` gives `{on, nationality, zones, where_next, warnings}` as `staycalc
/// check --nationality --format json` prints them. `nationality` is an ISO code or several
/// separated by commas (`"US,IE"`); a stay's `country` an ISO code or a country's name in
/// English, Russian or Kazakh.
///
/// # Errors
///
/// Throws a `StaycalcError` whose `code` is `bad_request` (a request of the wrong shape, a stay
/// with no country), `unknown_country` (with the closest country when one is close, and the
/// stay's `row`), `bad_date`, `date_out_of_range`, `exit_before_entry` or
/// `open_stay_after_check_date`.
#[wasm_bindgen(js_name = evaluateTrips, skip_typescript)]
pub fn evaluate_trips(request: JsValue) -> Result<JsValue, JsValue> {
    json_answer(|json| {
        let request = Request::checked(request, "the request", &[&KEYS])?;
        let nationality = match js::short_string(&request.field("nationality")?) {
            Some(Ok(codes)) => nationalities(&codes)?,
            _ => return Err(request.missing("nationality")),
        };
        let on = request.date("on")?;
        let entry = match request.field("nextEntry")? {
            value if value.is_undefined() || value.is_null() => on,
            _ => request.date("nextEntry")?,
        };
        let options = match request.count("warnBelow")? {
            Some(warning_threshold) => Options { warning_threshold },
            None => Options::default(),
        };
        let trips = read_trips(&request.field("stays")?)?;
        let answer = assess_trips(&trips, &nationality, on, &options)?;
        let next = where_next(&trips, &nationality, on, entry)?;
        json.begin_object();
        json.trips(&answer, &next, &nationality);
        json.end_object();
        Ok(())
    })
}

/// `stays`: an array of `{entry, exit?, country}`; each stay's row is its 1-based position.
fn read_trips(value: &JsValue) -> Result<Vec<Trip>, Thrown> {
    if value.is_undefined() {
        return Err(missing("stays", "the request", None));
    }
    if !js::is_array(value)? {
        return Err(Thrown::bad_request(
            format!(
                "stays must be an array of {{entry, exit?, country}}, not {}",
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
    let mut trips = Vec::new();
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
                    "stay must be an object {{entry, exit?, country}}, not {} (row {row})",
                    describe(&item)
                ),
                Some(row),
            ));
        }
        let cell = |key: &'static str| -> Result<Option<String>, Thrown> {
            Ok(
                text(&field(&item, key, "the stay", Some(row))?, key, Some(row))?
                    .filter(|value| !value.trim().is_empty()),
            )
        };
        let date = |key: &'static str| -> Result<Option<NaiveDate>, Thrown> {
            cell(key)?
                .map(|value| parse_date(&value, key).map_err(|e| Thrown::from(e.at_row(row))))
                .transpose()
        };
        let entry = date("entry")?.ok_or_else(|| missing("entry", "the stay", Some(row)))?;
        let stay = match date("exit")? {
            Some(exit) => Stay::new(entry, exit),
            None => Stay::open(entry),
        };
        let place = cell("country")?.ok_or_else(|| missing("country", "the stay", Some(row)))?;
        let place = country(&place).map_err(|e| Thrown::from(e.at_row(row)))?;
        trips.push(Trip::new(stay.at_row(row), place));
    }
    Ok(trips)
}
