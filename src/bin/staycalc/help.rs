//! `staycalc --help`: the commands; each command's own help is in its folder (`check/help.rs`,
//! `report/help.rs`, `rules/help.rs`).

/// `staycalc --help`.
pub(crate) const MAIN: &str = "\
staycalc: how many days of a stay rule (\"90 days in any 180\") are used, and how many remain

Usage:
  staycalc check (--rule ID | --window N --max M [--per-entry E]) --on DATE [options] FILE
  staycalc report --on DATE [--rule ID] [--format text|csv|json] [--fail-on S] FILE
  staycalc rules [--format text|json]
  staycalc help [COMMAND]
  staycalc --version

Commands:
  check   check one person's stays (a CSV file) against a rule on a date
  report  check a team's stays (a CSV file, one row per stay) on a date, one line per person
  rules   list the built-in rules: numbers, dates in force, legal sources, confidence
  help    this help, or a command's help (staycalc help check)

Dates are civil dates as stamped at the border; entry and exit days both count. Nothing here
is legal advice: the rules' sources and confidence are shown by `staycalc rules`.
";
