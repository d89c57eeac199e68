//! English.

use crate::assessment::Status;
use crate::error::Error;
use crate::rule::{Confidence, Limits, PerEntry, Window};
use crate::timeline::{CountedPart, TimelineDay};
use crate::warning::Warning;
use crate::web::i18n::places;
use crate::web::i18n::reason::named_country;
use crate::web::i18n::texts::{Texts, ZoneTexts};
use crate::web::traveller::{Dropped, MAX_ROWS};
use crate::zones::{LogWarning, Why};
use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub(super) fn date(date: NaiveDate) -> String {
    format!(
        "{} {} {}",
        date.day(),
        MONTHS[date.month0() as usize],
        date.year()
    )
}

/// Two dates as a range with a dash, the shared month or year said once: `1–10 Mar 2025`,
/// `1 Mar – 10 Apr 2025`, `20 Dec 2026 – 5 Jan 2027`.
pub(super) fn range(start: NaiveDate, end: NaiveDate) -> String {
    let month = |d: NaiveDate| MONTHS[d.month0() as usize];
    if start == end {
        date(start)
    } else if start.year() != end.year() {
        format!("{} – {}", date(start), date(end))
    } else if start.month() != end.month() {
        format!("{} {} – {}", start.day(), month(start), date(end))
    } else {
        format!("{}–{}", start.day(), date(end))
    }
}

fn month(date: NaiveDate) -> &'static str {
    MONTHS[date.month0() as usize]
}

fn days(n: u32) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

fn confidence_name(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::High => "high",
        Confidence::Medium => "medium",
        Confidence::Low => "low",
    }
}

fn limits_text(limits: &Limits) -> String {
    let window = limits.window.map(|window| match window {
        Window::Rolling { days: d, max } => format!("at most {} in any {}", days(max), days(d)),
        Window::CalendarYear { max } => format!("at most {} per calendar year", days(max)),
        Window::FromFirstEntry { days: d, max } => {
            format!(
                "at most {} in each {d}-day period from a first entry",
                days(max)
            )
        }
    });
    let per_entry = limits.per_entry.map(|cap| match cap {
        PerEntry::Days(n) => format!("at most {} per stay", days(n)),
        PerEntry::Months(1) => "at most 1 month per stay".to_string(),
        PerEntry::Months(n) => format!("at most {n} months per stay"),
    });
    [window, per_entry]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ")
}

fn from_date(on: NaiveDate) -> String {
    format!("from {}", date(on))
}

