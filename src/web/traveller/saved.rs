//! The saved state: what the browser keeps between visits and what a share link carries.
//!
//! One text format serves both, safe to put as it is in a URL fragment:
//!
//! ```text
//! v=1&rule=kz-china&nat=CN&lang=ru&on=2025-06-01&pass=2027-03-31&custom=180.90.30&stays=2025-01-01_2025-01-10,2025-02-01_open,_
//! ```
//!
//! * `v` is the format version and comes first. A reader refuses a version newer than its own
//!   ([`SavedError::NewerVersion`]) rather than misread it; a later release reads every older
//!   version. Keys a reader does not know are skipped, so a field can be added within a version.
//! * `rule` is a catalogue id or `custom`; `custom` holds the custom numbers as
//!   `window.max.per_entry` (each may be empty); `nat` an ISO nationality code or nothing.
//! * `lang`, `on` (a check date other than today) and `pass` (the passport's last valid day)
//!   are optional.
//! * `stays` lists the rows in order, separated by `,`: `ENTRY_EXIT`, with `open` as the exit
//!   of a stay with no exit yet, and either date empty in a row not filled in yet.
//! * `where` (only when a stay has a country) lists each row's country in the same order,
//!   separated by `,`: its ISO alpha-2 code, or empty; `nats` the traveller's nationalities,
//!   separated by `.` (`nats=US.IE`). A text that names no country is kept as typed, its
//!   letters and digits only, other characters as `-` ([`token`]). Both keys came after
//!   format 1 was first written: an older release skips them and reads the dates as before.
//!
//! * `visas` (only when a visa is given) lists the short-stay visas in order, separated by `,`:
//!   `FROM_UNTIL_ENTRIES_DAYS`, entries `1`, `2` or `m` (MULT): `visas=2025-05-01_2025-05-31_1_11`.
//!   A value in error is kept as typed (digits, `-`, `.` and `/` only) for the page to name it. This key
//!   came after format 1 was first written: an older release skips it.
//! * `permits` (only when a residence permit or long-stay visa is given), likewise:
//!   `FROM_UNTIL`, `permits=2025-03-01_2025-08-31`, or `FROM_UNTIL_STATE` with the issuing
//!   state's token as in `where` (`2025-03-01_2025-08-31_FR`; a release before it reads the
//!   dates and drops the state). Added after `visas`: an older release skips it, and a link
//!   without it has no permit.
//!
//! A date that is not `YYYY-MM-DD` reads as empty and an unknown rule as the default one, so a
//! damaged link loses a field, never the whole state; [`Saved::read`] also tells what was lost
//! ([`Dropped`]), for the app to say so.
//!
//! Messaging apps and mail clients re-encode links, and [`Saved::read`] undoes what they do
//! where the meaning cannot be in doubt ([`unmangled`]): the format never holds `%`, `+`,
//! whitespace, brackets or quotes, so percent-escapes (even twice applied) are decoded, a `+`
//! or whitespace is an inserted space and is removed, and punctuation that an autolinker glued
//! on or wrapped around (`<…>`, `(…)`, a trailing `.`) is taken off where it cannot belong to
//! the link.

use crate::catalogue::rule;
use crate::date::parse_date;
use crate::web::lang::Lang;
use crate::web::traveller::rule_choice::{CustomNumbers, CUSTOM, DEFAULT_RULE};
use crate::web::traveller::{StayRows, VisaRow};
use chrono::NaiveDate;
use std::borrow::Cow;
use std::fmt;

/// The version of the format written by this release.
pub(crate) const VERSION: u32 = 1;

/// The most rows a saved state may hold; more are dropped when reading.
pub(crate) const MAX_ROWS: usize = 2000;

/// The most visas a saved state holds.
pub(crate) const MAX_VISAS: usize = 20;

/// The most nationalities a saved state holds (a dual or triple national).
pub(crate) const MAX_NATIONALITIES: usize = 3;

