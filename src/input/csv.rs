//! A streaming CSV/TSV record reader for files exported from spreadsheets.
//!
//! What it reads: UTF-8 text, with or without Excel's byte-order mark; the separator (`,`, `;`
//! or tab) detected from the header line, or given by an Excel `sep=;` first line; RFC 4180
//! quotes (a quoted field may hold separators, doubled quotes `""` and line ends); CRLF or LF
//! line ends. Blank lines are skipped. Each record carries the 1-based line it starts on.
//!
//! Lenient where spreadsheets are: a quote inside an unquoted field is kept as it is, and text
//! after a closing quote is appended to the field. Records may have fewer or more fields than
//! the header; the caller decides.
//!
//! Memory is bounded: the reader holds one record at a time, and a record longer than
//! [`MAX_RECORD_BYTES`] is an error. A record that cannot be read (too long, or a line that is
//! not UTF-8) is followed to its end through its quotes, without keeping it, and is one error:
//! the next record starts after it, so a bad record inside a quoted cell of several lines never
//! turns the cell's lines into records. A zero byte (binary input, `/dev/zero`) and a file whose
//! lines end with a carriage return alone stop the reading with an error.

use crate::error::{Error, Result};
use std::io::{BufRead, ErrorKind};

/// The longest record the reader accepts, in bytes: 1 MiB.
pub const MAX_RECORD_BYTES: usize = 1 << 20;

/// One record of a CSV file: its fields, unquoted, and the line it starts on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRecord {
    /// The 1-based line the record starts on.
    pub line: usize,
    /// The fields, unquoted and not trimmed.
    pub fields: Vec<String>,
}

/// Reads CSV or TSV records one at a time from any [`BufRead`]; the first record is the
/// header. See the module docs for what it accepts.
///
/// Iterating yields `Ok(record)` for each record and `Err` for each one that cannot be read:
/// [`Error::BadInput`] naming the line, the column where one is at fault (by its header name),
/// and the reason. After an error the reader goes on with the next record, except when the
/// input is not text at all (UTF-16, binary, old Mac line ends) or cannot be read: then that
/// error is the last item.
///
/// ```
/// use staycalc::input::CsvReader;
/// let text = "\u{feff}person;entry;exit\r\n\"Doe; Jane\";01.03.2025;\r\n\r\n";
/// let mut reader = CsvReader::new(text.as_bytes());
/// let records: Vec<_> = reader.by_ref().collect::<Result<_, _>>()?;
/// assert_eq!(reader.separator(), Some(';'));
/// assert_eq!(records[0].fields, ["person", "entry", "exit"]);
/// assert_eq!(records[1].fields, ["Doe; Jane", "01.03.2025", ""]);
/// assert_eq!(records[1].line, 2);
/// # Ok::<(), staycalc::Error>(())
/// ```
#[derive(Debug)]
pub struct CsvReader<R> {
    reader: R,
    max_record_bytes: usize,
    separator: Option<char>,
    header: Option<Vec<String>>,
    /// The last physical line read (1-based).
    line: usize,
    buffer: Vec<u8>,
    done: bool,
    /// The input ended inside a quoted field: with an input still loading, the record is read
    /// again, whole, once more has come.
    cut_short: bool,
}

/// What reading one physical line gave.
enum Read {
    /// A line is in the buffer, without its line end.
    Line,
    /// The line was longer than the budget; it was skipped to its end, and the tokenizer's
    /// state followed it: this is the state at its end.
    TooLong(State),
    /// The line holds a zero byte at this position (from 1): the input is not text. Nothing
    /// more is read (`/dev/zero` has no line end).
    Binary(usize),
    /// The first line starts with a UTF-16 byte-order mark. Nothing more is read.
    Utf16,
    /// The end of the input.
    End,
}

/// Where the tokenizer is inside a record.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the start of a field.
    FieldStart,
    /// Inside a field that did not start with a quote.
    Unquoted,
    /// Inside a quoted field.
    Quoted,
    /// Just after a quote inside a quoted field: a doubled quote or the closing one.
    QuoteInQuoted,
}

impl<R: BufRead> CsvReader<R> {
    /// A reader of `reader`, accepting records of up to [`MAX_RECORD_BYTES`].
    pub fn new(reader: R) -> CsvReader<R> {
        CsvReader {
            reader,
            max_record_bytes: MAX_RECORD_BYTES,
            separator: None,
            header: None,
            line: 0,
            buffer: Vec::new(),
            done: false,
            cut_short: false,
        }
    }