fn destination_name(name: &'static str) -> &'static str {
    name
}

fn country_name(code: &'static str) -> &'static str {
    places::country(code, 0)
}

fn field(field: &str) -> &str {
    match field {
        "entry" => "the entry date",
        "exit" => "the exit date",
        "on" | "check date" => "the check date",
        other => other,
    }
}

fn error(error: &Error) -> String {
    match error {
        Error::BadDate {
            value, field: f, ..
        } => {
            format!("{} {value:?} is not a date", field(f))
        }
        Error::DateOutOfRange {
            date: d, field: f, ..
        } => format!(
            "{} {} is outside the supported dates, 1900 to 2199",
            field(f),
            date(*d)
        ),
        Error::ExitBeforeEntry { entry, exit, .. } => format!(
            "the exit {} is before the entry {}",
            date(*exit),
            date(*entry)
        ),
        Error::OpenStayAfterCheckDate { entry, on, .. } => format!(
            "a stay you are still on cannot start on {}, after the check date {}",
            date(*entry),
            date(*on)
        ),
        Error::UnknownRule { id } => format!("there is no rule {id:?} in the catalogue"),
        Error::RuleNotInForce { on, from, .. } => format!(
            "the rule is not in force on {}: it starts on {}",
            date(*on),
            date(*from)
        ),
        Error::InvalidRule { reason, .. } => format!("these numbers make no rule: {reason}"),
        Error::InvalidNumber { field, value, .. } => format!(
            "the {field} {value:?} is not a whole number of days from 1 to {}",
            crate::rule::MAX_RULE_DAYS
        ),
        Error::BadInput { reason, .. } => reason.clone(),
        Error::InvalidDocument { .. } => error.to_string(),
        Error::UnknownCountry { .. } | Error::TooManyPlannedStays { .. } => error.to_string(),
    }
}

/// The engine's reasons are English already.
fn reason(text: &str) -> String {
    text.to_string()
}

fn warning(warning: &Warning) -> String {
    match warning {
        Warning::Overlap {
            first_row,
            second_row,
            from,
            until,
        } => format!(
            "stays {first_row} and {second_row} overlap on {}: those days count once",
            range(*from, *until)
        ),
        Warning::Reentry {
            rows,
            entry,
            reentry,
            cap,
            last_day,
        } => format!(
            "stays {} follow each other with no day between: each counts as a new entry, with \
             its own {} from {}. If you did not leave in between, they are one stay from {}, \
             and its {} end on {}",
            {
                let mut text = String::new();
                let _ = crate::warning::list(&mut text, rows);
                text
            },
            days(*cap),
            date(*reentry),
            date(*entry),
            days(*cap),
            date(*last_day)
        ),
    }
}

fn row_label(n: usize) -> String {
    format!("Stay {n}")
}

fn delete_row(n: usize) -> String {
    format!("Delete stay {n}")
}

/// What reading saved data or a link left out, as a list (`2 stay dates, the rule`).
fn left_out(dropped: &Dropped) -> String {
    let mut parts = Vec::new();
    match dropped.dates {
        0 => {}
        1 => parts.push("1 stay date".to_string()),
        n => parts.push(format!("{n} stay dates")),
    }
    match dropped.rows {
        0 => {}
        1 => parts.push(format!("1 stay over the limit of {MAX_ROWS}")),
        n => parts.push(format!("{n} stays over the limit of {MAX_ROWS}")),
    }
    let fields = [
        (dropped.rule, "the rule"),
        (dropped.check_date, "the check date"),
        (dropped.lang, "the language"),
        (dropped.nationality, "the nationality"),
        (dropped.custom, "your own numbers"),
    ];
    parts.extend(fields.iter().filter(|f| f.0).map(|f| f.1.to_string()));
    parts.join(", ")
}

fn saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Part of the data saved in this browser could not be read and was left out: {}. \
         Everything else was restored.",
        left_out(dropped)
    )
}

fn widget_saved_left_out(dropped: &Dropped) -> String {
    format!(
        "Part of the data this calculator saved could not be read and was left out: {}. \
         Everything else was restored. The saved data stays as it was until you change \
         something.",
        left_out(dropped)
    )
}

fn link_left_out(dropped: &Dropped) -> String {
    format!(
        "Part of the link could not be read and was left out: {}. Everything else was opened.",
        left_out(dropped)
    )
}

fn pasted(n: usize) -> String {
    match n {
        1 => "Added 1 stay.".into(),
        n => format!("Added {n} stays."),
    }
}

fn line(n: usize) -> String {
    format!("Line {n}")
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Ok => "Within the limit",
        Status::Warning => "Close to the limit",
        Status::PlannedOverstay => "A planned trip breaks the rule",
        Status::PastOverstay => "Overstayed in the past",
        Status::Overstay => "Overstay",
    }
}

fn window_note(start: NaiveDate, end: NaiveDate) -> String {
    format!("in the window {}", range(start, end))
}

fn of_limit(limit: u32) -> String {
    format!("of {limit}")
}

fn longest_stay(on: NaiveDate, staying_on: bool) -> String {
    if staying_on {
        format!("Longest stay from {}, staying on", date(on))
    } else {
        format!("Longest stay if you enter on {}", date(on))
    }
}