/// Everything the traveller entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Saved {
    /// The chosen rule: a catalogue id or [`CUSTOM`].
    pub rule: String,
    /// The custom rule's numbers as typed (kept while a catalogue rule is chosen).
    pub custom: CustomNumbers,
    /// The nationality chosen to suggest a rule (an ISO code), or empty.
    pub nationality: String,
    /// The traveller's nationalities for the answer per zone (ISO codes, or texts as typed
    /// that name no country); empty: the rule picker's nationality, if any.
    pub nationalities: Vec<String>,
    /// The language chosen, if any.
    pub lang: Option<Lang>,
    /// A check date other than today, if one was set.
    pub on: Option<NaiveDate>,
    /// The passport's last valid day, if given.
    pub passport: Option<NaiveDate>,
    /// The stay rows.
    pub rows: StayRows,
    /// The short-stay visas as typed.
    pub visas: Vec<VisaRow>,
    /// The residence permits and long-stay visas as typed (FROM and UNTIL only).
    pub permits: Vec<VisaRow>,
}

impl Default for Saved {
    fn default() -> Saved {
        Saved {
            rule: DEFAULT_RULE.into(),
            custom: CustomNumbers::default(),
            nationality: String::new(),
            nationalities: Vec::new(),
            lang: None,
            on: None,
            passport: None,
            rows: StayRows::default(),
            visas: Vec::new(),
            permits: Vec::new(),
        }
    }
}

/// What reading a saved state left out because it could not be read: the app says so.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Dropped {
    /// Stay dates that were not dates the engine accepts (the row is kept, that date empty).
    pub dates: usize,
    /// Rows past [`MAX_ROWS`].
    pub rows: usize,
    /// The rule was not one this release knows (the default rule is used).
    pub rule: bool,
    /// The check date was not a date the engine accepts (today is used).
    pub check_date: bool,
    /// The language was not one the app speaks.
    pub lang: bool,
    /// The nationality was not a two-letter code.
    pub nationality: bool,
    /// The custom rule's numbers were not numbers.
    pub custom: bool,
    /// The passport's date was not a date the engine accepts.
    pub passport: bool,
}

impl Dropped {
    /// Whether nothing was left out.
    pub fn is_empty(&self) -> bool {
        *self == Dropped::default()
    }
}

/// Why a text could not be read as a saved state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SavedError {
    /// It does not start with a version (`v=1&...`): not something this app wrote.
    NotSaved,
    /// It was written by a newer release, in this format version.
    NewerVersion(u32),
}

impl fmt::Display for SavedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SavedError::NotSaved => write!(f, "not a saved staycalc state"),
            SavedError::NewerVersion(v) => write!(
                f,
                "saved by a newer release (format {v}; this one reads up to {VERSION})"
            ),
        }
    }
}

/// The characters a visa's or permit's date in error keeps as typed: digits, and `-`, `.` and
/// `/` (none of which the format uses between values).
fn typed(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '-' | '.' | '/')
}

/// Keeps the characters of `text` that `keep` accepts, at most `max` of them.
fn only(text: &str, max: usize, keep: impl Fn(char) -> bool) -> String {
    text.chars().filter(|&c| keep(c)).take(max).collect()
}

/// The most characters a country or nationality text keeps.
const MAX_TOKEN: usize = 40;

/// A country or nationality as typed, made safe for the format: the alpha-2 code of the
/// country it names, else its letters and digits, other characters as `-` (read back as
/// spaces by [`untoken`]).
fn token(text: &str) -> String {
    match crate::zones::country(text) {
        Ok(country) => country.alpha2.to_string(),
        Err(_) => text
            .trim()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .take(MAX_TOKEN)
            .collect(),
    }
}

/// A [`token`] as text: `-` read as a space.
fn untoken(text: &str) -> String {
    only(text, MAX_TOKEN, |c| c.is_alphanumeric() || c == '-')
        .replace('-', " ")
        .trim()
        .to_string()
}

/// `text` if it is a `YYYY-MM-DD` date the engine accepts, else empty.
fn date_text(text: &str) -> String {
    match parse_date(text, "date") {
        Ok(date) => date.to_string(),
        Err(_) => String::new(),
    }
}

