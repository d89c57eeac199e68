//! Writing a report: CSV for spreadsheets (safe to open), JSON for programs (one object per
//! person, named as `staycalc check --format json`), and aligned text for people.
//!
//! The CSV and JSON writers take one [`PersonReport`] at a time, so a report of any size is
//! written in constant memory; the text writer needs every line first, to align the columns.
//!
//! ```
//! use staycalc::report::CsvReportWriter;
//! use staycalc::report::{read_team, TeamSettings};
//! use staycalc::{date, rule};
//! let file = "person,entry,exit,note\nAna,2025-03-01,2025-03-10,=1+1\n";
//! let settings = TeamSettings::new(date(2025, 6, 1), Some(rule("schengen")?));
//! let team = read_team(file.as_bytes(), settings, |bad| panic!("{bad}"))?;
//! let mut csv = CsvReportWriter::new(Vec::new(), team.carried_names()).unwrap();
//! for report in team.reports() {
//!     csv.write(&report?).unwrap();
//! }
//! let text = String::from_utf8(csv.into_inner()).unwrap();
//! assert!(text.starts_with("person,note,rule,rule_name,on,"));
//! assert!(text.lines().nth(1).unwrap().starts_with("Ana,'=1+1,schengen,"));
//! # Ok::<(), staycalc::Error>(())
//! ```

mod csv;
mod fields;
mod json;
mod text;

/// The web app's stays file writes its cells as the report does.
#[cfg(any(test, feature = "ui"))]
pub(crate) use self::csv::push_cell;
pub use self::csv::CsvReportWriter;
pub(crate) use self::fields::is_reserved;
pub use self::json::JsonReportWriter;
pub use self::text::TextReportWriter;

#[cfg(doc)]
use crate::report::PersonReport;
