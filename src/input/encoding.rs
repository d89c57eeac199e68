//! The character encoding of a stays file: UTF-8, or the Windows-1251 that Russian-locale
//! Excel writes when it saves "CSV" (not "CSV UTF-8").
//!
//! The CSV reader reads UTF-8 only. [`utf8_reader`] stands before it: it looks at the start of
//! a file and, unless told, takes it as UTF-8 when that start is valid UTF-8 and as
//! Windows-1251 otherwise, decoding it (with `encoding_rs`) as it is read, so a file of any
//! size is still read a piece at a time. The caller says once, for the whole file, what was
//! assumed ([`Encoding::name`]).

use std::io::{self, BufRead, Read};

/// A text encoding a stays file may be written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Encoding {
    /// UTF-8, with or without a byte-order mark.
    Utf8,
    /// Windows-1251 (Cyrillic), as Russian-locale Excel saves "CSV".
    Windows1251,
}

impl Encoding {
    /// How the encoding is named for people: `UTF-8`, `Windows-1251`.
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1251 => "Windows-1251",
        }
    }

    /// The encoding a name or label means, in any letter case: `utf-8` (`utf8`) or
    /// `windows-1251` (`cp1251`).
    ///
    /// ```
    /// use staycalc::input::Encoding;
    /// assert_eq!(Encoding::from_name("CP1251"), Some(Encoding::Windows1251));
    /// assert_eq!(Encoding::from_name("latin1"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Encoding> {
        match name.trim().to_ascii_lowercase().as_str() {
            "utf-8" | "utf8" => Some(Encoding::Utf8),
            "windows-1251" | "cp1251" | "win1251" => Some(Encoding::Windows1251),
            _ => None,
        }
    }

    /// The encoding of a file that starts with `sample`: UTF-8 when the sample is UTF-8 (a
    /// character cut at its end is fine), or is no text to decode (a UTF-16 byte-order mark,
    /// a zero byte: the CSV reader says what it is); Windows-1251 otherwise.
    ///
    /// ```
    /// use staycalc::input::Encoding;
    /// assert_eq!(Encoding::detect("Иван;01.03.2025".as_bytes()), Encoding::Utf8);
    /// assert_eq!(Encoding::detect(b"\xC8\xE2\xE0\xED;01.03.2025"), Encoding::Windows1251);
    /// ```
    pub fn detect(sample: &[u8]) -> Encoding {
        let not_text = sample.starts_with(&[0xFF, 0xFE])
            || sample.starts_with(&[0xFE, 0xFF])
            || sample.contains(&0);
        match std::str::from_utf8(sample) {
            Ok(_) => Encoding::Utf8,
            // A character cut by the end of the sample.
            Err(e) if e.error_len().is_none() => Encoding::Utf8,
            Err(_) if not_text => Encoding::Utf8,
            Err(_) => Encoding::Windows1251,
        }
    }
}

/// `input` as UTF-8 text, and the encoding it was read as: `encoding` when given, else the one
/// [`Encoding::detect`] finds in the first piece of the input.
///
/// # Errors
///
/// Any error reading the first piece.
///
/// ```
/// use staycalc::input::{read_stays, utf8_reader, Encoding};
/// let file: &[u8] = b"entry;exit;\xEF\xF0\xE8\xEC\xE5\xF7\xE0\xED\xE8\xE5\n01.03.2025;;\xCF\xE0\xF0\xE8\xE6\n";
/// let (text, encoding) = utf8_reader(file, None)?;
/// assert_eq!(encoding, Encoding::Windows1251);
/// assert_eq!(read_stays(text).stays.len(), 1);
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn utf8_reader<'a, R: BufRead + 'a>(
    mut input: R,
    encoding: Option<Encoding>,
) -> io::Result<(Box<dyn BufRead + 'a>, Encoding)> {
    let encoding = match encoding {
        Some(encoding) => encoding,
        None => Encoding::detect(input.fill_buf()?),
    };
    Ok(match encoding {
        Encoding::Utf8 => (Box::new(input), encoding),
        Encoding::Windows1251 => (Box::new(Decoded::new(input)), encoding),
    })
}

/// How much of the start of a file [`utf8_bytes`] looks at to tell its encoding.
#[cfg(any(test, feature = "team"))]
pub(crate) const ENCODING_SAMPLE: usize = 1 << 16;