    /// The same reader with another limit on the length of a record, in bytes.
    pub fn with_max_record_bytes(self, bytes: usize) -> CsvReader<R> {
        CsvReader {
            max_record_bytes: bytes,
            ..self
        }
    }

    /// The separator, once the header line has been read.
    pub fn separator(&self) -> Option<char> {
        self.separator
    }

    /// The header's fields, once the header has been read.
    pub fn header(&self) -> Option<&[String]> {
        self.header.as_deref()
    }

    /// An error about `line`, naming the column of field `index` when there is one.
    fn error(&self, line: usize, index: Option<usize>, reason: String) -> Error {
        let column = index.map(|i| match self.header.as_ref().and_then(|h| h.get(i)) {
            Some(name) if !name.trim().is_empty() => name.trim().to_string(),
            _ => format!("{}", i + 1),
        });
        Error::BadInput {
            line,
            column,
            reason,
        }
    }

    /// Reads one physical line into the buffer, reading at most `budget` bytes of it. The
    /// line starts in the tokenizer's `state`; a line too long to keep is followed through
    /// [`advance`] instead, so the record's end is still found.
    fn read_line(&mut self, budget: usize, state: State) -> std::io::Result<Read> {
        self.buffer.clear();
        let separator = self.separator.map_or(b',', |c| c as u8);
        let mut seen = 0;
        let mut too_long: Option<State> = None;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(available) => available,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if available.is_empty() {
                break;
            }
            if self.line == 0 && seen == 0 && is_utf16(available) {
                self.line += 1;
                self.done = true;
                return Ok(Read::Utf16);
            }
            let newline = available.iter().position(|&b| b == b'\n');
            let take = newline.map_or(available.len(), |i| i + 1);
            if let Some(at) = available[..take].iter().position(|&b| b == 0) {
                self.line += 1;
                self.done = true;
                return Ok(Read::Binary(seen + at + 1));
            }
            match &mut too_long {
                Some(end) => *end = advance(*end, &available[..take], separator),
                None if self.buffer.len() + take > budget.saturating_add(2) => {
                    let end = advance(state, &self.buffer, separator);
                    too_long = Some(advance(end, &available[..take], separator));
                    self.buffer.clear();
                }
                None => self.buffer.extend_from_slice(&available[..take]),
            }
            seen += take;
            self.reader.consume(take);
            if newline.is_some() {
                break;
            }
        }
        if seen == 0 {
            return Ok(Read::End);
        }
        self.line += 1;
        if let Some(end) = too_long {
            return Ok(Read::TooLong(end));
        }
        if self.buffer.last() == Some(&b'\n') {
            self.buffer.pop();
        }
        if self.buffer.last() == Some(&b'\r') {
            self.buffer.pop();
        }
        if self.buffer.len() > budget {
            return Ok(Read::TooLong(advance(state, &self.buffer, separator)));
        }
        Ok(Read::Line)
    }

    /// Reads the next record into `record`, reusing its allocations: the fastest way through
    /// a big file. Returns `None` at the end of the input; on an error, `record` holds no
    /// meaningful fields. The header is the first record, as with the iterator.
    ///
    /// ```
    /// use staycalc::input::{CsvReader, CsvRecord};
    /// let mut reader = CsvReader::new("entry,exit\n2025-03-01,\n".as_bytes());
    /// let mut record = CsvRecord { line: 0, fields: Vec::new() };
    /// let mut entries = Vec::new();
    /// while let Some(result) = reader.read_record(&mut record) {
    ///     result?;
    ///     entries.push(record.fields[0].clone());
    /// }
    /// assert_eq!(entries, ["entry", "2025-03-01"]);
    /// # Ok::<(), staycalc::Error>(())
    /// ```
    pub fn read_record(&mut self, record: &mut CsvRecord) -> Option<Result<()>> {
        if self.done {
            return None;
        }
        let result = self.next_into(&mut record.fields)?.map(|line| {
            record.line = line;
        });
        if result.is_ok() && self.header.is_none() {
            self.header = Some(record.fields.clone());
        }
        Some(result)
    }

    /// Reads the next record's fields into `all` and returns its line, or `None` at the end of
    /// the input. A record that cannot be read (too long, not UTF-8) is followed to its end,
    /// quotes and all, and is one error: the next record starts after it.
    fn next_into(&mut self, all: &mut Vec<String>) -> Option<Result<usize>> {
        let mut fields = Fields { all, used: 0 };
        let mut state = State::FieldStart;
        let mut start = 0;
        let mut used = 0;
        // Why the record being read cannot be read, once that is known.
        let mut bad: Option<String> = None;
        loop {
            let continuing = state == State::Quoted;
            let budget = self.max_record_bytes.saturating_sub(used);
            let read = match self.read_line(budget, state) {
                Ok(read) => read,
                Err(e) => {
                    self.done = true;
                    let line = self.line + 1;
                    return Some(Err(self.error(line, None, format!("cannot read: {e}"))));
                }
            };
            let line = self.line;
            if !continuing {
                start = line;
            }
            let separator = self.separator.map_or(b',', |c| c as u8);
            match read {
                Read::End if continuing => {
                    self.done = true;
                    self.cut_short = true;
                    let reason = format!(
                        "a quote opened on line {start} is never closed (the file ends inside it){}",
                        bad.as_ref().map_or(String::new(), |bad| format!("; and {bad}"))
                    );
                    let column = bad.is_none().then(|| fields.used.saturating_sub(1));
                    return Some(Err(self.error(start, column, reason)));
                }
                Read::End => return None,
                Read::Utf16 => {
                    let reason = "the file is UTF-16 text (as Excel's \"Unicode text\"): save it \
                                  as \"CSV UTF-8\"";
                    return Some(Err(self.error(1, None, reason.into())));
                }
                Read::Binary(at) => {
                    let reason = format!(
                        "the file is not text (a zero byte at position {at}): expected CSV text"
                    );
                    return Some(Err(self.error(line, None, reason)));
                }
                Read::TooLong(end) => {
                    bad.get_or_insert_with(|| {
                        format!("the record is longer than {} bytes", self.max_record_bytes)
                    });
                    state = end;
                }
                Read::Line if bad.is_some() => state = advance(state, &self.buffer, separator),
                Read::Line => {}
            }
            if let Some(reason) = &bad {
                if state == State::Quoted {
                    continue;
                }
                let reason = spanning(reason, start, line);
                return Some(Err(self.error(start, None, reason)));
            }
            if line == 1 {
                if self.buffer.starts_with(BOM) {
                    self.buffer.drain(..BOM.len());
                }
                if let Some(reason) = bare_carriage_return(&self.buffer) {
                    self.done = true;
                    return Some(Err(self.error(1, None, reason)));
                }
            }
            let text = match std::str::from_utf8(&self.buffer) {
                Ok(text) => text,
                Err(e) => {
                    let at = e.valid_up_to();
                    let place = if line > start {
                        format!(" of line {line}")
                    } else {
                        String::new()
                    };
                    bad = Some(format!(
                        "not UTF-8 text (byte 0x{:02X} at position {}{place}): save the file as \
                         \"CSV UTF-8\"",
                        self.buffer[at],
                        at + 1
                    ));
                    state = advance(state, &self.buffer, separator);
                    if state == State::Quoted {
                        continue;
                    }
                    let reason = spanning(bad.as_deref().unwrap_or_default(), start, line);
                    return Some(Err(self.error(start, None, reason)));
                }
            };
            if !continuing && text.trim().is_empty() {
                continue;
            }
            if self.separator.is_none() {
                if let Some(hint) = separator_hint(text) {
                    self.separator = Some(hint);
                    continue;
                }
                self.separator = Some(detect_separator(text));
            }
            used += self.buffer.len() + 1;
            let separator = self.separator.map_or(b',', |c| c as u8);
            if !continuing {
                fields.open();
            }
            state = scan(text, separator, state, &mut fields);
            if state == State::Quoted {
                fields.push('\n');
                continue;
            }
            fields.close();
            return Some(Ok(start));
        }
    }
}

