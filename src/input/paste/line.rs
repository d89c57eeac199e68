//! One pasted line in pieces: its dates (with numbers or with a month's name), a number of
//! days, the place or note around them, and anything that is none of these.
//!
//! The line is cut into tokens (a numeric date, a number, a word, a dash, a bracket...), then
//! dates are found among them: `12.03.2025`, `12.03.25`, `12 Mar 2025`, `12 марта 2025 г.`,
//! `March 12, 2025`, `2025 жылғы 12 наурыз`, and ranges sharing their month and year
//! (`12–20 March 2025`, `с 12 по 20 марта 2025 г.`, `2025 жылғы 12–20 наурыз`). Words that
//! join or frame dates ("to", «по», «дейін», «г.») go with them; other words are the line's
//! place (`France`, `(Paris)`). A number that is no date's part is the stay's days when it
//! follows the second date; any other number is [`Line::unexpected`], never a note: a typo
//! in a date must not pass for a place.

use super::words;

/// What a line holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct Line<'a> {
    /// The line as pasted.
    pub text: &'a str,
    /// The dates and near misses found, in order.
    pub dates: Vec<Found<'a>>,
    /// A year said before the dates (`2025 жылғы 12 наурыз`), for dates written without one.
    pub year: Option<i32>,
    /// A number of days after the second date, as written.
    pub days: Option<&'a str>,
    /// The words around the dates, joined by spaces.
    pub place: Option<String>,
    /// The first piece that is neither a date, a number of days, nor a word.
    pub unexpected: Option<&'a str>,
}

/// A date found on a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) enum Found<'a> {
    /// A date written with numbers (`12.03.2025`, `2025-03-12`, `12/03/25`): `full` is `text`
    /// with a two-digit year written with four.
    Numeric { text: &'a str, full: String },
    /// A date written with a month's name: `text` is how it was written (for messages), from
    /// byte `start` to byte `end` of the line (a range's first date is its day alone, `12` of
    /// `12–20 March`, and `text` then says the day only).
    Words {
        text: String,
        day: u32,
        month: u32,
        year: Option<i32>,
        start: usize,
        end: usize,
    },
    /// Digits and separators that are no date's shape (`12.03.202`, `1.2.3.4`).
    Bad(&'a str),
}

impl Found<'_> {
    /// How the date was written.
    pub fn text(&self) -> &str {
        match self {
            Found::Numeric { text, .. } | Found::Bad(text) => text,
            Found::Words { text, .. } => text,
        }
    }
}