impl Saved {
    /// The state as text; `with_lang: false` leaves the language out (a share link should open
    /// in the reader's language, not the sender's).
    pub fn encode(&self, with_lang: bool) -> String {
        let mut out = format!("v={VERSION}&rule={}", self.rule);
        if !self.nationality.is_empty() {
            out += &format!("&nat={}", self.nationality);
        }
        let nationalities: Vec<String> = self
            .nationalities
            .iter()
            .map(|n| token(n))
            .filter(|n| !n.is_empty())
            .collect();
        if !nationalities.is_empty() {
            out += &format!("&nats={}", nationalities.join("."));
        }
        if let Some(lang) = self.lang.filter(|_| with_lang) {
            out += &format!("&lang={}", lang.code());
        }
        if let Some(on) = self.on {
            out += &format!("&on={on}");
        }
        if let Some(passport) = self.passport {
            out += &format!("&pass={passport}");
        }
        let custom = &self.custom;
        if self.rule == CUSTOM || *custom != CustomNumbers::default() {
            let digits = |t: &str| only(t, 6, |c| c.is_ascii_digit());
            out += &format!(
                "&custom={}.{}.{}",
                digits(&custom.window),
                digits(&custom.max),
                digits(&custom.per_entry)
            );
        }
        let rows: Vec<String> = self
            .rows
            .rows()
            .iter()
            .map(|row| {
                let exit = if row.still_there {
                    "open".to_string()
                } else {
                    date_text(&row.exit)
                };
                format!("{}_{exit}", date_text(&row.entry))
            })
            .collect();
        out += &format!("&stays={}", rows.join(","));
        if self.rows.has_countries() {
            let countries: Vec<String> = self
                .rows
                .rows()
                .iter()
                .map(|row| token(&row.country))
                .collect();
            out += &format!("&where={}", countries.join(","));
        }
        let kept = |t: &str| match date_text(t.trim()) {
            date if date.is_empty() => only(t, 10, typed),
            date => date,
        };
        let visas: Vec<String> = self
            .visas
            .iter()
            .filter(|v| !v.is_blank())
            .map(|v| {
                format!(
                    "{}_{}_{}_{}",
                    kept(&v.from),
                    kept(&v.until),
                    only(&v.entries, 2, |c| c.is_ascii_alphanumeric()),
                    only(&v.days, 3, |c| c.is_ascii_digit())
                )
            })
            .collect();
        if !visas.is_empty() {
            out += &format!("&visas={}", visas.join(","));
        }
        let permits: Vec<String> = self
            .permits
            .iter()
            .filter(|p| !p.is_blank())
            .map(|p| match p.country.trim() {
                "" => format!("{}_{}", kept(&p.from), kept(&p.until)),
                typed => format!("{}_{}_{}", kept(&p.from), kept(&p.until), token(typed)),
            })
            .collect();
        if !permits.is_empty() {
            out += &format!("&permits={}", permits.join(","));
        }
        out
    }

    /// Reads a state written by [`Saved::encode`] of this or an earlier release. A leading `#`
    /// (from a URL fragment) is ignored; damaged fields are left out ([`Saved::read`] tells
    /// which).
    ///
    /// # Errors
    ///
    /// [`SavedError::NotSaved`] when the text does not start with a version,
    /// [`SavedError::NewerVersion`] when a newer release wrote it.
    pub fn decode(text: &str) -> Result<Saved, SavedError> {
        Saved::read(text).map(|(saved, _)| saved)
    }

