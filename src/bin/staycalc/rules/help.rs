//! `staycalc rules --help`.

/// `staycalc rules --help`.
pub(crate) const HELP: &str = "\
staycalc rules: the built-in rules

Usage:
  staycalc rules [--format text|json]

For each rule: its id (for `staycalc check --rule ID`), name, destination, who it applies
to, its numbers for each period they were in force, its legal source, how confident the
catalogue is (high, medium, low) and when the source was last checked. With --format json,
an array with one object per rule.
";