impl Line<'_> {
    /// The line's text from date `k` to the end of its last date, as written (`1 по 31 июля`
    /// of `с 1 по 31 июля`): what a message names when those dates have no year. Date `k`'s
    /// own text when either is not written in words.
    pub fn dates_from(&self, k: usize) -> &str {
        match (&self.dates[k], self.dates.last()) {
            (Found::Words { start, .. }, Some(Found::Words { end, .. })) if start < end => {
                &self.text[*start..*end]
            }
            (found, _) => found.text(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// A numeric date's shape.
    Date,
    /// Digits and separators of no date's shape.
    NearDate,
    /// Digits alone.
    Number,
    /// Letters.
    Word,
    /// A case ending written after a date with a hyphen (`12.03.2025-ден`).
    Suffix,
    /// `-`, `–`, `—`, `..`, `→`.
    Dash,
    Comma,
    Open,
    Close,
    /// Any other character (bullets, dots, colons).
    Other,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    kind: Kind,
    start: usize,
    end: usize,
}

/// Reads one line (see the module docs).
pub(super) fn read(line: &str) -> Line<'_> {
    let body = numbering_end(line);
    let tokens = lex(line, body);
    Parse {
        line,
        tokens: &tokens,
        used: vec![false; tokens.len()],
        dated: vec![false; tokens.len()],
        found: Line {
            text: line,
            ..Line::default()
        },
    }
    .run()
}

/// Where a line starts after its bullet and numbering (`• `, `1. `, `2) `, or a row number
/// in a cell of its own): the byte after them, or 0.
fn numbering_end(line: &str) -> usize {
    let start = line.len()
        - line
            .trim_start_matches(|c: char| c.is_whitespace() || "•·*▪●◦‣⁃-–—".contains(c))
            .len();
    let rest = &line[start..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[digits..].chars().collect::<Vec<_>>();
    match after.as_slice() {
        ['.' | ')', next, ..] if (1..=3).contains(&digits) && next.is_whitespace() => {
            start + digits + 1
        }
        ['\t', ..] if (1..=5).contains(&digits) => start + digits,
        _ => 0,
    }
}

/// The tokens of `line` from byte `from`.
fn lex(line: &str, from: usize) -> Vec<Token> {
    let mut tokens: Vec<Token> = Vec::new();
    let mut at = from;
    while let Some(c) = line[at..].chars().next() {
        let rest = &line[at..];
        let (kind, length) = if c.is_whitespace() {
            at += c.len_utf8();
            continue;
        } else if c.is_ascii_digit() {
            glued(rest, number(rest))
        } else if words::is_letter(c) {
            let length = rest
                .char_indices()
                .find(|&(i, c)| {
                    !(words::is_letter(c)
                        || (matches!(c, '-' | '\'' | '’')
                            && i > 0
                            && rest[i + c.len_utf8()..].starts_with(|n: char| words::is_letter(n))))
                })
                .map_or(rest.len(), |(i, _)| i);
            // An abbreviation's dot goes with it (`Mar.`, `г.`, `ж.`).
            (
                Kind::Word,
                length + usize::from(rest[length..].starts_with('.')),
            )
        } else if c == '-'
            && tokens
                .last()
                .is_some_and(|t| t.kind == Kind::Date && t.end == at)
            && rest[1..].starts_with(|n: char| words::is_letter(n))
        {
            let letters = rest[1..]
                .char_indices()
                .find(|&(_, c)| !words::is_letter(c))
                .map_or(rest.len() - 1, |(i, _)| i);
            (Kind::Suffix, 1 + letters)
        } else if rest.starts_with("..") {
            (Kind::Dash, rest.len() - rest.trim_start_matches('.').len())
        } else {
            let kind = match c {
                '-' | '–' | '—' | '−' | '→' | '>' => Kind::Dash,
                ',' | ';' => Kind::Comma,
                '(' | '[' | '{' => Kind::Open,
                ')' | ']' | '}' => Kind::Close,
                _ => Kind::Other,
            };
            (kind, c.len_utf8())
        };
        tokens.push(Token {
            kind,
            start: at,
            end: at + length,
        });
        at += length;
    }
    tokens
}

/// The kind and length of the token of digits at the start of `text`: a date's shape, two
/// numbers joined by a hyphen (a range of days, `12-20`: the first only), a near miss, or a
/// number.
fn number(text: &str) -> (Kind, usize) {
    if let Some(length) = date_len(text) {
        return (Kind::Date, length);
    }
    let bytes = text.as_bytes();
    let mut end = 0;
    let mut separators = Vec::new();
    while end < bytes.len() {
        if bytes[end].is_ascii_digit() {
            end += 1;
        } else if matches!(bytes[end], b'.' | b'/' | b'-')
            && text[end + 1..].starts_with(is_alphanumeric)
        {
            separators.push(bytes[end]);
            end += 1;
        } else {
            break;
        }
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let range = separators == [b'-'] && bytes[digits + 1..end].iter().all(u8::is_ascii_digit);
    if separators.is_empty() || range {
        (Kind::Number, digits)
    } else {
        (Kind::NearDate, end)
    }
}

/// A date's shape or a near miss followed at once by letters or digits (`2025-02-3x`,
/// `20.03.2O25`) is a near miss to their end, so that a typo is never read as a date and a
/// note; a year's word may follow (`2025г.`).
fn glued(text: &str, (kind, length): (Kind, usize)) -> (Kind, usize) {
    let after = &text[length..];
    let letters = after.len() - after.trim_start_matches(words::is_letter).len();
    let glued = after.starts_with(is_alphanumeric)
        && !(kind == Kind::Date && words::is_year_word(&after[..letters]));
    if matches!(kind, Kind::Date | Kind::NearDate) && glued {
        let end = after
            .find(|c: char| !(is_alphanumeric(c) || matches!(c, '.' | '/' | '-')))
            .unwrap_or(after.len());
        (Kind::NearDate, length + end)
    } else {
        (kind, length)
    }
}

/// The length in bytes of the numeric date at the start of `text`: digits, a separator (`-`,
/// `.` or `/`), digits, the same separator, digits, with a four-digit year first, or a year of
/// four or two digits last.
fn date_len(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let digits_from = |at: usize| {
        bytes[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let a = digits_from(0);
    let separator = *bytes.get(a)?;
    if a == 0 || !matches!(separator, b'-' | b'.' | b'/') {
        return None;
    }
    let b = digits_from(a + 1);
    if b == 0 || bytes.get(a + 1 + b) != Some(&separator) {
        return None;
    }
    let c = digits_from(a + b + 2);
    let year_first = a == 4 && b <= 2 && (1..=2).contains(&c);
    let day_first = a <= 2 && b <= 2 && (c == 4 || c == 2);
    (year_first || day_first).then_some(a + b + c + 2)
}

/// A numeric date with its two-digit year written with four: `12.03.25` as `12.03.2025`.
///
/// A two-digit year `yy` is 19yy from 69 and 20yy below, as POSIX `strptime`'s `%y` reads it
/// (DESIGN.md, "Which two-digit years?").
pub(super) fn full_year(text: &str) -> String {
    let Some(cut) = text.rfind(['.', '/', '-']) else {
        return text.to_string();
    };
    let (head, year) = text.split_at(cut + 1);
    match year.parse::<u32>() {
        Ok(yy) if year.len() == 2 && head.len() <= 6 => {
            let century = if yy >= 69 { 1900 } else { 2000 };
            format!("{head}{}", century + yy)
        }
        _ => text.to_string(),
    }
}

struct Parse<'a, 't> {
    line: &'a str,
    tokens: &'t [Token],
    /// Tokens that are part of a date, a number of days, or join dates.
    used: Vec<bool>,
    /// Tokens that are part of a date.
    dated: Vec<bool>,
    found: Line<'a>,
}

impl<'a> Parse<'a, '_> {
    fn text(&self, i: usize) -> &'a str {
        &self.line[self.tokens[i].start..self.tokens[i].end]
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    /// The number of token `i` if it is a number of at most `digits` digits.
    fn number(&self, i: usize, digits: usize) -> Option<u32> {
        (self.kind(i)? == Kind::Number && self.text(i).len() <= digits)
            .then(|| self.text(i).parse().ok())?
    }

    fn month(&self, i: usize) -> Option<u32> {
        (self.kind(i)? == Kind::Word).then(|| words::month(self.text(i)))?
    }

    /// A year of four digits at token `i` (and the year word after it): its value and the
    /// token after them.
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let year = self.number(i, 4).filter(|_| self.text(i).len() == 4)?;
        let next = if self.kind(i + 1) == Some(Kind::Word) && words::is_year_word(self.text(i + 1))
        {
            i + 2
        } else {
            i + 1
        };
        Some((year as i32, next))
    }

    /// Marks tokens `from..to` as a date's.
    fn take(&mut self, from: usize, to: usize) {
        for i in from..to {
            self.used[i] = true;
            self.dated[i] = true;
        }
    }

    /// The text from token `from` to the end of token `to - 1`.
    fn span(&self, from: usize, to: usize) -> String {
        self.line[self.tokens[from].start..self.tokens[to - 1].end].to_string()
    }

    fn words_date(&mut self, from: usize, to: usize, day: u32, month: u32, year: Option<i32>) {
        self.found.dates.push(Found::Words {
            text: self.span(from, to),
            day,
            month,
            year,
            start: self.tokens[from].start,
            end: self.tokens[to - 1].end,
        });
    }

    /// A date written with a month's name starting at token `i`: the token after it.
    fn date_in_words(&mut self, i: usize) -> Option<usize> {
        // 12 March [2025], 12–20 March [2025], с 12 по 20 марта [2025 г.]
        if let Some(day) = self.number(i, 2) {
            if let Some(month) = self.month(i + 1) {
                let (year, end) = self
                    .year(i + 2)
                    .map_or((None, i + 2), |(y, e)| (Some(y), e));
                self.take(i, end);
                self.words_date(i, end, day, month, year);
                return Some(end);
            }
            let joined = matches!(self.kind(i + 1), Some(Kind::Dash))
                || (self.kind(i + 1) == Some(Kind::Word) && words::is_connector(self.text(i + 1)));
            if let (true, Some(last), Some(month)) =
                (joined, self.number(i + 2, 2), self.month(i + 3))
            {
                let (year, end) = self
                    .year(i + 4)
                    .map_or((None, i + 4), |(y, e)| (Some(y), e));
                self.take(i, end);
                self.words_date(i, i + 1, day, month, year);
                self.words_date(i + 2, end, last, month, year);
                return Some(end);
            }
        }
        // March 12[, 2025], March 12–20[, 2025]
        if let (Some(month), Some(day)) = (self.month(i), self.number(i + 1, 2)) {
            let mut end = i + 2;
            let mut last = None;
            if self.kind(end) == Some(Kind::Dash) {
                if let Some(second) = self.number(end + 1, 2) {
                    last = Some(second);
                    end += 2;
                }
            }
            let after_comma = end + usize::from(self.kind(end) == Some(Kind::Comma));
            let (year, end) = self
                .year(after_comma)
                .map_or((None, end), |(y, e)| (Some(y), e));
            self.take(i, end);
            match last {
                Some(last) => {
                    self.words_date(i, i + 2, day, month, year);
                    self.words_date(i, end, last, month, year);
                }
                None => self.words_date(i, end, day, month, year),
            }
            return Some(end);
        }
        None
    }

    fn run(mut self) -> Line<'a> {
        let mut i = 0;
        while i < self.tokens.len() {
            match self.tokens[i].kind {
                Kind::Date => {
                    let text = self.text(i);
                    self.found.dates.push(Found::Numeric {
                        text,
                        full: full_year(text),
                    });
                    self.take(i, i + 1);
                    if self.kind(i + 1) == Some(Kind::Suffix) {
                        self.take(i + 1, i + 2);
                        i += 1;
                    }
                    i += 1;
                }
                Kind::NearDate => {
                    self.found.dates.push(Found::Bad(self.text(i)));
                    self.take(i, i + 1);
                    i += 1;
                }
                Kind::Number | Kind::Word => {
                    // 2025 жылғы 12 наурыз: a year before the dates.
                    if let Some((year, next)) = self.year(i) {
                        if next > i + 1 && self.found.dates.is_empty() {
                            if let Some(end) = self.date_in_words(next) {
                                self.found.year = Some(year);
                                self.take(i, next);
                                i = end;
                                continue;
                            }
                        }
                    }
                    i = self.date_in_words(i).unwrap_or(i + 1);
                }
                _ => i += 1,
            }
        }
        self.join_words();
        self.numbers_and_place();
        self.found
    }

    /// Marks the words that join or frame dates, and year words, next to a date.
    fn join_words(&mut self) {
        for _ in 0..2 {
            for i in 0..self.tokens.len() {
                let joins = self.kind(i) == Some(Kind::Word)
                    && (words::is_connector(self.text(i)) || words::is_year_word(self.text(i)));
                let next_to_date = |j: Option<usize>| {
                    j.and_then(|j| self.dated.get(j).copied()).unwrap_or(false)
                        || j.is_some_and(|j| {
                            self.used.get(j).copied().unwrap_or(false)
                                && self.kind(j) == Some(Kind::Word)
                        })
                };
                if joins
                    && !self.used[i]
                    && (next_to_date(i.checked_sub(1)) || next_to_date(Some(i + 1)))
                {
                    self.used[i] = true;
                }
            }
        }
    }

    /// Sorts the tokens left: a number after the second date is the days (with its word),
    /// another number is unexpected (outside brackets), and words are the place.
    fn numbers_and_place(&mut self) {
        let second_date_end = if self.found.dates.len() >= 2 {
            let mut seen = 0;
            let mut end = 0;
            for i in 0..self.tokens.len() {
                if self.dated[i] && (i == 0 || !self.dated[i - 1]) {
                    seen += 1;
                }
                if self.dated[i] && seen <= 2 {
                    end = i + 1;
                }
            }
            Some(end)
        } else {
            None
        };
        let mut depth = 0usize;
        for i in 0..self.tokens.len() {
            match self.tokens[i].kind {
                Kind::Open => depth += 1,
                Kind::Close => depth = depth.saturating_sub(1),
                Kind::Number if !self.used[i] => {
                    let days_word = self.kind(i + 1) == Some(Kind::Word)
                        && words::is_days_word(self.text(i + 1));
                    let is_days = self.found.days.is_none()
                        && second_date_end.is_some_and(|end| i >= end)
                        && self.text(i).len() <= 5
                        && (depth == 0 || days_word);
                    if is_days {
                        self.found.days = Some(self.text(i));
                        self.used[i] = true;
                        if days_word {
                            self.used[i + 1] = true;
                        }
                    } else if depth == 0 && self.found.unexpected.is_none() {
                        self.found.unexpected = Some(self.text(i));
                    }
                }
                _ => {}
            }
        }
        self.found.place = self.place();
    }

    /// The text of the tokens not used, in pieces between used ones, each trimmed of
    /// punctuation (a piece in brackets loses them), joined by spaces.
    fn place(&self) -> Option<String> {
        let mut pieces = Vec::new();
        let mut start = None;
        let mut cut = |start: usize, end: usize| {
            let piece = self.line[start..end].trim();
            let bracketed = piece.starts_with(['(', '[']) && piece.ends_with([')', ']']);
            let inner = if bracketed {
                &piece[1..piece.len() - 1]
            } else {
                piece
            };
            let inner = inner.trim_matches(|c: char| {
                !(is_alphanumeric(c) || matches!(c, '(' | ')' | '"' | '«' | '»'))
            });
            let inner = if inner.matches('(').count() != inner.matches(')').count() {
                inner.trim_matches(|c: char| !is_alphanumeric(c))
            } else {
                inner
            };
            if inner.chars().any(words::is_letter) {
                pieces.push(inner.to_string());
            }
        };
        for (i, token) in self.tokens.iter().enumerate() {
            match (self.used[i], start) {
                (false, None) => start = Some(token.start),
                (true, Some(from)) => {
                    cut(from, token.start);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(from) = start {
            cut(from, self.line.len());
        }
        (!pieces.is_empty()).then(|| pieces.join(" "))
    }
}

/// A letter ([`words::is_letter`]) or an ASCII digit.
fn is_alphanumeric(c: char) -> bool {
    c.is_ascii_digit() || words::is_letter(c)
}