    /// [`Saved::decode`], with what was left out because it could not be read. Keys this
    /// release does not know are not counted: a later release of the same version may add them.
    ///
    /// # Errors
    ///
    /// As [`Saved::decode`].
    pub fn read(text: &str) -> Result<(Saved, Dropped), SavedError> {
        let text = unmangled(text);
        let mut pairs = text.split('&').filter_map(|pair| pair.split_once('='));
        let version = match pairs.next() {
            Some(("v", v)) => v.parse::<u32>().map_err(|_| SavedError::NotSaved)?,
            _ => return Err(SavedError::NotSaved),
        };
        if version == 0 {
            return Err(SavedError::NotSaved);
        }
        if version > VERSION {
            return Err(SavedError::NewerVersion(version));
        }
        let mut saved = Saved {
            rows: StayRows::empty(),
            ..Saved::default()
        };
        let mut dropped = Dropped::default();
        let mut countries = None;
        for (key, value) in pairs {
            match key {
                "rule" if value == CUSTOM || rule(value).is_ok() => saved.rule = value.into(),
                "rule" => dropped.rule = true,
                "nat" => {
                    saved.nationality = only(value, 2, |c| c.is_ascii_uppercase());
                    dropped.nationality = saved.nationality != value;
                }
                "lang" => {
                    saved.lang = Lang::from_tag(value);
                    dropped.lang = saved.lang.is_none() && !value.is_empty();
                }
                "on" => {
                    saved.on = parse_date(value, "on").ok();
                    dropped.check_date = saved.on.is_none() && !value.is_empty();
                }
                "pass" => {
                    saved.passport = parse_date(value, "passport").ok();
                    dropped.passport = saved.passport.is_none() && !value.is_empty();
                }
                "custom" => {
                    let digits = |t: &str| only(t, 6, |c| c.is_ascii_digit());
                    let parts: Vec<&str> = value.split('.').collect();
                    let part = |i: usize| parts.get(i).map(|t| digits(t)).unwrap_or_default();
                    saved.custom = CustomNumbers {
                        window: part(0),
                        max: part(1),
                        per_entry: part(2),
                    };
                    dropped.custom =
                        parts.len() > 3 || parts.iter().any(|t| t.len() > 6 || digits(t) != *t);
                }
                "stays" => saved.rows = rows(value, &mut dropped),
                "nats" => {
                    saved.nationalities = value
                        .split('.')
                        .map(untoken)
                        .filter(|n| !n.is_empty())
                        .take(MAX_NATIONALITIES)
                        .collect();
                }
                "where" => countries = Some(value),
                "visas" | "permits" => {
                    let list: Vec<VisaRow> = value
                        .split(',')
                        .filter(|v| !v.is_empty())
                        .take(MAX_VISAS)
                        .map(|v| {
                            let mut parts = v.split('_');
                            let mut next = |max: usize, keep: fn(char) -> bool| {
                                only(parts.next().unwrap_or(""), max, keep)
                            };
                            let (from, until) = (next(10, typed), next(10, typed));
                            if key == "permits" {
                                // A permit's third part is its issuing state (a token).
                                let country = untoken(parts.next().unwrap_or(""));
                                return VisaRow::new(&from, &until, "1", "").with_country(&country);
                            }
                            let entries = next(2, |c| c.is_ascii_alphanumeric());
                            let days = next(3, |c| c.is_ascii_digit());
                            VisaRow::new(&from, &until, &entries, &days)
                        })
                        .collect();
                    if key == "visas" {
                        saved.visas = list;
                    } else {
                        saved.permits = list;
                    }
                }
                _ => {}
            }
        }
        if let Some(countries) = countries {
            let ids: Vec<u32> = saved.rows.rows().iter().map(|row| row.id).collect();
            for (id, country) in ids.into_iter().zip(countries.split(',')) {
                saved.rows.set_country(id, &untoken(country));
            }
        }
        Ok((saved, dropped))
    }
}

/// How many times percent-escapes are decoded: a link re-encoded twice (`%252C`) still reads.
const DECODE_ROUNDS: usize = 3;

/// What may be glued before a link by an autolinker or a mail client: never the start of one
/// (which is `v=`).
const GLUED_BEFORE: &[char] = &['#', '<', '(', '[', '{', '"', '\'', '*'];

/// What may be glued after a link. None of these ends a link with a different meaning: the
/// format holds none of them but `.` and `,`, and a trailing `.` (after a date, `open` or a
/// custom rule's numbers) or `,` (an empty row) adds nothing.
const GLUED_AFTER: &[char] = &[
    '>', ')', ']', '}', '"', '\'', '*', '.', ',', ';', ':', '!', '?',
];

