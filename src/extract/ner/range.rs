//! A binary range coder with adaptive bit probabilities (the scheme of LZMA), used to store
//! the recogniser's weights file smaller than gzip would make it.
//!
//! Every bit is coded with a probability that learns from the bits coded before it in the same
//! context, so a column of values whose distribution is skewed (the feature masks, the weight
//! levels) costs close to its entropy; gzip, which sees only bytes, cannot do that. Bits with
//! no useful probability (the low bits of a hash gap) are coded directly at one bit each.
//! Knows nothing of the model: the caller picks the contexts.

/// Probabilities have this many bits; a fresh context says ½.
const PROB_BITS: u32 = 15;
const PROB_ONE: u16 = 1 << PROB_BITS;
/// How fast a probability follows the bits it sees (larger is slower).
const ADAPT_SHIFT: u32 = 6;
/// Below this the range is widened by a byte.
const TOP: u32 = 1 << 24;

/// The adaptive probability of a zero bit in one context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prob(u16);

impl Default for Prob {
    fn default() -> Prob {
        Prob(PROB_ONE / 2)
    }
}

impl Prob {
    fn learn(&mut self, bit: bool) {
        if bit {
            self.0 -= self.0 >> ADAPT_SHIFT;
        } else {
            self.0 += (PROB_ONE - self.0) >> ADAPT_SHIFT;
        }
    }
}

/// Writes coded bits; [`Encoder::finish`] returns the bytes.
#[derive(Debug)]
pub struct Encoder {
    low: u64,
    range: u32,
    cache: u8,
    pending: u64,
    out: Vec<u8>,
}

impl Default for Encoder {
    fn default() -> Encoder {
        Encoder { low: 0, range: u32::MAX, cache: 0, pending: 1, out: Vec::new() }
    }
}

impl Encoder {
    /// Codes `bit` with the probability of its context, then updates that probability.
    pub fn bit(&mut self, prob: &mut Prob, bit: bool) {
        let bound = (self.range >> PROB_BITS) * u32::from(prob.0);
        if bit {
            self.low += u64::from(bound);
            self.range -= bound;
        } else {
            self.range = bound;
        }
        prob.learn(bit);
        self.normalise();
    }

    /// Codes the low `count` bits of `value`, highest first, at one bit each.
    pub fn direct(&mut self, value: u32, count: u32) {
        for shift in (0..count).rev() {
            self.range >>= 1;
            if value >> shift & 1 != 0 {
                self.low += u64::from(self.range);
            }
            self.normalise();
        }
    }

    /// The coded bytes.
    pub fn finish(mut self) -> Vec<u8> {
        for _ in 0..5 {
            self.shift_low();
        }
        self.out
    }

    fn normalise(&mut self) {
        while self.range < TOP {
            self.range <<= 8;
            self.shift_low();
        }
    }

    /// Moves the top byte of `low` out, holding back bytes a later carry may still change.
    fn shift_low(&mut self) {
        if self.low < 0xff00_0000 || self.low >= 1 << 32 {
            let carry = (self.low >> 32) as u8;
            let mut byte = self.cache;
            while self.pending > 0 {
                self.out.push(byte.wrapping_add(carry));
                byte = 0xff;
                self.pending -= 1;
            }
            self.cache = (self.low >> 24) as u8;
        }
        self.pending += 1;
        self.low = (self.low & 0x00ff_ffff) << 8;
    }
}

/// Reads bits written by [`Encoder`], given the same contexts in the same order. Every read
/// fails cleanly (`None`) past the end of the bytes.
#[derive(Debug)]
pub struct Decoder<'a> {
    bytes: &'a [u8],
    range: u32,
    code: u32,
}

impl<'a> Decoder<'a> {
    /// Starts reading; `None` if the bytes are too short to hold a coded stream.
    pub fn new(bytes: &'a [u8]) -> Option<Decoder<'a>> {
        let (head, rest) = bytes.split_first_chunk::<5>()?;
        let code = u32::from_be_bytes([head[1], head[2], head[3], head[4]]);
        Some(Decoder { bytes: rest, range: u32::MAX, code })
    }

    /// The next bit, coded with the probability of its context.
    pub fn bit(&mut self, prob: &mut Prob) -> Option<bool> {
        let bound = (self.range >> PROB_BITS) * u32::from(prob.0);
        let bit = self.code >= bound;
        if bit {
            self.code -= bound;
            self.range -= bound;
        } else {
            self.range = bound;
        }
        prob.learn(bit);
        self.normalise()?;
        Some(bit)
    }

    /// The next `count` direct bits as a number, highest first.
    pub fn direct(&mut self, count: u32) -> Option<u32> {
        let mut value = 0;
        for _ in 0..count {
            self.range >>= 1;
            let bit = self.code >= self.range;
            if bit {
                self.code -= self.range;
            }
            value = value << 1 | u32::from(bit);
            self.normalise()?;
        }
        Some(value)
    }

    /// Whether every byte has been read (a well-formed stream ends exactly there).
    pub fn at_end(&self) -> bool {
        self.bytes.is_empty()
    }

    fn normalise(&mut self) -> Option<()> {
        while self.range < TOP {
            let (&byte, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            self.range <<= 8;
            self.code = self.code << 8 | u32::from(byte);
        }
        Some(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bits_and_direct_bits_come_back_in_order() {
        let mut encoder = Encoder::default();
        let mut probs = [Prob::default(); 3];
        let bits: Vec<bool> = (0..5000u32).map(|idx| idx % 7 == 0 || idx % 11 == 3).collect();
        for (idx, &bit) in bits.iter().enumerate() {
            encoder.bit(&mut probs[idx % 3], bit);
            if idx % 13 == 0 {
                encoder.direct((idx as u32).wrapping_mul(2_654_435_761) >> 8, 24);
            }
        }
        let bytes = encoder.finish();
        let mut decoder = Decoder::new(&bytes).expect("a finished stream has five bytes");
        let mut probs = [Prob::default(); 3];
        for (idx, &bit) in bits.iter().enumerate() {
            assert_eq!(decoder.bit(&mut probs[idx % 3]), Some(bit), "bit {idx}");
            if idx % 13 == 0 {
                let value = (idx as u32).wrapping_mul(2_654_435_761) >> 8;
                assert_eq!(decoder.direct(24), Some(value));
            }
        }
        assert!(decoder.at_end());
        // The skewed bits cost less than a bit each; the direct ones a bit each.
        assert!(bytes.len() < bits.len() / 8 + bits.len().div_ceil(13) * 3);
    }
}
