//! The traveller page: its own logic, in plain Rust so `cargo test` covers it without a
//! browser (the stay list as typed and its edits, the choice of rule, the saved and shared
//! state, which rows go to the engine, and the chart's geometry), and its Leptos components
//! (`ui`, feature `ui`).
//!
//! Every date computation stays in the engine; nothing here reads a clock or the browser.

mod backup;
mod calendar;
mod chart_model;
mod deadline_list;
mod outcome;
mod papers;
mod paste;
mod people;
#[cfg(feature = "ui")]
mod readers;
mod rule_choice;
mod saved;
mod source_links;
mod start;
mod stay_rows;
#[cfg(feature = "ui")]
pub(crate) mod ui;
mod visa_rows;
mod zoned;

pub(crate) use backup::{stays_csv, stays_json};
pub(crate) use calendar::calendar;
pub(crate) use chart_model::{
    fixed, BarKind, ChartModel, BAND_HEIGHT, BAND_TOP, PLOT_HEIGHT, VIEW_HEIGHT,
};
pub(crate) use deadline_list::{arrival_deadlines, ArrivalDeadline, ARRIVAL};
#[cfg(test)]
pub(crate) use outcome::{answer_of, outcome};
pub(crate) use outcome::{outcome_knowing, outcome_of, Answer, Outcome, RowIssue};
#[cfg(test)]
pub(crate) use papers::passport_answer;
pub(crate) use papers::{papers_answer, PassportAnswer};
pub(crate) use paste::{PasteReport, NOT_COUNTED};
pub(crate) use people::People;
#[cfg(feature = "ui")]
pub(crate) use readers::with_readers;
pub(crate) use rule_choice::{
    chosen_rule, destinations, nationalities, suggestion, CustomNumbers, CUSTOM,
};
pub(crate) use saved::{Dropped, Saved, SavedError, MAX_ROWS};
pub(crate) use source_links::{source_parts, SourcePart};
pub(crate) use start::{open_link, start, Notice, Start};
pub(crate) use stay_rows::{typed_date, StayRows};
pub(crate) use visa_rows::{
    permit_numbers, read_permits, read_visas, row_number, visa_numbers, VisaField, VisaInputError,
    VisaRow,
};
pub(crate) use zoned::{
    choices, citizenship, days_elsewhere, part_shown, permit_days_elsewhere, row_country,
    zone_rule, zone_without_country, zones, Shown,
};
