//! The team page's saved state: what the browser keeps between visits, so that what a user
//! typed survives a reload. A dropped file is never kept (it may be large, and it is the
//! user's own file); pasted rows are, up to [`MAX_TEXT`] bytes.
//!
//! One field a line, `key=value`, the format version first:
//!
//! ```text
//! v=1
//! rule=schengen
//! on=2026-05-20
//! warn=14
//! sort=days-remaining.desc
//! status=warning
//! column=1
//! value=legal
//! search=berg
//! page-size=50
//! source=file:team.csv
//! edits=3f09c1d2a4b5e6f7-1234
//! edits-file=team.csv
//! edit=Berg, Ana<TAB>schengen<TAB>2026-01-05_2026-02-20_2_n,2026-04-01_open__n
//! text=person,entry,exit%0AAna,2026-01-05,2026-01-20%0A
//! ```
//!
//! * `v` is the format version and comes first. A reader refuses a version newer than its own
//!   ([`Unreadable::Newer`]); keys it does not know are skipped, so a field can be added within
//!   a version. Only fields that differ from the defaults are written.
//! * `rule` is the default rule's id, empty for none (every row names its rule); `on` a check
//!   date other than today; `warn` the warning threshold; `sort` a column key and `asc` or
//!   `desc`; `status`, `column`, `value` and `search` the filters; `page-size` the table's.
//! * `text` is the paste box as typed; `text-left-out` the size in bytes of pasted rows too
//!   large to keep; `source` what was checked last: `pasted`, or `file:` and the file's name.
//! * `edits` is the [`InputId`] of the input the `edit` lines were made to (`edits-file` its
//!   name); each `edit` is a person, a rule id and their stays, separated by tabs. A stay is
//!   `ENTRY_EXIT_LINE_PLANNED`: `open` as the exit of a stay with no exit, the file line
//!   empty for a stay added, `y` or `n` for planned.
//! * In values, `%`, tab, line feed and carriage return are written `%25`, `%09`, `%0A`, `%0D`.
//!
//! A damaged field is left out and counted ([`Restored::dropped`]); the others are kept, so
//! damaged storage loses a field, never the whole state.

use crate::assessment::Options;
use crate::catalogue::rule;
use crate::date::parse_date;
use crate::report::edit::LineStay;
use crate::report::ReportStatus;
use crate::stay::Stay;
use crate::web::team::edit_list::{EditList, PersonStays};
use crate::web::team::filter::Filter;
use crate::web::team::fingerprint::InputId;
use crate::web::team::sort::{Column, Sort};
use crate::web::traveller::Saved;
use chrono::NaiveDate;
use std::fmt;

/// The version of the format written by this release.
pub(crate) const VERSION: u32 = 1;

/// The largest paste kept, in bytes (UTF-8): a browser keeps about 5 MB a site, in UTF-16.
pub(crate) const MAX_TEXT: usize = 2 * 1024 * 1024;

/// The page sizes the table offers.
pub(crate) const PAGE_SIZES: [usize; 3] = [50, 100, 500];

/// The table's page size to start with.
pub(crate) const DEFAULT_PAGE_SIZE: usize = 100;

/// The largest warning threshold accepted, in days.
pub(crate) const MAX_THRESHOLD: u32 = 3650;

/// The most people an edit list read back may hold, and the most stays each.
const MAX_EDITED: usize = 10_000;
const MAX_STAYS: usize = 2_000;

/// What was checked last.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum LastInput {
    /// The rows pasted (kept in [`SavedTeam::text`] unless too large).
    Pasted,
    /// A file of this name (not kept).
    File(String),
}

/// Everything the team page keeps between visits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct SavedTeam {
    /// The default rule's id; empty for none.
    pub rule: String,
    /// A check date other than today, if one was set.
    pub on: Option<NaiveDate>,
    /// The warning threshold, in days.
    pub threshold: u32,
    /// The table's order, if sorted.
    pub sort: Option<Sort>,
    /// The table's filters.
    pub filter: Filter,
    /// Lines per page, one of [`PAGE_SIZES`].
    pub page_size: usize,
    /// The paste box, as typed (empty when too large to keep).
    pub text: String,
    /// The size in bytes of a paste too large to keep, if there was one.
    pub text_left_out: Option<usize>,
    /// What was checked last, if anything.
    pub source: Option<LastInput>,
    /// The edits made in place, with the input they apply to.
    pub edits: Option<EditList>,
}

impl Default for SavedTeam {
    fn default() -> SavedTeam {
        SavedTeam {
            rule: Saved::default().rule,
            on: None,
            threshold: Options::default().warning_threshold,
            sort: None,
            filter: Filter::default(),
            page_size: DEFAULT_PAGE_SIZE,
            text: String::new(),
            text_left_out: None,
            source: None,
            edits: None,
        }
    }
}

