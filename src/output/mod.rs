//! The writers of every JSON output: the command line's, the report's and the npm package's
//! main module's answers, with the field tables they share.

mod fields;
mod json;

pub use fields::FieldValue;
pub use json::JsonWriter;
