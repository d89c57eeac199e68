//! The web app's team view, as plain Rust: `cargo test` covers it without a browser.
//!
//! A team file is read and checked by a [`TeamJob`] a slice at a time (the page yields to the
//! browser between slices, so a file of a million rows never freezes it); each person's result
//! becomes a [`TeamLine`], the table's row. The table is ordered by a [`Sort`] and narrowed by a
//! [`Filter`]; the report is exported, in the order shown, by an [`ExportJob`], again a slice
//! at a time; a person's stays are edited in place through a [`PersonEdit`].
//!
//! Every date computation is the engine's and the report module's (`crate::report`); nothing
//! here reads a clock or the browser.

mod edit;
mod export;
mod filter;
mod job;
mod line;
mod sort;

pub(crate) use edit::PersonEdit;
pub(crate) use export::ExportJob;
pub(crate) use filter::{status_counts, Filter};
pub(crate) use job::{Phase, Progress, TeamJob, TeamResult};
pub(crate) use line::TeamLine;
pub(crate) use sort::{Column, Sort};