/// A saved state read back, and how many of its fields were damaged and left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Restored {
    /// What could be read.
    pub saved: SavedTeam,
    /// How many fields (lines) could not be read.
    pub dropped: usize,
}

/// Why a text could not be read as a saved team state at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unreadable {
    /// It does not start with a version: not something this page wrote, or damaged there.
    NotSaved,
    /// It was written by a newer release, in this format version.
    Newer(u32),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::NotSaved => write!(f, "not a saved staycalc team state"),
            Unreadable::Newer(v) => write!(
                f,
                "saved by a newer release (format {v}; this one reads up to {VERSION})"
            ),
        }
    }
}

impl SavedTeam {
    /// Keeps `text` as the paste box's, or, when it is larger than [`MAX_TEXT`], only its size.
    pub fn keep_text(&mut self, text: &str) {
        if text.len() > MAX_TEXT {
            self.text = String::new();
            self.text_left_out = Some(text.len());
        } else {
            self.text = text.to_string();
            self.text_left_out = None;
        }
    }

    /// Whether nothing differs from a fresh page (then nothing needs keeping).
    pub fn is_default(&self) -> bool {
        *self == SavedTeam::default()
    }

    /// The state as text (see the module docs).
    pub fn encode(&self) -> String {
        let defaults = SavedTeam::default();
        let mut out = format!("v={VERSION}\n");
        let mut line = |key: &str, value: &str| {
            out.push_str(key);
            out.push('=');
            out.push_str(value);
            out.push('\n');
        };
        if self.rule != defaults.rule {
            line("rule", &self.rule);
        }
        if let Some(on) = self.on {
            line("on", &on.to_string());
        }
        if self.threshold != defaults.threshold {
            line("warn", &self.threshold.to_string());
        }
        if let Some(sort) = self.sort {
            let way = if sort.descending { "desc" } else { "asc" };
            line("sort", &format!("{}.{way}", sort.column.key()));
        }
        let filter = &self.filter;
        if let Some(status) = filter.status {
            line("status", status.as_str());
        }
        if let Some(column) = filter.column {
            line("column", &column.to_string());
        }
        if !filter.value.is_empty() {
            line("value", &escape(&filter.value));
        }
        if !filter.search.is_empty() {
            line("search", &escape(&filter.search));
        }
        if self.page_size != defaults.page_size {
            line("page-size", &self.page_size.to_string());
        }
        match &self.source {
            Some(LastInput::Pasted) => line("source", "pasted"),
            Some(LastInput::File(name)) => line("source", &format!("file:{}", escape(name))),
            None => {}
        }
        if let Some(edits) = &self.edits {
            line("edits", &edits.input.to_string());
            if let Some(name) = &edits.name {
                line("edits-file", &escape(name));
            }
            for person in &edits.people {
                let stays: Vec<String> = person.stays.iter().map(stay_text).collect();
                let value = format!(
                    "{}\t{}\t{}",
                    escape(&person.person),
                    person.rule,
                    stays.join(",")
                );
                line("edit", &value);
            }
        }
        if let Some(size) = self.text_left_out {
            line("text-left-out", &size.to_string());
        }
        if !self.text.is_empty() {
            line("text", &escape(&self.text));
        }
        out
    }

    /// Reads a state written by [`SavedTeam::encode`] of this or an earlier release.
    ///
    /// # Errors
    ///
    /// [`Unreadable::NotSaved`] when the text does not start with a version,
    /// [`Unreadable::Newer`] when a newer release wrote it.
    pub fn decode(text: &str) -> Result<Restored, Unreadable> {
        let mut lines = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l));
        let version = match lines.next().and_then(|l| l.split_once('=')) {
            Some(("v", v)) => v.parse::<u32>().map_err(|_| Unreadable::NotSaved)?,
            _ => return Err(Unreadable::NotSaved),
        };
        if version == 0 {
            return Err(Unreadable::NotSaved);
        }
        if version > VERSION {
            return Err(Unreadable::Newer(version));
        }
        let mut saved = SavedTeam::default();
        let mut dropped = 0;
        let mut edited = Vec::new();
        let mut edits_input = None;
        let mut edits_name = None;
        for line in lines.filter(|l| !l.is_empty()) {
            let Some((key, value)) = line.split_once('=') else {
                dropped += 1;
                continue;
            };
            let read = match key {
                "rule" => set(
                    &mut saved.rule,
                    (value.is_empty() || rule(value).is_ok()).then(|| value.to_string()),
                ),
                "on" => set(&mut saved.on, parse_date(value, "on").ok().map(Some)),
                "warn" => set(
                    &mut saved.threshold,
                    value.parse::<u32>().ok().filter(|&n| n <= MAX_THRESHOLD),
                ),
                "sort" => set(&mut saved.sort, sort(value).map(Some)),
                "status" => set(
                    &mut saved.filter.status,
                    ReportStatus::from_name(value).map(Some),
                ),
                "column" => set(&mut saved.filter.column, small_number(value).map(Some)),
                "value" => set(&mut saved.filter.value, Some(unescape(value))),
                "search" => set(&mut saved.filter.search, Some(unescape(value))),
                "page-size" => set(
                    &mut saved.page_size,
                    value
                        .parse::<usize>()
                        .ok()
                        .filter(|n| PAGE_SIZES.contains(n)),
                ),
                "source" => set(&mut saved.source, source(value).map(Some)),
                "edits" => set(&mut edits_input, value.parse::<InputId>().ok().map(Some)),
                "edits-file" => set(&mut edits_name, Some(Some(unescape(value)))),
                "edit" => match person(value).filter(|_| edited.len() < MAX_EDITED) {
                    Some(person) => {
                        edited.push(person);
                        true
                    }
                    None => false,
                },
                "text-left-out" => set(&mut saved.text_left_out, small_number(value).map(Some)),
                "text" => set(&mut saved.text, Some(unescape(value))),
                _ => true,
            };
            if !read {
                dropped += 1;
            }
        }
        match edits_input {
            Some(input) => {
                saved.edits = Some(EditList {
                    input,
                    name: edits_name,
                    people: edited,
                })
            }
            // Edits with no input to apply them to cannot be used.
            None => dropped += edited.len(),
        }
        Ok(Restored { saved, dropped })
    }
}

