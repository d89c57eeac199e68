//! The writer of every JSON output: the command line's, the report's, the npm package's main
//! module's and the widget's answers.

mod documents;
mod json;
mod trips;

pub use json::JsonWriter;