/// `reason`, saying which lines the record spans when more than one.
fn spanning(reason: &str, start: usize, end: usize) -> String {
    if end > start {
        format!("{reason} (the record spans lines {start} to {end})")
    } else {
        reason.to_string()
    }
}

/// Why a header line cannot be read when it holds a carriage return with no line feed after
/// it: the file has the line ends of old Mac spreadsheets, and is one long line.
fn bare_carriage_return(line: &[u8]) -> Option<String> {
    line.contains(&b'\r').then(|| {
        "the file has old Mac line ends (a carriage return alone ends each line): save it with \
         Windows (CRLF) or Unix (LF) line ends"
            .to_string()
    })
}

/// The tokenizer's state after `bytes`, from `state`: the transitions of [`scan`] without the
/// fields, to follow a record that cannot be kept to its end.
fn advance(mut state: State, bytes: &[u8], separator: u8) -> State {
    for &b in bytes {
        state = match state {
            State::FieldStart if b == b'"' => State::Quoted,
            State::FieldStart | State::Unquoted | State::QuoteInQuoted if b == separator => {
                State::FieldStart
            }
            State::FieldStart | State::Unquoted => State::Unquoted,
            State::Quoted if b == b'"' => State::QuoteInQuoted,
            State::Quoted => State::Quoted,
            State::QuoteInQuoted if b == b'"' => State::Quoted,
            State::QuoteInQuoted => State::Unquoted,
        };
    }
    state
}

