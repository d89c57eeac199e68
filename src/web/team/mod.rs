//! The team page: its logic as plain Rust, which `cargo test` covers without a browser, and its
//! Leptos components (`ui`, feature `team`).
//!
//! A team file is read and checked by a [`TeamJob`] a slice at a time (the page yields to the
//! browser between slices, so a file of a million rows never freezes it); each person's result
//! becomes a [`TeamLine`], the table's row. The table is ordered by a [`Sort`] and narrowed by a
//! [`Filter`]; the report is exported, in the order shown, by an [`ExportJob`], again a slice
//! at a time; a person's stays are edited in place through a [`PersonEdit`]. The page keeps
//! what was typed, the settings and the edits (an [`EditList`], tied to the [`InputId`] of the
//! file or paste they were made to) between visits as a [`SavedTeam`].
//!
//! Every date computation is the engine's and the report module's (`crate::report`); nothing
//! here reads a clock or the browser.

mod edit_list;
mod export;
mod filter;
mod fingerprint;
mod job;
mod line;
mod person_edit;
mod readable;
#[cfg(feature = "workbook")]
mod readable_xlsx;
mod saved;
mod sort;
#[cfg(feature = "team")]
mod ui;

pub(crate) use edit_list::EditList;
pub(crate) use export::ExportJob;
pub(crate) use filter::{status_counts, Filter};
pub(crate) use fingerprint::InputId;
pub(crate) use job::{Phase, Progress, TeamJob, TeamResult};
pub(crate) use line::TeamLine;
pub(crate) use person_edit::PersonEdit;
#[cfg_attr(not(feature = "team"), allow(unused_imports))]
pub(crate) use readable::{
    counts_by_value, readable_csv, readable_titles, readable_values, summary_column, template,
    Dialect, PaperColumns, Value,
};
#[cfg(feature = "workbook")]
#[cfg_attr(not(feature = "team"), allow(unused_imports))]
pub(crate) use readable_xlsx::{fits_a_sheet, readable_xlsx};
#[cfg(test)]
pub(crate) use saved::MAX_TEXT;
pub(crate) use saved::{
    LastInput, Restored, SavedTeam, Unreadable, DEFAULT_PAGE_SIZE, MAX_THRESHOLD, PAGE_SIZES,
};
pub(crate) use sort::{Column, Sort};
