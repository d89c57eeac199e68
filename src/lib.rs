//! staycalc: how many days of a stay-period rule ("90 days in any 180", "30 per entry",
//! "90 per calendar year") are used, how many remain, and when they are exceeded.
//!
//! The engine works on civil dates as stamped at the border, never instants, and never reads
//! a clock: the check date `on` is always a parameter. A stay's entry and exit days both
//! count; a same-day trip is one day; overlapping stays are counted once. `DESIGN.md` states
//! the day model and every definition computed here, with examples, and ("Where things live")
//! a line per folder.
//!
//! The engine is at the crate root; [`input`] reads what people give (stays files, dates,
//! pasted lists) and [`report`] checks a team file person by person. [`documents`] checks a
//! passport, visas and permits with the stays, [`deadlines`] gives sourced deadlines from events
//! (an arrival in Kazakhstan, ...), and [`reminders`] writes the dates that matter as a calendar.
//!
//! ```
//! use staycalc::{assess, date, rule, Stay};
//!
//! let stays = [
//!     Stay::new(date(2014, 8, 15), date(2014, 9, 30)),
//!     Stay::new(date(2014, 11, 1), date(2014, 11, 30)),
//! ];
//! let answer = assess(rule("schengen")?, &stays, date(2014, 11, 30))?;
//! assert_eq!(answer.days_used, 77);
//! assert_eq!(answer.days_remaining, 13);
//! assert_eq!(answer.latest_exit, Some(date(2014, 12, 13)));
//! # Ok::<(), staycalc::Error>(())
//! ```

#![deny(missing_docs)]

mod assessment;
mod calculator;
mod catalogue;
mod date;
pub mod deadlines;
pub mod documents;
mod error;
mod field;
pub mod input;
mod judge;
mod order;
mod output;
mod plan;
#[cfg(any(feature = "catalogue-translations", feature = "ui"))]
mod plural;
mod presence;
mod reentry;
pub mod reminders;
pub mod report;
mod rule;
mod stay;
mod timeline;
mod warning;
pub mod zones;

/// The web app (feature `ui`; `www/` calls its `mountApp` export). Its plain-Rust logic is
/// compiled for tests too, so `cargo test` covers it without a browser; the Leptos components
/// only with the feature.
#[cfg(any(test, feature = "ui"))]
#[cfg_attr(not(feature = "ui"), allow(dead_code, unused_imports))]
mod web;

/// The JavaScript API (the npm package `staycalc`): `#[wasm_bindgen]` exports over the engine,
/// those of the module `staycalc` (feature `wasm`), of `staycalc/report` (`wasm-report`) and of
/// `staycalc/trips` (`wasm-trips`) and of `staycalc/documents` (`wasm-documents`).
#[cfg(any(
    feature = "wasm",
    feature = "wasm-report",
    feature = "wasm-trips",
    feature = "wasm-documents"
))]
pub mod wasm;

pub use assessment::{assess, Amber, Assessment, Options, Status};
pub use calculator::{Calculator, History, MAX_FIXED_PERIOD_PLANS};
pub use catalogue::{catalogue, rule};
pub use date::{check_range, date, parse_date, MAX_DATE, MIN_DATE};
pub use error::{Error, Result};
pub use field::FieldValue;
/// The JSON writer of every JSON output: for the command line, not part of the API.
#[doc(hidden)]
pub use output::JsonWriter;
pub use plan::StayVerdict;
pub use rule::{Bound, Confidence, Limits, PerEntry, Rule, Version, Window, MAX_RULE_DAYS};
#[cfg(feature = "catalogue-translations")]
pub use rule::{Translations, Wording};
pub use stay::Stay;
pub use timeline::{CountedPart, DropOut, TimelineDay, MAX_TIMELINE_DAYS};
pub use warning::Warning;