fn leave_by(on: NaiveDate, staying_on: bool) -> String {
    if staying_on {
        "Leave by".to_string()
    } else {
        format!("Enter on {} → leave by", date(on))
    }
}

fn earliest_full_stay(n: u32) -> String {
    format!("Full {} available from", days(n))
}

fn full_stay_if(leaving: Option<NaiveDate>, planned: bool) -> String {
    match (leaving, planned) {
        (Some(on), false) => format!("If you leave on {}.", date(on)),
        (Some(on), true) => format!(
            "If you leave on {}; the trips you plan are not counted.",
            date(on)
        ),
        (None, _) => "The trips you plan are not counted.".to_string(),
    }
}

fn full_again(n: u32) -> String {
    format!("Full {} available again from", days(n))
}

fn passport_leave_by(exit: NaiveDate, expiry: NaiveDate) -> String {
    format!(
        "Your passport ends your stay sooner: leave by {}, as it must be valid 3 months after \
         you leave (it is valid until {}).",
        date(exit),
        date(expiry)
    )
}

fn passport_trip(entry: NaiveDate, exit: NaiveDate, needed_by: NaiveDate) -> String {
    format!(
        "Your passport does not cover the trip {}: it must be valid 3 months after you leave. \
         A new one is needed by {}.",
        range(entry, exit),
        date(needed_by)
    )
}

fn trip_ok(entry: NaiveDate, exit: NaiveDate, latest: Option<NaiveDate>) -> String {
    match latest {
        Some(latest) => format!(
            "{}: fine; you could stay until {}.",
            range(entry, exit),
            date(latest)
        ),
        None => format!("{}: fine.", range(entry, exit)),
    }
}

fn trip_breaks(entry: NaiveDate, exit: NaiveDate, first: NaiveDate, n: u32) -> String {
    format!(
        "{}: breaks the rule from {} ({} over).",
        range(entry, exit),
        date(first),
        days(n)
    )
}

fn entry_leave_by(cap: u32, last: NaiveDate) -> String {
    format!("At most {} per entry: leave by {}", days(cap), date(last))
}

fn entry_over(day: u32, cap: u32, last: NaiveDate) -> String {
    format!(
        "Day {day} of a stay of at most {}: it had to end by {}",
        days(cap),
        date(last)
    )
}

fn trip_breaks_later(
    entry: NaiveDate,
    exit: NaiveDate,
    n: u32,
    latest: Option<NaiveDate>,
) -> String {
    let said = format!(
        "{}: within the rule itself, but it makes {} of a later trip unlawful",
        range(entry, exit),
        days(n)
    );
    match latest {
        Some(latest) => format!(
            "{said}; leave by {} to keep that trip lawful.",
            date(latest)
        ),
        None => format!("{said}."),
    }
}

fn past_overstay(first: NaiveDate, n: u32) -> String {
    format!(
        "From {}: {} over the limit. There is no overstay on the check date, but an overstay on \
         record may matter at the next entry.",
        date(first),
        days(n)
    )
}

fn answer_for(on: NaiveDate) -> String {
    format!("For {}", date(on))
}

fn bar_for(on: NaiveDate) -> String {
    answer_for(on)
}

fn summary_used(on: NaiveDate, used: u32, limit: u32) -> String {
    format!("On {}: {used} of {limit} days used.", date(on))
}

fn summary(on: NaiveDate, used: u32, limit: u32, remaining: u32) -> String {
    format!(
        "On {}: {used} of {limit} days used, {} remaining.",
        date(on),
        days(remaining)
    )
}

fn overstay_from(first: NaiveDate) -> String {
    format!("The rule is broken from {}.", date(first))
}

fn overstay_days(on: NaiveDate) -> String {
    format!("Days over the limit on {}", date(on))
}

fn unlawful_total(n: u32) -> String {
    format!("{} of presence in your list break the rule.", days(n))
}

