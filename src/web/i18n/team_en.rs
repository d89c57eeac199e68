//! English texts of the team view.

use crate::web::i18n::en;
use crate::web::i18n::team_texts::{grouped, megabytes, TeamTexts};
use chrono::NaiveDate;

fn passport_fails(
    entry: NaiveDate,
    exit: NaiveDate,
    needed_by: NaiveDate,
    expires: bool,
    old: bool,
) -> String {
    let mut why = Vec::new();
    if expires {
        why.push("must be valid 3 months after the exit");
    }
    if old {
        why.push("must be issued within 10 years before the entry");
    }
    format!(
        "Passport does not cover the trip {}: it {}. New passport needed by {}.",
        en::range(entry, exit),
        why.join(" and "),
        en::date(needed_by)
    )
}

fn trip_passport_fails(
    entry: NaiveDate,
    exit: NaiveDate,
    needed_by: NaiveDate,
    latest: Option<NaiveDate>,
) -> String {
    let days = days_only(latest);
    format!(
        "{}: the passport does not cover this trip; new passport needed by {}.{days}",
        en::range(entry, exit),
        en::date(needed_by)
    )
}

/// What the days alone would allow (nothing when they allow no day), after a trip's verdict
/// on its passport.
fn days_only(latest: Option<NaiveDate>) -> String {
    latest.map_or(String::new(), |latest| {
        format!(
            " Counting days only, the stay could last until {}.",
            en::date(latest)
        )
    })
}

fn trip_passport_too(needed_by: NaiveDate) -> String {
    format!(
        "The passport does not cover it either: new passport needed by {}.",
        en::date(needed_by)
    )
}

/// Why a passport could not be checked: no expiry date, or the rows disagree.
fn unchecked_why(no_expiry: bool) -> &'static str {
    if no_expiry {
        "no expiry date is given"
    } else {
        "this person's rows give different passport dates or could not be read"
    }
}

fn trip_passport_unchecked(
    entry: NaiveDate,
    exit: NaiveDate,
    no_expiry: bool,
    latest: Option<NaiveDate>,
) -> String {
    let days = days_only(latest);
    format!(
        "{}: the passport could not be checked for this trip: {}.{days}",
        en::range(entry, exit),
        unchecked_why(no_expiry)
    )
}

fn trip_passport_unchecked_too(no_expiry: bool) -> String {
    format!(
        "The passport could not be checked either: {}.",
        unchecked_why(no_expiry)
    )
}

fn passport_ok(expiry: NaiveDate) -> String {
    format!("Valid until {}", en::date(expiry))
}

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

fn unread_rows(rows: usize, lines: &str) -> String {
    let line = if rows == 1 { "line" } else { "lines" };
    format!(", {} of them unreadable ({line} {lines})", number(rows))
}

fn checked_on(on: NaiveDate, rule: Option<&str>) -> String {
    let date = (en::TEXTS.date)(on);
    match rule {
        Some(rule) => format!("Checked on {date} under {rule}, unless a row names another rule"),
        None => format!("Checked on {date} under the rule each row names"),
    }
}

fn summary_by_zone(lines: usize, people: usize, rows: usize) -> String {
    format!(
        "{} (a person in a zone each) for {} from {}",
        plural(lines, "line", "lines"),
        plural(people, "person", "people"),
        plural(rows, "row", "rows")
    )
}

fn checked_by_zone(on: NaiveDate) -> String {
    let date = (en::TEXTS.date)(on);
    format!(
        "Checked on {date} by zone: a line per person and zone (the Schengen area or one \
         country), each under the rule for the person's nationality there"
    )
}

fn elsewhere(rows: usize, lines: &str) -> String {
    format!(
        "Not counted under the rule, as another zone's days: {} in a country outside the rule's \
         zone (lines: {lines}). A nationality column (and no rule column) checks every zone.",
        plural(rows, "row", "rows")
    )
}

fn encoding(name: &str) -> String {
    format!("Not UTF-8: read as {name} (Cyrillic, as Russian-locale Excel saves CSV)")
}

fn sheet(name: &str, row: usize) -> String {
    format!("Read sheet “{name}”, header on row {row}; rows are numbered as in the sheet")
}

fn date_format(format: &str) -> String {
    format!("Dates read as {format}")
}

