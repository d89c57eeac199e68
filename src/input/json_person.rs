//! A person of the JavaScript API's `evaluateMany`, `{id?, rule?, stays, on?}`, read from the
//! text `JSON.stringify` writes for it, in one pass and with no JavaScript call.
//!
//! Reading a person field by field from the JavaScript object costs about twenty calls across
//! the WebAssembly boundary a stay (each guarded against throwing getters and Proxies); the
//! stringified person costs one call and one copy. This reader accepts only the plain shape,
//! in which the text says exactly what the field-by-field reader would read: every string
//! free of escapes, every stay with both dates, the rule an id, the id a short string or a
//! safe whole number. For anything else it answers `None` and the caller reads the person the
//! careful way, which also words every error: this reader never decides that a person is
//! wrong, only that it is plain.

use crate::{parse_date, Stay};
use chrono::NaiveDate;

/// The longest `id` string, in bytes, taken here: the JavaScript reader takes strings of up
/// to 256 UTF-16 units, and a string of at most 256 UTF-8 bytes has at most 256 units.
const MAX_ID_BYTES: usize = 256;

/// The most stays a person may have (the JavaScript reader refuses more).
const MAX_STAYS: usize = 1_000_000;

/// The largest whole-number `id` written back exactly (2^53 - 1).
const MAX_SAFE_ID: u64 = 9_007_199_254_740_991;

/// A person's `id` as given.
#[derive(Debug, PartialEq, Eq)]
pub enum Id<'a> {
    /// Absent or `null`.
    Null,
    /// A string, as written (no escapes).
    Text(&'a str),
    /// A whole number from 0 to 2^53 - 1.
    Number(u64),
}

/// A plain person.
#[derive(Debug, PartialEq, Eq)]
pub struct Person<'a> {
    /// The `id` as given.
    pub id: Id<'a>,
    /// The rule's id, `None` when absent or `null` (the call's rule applies).
    pub rule: Option<&'a str>,
    /// The check date, `None` when absent or `null` (the call's date applies).
    pub on: Option<NaiveDate>,
    /// The stays, each at its 1-based row in `stays`.
    pub stays: Vec<Stay>,
}

/// The person `json` (as `JSON.stringify` writes an object) when it has the plain shape
/// described above, else `None`.
pub fn read_person(json: &str) -> Option<Person<'_>> {
    let mut text = Text {
        bytes: json.as_bytes(),
        at: 0,
        json,
    };
    let mut person = Person {
        id: Id::Null,
        rule: None,
        on: None,
        stays: Vec::new(),
    };
    let mut has_stays = false;
    text.eat(b'{')?;
    if !text.take(b'}') {
        loop {
            let key = text.plain_string()?;
            text.eat(b':')?;
            match key {
                "id" => person.id = text.id()?,
                "rule" => person.rule = text.nullable_string()?,
                "on" => {
                    person.on = match text.nullable_string()? {
                        Some(on) => Some(parse_date(on, "on").ok()?),
                        None => None,
                    }
                }
                "stays" => {
                    person.stays = text.stays()?;
                    has_stays = true;
                }
                _ => return None,
            }
            if !text.take(b',') {
                break;
            }
        }
        text.eat(b'}')?;
    }
    (has_stays && text.at == text.bytes.len()).then_some(person)
}

