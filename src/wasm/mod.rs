//! The JavaScript API: the `#[wasm_bindgen]` exports of the npm package `staycalc`.
//!
//! The package has two WebAssembly modules, each built from this crate with a feature of its
//! own (scripts/build-pkg.sh), so that most users load only the small one:
//!
//! - `staycalc` (feature `wasm`, a size-tuned build): `evaluate` (whose plain requests
//!   npm/evaluate.js reads in JavaScript and hands to the private `evaluateDates`),
//!   `planCheck`, `timeline`, `earliestEntry`, `rules`, `version` and `isStaycalcError`
//!   (`exports`); `Traveller`, one
//!   traveller's stays kept in the module and asked about any date (`traveller`, whose answer
//!   writer `evaluate` shares);
//! - `staycalc/report` (feature `wasm-report`, a speed-tuned build): `report`, a team file
//!   checked person by person (`team`); `evaluateMany`, many people as objects in one call
//!   (`many`); `Traveller` again, built for speed;
//! - `staycalc/trips` (feature `wasm-trips`, size-tuned): `evaluateTrips`, a travel log across
//!   countries judged per zone (`trips`), with the country table that would not fit the others;
//! - `staycalc/documents` (feature `wasm-documents`, size-tuned): `evaluateDocuments`, one
//!   traveller's stays with a passport, visas, permits and events (`documents`), whose checks
//!   and holiday tables would take `staycalc` over its size budget.
//!
//! A thin layer over the engine, with no date logic of its own: each export reads a request
//! (`request`), asks the engine, and returns a plain object whose field names are those of
//! the command line's JSON (`reply`; the module `staycalc` writes it as JSON text with the
//! command line's writer, `answers`, and `JSON.parse` makes the object). Dates cross as
//! `YYYY-MM-DD` strings. A failure throws a JS `Error` with a stable `code`, a `message`
//! naming the value and the `row` of the stay at fault (`error`), the same from either module. Both features together build one module
//! with every export (as the wasm-bindgen tests do).

mod error;
mod js;
mod reply;
mod request;
mod stays;

#[cfg(any(feature = "wasm", feature = "wasm-report"))]
mod answers;
#[cfg(any(feature = "wasm", feature = "wasm-documents"))]
mod case;
#[cfg(feature = "wasm")]
mod exports;
#[cfg(any(feature = "wasm", feature = "wasm-report"))]
mod traveller;

#[cfg(feature = "wasm-documents")]
mod documents;
#[cfg(feature = "wasm-report")]
mod many;
#[cfg(any(feature = "wasm-documents", feature = "wasm-trips"))]
mod papers;
#[cfg(feature = "wasm-report")]
mod team;
#[cfg(feature = "wasm-report")]
mod team_options;
#[cfg(feature = "wasm-report")]
mod team_types;
#[cfg(feature = "wasm-trips")]
mod trips;

#[cfg(feature = "wasm-documents")]
pub use documents::evaluate_documents;
#[cfg(feature = "wasm")]
pub use exports::{
    earliest_entry, evaluate, is_staycalc_error, plan_check, rules, timeline, version,
};
#[cfg(feature = "wasm-report")]
pub use many::evaluate_many;
#[cfg(feature = "wasm-report")]
pub use team::report;
#[cfg(any(feature = "wasm", feature = "wasm-report"))]
pub use traveller::Traveller;
#[cfg(feature = "wasm-trips")]
pub use trips::evaluate_trips;