fn spelling(spelling: &str, line: u32, person: &str) -> String {
    format!("“{spelling}” (line {line}) as {person}")
}

fn open_person(name: &str) -> String {
    format!("Open {name}")
}

fn shown(first: &str, last: &str, of: &str) -> String {
    format!("{first}–{last} of {of}")
}

fn errors_heading(unread: usize, passport: usize, visa: usize) -> String {
    let mut said = Vec::new();
    if unread > 0 {
        said.push(format!(
            "{} could not be read",
            plural(unread, "row", "rows")
        ));
    }
    if passport > 0 {
        let (gives, its) = if passport == 1 {
            ("gives", "its stays are counted, the person's")
        } else {
            ("give", "their stays are counted, their people's")
        };
        said.push(format!(
            "{} {gives} another passport date than the person's other rows: {its} passport is \
             not checked",
            plural(passport, "row", "rows")
        ));
    }
    if visa > 0 {
        let (gives, its) = if visa == 1 {
            ("gives", "its stays are counted, the person's")
        } else {
            ("give", "their stays are counted, their people's")
        };
        said.push(format!(
            "{} {gives} another visa than the person's other rows, only part of one, or an \
             UNTIL before its FROM: {its} visa is not checked",
            plural(visa, "row", "rows")
        ));
    }
    said.push("every other row was checked".to_string());
    said.join("; ")
}

fn more_problems(n: usize) -> String {
    format!("… and {} more", number(n))
}

fn size(bytes: usize) -> String {
    format!("{}\u{a0}MB", megabytes(bytes, '.'))
}

fn edits_restored(people: usize) -> String {
    format!(
        "Your edits to {} from your last visit are applied again; the file itself is not changed.",
        plural(people, "person", "people")
    )
}

fn edits_applied(people: usize) -> String {
    format!(
        "Your edits to {} are applied and kept in this browser for these rows; the file itself \
         is not changed.",
        plural(people, "person", "people")
    )
}

fn edits_missed(people: usize) -> String {
    format!(
        "{} edited could not be applied (no longer under the same rule here, or their stays do \
         not fit the check date): shown as the file says.",
        plural(people, "person", "people")
    )
}

fn edits_elsewhere(people: usize, name: Option<&str>) -> String {
    let other = name.map_or_else(
        || "other rows".to_string(),
        |name| format!("another file, {name}"),
    );
    format!(
        "Your edits to {} were made to {other}: they are kept, not applied, because these rows \
         differ. Editing someone here replaces them.",
        plural(people, "person", "people")
    )
}

fn discard_confirm(people: usize) -> String {
    format!(
        "Discard your edits to {} and show the rows as they are?",
        plural(people, "person", "people")
    )
}

fn file_not_kept(name: &str, people: usize) -> String {
    let edits = match people {
        0 => String::new(),
        n => format!(
            " and to apply your edits to {} again",
            plural(n, "person", "people")
        ),
    };
    format!("Your last file, {name}, is not kept in this browser (files never are): choose it again to check it{edits}.")
}

fn text_not_kept_last(bytes: usize) -> String {
    format!(
        "The rows you pasted last time ({}) could not be kept in this browser (too large, or its \
         storage was full): paste them again.",
        size(bytes)
    )
}

fn text_too_large(bytes: usize) -> String {
    format!(
        "These pasted rows ({}) are too large to keep in this browser (limit 2\u{a0}MB): they will be \
         gone after a reload. The settings and edits are kept.",
        size(bytes)
    )
}

