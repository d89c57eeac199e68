//! `evaluateTrips` (feature `wasm-trips`, the module `staycalc/trips`): one traveller's log
//! across countries judged per zone ([`crate::zones`]), answered with the JSON of `staycalc
//! check --nationality`. A module of its own: the country table (every country's name in three
//! languages) would take `staycalc` over its size budget. Its TypeScript declarations are in
//! `staycalc_trips.d.ts`.

use super::error::Thrown;
use super::js;
use super::papers::read_documents;
use super::reply::json_answer;
use super::request::{missing, Request};
use super::stays::read_records;
use crate::zones::{assess_trips_with, country, nationalities, where_next_papers, Trip};
use crate::Options;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("staycalc_trips.d.ts");

/// The keys of `evaluateTrips`' request.
const KEYS: [&str; 10] = [
    "nationality",
    "passport",
    "visas",
    "permits",
    "stays",
    "on",
    "next_entry",
    "warn_below",
    "nextEntry",
    "warnBelow",
];

/// A travel log judged per zone: `{nationality, stays: [{entry, exit?, country}], on,
/// next_entry?, warn_below?, passport?, visas?, permits?}` gives `{on, nationality, zones,
/// where_next, warnings}` as `staycalc check --nationality --format json` prints them, with
/// `--passport-expiry`, `--visa` and `--permit FROM..UNTIL,COUNTRY` for the papers (a permit
/// names its `country` here). `nationality` is an ISO code or several
/// separated by commas (`"US,IE"`); a stay's `country` an ISO code or a country's name in
/// English, Russian or Kazakh.
///
/// # Errors
///
/// Throws a `StaycalcError` whose `code` is `bad_request` (a request of the wrong shape, a stay
/// with no country), `unknown_country` (with the closest country when one is close, and the
/// stay's `row`), `bad_date`, `date_out_of_range`, `exit_before_entry` or
/// `open_stay_after_check_date`, or `invalid_document` (a visa or permit as `evaluateDocuments`
/// refuses it, or a permit with no `country`).
#[wasm_bindgen(js_name = evaluateTrips, skip_typescript)]
pub fn evaluate_trips(request: JsValue) -> Result<JsValue, JsValue> {
    json_answer(|json| {
        let request = Request::checked(request, "the request", &[&KEYS])?;
        let nationality = match js::short_string(&request.field("nationality")?) {
            Some(Ok(codes)) => nationalities(&codes)?,
            _ => return Err(request.missing("nationality")),
        };
        let on = request.date("on")?;
        // `nextEntry`: the deprecated name, read when `next_entry` is not given.
        let entry = match (request.field("next_entry")?, request.field("nextEntry")?) {
            (new, old) if new.is_undefined() || new.is_null() => {
                if old.is_undefined() || old.is_null() {
                    on
                } else {
                    request.date("nextEntry")?
                }
            }
            _ => request.date("next_entry")?,
        };
        let options = match request.warn_below()? {
            Some(warning_threshold) => Options { warning_threshold },
            None => Options::default(),
        };
        let trips = read_trips(&request.field("stays")?)?;
        let documents = read_documents(&request)?;
        let answer = assess_trips_with(&trips, &nationality, on, &options, &documents)?;
        let next = where_next_papers(&trips, &nationality, on, entry, &documents)?;
        json.begin_object();
        json.trips(&answer, &next, &nationality);
        json.end_object();
        Ok(())
    })
}

/// `stays`: an array of `{entry, exit?, country}`; each stay's row is its 1-based position.
fn read_trips(value: &JsValue) -> Result<Vec<Trip>, Thrown> {
    read_records(value, "{entry, exit?, country}", |record| {
        let stay = record.stay()?;
        let row = Some(record.row);
        let place = record
            .cell("country")?
            .ok_or_else(|| missing("country", "the stay", row))?;
        let place = country(&place).map_err(|e| Thrown::from(e.at_row(record.row)))?;
        Ok(Trip::new(stay, place))
    })
}
