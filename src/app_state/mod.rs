//! The web app's own logic, in plain Rust so `cargo test` covers it without a browser: the
//! stay list as typed and its edits, the choice of rule, the saved and shared state, which
//! rows go to the engine, and the chart's geometry.
//!
//! Every date computation stays in the engine; nothing here reads a clock or the browser.

mod change_detail;
mod chart_model;
mod outcome;
mod paste;
mod rule_choice;
mod saved;
mod stay_rows;
mod widget_settings;

pub(crate) use change_detail::{change_detail, Value};
pub(crate) use chart_model::{
    BarKind, ChartModel, BAND_HEIGHT, BAND_TOP, PLOT_HEIGHT, VIEW_HEIGHT,
};
pub(crate) use outcome::{outcome, Outcome, RowIssue};
pub(crate) use paste::{paste, PasteReport};
pub(crate) use rule_choice::{
    chosen_rule, destinations, nationalities, suggestion, CustomNumbers, CUSTOM,
};
pub(crate) use saved::{Dropped, Saved, SavedError, MAX_ROWS};
pub(crate) use stay_rows::StayRows;
pub(crate) use widget_settings::{WidgetSettings, ATTRIBUTES};