/// The text being read, and where.
struct Text<'a> {
    json: &'a str,
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Text<'a> {
    /// Steps over `byte`, which must come next.
    fn eat(&mut self, byte: u8) -> Option<()> {
        self.take(byte).then_some(())
    }

    /// Steps over `byte` if it comes next.
    fn take(&mut self, byte: u8) -> bool {
        let next = self.bytes.get(self.at) == Some(&byte);
        if next {
            self.at += 1;
        }
        next
    }

    /// A string with no escape in it, without its quotes.
    fn plain_string(&mut self) -> Option<&'a str> {
        self.eat(b'"')?;
        let start = self.at;
        let length = self.bytes[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\')?;
        self.at = start + length;
        self.eat(b'"')?;
        // Both ends are at ASCII quotes, so they are character boundaries.
        self.json.get(start..start + length)
    }

    /// `null` as `None`, or a plain string.
    fn nullable_string(&mut self) -> Option<Option<&'a str>> {
        if self.literal(b"null") {
            Some(None)
        } else {
            self.plain_string().map(Some)
        }
    }

    /// Steps over `word` if it comes next.
    fn literal(&mut self, word: &[u8]) -> bool {
        let next = self.bytes[self.at..].starts_with(word);
        if next {
            self.at += word.len();
        }
        next
    }

    /// An `id`: `null`, a short plain string, or a whole number up to 2^53 - 1 written in
    /// digits (as `JSON.stringify` writes every such number).
    fn id(&mut self) -> Option<Id<'a>> {
        if self.literal(b"null") {
            return Some(Id::Null);
        }
        if self.bytes.get(self.at) == Some(&b'"') {
            let text = self.plain_string()?;
            return (text.len() <= MAX_ID_BYTES).then_some(Id::Text(text));
        }
        let start = self.at;
        let digits = self.bytes[start..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        self.at += digits;
        if digits == 0 || digits > 16 {
            return None;
        }
        let number: u64 = self.json.get(start..self.at)?.parse().ok()?;
        (number <= MAX_SAFE_ID).then_some(Id::Number(number))
    }

    /// `stays`: an array of objects, each with both dates.
    fn stays(&mut self) -> Option<Vec<Stay>> {
        self.eat(b'[')?;
        let mut stays = Vec::new();
        if self.take(b']') {
            return Some(stays);
        }
        loop {
            if stays.len() == MAX_STAYS {
                return None;
            }
            let row = stays.len() + 1;
            stays.push(self.stay()?.at_row(row));
            if !self.take(b',') {
                break;
            }
        }
        self.eat(b']')?;
        Some(stays)
    }

    /// A stay `{"entry": "...", "exit": "...", ...}`: both dates given and readable; other
    /// fields are passed over (the JavaScript reader does not read them when both dates are
    /// given).
    fn stay(&mut self) -> Option<Stay> {
        self.eat(b'{')?;
        let (mut entry, mut exit) = (None, None);
        if !self.take(b'}') {
            loop {
                let key = self.plain_string()?;
                self.eat(b':')?;
                match key {
                    "entry" => entry = Some(self.date("entry")?),
                    "exit" => exit = Some(self.date("exit")?),
                    _ => self.skip_value()?,
                }
                if !self.take(b',') {
                    break;
                }
            }
            self.eat(b'}')?;
        }
        Some(Stay::new(entry?, exit?))
    }

    /// A date field's value: a plain string that is a date as `parse_date` reads it. A blank
    /// string (read as absent by the JavaScript reader), `null` or anything else is `None`.
    fn date(&mut self, field: &str) -> Option<NaiveDate> {
        let text = self.plain_string()?;
        if text.trim().is_empty() {
            return None;
        }
        parse_date(text, field).ok()
    }

    /// Steps over any JSON value.
    fn skip_value(&mut self) -> Option<()> {
        let start = self.at;
        let mut depth = 0usize;
        loop {
            match *self.bytes.get(self.at)? {
                b'"' => {
                    self.at += 1;
                    loop {
                        match *self.bytes.get(self.at)? {
                            b'\\' => self.at += 2,
                            b'"' => break,
                            _ => self.at += 1,
                        }
                    }
                    self.at += 1;
                }
                b'{' | b'[' => {
                    depth += 1;
                    self.at += 1;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.at += 1;
                }
                b',' if depth == 0 => return (self.at > start).then_some(()),
                _ => self.at += 1,
            }
            if depth == 0 && matches!(self.bytes.get(self.at), Some(b',' | b'}' | b']')) {
                return Some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn reads_the_plain_shape() {
        let person = read_person(
            r#"{"id":"ana","rule":"schengen","on":"2025-06-30","stays":[{"entry":"2025-01-01","exit":"2025-01-10"},{"exit":"2025-03-02","note":{"a":[1,"x\"]"]},"entry":"2025-03-01"}]}"#,
        )
        .unwrap();
        assert_eq!(person.id, Id::Text("ana"));
        assert_eq!(person.rule, Some("schengen"));
        assert_eq!(person.on, Some(date(2025, 6, 30)));
        assert_eq!(
            person.stays,
            vec![
                Stay::new(date(2025, 1, 1), date(2025, 1, 10)).at_row(1),
                Stay::new(date(2025, 3, 1), date(2025, 3, 2)).at_row(2),
            ]
        );
        let person = read_person(r#"{"stays":[],"id":12,"rule":null,"on":null}"#).unwrap();
        assert_eq!(person.id, Id::Number(12));
        assert_eq!((person.rule, person.on), (None, None));
        assert_eq!(read_person(r#"{"stays":[]}"#).unwrap().id, Id::Null);
    }

    #[test]
    fn leaves_everything_else_to_the_careful_reader() {
        for json in [
            r#"{}"#,
            r#"[]"#,
            r#"{"stays":[]"#,
            r#"{"stays":[]} "#,
            r#"{"stays":[],"name":"x"}"#,
            r#"{"stays":[{"entry":"2025-01-01"}]}"#,
            r#"{"stays":[{"entry":"2025-01-01","exit":null}]}"#,
            r#"{"stays":[{"entry":"2025-01-01","exit":" "}]}"#,
            r#"{"stays":[{"entry":"2025-01-01","exit":"2025-13-01"}]}"#,
            r#"{"stays":[{"entry":"2025-01-01","exit":"2025-01-0\u0031"}]}"#,
            r#"{"stays":[{"entry":20000,"exit":"2025-01-01"}]}"#,
            r#"{"stays":[null]}"#,
            r#"{"stays":[[]]}"#,
            r#"{"stays":{}}"#,
            r#"{"stays":[],"rule":{"window":180,"max":90}}"#,
            r#"{"stays":[],"on":"tomorrow"}"#,
            r#"{"stays":[],"id":-1}"#,
            r#"{"stays":[],"id":1.5}"#,
            r#"{"stays":[],"id":1e21}"#,
            r#"{"stays":[],"id":9007199254740992}"#,
            r#"{"stays":[],"id":"a\"b"}"#,
            r#"{"stays":[],"id":true}"#,
        ] {
            assert_eq!(read_person(json), None, "{json}");
        }
        let long = format!(r#"{{"stays":[],"id":"{}"}}"#, "é".repeat(129));
        assert_eq!(read_person(&long), None);
    }

    #[test]
    fn never_panics_on_cut_or_broken_text() {
        let json = r#"{"id":"ana","on":"2025-06-30","stays":[{"entry":"2025-01-01","exit":"2025-01-10","x":{"y":["z\\",1]}}]}"#;
        for end in 0..json.len() {
            if json.is_char_boundary(end) {
                let _ = read_person(&json[..end]);
            }
        }
        for junk in [
            r#"{"stays":[{"x":]]]}"#,
            r#"{"stays":[{"x":"\"#,
            r#"{"stays":[{"x":}"#,
        ] {
            assert_eq!(read_person(junk), None, "{junk}");
        }
    }
}