/// `text` as it was before a messaging app, a mail client or an autolinker changed it, where
/// that is not in doubt: percent-escapes decoded (up to [`DECODE_ROUNDS`] times), `+` and
/// whitespace removed (the format holds neither, so they are inserted spaces), and the
/// characters of [`GLUED_BEFORE`] and [`GLUED_AFTER`] taken off its ends. A `%` that starts
/// no escape is kept, and so is anything an escape decodes to that is not UTF-8 (as U+FFFD):
/// the field it is in then reads as damaged.
fn unmangled(text: &str) -> Cow<'_, str> {
    let mut text = Cow::Borrowed(text);
    for _ in 0..DECODE_ROUNDS {
        match percent_decoded(&text) {
            Some(decoded) => text = Cow::Owned(decoded),
            None => break,
        }
    }
    if text.contains(|c: char| c == '+' || c.is_whitespace()) {
        text = Cow::Owned(
            text.chars()
                .filter(|&c| c != '+' && !c.is_whitespace())
                .collect(),
        );
    }
    match text {
        Cow::Borrowed(text) => Cow::Borrowed(
            text.trim_start_matches(GLUED_BEFORE)
                .trim_end_matches(GLUED_AFTER),
        ),
        Cow::Owned(text) => Cow::Owned(
            text.trim_start_matches(GLUED_BEFORE)
                .trim_end_matches(GLUED_AFTER)
                .to_string(),
        ),
    }
}

/// `text` with its percent-escapes (`%` and two hex digits) decoded, or `None` when it has
/// none.
fn percent_decoded(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let hex = |at: usize| {
        let digit = |b: Option<&u8>| b.and_then(|&b| (b as char).to_digit(16));
        Some(digit(bytes.get(at + 1))? * 16 + digit(bytes.get(at + 2))?)
    };
    if !(0..bytes.len()).any(|at| bytes[at] == b'%' && hex(at).is_some()) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while at < bytes.len() {
        match hex(at).filter(|_| bytes[at] == b'%') {
            Some(byte) => {
                // Two hex digits make at most 255.
                out.push(byte as u8);
                at += 3;
            }
            None => {
                out.push(bytes[at]);
                at += 1;
            }
        }
    }
    Some(String::from_utf8_lossy(&out).into_owned())
}

/// `text` if it is a `YYYY-MM-DD` date the engine accepts, else empty, counting a date left
/// out in `dropped`.
fn stay_date(text: &str, dropped: &mut Dropped) -> String {
    let date = date_text(text);
    if date.is_empty() && !text.is_empty() {
        dropped.dates += 1;
    }
    date
}

