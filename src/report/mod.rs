//! The team report: many people's stays from one spreadsheet, each checked on one date.
//!
//! A team file is a CSV or TSV with a header naming at least the person, the entry and the
//! exit ([`TeamColumns`] lists the names accepted), optionally a rule per row and a planned flag;
//! every other column is carried through to the report. [`read_team`] reads it as a stream,
//! sending each row that cannot be read to a callback (a bad row never drops the others), and
//! gives a [`Team`]; each of its lines is checked on demand into a [`PersonReport`], which the
//! writers ([`CsvReportWriter`], [`JsonReportWriter`], [`TextReportWriter`]) turn into CSV, JSON or aligned text.
//!
//! Plain Rust: nothing here knows about the browser or the terminal.
//!
//! ```
//! use staycalc::report::{read_team, TeamSettings};
//! use staycalc::{date, rule, Status};
//! let file = "person,entry,exit,planned\n\
//!             Ana,2025-03-01,2025-04-30,no\n\
//!             Ana,2025-07-01,2025-07-31,yes\n";
//! let settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen")?));
//! let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}"))?;
//! let ana = team.report(0)?;
//! assert_eq!(ana.assessment.as_ref().map(|a| a.days_used), Some(61));
//! // 61 days in March and April, so July's 30th day is the 91st in its window:
//! let july = ana.next_planned.as_ref().expect("a planned trip");
//! assert_eq!(july.first_unlawful_day, Some(date(2025, 7, 30)));
//! assert_eq!(july.latest_exit, Some(date(2025, 7, 29)));
//! assert_eq!(ana.status(), Status::PlannedOverstay);
//! # Ok::<(), staycalc::Error>(())
//! ```

mod bad_row;
mod columns;
/// Edits of a line after reading, for the web app's edit in place.
#[cfg(any(test, feature = "team"))]
pub(crate) mod edit;
mod hash;
mod output;
mod papers;
mod passport;
mod person;
mod reader;
mod row;
pub(crate) mod run;
mod settings;
mod status;
mod team;
mod visa;

pub use bad_row::BadRow;
pub use columns::{TeamColumns, VisaColumns, ZONE_COLUMNS};
/// The web app's stays file writes its cells as the report does.
#[cfg(any(test, feature = "ui"))]
pub(crate) use output::push_cell;
pub use output::{CsvReportWriter, JsonReportWriter, TextReportWriter};
pub use passport::{PassportCheck, PassportReport};
pub use person::{PersonReport, ReportZone};
pub use reader::TeamReader;
pub use run::read_team;
pub use settings::TeamSettings;
pub use status::ReportStatus;
pub use team::{Spelling, Team};
pub use visa::{VisaCheck, VisaReport};