/// The fields of the record being read, written over the strings of an earlier record.
struct Fields<'a> {
    all: &'a mut Vec<String>,
    /// How many fields of `all` belong to this record.
    used: usize,
}

impl Fields<'_> {
    /// Starts a new, empty field and returns it.
    fn open(&mut self) -> &mut String {
        if self.used == self.all.len() {
            self.all.push(String::new());
        } else {
            self.all[self.used].clear();
        }
        self.used += 1;
        &mut self.all[self.used - 1]
    }

    /// Adds a character to the current field.
    fn push(&mut self, c: char) {
        if let Some(field) = self.used.checked_sub(1).and_then(|i| self.all.get_mut(i)) {
            field.push(c);
        }
    }

    /// Adds text to the current field.
    fn push_str(&mut self, text: &str) {
        if let Some(field) = self.used.checked_sub(1).and_then(|i| self.all.get_mut(i)) {
            field.push_str(text);
        }
    }

    /// Ends the record: drops the strings left from a longer earlier record.
    fn close(self) {
        self.all.truncate(self.used);
    }
}

/// Reads one line of a record into `fields`, starting in `state`; returns the state at the
/// line's end. The separator and the quote are ASCII, so every cut is at a character boundary.
fn scan(text: &str, separator: u8, mut state: State, fields: &mut Fields) -> State {
    let bytes = text.as_bytes();
    let find = |from: usize, wanted: u8| {
        bytes[from..]
            .iter()
            .position(|&b| b == wanted)
            .map(|at| from + at)
    };
    let mut i = 0;
    while i < bytes.len() {
        match state {
            State::FieldStart if bytes[i] == b'"' => {
                state = State::Quoted;
                i += 1;
            }
            State::FieldStart | State::Unquoted => match find(i, separator) {
                Some(end) => {
                    fields.push_str(&text[i..end]);
                    fields.open();
                    state = State::FieldStart;
                    i = end + 1;
                }
                None => {
                    fields.push_str(&text[i..]);
                    state = State::Unquoted;
                    i = bytes.len();
                }
            },
            State::Quoted => match find(i, b'"') {
                Some(end) => {
                    fields.push_str(&text[i..end]);
                    state = State::QuoteInQuoted;
                    i = end + 1;
                }
                None => {
                    fields.push_str(&text[i..]);
                    i = bytes.len();
                }
            },
            State::QuoteInQuoted if bytes[i] == b'"' => {
                fields.push('"');
                state = State::Quoted;
                i += 1;
            }
            State::QuoteInQuoted if bytes[i] == separator => {
                fields.open();
                state = State::FieldStart;
                i += 1;
            }
            // Text after a closing quote is kept, as spreadsheets do.
            State::QuoteInQuoted => state = State::Unquoted,
        }
    }
    state
}

/// Excel's byte-order mark for UTF-8.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Whether a first line starts with a UTF-16 byte-order mark.
fn is_utf16(line: &[u8]) -> bool {
    line.starts_with(&[0xFF, 0xFE]) || line.starts_with(&[0xFE, 0xFF])
}

/// The separator an Excel `sep=;` line names.
fn separator_hint(line: &str) -> Option<char> {
    match line.strip_prefix("sep=")? {
        "," => Some(','),
        ";" => Some(';'),
        "\t" => Some('\t'),
        _ => None,
    }
}

/// The separator of a header line: the most frequent of `,`, `;` and tab outside quotes (a tie
/// goes to `,`, then `;`).
fn detect_separator(header: &str) -> char {
    let mut quoted = false;
    let mut counts = [0usize; 3];
    for c in header.chars() {
        quoted ^= c == '"';
        if !quoted {
            match c {
                ',' => counts[0] += 1,
                ';' => counts[1] += 1,
                '\t' => counts[2] += 1,
                _ => {}
            }
        }
    }
    let [commas, semicolons, tabs] = counts;
    if tabs > commas && tabs > semicolons {
        '\t'
    } else if semicolons > commas {
        ';'
    } else {
        ','
    }
}