/// Sets `field` to `value` if there is one; returns whether there was.
fn set<T>(field: &mut T, value: Option<T>) -> bool {
    match value {
        Some(value) => {
            *field = value;
            true
        }
        None => false,
    }
}

/// `text` with `%`, tab, line feed and carriage return escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\t' => out.push_str("%09"),
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            c => out.push(c),
        }
    }
    out
}

/// `text` with the escapes of [`escape`] undone; any other `%` is kept as it is.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('%') {
        out.push_str(&rest[..at]);
        let code = rest.get(at + 1..at + 3);
        let c = match code {
            Some("25") => Some('%'),
            Some("09") => Some('\t'),
            Some("0A") => Some('\n'),
            Some("0D") => Some('\r'),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[at + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[at + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A number of at most 9 digits.
fn small_number(text: &str) -> Option<usize> {
    let digits = !text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok()).flatten()
}

fn sort(value: &str) -> Option<Sort> {
    let (key, way) = value.rsplit_once('.')?;
    let descending = match way {
        "asc" => false,
        "desc" => true,
        _ => return None,
    };
    Some(Sort {
        column: Column::from_key(key)?,
        descending,
    })
}

fn source(value: &str) -> Option<LastInput> {
    match value {
        "pasted" => Some(LastInput::Pasted),
        _ => value
            .strip_prefix("file:")
            .map(|name| LastInput::File(unescape(name))),
    }
}

/// A stay as `ENTRY_EXIT_LINE_PLANNED`.
fn stay_text(s: &LineStay) -> String {
    let exit = s
        .stay
        .exit
        .map_or_else(|| "open".to_string(), |d| d.to_string());
    let line = s.stay.row.map(|r| r.to_string()).unwrap_or_default();
    let planned = if s.planned { 'y' } else { 'n' };
    format!("{}_{exit}_{line}_{planned}", s.stay.entry)
}

/// A stay written by [`stay_text`], if it is whole and its dates are in order.
fn line_stay(text: &str) -> Option<LineStay> {
    let mut parts = text.split('_');
    let entry = parse_date(parts.next()?, "entry").ok()?;
    let exit = match parts.next()? {
        "open" => None,
        exit => Some(parse_date(exit, "exit").ok()?),
    };
    let row = match parts.next()? {
        "" => None,
        line => Some(small_number(line)?),
    };
    let planned = match parts.next()? {
        "y" => true,
        "n" => false,
        _ => return None,
    };
    if parts.next().is_some() || exit.is_some_and(|exit| exit < entry) {
        return None;
    }
    Some(LineStay {
        stay: Stay { entry, exit, row },
        planned,
    })
}

/// A person's edit: name, rule id and stays; `None` if any part is damaged.
fn person(value: &str) -> Option<PersonStays> {
    let mut parts = value.split('\t');
    let person = unescape(parts.next()?);
    let rule_id = parts.next()?;
    rule(rule_id).ok()?;
    let stays = parts.next()?;
    if parts.next().is_some() || person.trim().is_empty() {
        return None;
    }
    let stays: Vec<LineStay> = match stays {
        "" => Vec::new(),
        stays => stays.split(',').map(line_stay).collect::<Option<_>>()?,
    };
    (stays.len() <= MAX_STAYS).then(|| PersonStays {
        person,
        rule: rule_id.to_string(),
        stays,
    })
}

#[cfg(test)]
mod tests;