fn explain_day(day: &TimelineDay) -> String {
    let mut text = format!(
        "on {}: {} in {}",
        date(day.date),
        days(day.count),
        range(day.window_start, day.date)
    );
    if day.limit == 0 {
        text += " (the rule is not in force)";
    } else {
        text += &format!(" (limit {})", day.limit);
    }
    if day.per_entry_cap > 0 && day.day_of_stay > 0 && day.per_entry_cap != day.limit {
        text += &format!(
            "; day {} of the stay (at most {} per entry)",
            day.day_of_stay, day.per_entry_cap
        );
    }
    if day.unlawful {
        text += ": over the limit";
    }
    text
}

fn counted_parts(parts: &[CountedPart]) -> String {
    let parts: Vec<String> = parts
        .iter()
        .map(|p| {
            format!(
                "stay {}, {} ({})",
                p.row,
                range(p.from, p.until),
                days(p.days)
            )
        })
        .collect();
    match parts.len() {
        0 => "No stay is counted.".to_string(),
        _ => format!("Counted: {}.", parts.join("; ")),
    }
}

/// Every English text.
pub(crate) const TEXTS: Texts = Texts {
    date,
    month,
    days,
    rule_words: crate::catalogue::wordings::english,
    title: "How long may I stay?",
    tagline: "Count the days of a stay rule, such as 90 days in any 180, from your trips. \
        Everything is computed in this browser: nothing you enter is sent anywhere.",
    language: "Language",
    disclaimer: "Not legal advice. Rules change and border officers decide: check with the \
        authorities before you travel.",
    embed_link: "Put this calculator on your own site",
    embed_href: "embed-docs.html",
    rule_heading: "Rule",
    destination: "Destination",
    choose: "Choose…",
    nationality: "Nationality",
    nationality_other: "Another nationality",
    rule: "Rule",
    custom_rule: "My own numbers",
    no_rule_for: "The catalogue has no rule for this nationality here: choose a rule by name, \
        or enter its numbers.",
    window_days: "Window (days)",
    max_days: "Most days in the window",
    per_entry_days: "Most days per stay (optional)",
    limits: "Limits",
    applies_to: "Applies to",
    source: "Source",
    confidence: "Confidence",
    last_checked: "Last checked",
    consequences: "If you overstay",
    notes: "Notes",
    rule_more: "Who it applies to, sources, overstay consequences and notes",
    sources_in_original: "",
    confidence_name,
    limits_text,
    from_date,
    destination_name,
    country_name,
    check_date: "Check date",
    today: "Today",
    check_date_hint: "The day the answer is for: today, unless you change it.",
    passport_heading: "Your passport",
    passport_expiry: "Valid until",
    passport_hint: "Optional. In the Schengen area a passport must be valid at least 3 months \
        after the day you leave.",
    passport_not_checked: "Passport conditions are known for the Schengen rule only: this \
        rule's are not checked.",
    passport_leave_by,
    passport_trip,
    passport_sets_it: "Set by your passport: it must be valid 3 months after you leave.",
    stays_heading: "Your stays",
    stays_hint: "Entry and exit days both count. Tick “still there” if you have not left \
        yet. Trips after the check date are planned trips.",
    entry: "Entry",
    exit: "Exit",
    date_placeholder: "YYYY-MM-DD",
    still_there: "Still there",
    row_label,
    delete_row,
    planned: "Planned",
    add_stay: "Add a stay",
    sort: "Sort by date",
    no_stays: "No stays yet: add one, or paste a list below.",
    issue_no_exit: "Not counted yet: enter the exit date, or tick “still there”.",
    issue_no_entry: "Not counted yet: enter the entry date.",
    error,
    reason,
    warning,
    paste_heading: "Paste a list",
    paste_hint: "One stay per line, entry then exit, as you write them: 01.03.2025 - 10.03.2025, \
        12 Mar 2025 to 20 Mar 2025, 12–20 March 2025, rows copied from a spreadsheet. The day \
        comes before the month. A country or a note and the number of days may stand beside the \
        dates. A line with one date is a stay you are still on.",
    paste_button: "Add these stays",
    pasted,
    line,
    paste_header: "read as the column names",
    answer_heading: "Answer",
    status_name,
    one_stay_or_two: "Check: one stay or two?",
    close_and_one_stay: "Close to the limit; also check: one stay or two?",
    days_used: "Days used",
    window_note,
    days_remaining: "Days remaining",
    of_limit,
    remaining_note: "Days remaining is not the longest stay you can make: while you stay, \
        old days leave the window and new ones join it, and a per-stay limit may end a stay \
        sooner. The longest stay is shown above.",
    longest_stay,
    latest_exit: "Latest exit",
    leave_by,
    no_latest_exit: "None: being there on this date already breaks the rule.",
    earliest_full_stay,
    full_again,
    no_full_stay: "Not within the supported dates.",
    full_stay_if,
    no_answer: "No answer yet:",
    planned_heading: "Planned trips",
    trip_ok,
    trip_breaks,
    summary,
    summary_used,
    overstay_heading: "Overstay",
    overstay_from,
    overstay_days,
    unlawful_total,
    consequences_unknown: "The catalogue does not say what this rule's overstay leads to: \
        ask the authorities.",
    share: "Share link",
    share_ready: "Your stays are in this link, after the #. Browsers never send that part to \
        a server.",
    share_copied: "Copied to the clipboard.",
    shared_opened: "Opened from a shared link.",
    answer_for,
    bar_for,
    not_today: "not today",
    keep_shared: "Keep these trips as mine",
    entry_left: "Days left on this entry",
    entry_leave_by,
    entry_over,
    keeping_plans: "Latest exit keeping planned trips lawful",
    keeping_plans_note: "Staying on from the check date, so that no planned trip breaks the rule.",
    keeping_plans_none:
        "None: a stay from the check date would break the rule or make a planned trip unlawful.",
    trip_breaks_later,
    past_overstay_heading: "Overstayed in the past",
    past_overstay,
    past_consequences: "What it may mean at the next entry",
    restore_mine: "Bring back my own data",
    newer_version: "This link or the saved data comes from a newer version of this app and \
        cannot be read here.",
    saved_unreadable: "The data saved in this browser could not be read, so the calculator \
        starts empty. Nothing was deleted: that data stays in this browser.",
    saved_left_out,
    link_unreadable: "This link could not be read: it is damaged or cut short, so nothing was \
        taken from it. Ask the sender for the link again.",
    link_left_out,
    widget_saved_left_out,
    widget_saved_unreadable: "The data this calculator saved could not be read, so it starts \
        empty. The saved data stays as it was until you change something.",
    clear: "Clear everything",
    clear_confirm: "Delete all stays and settings from this browser?",
    clear_yes: "Yes, delete",
    cancel: "Cancel",
    update_ready: "A new version of this app is ready: reload the page to use it. Your stays are kept.",
    reload: "Reload",
    whose_trips: "Whose trips?",
    people_hint: "Keep the trips of several people in this browser (a family, a couple): give a name to these, or go on for yourself.",
    person_name: "Name",
    save_name: "Save",
    just_me: "Just me",
    add_person: "Add a person",
    me: "Me",
    backup_hint: "Keep a copy of your stays, or move them to another device: the file stays with you, nothing is uploaded. The CSV also opens in a spreadsheet, on the team page and in the command line.",
    save_json: "Save as JSON",
    save_csv: "Save as CSV",
    open_file: "Open a saved file",
    file_unreadable: "This file could not be read: open a JSON or CSV file saved here, or a CSV with entry and exit columns.",
    reader_loading: "Loading the date reader…",
    reader_unavailable: "The date reader could not be loaded (the connection may be down), so nothing was added. Try again once you are online.",
    print: "Print summary",
    calendar: "Add to calendar",
    chart_heading: "Days counted, day by day",
    chart_help: "The line is the number of days counted on each day, the dashed line the \
        limit, the bars below your stays (planned trips lighter, days over the limit in red), \
        and the vertical line the check date. Point at a day, or focus the chart and use the \
        arrow keys, to see how its count is made.",
    legend_count: "days counted",
    legend_limit: "limit",
    legend_entry: "days in this stay",
    legend_entry_cap: "per-entry cap",
    legend_stay: "stay",
    legend_planned: "planned",
    legend_over: "over the limit",
    legend_today: "check date",
    explain_day,
    counted_parts,
    zones: &ZONES,
    visa: &crate::web::i18n::visa_texts::EN,
    permit: &crate::web::i18n::permit_texts::EN,
    deadlines: &crate::web::i18n::deadline_texts::EN,
};

