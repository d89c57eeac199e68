//! Which input a team was read from: a fingerprint of its bytes, so that edits made to one
//! file or paste are applied again to the same one only, without keeping the input itself.

use std::fmt;
use std::str::FromStr;

/// An input, told apart from others by its length and a 64-bit hash of its bytes. The same
/// bytes always give the same id, however they were split into pieces while reading; two
/// different inputs of a user giving the same id is as likely as guessing a 64-bit number.
///
/// Written as `HASH-LENGTH`, the hash in 16 hexadecimal digits:
///
/// ```text
/// 3f09c1d2a4b5e6f7-1234
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct InputId {
    hash: u64,
    len: u64,
}

impl fmt::Display for InputId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}-{}", self.hash, self.len)
    }
}

impl FromStr for InputId {
    type Err = ();

    /// Reads an id written by its `Display`.
    fn from_str(text: &str) -> Result<InputId, ()> {
        let (hash, len) = text.split_once('-').ok_or(())?;
        if hash.len() != 16 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(());
        }
        if len.is_empty() || !len.bytes().all(|b| b.is_ascii_digit()) {
            return Err(());
        }
        Ok(InputId {
            hash: u64::from_str_radix(hash, 16).map_err(|_| ())?,
            len: len.parse().map_err(|_| ())?,
        })
    }
}

/// Hashes an input given a piece at a time (see [`InputId`]): eight bytes at a time, mixed
/// by multiplying and rotating, the bytes left over from one piece kept for the next.
#[derive(Clone, Debug)]
pub(crate) struct Fingerprint {
    state: u64,
    pending: [u8; 8],
    filled: usize,
    len: u64,
}

impl Default for Fingerprint {
    fn default() -> Fingerprint {
        Fingerprint {
            state: 0x9e37_79b9_7f4a_7c15,
            pending: [0; 8],
            filled: 0,
            len: 0,
        }
    }
}

impl Fingerprint {
    fn mix(&mut self, word: u64) {
        self.state = (self.state.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    /// Adds the next piece of the input.
    pub fn add(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        if self.filled > 0 {
            let take = (8 - self.filled).min(bytes.len());
            self.pending[self.filled..self.filled + take].copy_from_slice(&bytes[..take]);
            self.filled += take;
            bytes = &bytes[take..];
            if self.filled < 8 {
                return;
            }
            self.mix(u64::from_le_bytes(self.pending));
            self.filled = 0;
        }
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            self.mix(u64::from_le_bytes(word.try_into().expect("8 bytes")));
        }
        let rest = words.remainder();
        self.pending[..rest.len()].copy_from_slice(rest);
        self.filled = rest.len();
    }

    /// The id of the input given so far.
    pub fn id(&self) -> InputId {
        let mut end = self.clone();
        if end.filled > 0 {
            let mut word = [0u8; 8];
            word[..end.filled].copy_from_slice(&end.pending[..end.filled]);
            end.mix(u64::from_le_bytes(word));
        }
        // The length last, so that inputs differing only in trailing zero bytes differ.
        end.mix(end.len);
        InputId {
            hash: end.state,
            len: end.len,
        }
    }
}

/// The id of `bytes`, read at once.
#[cfg(test)]
pub(crate) fn input_id(bytes: &[u8]) -> InputId {
    let mut fingerprint = Fingerprint::default();
    fingerprint.add(bytes);
    fingerprint.id()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const FILE: &[u8] =
        b"person,entry,exit\nAna,2026-01-05,2026-01-20\nBen,2026-02-01,2026-02-03\n";

    #[test]
    fn the_id_does_not_depend_on_how_the_input_is_cut() {
        let whole = input_id(FILE);
        for size in 1..=FILE.len() {
            let mut fingerprint = Fingerprint::default();
            for piece in FILE.chunks(size) {
                fingerprint.add(piece);
                fingerprint.add(&[]);
            }
            assert_eq!(fingerprint.id(), whole, "pieces of {size}");
        }
    }

    #[test]
    fn different_inputs_have_different_ids() {
        let edited = FILE
            .iter()
            .map(|&b| if b == b'5' { b'6' } else { b })
            .collect::<Vec<u8>>();
        assert_ne!(input_id(FILE), input_id(&edited));
        assert_ne!(input_id(b"ab"), input_id(b"ab\0"));
        assert_ne!(input_id(b""), input_id(b"\0"));
        let ids: HashSet<InputId> = (0..10_000)
            .map(|i| input_id(format!("person,entry,exit\nP{i},2026-01-01,").as_bytes()))
            .collect();
        assert_eq!(ids.len(), 10_000);
    }

    #[test]
    fn an_id_reads_back_from_its_text() {
        let id = input_id(FILE);
        let text = id.to_string();
        assert_eq!(text.len(), 16 + 1 + FILE.len().to_string().len());
        assert_eq!(text.parse::<InputId>(), Ok(id));
        for bad in [
            "",
            "-",
            "abc-12",
            "0123456789abcdefg-1",
            "0123456789abcdef-",
            "0123456789abcdef-x1",
        ] {
            assert_eq!(bad.parse::<InputId>(), Err(()), "{bad}");
        }
    }
}