/// A file's bytes as they load, a piece at a time: read as a [`BufRead`] up to the end of the
/// last whole line loaded, until the file is complete (then to its end). With
/// [`CsvReader::read_loaded_record`], records are read while the rest of the file loads, and
/// read as they would be from the whole file.
#[cfg(any(test, feature = "team"))]
#[derive(Debug, Default)]
pub(crate) struct Loading {
    bytes: Vec<u8>,
    /// Where reading is.
    at: usize,
    /// How far reading may go: after the last line end loaded, or the end once complete.
    ready: usize,
    complete: bool,
    /// Where the last record cut short by the end of what was loaded starts.
    last_cut: Option<usize>,
    /// A record was cut short twice (a quote never closed, or a record longer than a piece):
    /// nothing more is read until the file is complete, so it is not read again and again.
    held: bool,
}

#[cfg(any(test, feature = "team"))]
impl Loading {
    /// An empty file, to load, with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Loading {
        Loading {
            bytes: Vec::with_capacity(capacity),
            ..Loading::default()
        }
    }

    /// A file loaded already.
    pub fn complete(bytes: Vec<u8>) -> Loading {
        Loading {
            ready: bytes.len(),
            bytes,
            complete: true,
            ..Loading::default()
        }
    }

    /// The bytes loaded so far.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Appends the next `len` bytes of the file, which `fill` writes in place; returns them.
    pub fn load_with(&mut self, len: usize, fill: impl FnOnce(&mut [u8])) -> &[u8] {
        let start = self.bytes.len();
        self.bytes.resize(start + len, 0);
        fill(&mut self.bytes[start..]);
        if self.complete {
            self.ready = self.bytes.len();
        } else if let Some(end) = self.bytes[start..].iter().rposition(|&b| b == b'\n') {
            self.ready = start + end + 1;
        }
        &self.bytes[start..]
    }

    /// Says the file is all loaded: its last line, with or without a line end, can be read.
    pub fn finish(&mut self) {
        self.complete = true;
        self.ready = self.bytes.len();
    }

    /// Whether the file is all loaded.
    pub fn is_complete(&self) -> bool {
        self.complete
    }

    /// The bytes, to read otherwise (nothing was read of them yet).
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

#[cfg(any(test, feature = "team"))]
impl std::io::Read for Loading {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

#[cfg(any(test, feature = "team"))]
impl BufRead for Loading {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        Ok(&self.bytes[self.at..self.ready])
    }

    fn consume(&mut self, amount: usize) {
        self.at = (self.at + amount).min(self.ready);
    }
}

#[cfg(any(test, feature = "team"))]
impl CsvReader<Loading> {
    /// The file being read.
    pub(crate) fn input(&self) -> &Loading {
        &self.reader
    }

    /// The file being read, to load more of it.
    pub(crate) fn input_mut(&mut self) -> &mut Loading {
        &mut self.reader
    }

    /// As [`CsvReader::read_record`], for a file still loading: `None` also when what is loaded
    /// is read (then [`Loading::is_complete`] is false). Only whole lines are read, and a record
    /// whose quoted field goes on past what is loaded is left, to be read whole once more has
    /// come: the records, errors and line numbers are those of the whole file.
    pub(crate) fn read_loaded_record(&mut self, record: &mut CsvRecord) -> Option<Result<()>> {
        if self.reader.complete {
            return self.read_record(record);
        }
        if self.reader.held {
            return None;
        }
        let mark = (self.reader.at, self.line, self.separator);
        self.cut_short = false;
        let read = self.read_record(record);
        if !self.cut_short {
            return read;
        }
        // The record ran into the end of what is loaded: back to its start.
        self.cut_short = false;
        self.done = false;
        (self.reader.at, self.line, self.separator) = mark;
        self.reader.held = self.reader.last_cut == Some(mark.0);
        self.reader.last_cut = Some(mark.0);
        None
    }
}

impl<R: BufRead> Iterator for CsvReader<R> {
    type Item = Result<CsvRecord>;