fn zone_why(why: Why, nationality: &str) -> String {
    let citizen = format!("A citizen of {}", named_country(nationality, "en"));
    match why {
        Why::Home => format!("{citizen}: no limit in their own country"),
        Why::FreeMovement => format!(
            "{citizen}: EU, EEA and Swiss citizens move freely here, with no short-stay limit"
        ),
        Why::Named => format!("{citizen}: the rule for this nationality"),
        Why::General => {
            format!("{citizen}: the general rule; check that it covers your nationality")
        }
        Why::NoRule => format!(
            "{citizen}: the catalogue has no rule for this nationality here; days are counted, \
             no limit is assumed"
        ),
        Why::NotYetInForce(from) => format!(
            "{citizen}: the rule starts on {}; days are counted, no limit is assumed",
            date(from)
        ),
    }
}

fn zone_counted(names: &str) -> String {
    format!("Counted: {names}")
}

fn without_country_note(zone: &str) -> String {
    format!("Stays without a country count toward: {zone}.")
}

fn elsewhere(country: &str) -> String {
    format!(
        "{} is outside the chosen rule's zone on these days: not counted under it. Give your \
         nationality to see that country's answer.",
        named_country(country, "en")
    )
}

fn log_warning(warning: &LogWarning) -> String {
    match warning {
        LogWarning::Assumption {
            country,
            inside: true,
            ..
        } => format!(
            "{}: its days are assumed to count toward the Schengen area, as there are no border \
             checks between it and its Schengen neighbour. No official source confirms it: check \
             before you rely on it.",
            named_country(country.alpha2, "en")
        ),
        LogWarning::Assumption { country, .. } => format!(
            "{}: entering it is assumed to be leaving the Schengen area, as it keeps border \
             checks; its days are counted apart. No official source confirms it: check before \
             you rely on it.",
            named_country(country.alpha2, "en")
        ),
        LogWarning::TwoZones {
            first_row,
            first_zone,
            second_row,
            second_zone,
            from,
            until,
        } => format!(
            "Stays {first_row} ({}) and {second_row} ({}) overlap on {}, beyond a day of \
             crossing: both zones count those days. Check the dates: normally only the day you \
             cross counts in both.",
            first_zone.name("en"),
            second_zone.name("en"),
            range(*from, *until)
        ),
    }
}

/// The texts of countries on stays and the answer per zone.
const ZONES: ZoneTexts = ZoneTexts {
    country: "Country",
    country_placeholder: "optional: France, FR",
    heading: "Your nationality",
    hint: "Your stays have countries: with your nationality the answer covers each country and zone, under the rule for your passport.",
    first: "Nationality",
    second: "Second nationality (optional)",
    needed: "Give your nationality to get an answer for each country.",
    answers_heading: "Each country and zone",
    no_limit: "No limit",
    no_rule_known: "No rule known",
    why: zone_why,
    days_there: "Days there",
    counted: zone_counted,
    without_country: "Stays without a country",
    without_country_note,
    shown_for: "Answer and chart for",
    elsewhere,
    log_warning,
};
