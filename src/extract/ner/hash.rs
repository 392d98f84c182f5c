//! Fixed, seedless hashing for feature keys (FNV-1a plus a 64-bit finaliser).
//!
//! Features are never stored as strings: each is a 24-bit key computed here (see `features::key`), identical on
//! every platform and every run, so the trainer and the engine agree and the weights file is
//! reproducible byte for byte.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// An FNV-1a hash under construction.
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(FNV_OFFSET)
    }
}

impl Fnv {
    /// Feeds one character (its UTF-8 bytes).
    pub fn char(&mut self, ch: char) {
        if ch.is_ascii() {
            // The common case, without encoding: an ASCII char is its one byte.
            self.bytes(&[ch as u8]);
            return;
        }
        let mut buf = [0u8; 4];
        self.bytes(ch.encode_utf8(&mut buf).as_bytes());
    }

    /// Feeds the lower-case form of a character (one or more characters).
    pub fn lower_char(&mut self, ch: char) {
        if ch.is_ascii() {
            // The common case, without the Unicode tables.
            self.char(ch.to_ascii_lowercase());
        } else {
            ch.to_lowercase().for_each(|low| self.char(low));
        }
    }

    /// Feeds bytes.
    pub fn bytes(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(FNV_PRIME);
        }
    }

    /// The hash so far.
    pub fn finish(self) -> u64 {
        self.0
    }
}

/// The FNV-1a hash of a string.
pub fn of_str(text: &str) -> u64 {
    let mut fnv = Fnv::default();
    fnv.bytes(text.as_bytes());
    fnv.finish()
}

/// Combines two hashes into one, order-sensitively, with good avalanche (the murmur3 finaliser).
pub fn mix(a: u64, b: u64) -> u64 {
    let mut x = a.rotate_left(29) ^ b.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    x ^= x >> 33;
    x = x.wrapping_mul(0xff51_afd7_ed55_8ccd);
    x ^= x >> 33;
    x = x.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    x ^ (x >> 33)
}

/// A `std::hash::Hasher` for maps keyed by already-hashed integers or by short words:
/// deterministic, no seed, and cheaper than the default SipHash.
#[derive(Debug, Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut fnv = Fnv(self.0 ^ FNV_OFFSET);
        fnv.bytes(bytes);
        self.0 = fnv.finish();
    }

    fn write_u32(&mut self, value: u32) {
        self.0 = mix(self.0, u64::from(value));
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = mix(self.0, value);
    }
}

/// Builds [`KeyHasher`]s; use as the `S` parameter of `HashMap`.
pub type BuildKeyHasher = std::hash::BuildHasherDefault<KeyHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_the_reference_value() {
        // FNV-1a 64 of "a" from the reference test suite.
        assert_eq!(of_str("a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn mix_is_order_sensitive() {
        assert_ne!(mix(1, 2), mix(2, 1));
    }
}