    fn next(&mut self) -> Option<Result<CsvRecord>> {
        let mut record = CsvRecord {
            line: 0,
            fields: Vec::new(),
        };
        let result = self.read_record(&mut record)?;
        Some(result.map(|()| record))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every record or error message of `text`, as `(line, fields)` or `(line, [message])`.
    fn read(text: &[u8]) -> Vec<(usize, Vec<String>)> {
        CsvReader::new(text)
            .with_max_record_bytes(64)
            .map(|record| match record {
                Ok(record) => (record.line, record.fields),
                Err(error) => (error.row().unwrap_or(0), vec![error.to_string()]),
            })
            .collect()
    }

    fn fields(line: usize, fields: &[&str]) -> (usize, Vec<String>) {
        (line, fields.iter().map(|f| f.to_string()).collect())
    }

    #[test]
    fn reads_plain_comma_files_with_either_line_end() {
        let expected = [
            fields(1, &["entry", "exit"]),
            fields(2, &["2025-03-01", ""]),
        ];
        assert_eq!(read(b"entry,exit\n2025-03-01,\n"), expected);
        assert_eq!(read(b"entry,exit\r\n2025-03-01,\r\n"), expected);
        assert_eq!(read(b"entry,exit\r\n2025-03-01,"), expected);
    }

    #[test]
    fn strips_the_bom_and_detects_the_separator_from_the_header() {
        let mut reader = CsvReader::new(&b"\xEF\xBB\xBFentry;exit\n1.3.2025;2.3.2025\n"[..]);
        let header = reader.next().unwrap().unwrap();
        assert_eq!(header.fields, ["entry", "exit"]);
        assert_eq!(reader.separator(), Some(';'));
        assert_eq!(
            reader.next().unwrap().unwrap().fields,
            ["1.3.2025", "2.3.2025"]
        );
        for (text, separator) in [
            (&b"a\tb\tc,d\n"[..], '\t'),
            (b"a\tb,c\n", ','),
            (b"a;b;c,d\n", ';'),
            (b"a,b;c\n", ','),
            (b"\"a;b\",c\n", ','),
            (b"only\n", ','),
            (b"sep=;\na;b\n", ';'),
        ] {
            let mut reader = CsvReader::new(text);
            reader.next();
            assert_eq!(reader.separator(), Some(separator), "{text:?}");
        }
        assert_eq!(read(b"sep=;\na;b\n"), [fields(2, &["a", "b"])]);
    }

    #[test]
    fn unquotes_rfc_4180_fields() {
        let text = b"person,note,entry\n\
                     \"Doe, Jane\",\"said \"\"hi\"\"\",2025-01-01\n\
                     \"two\r\nlines\",\"\",2025-02-01\n\
                     plain\"quote,\"x\"y,2025-03-01\n\
                     \"\"\"\",,\n";
        assert_eq!(
            read(text),
            [
                fields(1, &["person", "note", "entry"]),
                fields(2, &["Doe, Jane", "said \"hi\"", "2025-01-01"]),
                fields(3, &["two\nlines", "", "2025-02-01"]),
                fields(5, &["plain\"quote", "xy", "2025-03-01"]),
                fields(6, &["\"", "", ""]),
            ]
        );
    }

    #[test]
    fn skips_blank_lines_but_keeps_blank_lines_inside_quotes() {
        assert_eq!(
            read(b"\n\nentry\n  \n\r\n\"a\n\nb\"\n\t\n"),
            [fields(3, &["entry"]), fields(6, &["a\n\nb"])]
        );
    }

    #[test]
    fn rejects_lines_that_are_not_utf8_and_goes_on() {
        assert_eq!(
            read(b"person,entry\nJos\xE9,2025-01-01\nAnn,2025-02-01\n"),
            [
                fields(1, &["person", "entry"]),
                (
                    2,
                    vec!["line 2: not UTF-8 text (byte 0xE9 at position 4): save the file as \"CSV UTF-8\"".into()]
                ),
                fields(3, &["Ann", "2025-02-01"]),
            ]
        );
    }

    #[test]
    fn stops_at_utf16_or_binary_input() {
        assert_eq!(
            read(b"\xFF\xFEe\0n\0t\0r\0y\0\n\0"),
            [(1, vec!["line 1: the file is UTF-16 text (as Excel's \"Unicode text\"): save it as \"CSV UTF-8\"".into()])]
        );
        assert_eq!(
            read(b"entry\n\x7FELF\0\0\0\nmore\n"),
            [
                fields(1, &["entry"]),
                (2, vec!["line 2: the file is not text (a zero byte at position 5): expected CSV text".into()])
            ]
        );
    }

    #[test]
    fn rejects_too_long_records_and_goes_on() {
        let long = "x".repeat(65);
        let text = format!("entry\n{long}\n2025-01-01\n\"{long}\n{long}\"\nlast\n");
        let records = read(text.as_bytes());
        assert_eq!(
            records,
            [
                fields(1, &["entry"]),
                (2, vec!["line 2: the record is longer than 64 bytes".into()]),
                fields(3, &["2025-01-01"]),
                // One record over two lines: one error, and the next record after it.
                (
                    4,
                    vec!["line 4: the record is longer than 64 bytes (the record spans lines 4 to 5)".into()]
                ),
                fields(6, &["last"]),
            ]
        );
        let exactly = "y".repeat(64);
        assert_eq!(
            read(format!("{exactly}\r\n").as_bytes()),
            [fields(1, &[&exactly])]
        );
        let open = format!("entry\n\"{}\n{}\n", "z".repeat(40), "z".repeat(40));
        assert_eq!(
            read(open.as_bytes())[1],
            (
                2,
                vec!["line 2: a quote opened on line 2 is never closed (the file ends inside it); and the record is longer than 64 bytes".into()]
            )
        );
    }

    /// Issue 19: after a bad record inside a quoted cell of several lines, the reader went on
    /// from the next line, inside the quote: a note's line became a person.
    #[test]
    fn a_bad_record_is_followed_to_its_end_through_its_quotes() {
        let long = "x".repeat(70);
        for (bad, reason) in [
            (
                b"\"note\nBen,2025-01-01,\nJos\xE9\n\"\"quoted\"\", end\"".to_vec(),
                "not UTF-8 text (byte 0xE9 at position 4 of line 4): save the file as \"CSV UTF-8\" (the record spans lines 2 to 5)",
            ),
            (
                format!("\"{long}\nBen,2025-01-01,\n\"").into_bytes(),
                "the record is longer than 64 bytes (the record spans lines 2 to 4)",
            ),
            (
                b"\"a\xFFb\nBen,x,\",y".to_vec(),
                "not UTF-8 text (byte 0xFF at position 3): save the file as \"CSV UTF-8\" (the record spans lines 2 to 3)",
            ),
        ] {
            let mut text = b"person,entry,exit\n".to_vec();
            text.extend_from_slice(&bad);
            text.extend_from_slice(b"\nAna,2025-02-01,\n");
            let records = read(&text);
            assert_eq!(
                records,
                [
                    fields(1, &["person", "entry", "exit"]),
                    (2, vec![format!("line 2: {reason}")]),
                    fields(records[2].0, &["Ana", "2025-02-01", ""]),
                ],
                "{}",
                String::from_utf8_lossy(&bad)
            );
        }
    }

    #[test]
    fn stops_at_a_zero_byte_even_without_a_line_end() {
        let mut zeros = b"entry\n".to_vec();
        zeros.extend(std::iter::repeat_n(0u8, 100_000));
        assert_eq!(
            read(&zeros),
            [
                fields(1, &["entry"]),
                (2, vec!["line 2: the file is not text (a zero byte at position 1): expected CSV text".into()])
            ]
        );
    }

    #[test]
    fn says_when_lines_end_with_a_carriage_return_alone() {
        let records = read(b"entry,exit\r2025-01-01,\r");
        assert_eq!(records.len(), 1);
        assert!(records[0].1[0].contains("old Mac line ends"), "{records:?}");
    }

    #[test]
    fn names_the_column_of_an_unclosed_quote() {
        assert_eq!(
            read(b"person,entry,exit\nAnn,2025-01-01,\"2025\n"),
            [
                fields(1, &["person", "entry", "exit"]),
                (2, vec!["line 2, column exit: a quote opened on line 2 is never closed (the file ends inside it)".into()]),
            ]
        );
    }

    #[test]
    fn read_record_reuses_the_record_without_leftovers() {
        let text = "a,b,c\n\"x\ny\",\"q\"\"\"\n1\n";
        let mut reader = CsvReader::new(text.as_bytes());
        let mut record = CsvRecord {
            line: 0,
            fields: vec!["stale".into(); 5],
        };
        let mut seen = Vec::new();
        while let Some(result) = reader.read_record(&mut record) {
            result.unwrap();
            seen.push((record.line, record.fields.clone()));
        }
        assert_eq!(
            seen,
            [
                fields(1, &["a", "b", "c"]),
                fields(2, &["x\ny", "q\""]),
                fields(4, &["1"]),
            ]
        );
        assert_eq!(reader.header().unwrap(), ["a", "b", "c"]);
    }

    #[test]
    fn an_empty_input_has_no_records() {
        assert_eq!(read(b""), []);
        assert_eq!(read(b"\n\r\n"), []);
        assert_eq!(read(b"\xEF\xBB\xBF"), []);
    }

    /// What [`read`] gives, with `text` loaded in pieces ending at `ends` (and the rest), the
    /// records of what is loaded read after each piece.
    fn read_loading(text: &[u8], ends: &[usize]) -> Vec<(usize, Vec<String>)> {
        let mut reader = CsvReader::new(Loading::default()).with_max_record_bytes(64);
        let mut record = CsvRecord {
            line: 0,
            fields: Vec::new(),
        };
        let mut seen = Vec::new();
        let mut from = 0;
        for &end in ends.iter().chain([&text.len()]) {
            let piece = &text[from..end.max(from)];
            reader
                .input_mut()
                .load_with(piece.len(), |tail| tail.copy_from_slice(piece));
            from = end.max(from);
            if end == text.len() {
                reader.input_mut().finish();
            }
            while let Some(result) = reader.read_loaded_record(&mut record) {
                seen.push(match result {
                    Ok(()) => (record.line, record.fields.clone()),
                    Err(error) => (error.row().unwrap_or(0), vec![error.to_string()]),
                });
            }
        }
        seen
    }

    /// Files with every kind of place a piece can end: inside a byte-order mark, a `sep=` line,
    /// a quoted field of several lines (CRLF inside and out), a doubled quote, a UTF-8
    /// character, between CR and LF, in a line that is not UTF-8, a record too long, a quote
    /// never closed, blank lines, a zero byte, UTF-16 and old Mac line ends.
    const CUT_FILES: &[&[u8]] = &[
        b"\xEF\xBB\xBFperson;entry;exit\r\n\"Doe;\r\nJane\";01.03.2025;\r\n\r\nBen;02.03.2025;03.03.2025\r\n",
        b"sep=;\nperson;entry\n\"a\"\"b\";1\n\"x\ny\nz\"tail;2\n",
        "name,from\nИван Петров,2025-01-01\n\"Ёлка\n«ели»\",2025-02-02\nÅse,2025-03-03".as_bytes(),
        b"a,b\n\xFF\xFEbad,1\n\"bad\xC3\nstill\",2\nok,3\n",
        b"a,b\n\"this record is far too long for the sixty-four bytes,\n of its budget\nso far\",1\nshort,2\n",
        b"a,b\nfine,1\n\"never closed,2\nmore\n",
        b"a,b\n\n\n1,2\n\r\n3,4",
        b"a,b\n1,2\n3\x00,4\n5,6\n",
        b"\xFF\xFEa\x00,\x00b\x00\n\x00",
        b"a,b\r1,2\r3,4\r",
        b"",
        b"\n",
    ];

    #[test]
    fn a_file_read_while_it_loads_reads_as_the_whole_file_wherever_its_pieces_end() {
        for text in CUT_FILES {
            let whole = read(text);
            let shown = String::from_utf8_lossy(text);
            assert_eq!(read_loading(text, &[]), whole, "{shown:?}");
            for end in 0..=text.len() {
                assert_eq!(read_loading(text, &[end]), whole, "{shown:?} cut at {end}");
            }
            for size in 1..=text.len() {
                let ends: Vec<usize> = (size..text.len()).step_by(size).collect();
                assert_eq!(
                    read_loading(text, &ends),
                    whole,
                    "{shown:?} in pieces of {size}"
                );
            }
        }
    }

    #[test]
    fn a_record_cut_short_again_and_again_waits_for_the_whole_file() {
        let text = b"a,b\n1,2\n\"open,3\n4,5\n6,7\n8,9\n";
        let mut reader = CsvReader::new(Loading::default());
        let mut record = CsvRecord {
            line: 0,
            fields: Vec::new(),
        };
        let mut lines = Vec::new();
        for piece in text.chunks(8) {
            reader
                .input_mut()
                .load_with(piece.len(), |tail| tail.copy_from_slice(piece));
            while let Some(result) = reader.read_loaded_record(&mut record) {
                result.unwrap();
                lines.push(record.line);
            }
        }
        assert_eq!(lines, [1, 2]);
        assert!(reader.input().held, "cut twice, then held");
        reader.input_mut().finish();
        let last = reader.read_loaded_record(&mut record).unwrap().unwrap_err();
        assert!(last.to_string().contains("never closed"), "{last}");
        assert_eq!(last.row(), Some(3));
        assert!(reader.read_loaded_record(&mut record).is_none());
    }
}
