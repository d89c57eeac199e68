//! A fast hash for the table of names: a team file is the user's own data, so the hash need
//! not resist crafted collisions, and SipHash (the standard one) costs a fifth of the time it
//! takes to read a million rows.

use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hashing of 8 bytes at a time (the scheme of the Firefox and rustc hashers).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FastHasher(u64);

/// Builds [`FastHasher`]s for a `HashMap`.
pub(crate) type FastHash = BuildHasherDefault<FastHasher>;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        // The length first, so that texts differing in trailing zero bytes differ.
        self.add(bytes.len() as u64);
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(byte.into());
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;
    use std::hash::BuildHasher;

    fn hash(text: &str) -> u64 {
        FastHash::default().hash_one(text)
    }

    #[test]
    fn tells_names_apart() {
        let names: Vec<String> = (0..10_000).map(|i| format!("Person {i:06}")).collect();
        let hashes: HashSet<u64> = names.iter().map(|n| hash(n)).collect();
        assert_eq!(hashes.len(), names.len());
        assert_ne!(hash("ab"), hash("ab\0"));
        assert_eq!(hash("Ana"), hash("Ana"));
    }
}