fn saved_damaged(fields: usize) -> String {
    format!(
        "Some of the team data saved in this browser could not be read: {} left out, the rest \
         restored.",
        plural(fields, "entry", "entries")
    )
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
    drop_hint: "Drop a CSV, TSV or Excel file (.xlsx, .xls, .ods) here, or",
    choose_file: "choose a file",
    format_hint: "A header naming at least person, entry and exit (or ФИО, Дата въезда, Дата \
                  выезда, Келу күні, Кету күні…); optional rule (an id of the catalogue), planned \
                  (yes/no), passport expiry and passport issued, a visa as visa from, visa \
                  until, visa entries (1, 2, MULT) and visa days (checked for Schengen trips), \
                  and any other columns, carried into the report. Dates as YYYY-MM-DD, \
                  DD.MM.YYYY, or DD/MM/YYYY (month first only if the whole file is). UTF-8 or \
                  Windows-1251.",
    paste_label: "Or paste rows, with their header",
    run: "Check pasted rows",
    default_rule: "Rule for rows that name none",
    rule_from_file: "None: every row names its rule",
    rule_by_zone: "Rule: checked by zone, each zone under the rule for the person's nationality there (the file has country and nationality columns)",
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
    checked_by_zone,
    summary_by_zone,
    unread_rows,
    zone_columns: ["Zone", "Zone name", "Countries", "Nationality", "Days present"],
    zone_why: "Why this rule",
    date_format,
    spellings: "Names that differ only in letter case, spaces or dots are read as one person \
                (if they are different people, give them different names in the file):",
    spelling,
    encoding,
    elsewhere,
    sheet,
    person: "Person",
    rule: "Rule",
    earliest_full_stay: "Earliest full stay",
    next_planned: "Next planned trip",
    status: "Status",
    first_unlawful_day: "First unlawful day",
    sort_by: "Sort by",
    flagged: "Some of this person's rows could not be read",
    check_rows: "Check rows",
    amber_either: "Close to the limit, or to check (one stay or two)",
    no_limit: "No limit",
    no_rule_known: "No rule known",
    passport: "Passport",
    passport_fails,
    trip_passport_fails,
    trip_passport_too,
    trip_passport_unchecked,
    trip_passport_unchecked_too,
    passport_ok,
    passport_no_conditions: "Passport not checked: passport conditions are known for the \
                             Schengen rule only",
    passport_no_expiry: "Passport not checked: no expiry date given",
    passport_unclear: "Passport not checked: check this person's rows",
    visa: "Visa",
    visa_unclear: "Visa not checked: check this person's rows",
    visa_outside: |entry| {
        format!(
            "No visa in the file is valid on the entry {}: that trip is checked by the day count \
             alone.",
            en::date(entry)
        )
    },
    trip_visa_days_only: days_only,
    trip_visa_unchecked: |entry, exit| {
        format!(
            "{}: the visa could not be checked for this trip: this person's rows give different \
             visa values, only part of one, or could not be read.",
            en::range(entry, exit)
        )
    },
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
    export_readable: "Export table for reading (CSV)",
    #[cfg(feature = "workbook")]
    export_xlsx: "Export table for reading (Excel)",
    #[cfg(feature = "workbook")]
    export_xlsx_too_big: "An Excel sheet holds at most 1,048,575 people: narrow the table with the filters, or export CSV",
    #[cfg(feature = "workbook")]
    sheet_name: "Team",
    template: "Download a template file",
    by_column: "People by status in each group",
    by_column_choice: "Group by",
    total: "Total",
    print: "Print",
    errors_heading,
    line: "Line",
    column: "Column",
    value: "Value",
    problem: "Problem",
    more_problems,
    unread: "No row readable (in the table as “Check rows”, with no numbers):",
    close: "Close",
    edit_hint: "Edit the stays here: the person's line in the table is checked again. Your \
                file is not changed; your edits are kept in this browser and applied again \
                when the same file or rows are checked.",
    saved_note: "Pasted rows, settings and edits are kept in this browser only, until you forget \
                 them; files are never kept.",
    forget: "Forget saved data",
    forget_confirm: "Forget the team data kept in this browser (pasted rows, settings and edits) \
                     and clear this page? Your files are not touched.",
    forget_yes: "Forget",
    dismiss: "Dismiss",
    edits_restored,
    edits_applied,
    edits_missed,
    edits_elsewhere,
    discard_edits: "Discard edits",
    discard_confirm,
    discard_yes: "Discard",
    forget_edits: "Forget those edits",
    file_not_kept,
    text_not_kept_last,
    text_too_large,
    storage_full: "This browser's storage is full: the pasted rows will be gone after a reload. \
                   The settings and edits are kept.",
    storage_off:
        "This browser lets the page keep nothing (private browsing, or storage turned off \
                  or full): what you enter here will be gone after a reload.",
    saved_damaged,
    saved_unreadable: "The team data saved in this browser could not be read, so the page starts \
                       empty (a copy is kept aside until you forget saved data).",
    saved_newer: "The team data saved in this browser is from a newer version of this page and \
                  was not read (a copy is kept aside until you forget saved data).",
};
