//! A row of a team file that cannot be read, and why.

use std::fmt;

/// A row (or one cell of it) that cannot be read. The row is left out of the report; every
/// other row is still checked, and the person it names (when the person cell can be read) is
/// flagged in the report.
///
/// ```
/// use staycalc::report::BadRow;
/// let bad = BadRow {
///     line: 7,
///     column: Some("exit".into()),
///     value: "31.02.2025".into(),
///     reason: "no such day".into(),
/// };
/// assert_eq!(bad.to_string(), r#"line 7, column exit, value "31.02.2025": no such day"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadRow {
    /// The 1-based line of the file where the row starts (the header is line 1).
    pub line: usize,
    /// The column at fault, named as in the header; `None` when the row as a whole is.
    pub column: Option<String>,
    /// The value at fault, as written (trimmed); empty when the row as a whole is at fault.
    pub value: String,
    /// What is wrong, in words (lowercase, no trailing period).
    pub reason: String,
}

impl BadRow {
    /// A problem with one cell.
    pub(crate) fn cell(line: usize, column: &str, value: &str, reason: impl Into<String>) -> Self {
        BadRow {
            line,
            column: Some(column.to_string()),
            value: value.trim().to_string(),
            reason: reason.into(),
        }
    }

    /// A problem with the whole row.
    pub(crate) fn row(line: usize, reason: impl Into<String>) -> Self {
        BadRow {
            line,
            column: None,
            value: String::new(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(column) => write!(
                f,
                "line {}, column {column}, value {}: {}",
                self.line,
                crate::error::Quoted(&self.value),
                self.reason
            ),
            None => write!(f, "line {}: {}", self.line, self.reason),
        }
    }
}