/// The rows of a `stays` value; what could not be read is counted in `dropped`.
fn rows(value: &str, dropped: &mut Dropped) -> StayRows {
    let mut given = value.split(',').filter(|row| !row.is_empty());
    let rows = StayRows::from_values(given.by_ref().take(MAX_ROWS).map(|row| {
        let (entry, exit) = row.split_once('_').unwrap_or((row, ""));
        let still_there = exit == "open";
        let exit = if still_there {
            String::new()
        } else {
            stay_date(exit, dropped)
        };
        (stay_date(entry, dropped), exit, still_there)
    }));
    dropped.rows = given.count();
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::date;

    fn example() -> Saved {
        Saved {
            rule: "kz-china".into(),
            custom: CustomNumbers::default(),
            nationality: "CN".into(),
            nationalities: Vec::new(),
            lang: Some(Lang::Ru),
            on: Some(date(2025, 6, 1)),
            passport: Some(date(2027, 3, 31)),
            rows: StayRows::from_values([
                ("2025-01-01".into(), "2025-01-10".into(), false),
                ("2025-02-01".into(), String::new(), true),
                (String::new(), String::new(), false),
            ]),
            visas: Vec::new(),
            permits: Vec::new(),
        }
    }

    fn values(saved: &Saved) -> Vec<(String, String, bool)> {
        saved
            .rows
            .rows()
            .iter()
            .map(|r| (r.entry.clone(), r.exit.clone(), r.still_there))
            .collect()
    }

    #[test]
    fn permits_ride_in_a_key_of_their_own_and_old_links_open_unchanged() {
        let mut saved = example();
        saved.visas = vec![VisaRow::new("2025-05-01", "2025-05-31", "m", "30")];
        saved.permits = vec![
            VisaRow::new("2025-03-01", "2025-08-31", "1", ""),
            VisaRow::blank(),
            // In error, kept as typed for the page to name it.
            VisaRow::new("2025-09-30", "31.02.2026", "1", ""),
        ];
        let text = saved.encode(true);
        assert!(
            text.ends_with("_m_30&permits=2025-03-01_2025-08-31,2025-09-30_31.02.2026"),
            "{text}"
        );
        let read = Saved::decode(&text).unwrap();
        let dates: Vec<(&str, &str)> = read.permits.iter().map(|p| (&*p.from, &*p.until)).collect();
        assert_eq!(
            dates,
            [("2025-03-01", "2025-08-31"), ("2025-09-30", "31.02.2026")]
        );
        assert_eq!(read.visas, saved.visas);
        assert_eq!(read.encode(true), text);
        // A link without permits (an older release's) reads as before, with none; an older
        // release reading this one skips the key it does not know (tested for `visas`).
        let old = example().encode(true);
        assert!(Saved::decode(&old).unwrap().permits.is_empty());
    }

    #[test]
    fn a_permits_issuing_state_rides_after_its_dates() {
        let mut saved = example();
        saved.permits = vec![
            VisaRow::new("2025-03-01", "2025-08-31", "1", "").with_country("Франция"),
            VisaRow::new("2025-09-01", "2025-09-30", "1", "").with_country("Frnace"),
        ];
        let text = saved.encode(true);
        assert!(
            text.ends_with("&permits=2025-03-01_2025-08-31_FR,2025-09-01_2025-09-30_Frnace"),
            "{text}"
        );
        let read = Saved::decode(&text).unwrap();
        let states: Vec<&str> = read.permits.iter().map(|p| &*p.country).collect();
        assert_eq!(states, ["FR", "Frnace"]);
        assert_eq!(read.encode(true), text);
    }

    #[test]
    fn visas_ride_in_a_key_of_their_own_and_old_links_open_unchanged() {
        let mut saved = example();
        saved.visas = vec![
            VisaRow::new("2025-05-01", "2025-05-31", "1", "11"),
            VisaRow::blank(),
            // In error, kept as typed for the page to name it.
            VisaRow::new("2025-06-30", "2025-06-01", "0", "120"),
        ];
        let text = saved.encode(true);
        assert!(
            text.ends_with("&visas=2025-05-01_2025-05-31_1_11,2025-06-30_2025-06-01_0_120"),
            "{text}"
        );
        let read = Saved::decode(&text).unwrap();
        let fields: Vec<(&str, &str, &str, &str)> = read
            .visas
            .iter()
            .map(|v| (&*v.from, &*v.until, &*v.entries, &*v.days))
            .collect();
        assert_eq!(
            fields,
            [
                ("2025-05-01", "2025-05-31", "1", "11"),
                ("2025-06-30", "2025-06-01", "0", "120")
            ]
        );
        // A link without visas (an older release's) reads as before, with none.
        let old = example().encode(true);
        assert!(!old.contains("visas"));
        let back = Saved::decode(&old).unwrap();
        assert!(back.visas.is_empty());
        assert_eq!(back.encode(true), old);
    }

    #[test]
    fn the_format_is_the_documented_one() {
        assert_eq!(
            example().encode(true),
            "v=1&rule=kz-china&nat=CN&lang=ru&on=2025-06-01&pass=2027-03-31\
             &stays=2025-01-01_2025-01-10,2025-02-01_open,_"
        );
        assert!(!example().encode(false).contains("lang="));
    }

    #[test]
    fn countries_and_nationalities_ride_in_keys_of_their_own() {
        let mut saved = example();
        let ids: Vec<u32> = saved.rows.rows().iter().map(|r| r.id).collect();
        saved.rows.set_country(ids[0], "Франция");
        saved.rows.set_country(ids[1], "Frnace & co");
        saved.nationalities = vec!["us".into(), "Ирландия".into()];
        let text = saved.encode(false);
        assert!(text.contains("&nats=US.IE&"), "{text}");
        assert!(
            text.ends_with("&stays=2025-01-01_2025-01-10,2025-02-01_open,_&where=FR,Frnace---co,")
        );
        let read = Saved::decode(&text).unwrap();
        let countries: Vec<&str> = read
            .rows
            .rows()
            .iter()
            .map(|r| r.country.as_str())
            .collect();
        assert_eq!(countries, ["FR", "Frnace   co", ""]);
        assert_eq!(read.nationalities, ["US", "IE"]);
        // An older release skips both keys: the dates read as they always did.
        let older = text
            .split("&where=")
            .next()
            .unwrap()
            .replace("&nats=US.IE", "");
        assert_eq!(values(&Saved::decode(&older).unwrap()), values(&example()));
        // And a state without countries is written as before.
        assert!(
            !example().encode(true).contains("where") && !example().encode(true).contains("nats")
        );
    }

    #[test]
    fn a_state_survives_a_round_trip() {
        let saved = example();
        let read = Saved::decode(&saved.encode(true)).unwrap();
        assert_eq!(read.rule, saved.rule);
        assert_eq!(read.nationality, "CN");
        assert_eq!(read.lang, Some(Lang::Ru));
        assert_eq!(read.on, Some(date(2025, 6, 1)));
        assert_eq!(values(&read), values(&saved));
        let custom = Saved {
            rule: CUSTOM.into(),
            custom: CustomNumbers {
                window: "365".into(),
                max: "183".into(),
                per_entry: String::new(),
            },
            ..Saved::default()
        };
        let read = Saved::decode(&format!("#{}", custom.encode(false))).unwrap();
        assert_eq!(read.rule, CUSTOM);
        assert_eq!(read.custom, custom.custom);
        assert_eq!(read.lang, None);
    }

    #[test]
    fn an_empty_list_stays_empty() {
        let saved = Saved {
            rows: StayRows::empty(),
            ..Saved::default()
        };
        let read = Saved::decode(&saved.encode(true)).unwrap();
        assert!(read.rows.rows().is_empty());
    }

    #[test]
    fn damaged_fields_are_dropped_one_by_one() {
        let read = Saved::decode(
            "v=1&rule=atlantis&nat=<script>&lang=xx&on=2025-02-30&future=1\
             &stays=2025-13-01_2025-01-10,garbage,2025-03-01_open",
        )
        .unwrap();
        assert_eq!(read.rule, DEFAULT_RULE);
        assert_eq!(read.nationality, "");
        assert_eq!(read.lang, None);
        assert_eq!(read.on, None);
        assert_eq!(
            values(&read),
            [
                (String::new(), "2025-01-10".to_string(), false),
                (String::new(), String::new(), false),
                ("2025-03-01".to_string(), String::new(), true),
            ]
        );
    }

    #[test]
    fn what_was_left_out_is_told() {
        let (_, dropped) = Saved::read(
            "v=1&rule=atlantis&nat=<script>&lang=xx&on=2025-02-30&custom=90.x.1.2&future=1&pass=31.03\
             &stays=2025-13-01_2025-01-10,garbage,2025-03-01_open,_",
        )
        .unwrap();
        assert_eq!(
            dropped,
            Dropped {
                dates: 2,
                rows: 0,
                rule: true,
                check_date: true,
                lang: true,
                nationality: true,
                custom: true,
                passport: true,
            }
        );
        let (_, dropped) = Saved::read(&example().encode(true)).unwrap();
        assert!(dropped.is_empty(), "{dropped:?}");
        let (_, dropped) = Saved::read("v=1&custom=180.90.&nat=&lang=&on=").unwrap();
        assert!(dropped.is_empty(), "{dropped:?}");
    }

    #[test]
    fn rows_past_the_limit_are_counted() {
        let stays = vec!["2025-01-01_2025-01-02"; MAX_ROWS + 7].join(",");
        let (read, dropped) = Saved::read(&format!("v=1&stays={stays}")).unwrap();
        assert_eq!(read.rows.rows().len(), MAX_ROWS);
        assert_eq!(dropped.rows, 7);
        assert_eq!(dropped.dates, 0);
    }

    #[test]
    fn other_texts_and_newer_versions_are_refused() {
        assert_eq!(Saved::decode(""), Err(SavedError::NotSaved));
        assert_eq!(
            Saved::decode("rule=schengen&v=1"),
            Err(SavedError::NotSaved)
        );
        assert_eq!(Saved::decode("v=abc"), Err(SavedError::NotSaved));
        assert_eq!(Saved::decode("v=0"), Err(SavedError::NotSaved));
        assert_eq!(
            Saved::decode("v=2&rule=schengen"),
            Err(SavedError::NewerVersion(2))
        );
        assert_eq!(
            SavedError::NewerVersion(2).to_string(),
            "saved by a newer release (format 2; this one reads up to 1)"
        );
    }

    /// `text` with every character of `chars` percent-encoded, as a mail client may.
    fn escaped(text: &str, chars: &str) -> String {
        text.chars()
            .map(|c| match chars.contains(c) {
                true => format!("%{:02X}", c as u32),
                false => c.to_string(),
            })
            .collect()
    }

    /// Asserts that `mangled` reads as `original` does: the same state, nothing more dropped.
    fn reads_alike(mangled: &str, original: &str) {
        let (want, want_dropped) = Saved::read(original).unwrap();
        let (got, dropped) = Saved::read(mangled).unwrap_or_else(|e| panic!("{mangled}: {e}"));
        assert_eq!(got.encode(true), want.encode(true), "{mangled}");
        assert_eq!(dropped, want_dropped, "{mangled}");
    }

    #[test]
    fn percent_encoded_separators_read_as_themselves() {
        let link = example().encode(false);
        for chars in [",", "_", "&", "=", ",_&=", "-.", "v1"] {
            let mangled = escaped(&link, chars);
            assert_ne!(mangled, link);
            reads_alike(&mangled, &link);
        }
        // Lower-case hex digits, and a link encoded twice (`%` itself became `%25`).
        reads_alike(&link.replace(',', "%2c"), &link);
        reads_alike(&link.replace(',', "%252C").replace('&', "%2526"), &link);
    }

    #[test]
    fn spaces_a_mail_client_put_in_are_taken_out() {
        let link = example().encode(false);
        reads_alike(&format!("{link}+"), &link);
        reads_alike(&link.replace(",", ",+"), &link);
        reads_alike(&link.replace(",", ",%20"), &link);
        // A long link broken over two lines.
        reads_alike(&link.replacen("2025-02", "2025-\n  02", 1), &link);
    }

    #[test]
    fn punctuation_glued_on_by_autolinkers_is_taken_off() {
        let link = example().encode(false);
        for mangled in [
            format!("{link}."),
            format!("{link})"),
            format!("{link}>"),
            format!("{link})."),
            format!("<{link}>"),
            format!("#<{link}>"),
            format!("%3C{link}%3E"),
            format!("({link})"),
            format!("\"{link}\","),
        ] {
            reads_alike(&mangled, &link);
        }
        // The last row, not filled in yet (`_`), is not punctuation.
        let (read, _) = Saved::read(&format!("{link}).")).unwrap();
        assert_eq!(values(&read).last(), values(&example()).last());
        // Nor is a custom rule's empty last number.
        let custom = "v=1&rule=custom&stays=&custom=180.90.";
        reads_alike(&format!("{custom}."), custom);
    }

    #[test]
    fn what_is_in_doubt_is_not_guessed() {
        // A `%` that starts no escape stays, and damages the field it is in.
        let (read, dropped) =
            Saved::read("v=1&stays=2025-01-01_2025-01-1%,2025-02-01_%ZZ").unwrap();
        assert_eq!(
            values(&read),
            [
                ("2025-01-01".to_string(), String::new(), false),
                ("2025-02-01".to_string(), String::new(), false),
            ]
        );
        assert_eq!(dropped.dates, 2);
        // Escapes of bytes that are not UTF-8 damage a field, never the text around it.
        let (read, dropped) = Saved::read("v=1&rule=%FF%FEschengen&stays=2025-01-01_open").unwrap();
        assert!(dropped.rule);
        assert_eq!(
            values(&read),
            [("2025-01-01".to_string(), String::new(), true)]
        );
        // A version re-encoded is still the version, and a newer one still refused.
        assert_eq!(
            Saved::decode("v%3D2%26rule%3Dschengen"),
            Err(SavedError::NewerVersion(2))
        );
        for unreadable in ["%", "%E0%A4%A%%%ZZ&&==", "%76", "<>", "(v)", "x%3Dv=1"] {
            assert_eq!(
                Saved::decode(unreadable),
                Err(SavedError::NotSaved),
                "{unreadable}"
            );
        }
    }

    #[test]
    fn a_link_as_written_is_read_as_it_is() {
        let link = example().encode(true);
        assert_eq!(unmangled(&link), link);
        assert!(matches!(unmangled(&link), Cow::Borrowed(_)));
    }

    #[test]
    fn the_encoded_text_is_safe_in_a_url_fragment() {
        let text = example().encode(true);
        assert!(text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "=&-_.,".contains(c)));
    }
}
