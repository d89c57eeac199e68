//! English texts of the team view.

use crate::i18n::team_texts::{grouped, TeamTexts};

fn number(n: usize) -> String {
    grouped(n, ",")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", number(n), if n == 1 { one } else { many })
}

fn file_name(name: &str) -> String {
    format!("File: {name}")
}

fn reading(done: &str, total: &str) -> String {
    format!("Rows read: {done} of {total}")
}

fn checking(done: &str, total: &str) -> String {
    format!("People checked: {done} of {total}")
}

fn exporting(done: &str, total: &str) -> String {
    format!("Lines exported: {done} of {total}")
}

fn file_error(reason: &str) -> String {
    format!("The file cannot be read: {reason}")
}

fn summary(people: usize, rows: usize) -> String {
    format!(
        "{} from {}",
        plural(people, "person", "people"),
        plural(rows, "row", "rows")
    )
}

fn checked_on(date: &str, rule: Option<&str>) -> String {
    match rule {
        Some(rule) => format!("Checked on {date} under {rule}, unless a row names another rule"),
        None => format!("Checked on {date} under the rule each row names"),
    }
}

fn status_counts(overstay: usize, warning: usize, ok: usize) -> String {
    format!(
        "{} overstay, {} close to the limit, {} within it",
        number(overstay),
        number(warning),
        number(ok)
    )
}

fn date_format(format: &str) -> String {
    format!("Dates read as {format}")
}

fn open_person(name: &str) -> String {
    format!("Open {name}")
}

fn shown(first: &str, last: &str, of: &str) -> String {
    format!("{first}–{last} of {of}")
}

fn errors_heading(rows: usize) -> String {
    format!(
        "{} could not be read; every other row was checked",
        plural(rows, "row", "rows")
    )
}

fn more_problems(n: usize) -> String {
    format!("… and {} more", number(n))
}

pub(crate) const TEXTS: TeamTexts = TeamTexts {
    number,
    views: "Views",
    tab_traveller: "One traveller",
    tab_team: "Team",
    title: "Check a team",
    tagline: "Check many people's stays at once from a spreadsheet. The file is read in your \
              browser; nothing is uploaded.",
    input_heading: "Team file",
    drop_hint: "Drop a CSV or TSV file here, or",
    choose_file: "choose a file",
    format_hint: "A header naming at least person, entry and exit; optional rule (an id of the \
                  catalogue), planned (yes/no), and any other columns, carried into the report. \
                  Dates as YYYY-MM-DD or day first (DD.MM.YYYY, DD/MM/YYYY).",
    paste_label: "Or paste rows, with their header",
    run: "Check pasted rows",
    default_rule: "Rule for rows that name none",
    rule_from_file: "None: every row names its rule",
    warn_below: "Warn when fewer days remain than",
    start_hint: "Choose a file or paste rows to start.",
    file_name,
    pasted_rows: "Pasted rows",
    loading: "Opening the file…",
    reading,
    checking,
    exporting,
    file_error,
    summary,
    checked_on,
    status_counts,
    date_format,
    person: "Person",
    rule: "Rule",
    earliest_full_stay: "Earliest full stay",
    next_planned: "Next planned trip",
    status: "Status",
    first_unlawful_day: "First unlawful day",
    flagged: "Some of this person's rows could not be read",
    open_person,
    filter_status: "Status",
    all: "All",
    filter_column: "Column",
    no_column: "Any column",
    filter_value: "Value contains",
    search: "Search by name",
    shown,
    no_match: "No one matches the filters.",
    previous: "Previous",
    next: "Next",
    page_size: "Rows per page",
    export: "Export CSV",
    print: "Print",
    errors_heading,
    line: "Line",
    column: "Column",
    value: "Value",
    problem: "Problem",
    more_problems,
    unreported: "Not in the report, no row readable:",
    close: "Close",
    edit_hint: "Edit the stays here: the person's line in the table is checked again. Your \
                file is not changed; checking the file again starts from it.",
};