/// A whole file's bytes as UTF-8, and the encoding they were read as (detected from the start,
/// as [`utf8_reader`] does): the team page's files, which are in memory already.
#[cfg(any(test, feature = "team"))]
pub(crate) fn utf8_bytes(bytes: Vec<u8>) -> (Vec<u8>, Encoding) {
    match Encoding::detect(&bytes[..bytes.len().min(ENCODING_SAMPLE)]) {
        Encoding::Utf8 => (bytes, Encoding::Utf8),
        Encoding::Windows1251 => {
            let (text, _) = encoding_rs::WINDOWS_1251.decode_without_bom_handling(&bytes);
            (text.into_owned().into_bytes(), Encoding::Windows1251)
        }
    }
}

/// Windows-1251 text read as UTF-8, a piece at a time.
struct Decoded<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    out: Vec<u8>,
    at: usize,
    ended: bool,
}

impl<R: BufRead> Decoded<R> {
    fn new(inner: R) -> Decoded<R> {
        Decoded {
            inner,
            decoder: encoding_rs::WINDOWS_1251.new_decoder_without_bom_handling(),
            out: Vec::new(),
            at: 0,
            ended: false,
        }
    }
}

impl<R: BufRead> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.at == self.out.len() && !self.ended {
            let piece = self.inner.fill_buf()?;
            let last = piece.is_empty();
            // A single-byte encoding: each byte is one character of at most 3 UTF-8 bytes.
            self.out.clear();
            self.out.resize(piece.len() * 3 + 16, 0);
            let (_, read, written, _) = self.decoder.decode_to_utf8(piece, &mut self.out, last);
            self.out.truncate(written);
            self.at = 0;
            self.inner.consume(read);
            self.ended = last;
        }
        Ok(&self.out[self.at..])
    }

    fn consume(&mut self, amount: usize) {
        self.at = (self.at + amount).min(self.out.len());
    }
}

impl<R: BufRead> Read for Decoded<R> {
    fn read(&mut self, buffer: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(buffer.len());
        buffer[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Иванов;Продажи" in Windows-1251.
    const IVANOV: &[u8] = b"\xC8\xE2\xE0\xED\xEE\xE2;\xCF\xF0\xEE\xE4\xE0\xE6\xE8";

    #[test]
    fn decodes_windows_1251_a_piece_at_a_time() {
        let mut file = Vec::new();
        for _ in 0..5000 {
            file.extend_from_slice(IVANOV);
            file.push(b'\n');
        }
        // A reader with a small buffer: many pieces.
        let input = io::BufReader::with_capacity(7, &file[..]);
        let (mut text, encoding) = utf8_reader(input, None).unwrap();
        assert_eq!(encoding, Encoding::Windows1251);
        let mut read = String::new();
        text.read_to_string(&mut read).unwrap();
        assert_eq!(read, "Иванов;Продажи\n".repeat(5000));
    }

    #[test]
    fn detects_utf8_and_leaves_it_alone() {
        for text in ["", "entry,exit\n", "Иванов;Продажи\n", "\u{feff}ФИО\n"] {
            let (mut reader, encoding) = utf8_reader(text.as_bytes(), None).unwrap();
            assert_eq!(encoding, Encoding::Utf8, "{text:?}");
            let mut read = String::new();
            reader.read_to_string(&mut read).unwrap();
            assert_eq!(read, text);
        }
        // A character cut by the end of the first piece is still UTF-8.
        let cut = &"Иванов".as_bytes()[..3];
        assert_eq!(Encoding::detect(cut), Encoding::Utf8);
        // UTF-16 and binary input are left for the CSV reader to name.
        assert_eq!(Encoding::detect(b"\xFF\xFEe\0"), Encoding::Utf8);
        assert_eq!(Encoding::detect(b"\xC8\0"), Encoding::Utf8);
    }

    #[test]
    fn whole_files_are_decoded_alike() {
        let (bytes, encoding) = utf8_bytes(IVANOV.to_vec());
        assert_eq!(encoding, Encoding::Windows1251);
        assert_eq!(String::from_utf8(bytes).unwrap(), "Иванов;Продажи");
        let (bytes, encoding) = utf8_bytes("Иванов".as_bytes().to_vec());
        assert_eq!(
            (bytes.as_slice(), encoding),
            ("Иванов".as_bytes(), Encoding::Utf8)
        );
    }

    #[test]
    fn a_chosen_encoding_is_used_whatever_the_start_says() {
        let (mut reader, encoding) = utf8_reader(IVANOV, Some(Encoding::Utf8)).unwrap();
        assert_eq!(encoding, Encoding::Utf8);
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).unwrap();
        assert_eq!(bytes, IVANOV);
    }
}
