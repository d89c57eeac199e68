//! Reading what people give: dates as typed, pasted lists of stays, and CSV files of stays.
//!
//! Nothing here computes a rule: the readers turn text into [`crate::stay::Stay`] values and report
//! every line they cannot read, with its number, column and value.

mod countries;
mod csv;
mod dates;
mod encoding;
pub(crate) mod header;
#[cfg(any(test, feature = "wasm-report"))]
pub mod json_person;
mod ongoing;
mod paste;
mod stays;
#[cfg(feature = "workbook")]
mod workbook;

pub use countries::read_country_column;
#[cfg(any(test, feature = "team"))]
pub(crate) use csv::Loading;
pub use csv::{CsvReader, CsvRecord, MAX_RECORD_BYTES};
pub use dates::{parse_any_date, DateFormat};
pub(crate) use dates::{read as read_date, DateOrder, Order, Reading};
#[cfg(any(test, feature = "team"))]
pub(crate) use encoding::{utf8_bytes, ENCODING_SAMPLE};
pub use encoding::{utf8_reader, Encoding};
pub(crate) use ongoing::means_no_exit_yet;
#[cfg(any(test, feature = "ui"))]
pub(crate) use paste::NO_YEAR;
pub use paste::{parse_pasted, Pasted, RejectedLine};
pub use stays::{read_stays, StaysFile, ERRORS_KEPT};
#[cfg(feature = "workbook")]
pub use workbook::{is_workbook, read_workbook, Workbook, HEADER_ROWS};
