//! The compact weights format and the engine's read-only model.
//!
//! Layout (little-endian): magic `PXNER3`, the label count (u8), the scale (f32: weight =
//! q × scale), the feature count (u32), the transitions as i16 (start, L×L, end), a codebook
//! of at most 256 weight levels (count as u16, then the levels as i16, ascending), then one
//! range-coded stream (`super::range`) that holds, per feature in key order: the gap from the
//! previous key (a unary quotient and [`GAP_LOW_BITS`] plain bits: hashed keys are spread
//! evenly, so the gaps are nearly geometric), the feature's label bit mask (each bit in the
//! context of the bits before it), and each non-zero weight as its level's index (in the
//! context of its label and how many labels the feature has). The adaptive contexts bring
//! each column near its entropy, which gzip, seeing bytes, could not: the masks and the key
//! gaps take about 30 kB less than as gzipped varints.
//! Pruning happens when writing: weights below a threshold are dropped, features left with
//! none are not written. The codebook (geometric steps of magnitude) halves the weights
//! column and keeps each weight within a few per cent.

use std::collections::HashMap;

use super::features::{Features, OUTSIDE, TokenInfo, UNIT_OFFSETS, UNITS, token_info, unit_keys};
use super::hash::BuildKeyHasher;
use super::labels::LABELS;
use super::range::{Decoder, Encoder, Prob};
use super::viterbi::Transitions;
use crate::sorting;

const MAGIC: &[u8; 6] = b"PXNER3";

/// Levels in the weights codebook: one byte per weight.
const LEVELS: usize = 256;

/// Low bits of a key gap coded plainly; the rest (the quotient) is coded in unary.
const GAP_LOW_BITS: u32 = 8;
/// A quotient this large or larger is coded as this many ones, then 32 plain bits.
const GAP_ESCAPE: usize = 24;

/// The adaptive contexts of the coded stream; the encoder and the decoder step through them
/// in the same order.
struct Contexts {
    /// One per unary digit of a gap's quotient.
    gap: [Prob; GAP_ESCAPE],
    /// See [`mask_context`].
    mask: Vec<Prob>,
    /// Per (label, number of labels capped at 4, sign of the feature's weights so far): a
    /// binary tree over the level index. The sign helps because a perceptron's update adds
    /// as much to one label as it takes from another, so a row of weights sums to about 0.
    weight: Vec<Prob>,
    level_bits: u32,
}

impl Contexts {
    fn new(levels: usize) -> Contexts {
        let level_bits = usize::BITS - levels.saturating_sub(1).leading_zeros();
        Contexts {
            gap: [Prob::default(); GAP_ESCAPE],
            mask: vec![Prob::default(); LABELS * 512],
            weight: vec![Prob::default(); (LABELS * 4 * 3) << level_bits],
            level_bits,
        }
    }

    /// Where the tree of a weight's level index starts, for a feature with `count` labels
    /// whose weights before this one sum to `sum`.
    fn weight_tree(&self, label: usize, count: u32, sum: i32) -> usize {
        let count = count.clamp(1, 4) as usize - 1;
        let sign = (sum.signum() + 1) as usize;
        ((label * 4 + count) * 3 + sign) << self.level_bits
    }
}

/// The context of bit `label` of a mask whose lower bits are `so_far`: the label, the bits of
/// the same kind already coded (B before I before L before U), the same position's bits in
/// the kinds before (a feature for B-PER often has B-ORG too), the `O` bit, and how many bits
/// are set so far (at most 3). 512 contexts per label.
fn mask_context(label: usize, so_far: u32) -> usize {
    let (same_kind, same_position) = match label.checked_sub(1) {
        Some(offset) => {
            let (kind, position) = (offset / 4, offset % 4);
            let same_kind = (so_far >> (1 + kind * 4)) & ((1 << position) - 1);
            let same_position = (0..kind)
                .map(|before| (so_far >> (1 + before * 4 + position) & 1) << before)
                .fold(0, |bits, bit| bits | bit);
            (same_kind as usize, same_position as usize)
        }
        None => (0, 0),
    };
    let count = so_far.count_ones().min(3) as usize;
    (((label * 8 + same_kind) * 8 + same_position) * 2 + (so_far & 1) as usize) * 4 + count
}

/// Writes a model. `features` must be sorted by key with no duplicates (the trainer sorts);
/// weights with magnitude below `threshold` are dropped.
pub fn encode(
    features: &[(u32, [f32; LABELS])],
    transitions: &Transitions,
    threshold: f32,
) -> Vec<u8> {
    let trans: Vec<f32> = transitions
        .start
        .iter()
        .chain(transitions.next.iter().flatten())
        .chain(&transitions.end)
        .copied()
        .collect();
    let max = features
        .iter()
        .flat_map(|(_, row)| row.iter())
        .chain(&trans)
        .fold(0f32, |max, weight| max.max(weight.abs()));
    let scale = if max > 0.0 { max / f32::from(i16::MAX) } else { 1.0 };
    // |weight| / scale ≤ i16::MAX by the choice of scale, so the cast cannot saturate wrongly.
    let quantise = |weight: f32| (weight / scale).round() as i16;
    let kept: Vec<(u32, u32, &[f32; LABELS])> = features
        .iter()
        .map(|(key, row)| {
            let mask = (0..LABELS)
                .filter(|&label| row[label].abs() >= threshold && quantise(row[label]) != 0)
                .fold(0u32, |mask, label| mask | 1 << label);
            (*key, mask, row)
        })
        .filter(|&(_, mask, _)| mask != 0)
        .collect();
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.push(LABELS as u8);
    out.extend_from_slice(&scale.to_le_bytes());
    out.extend_from_slice(&u32::try_from(kept.len()).unwrap_or(u32::MAX).to_le_bytes());
    for &weight in &trans {
        out.extend_from_slice(&quantise(weight).to_le_bytes());
    }
    let weights: Vec<i16> = kept
        .iter()
        .flat_map(|&(_, mask, row)| {
            (0..LABELS).filter(move |label| mask & 1 << label != 0).map(|label| row[label])
        })
        .map(quantise)
        .collect();
    let levels = codebook(&weights);
    out.extend_from_slice(&(levels.len() as u16).to_le_bytes());
    for level in &levels {
        out.extend_from_slice(&level.to_le_bytes());
    }
    let mut contexts = Contexts::new(levels.len());
    let mut encoder = Encoder::default();
    let mut previous = 0u32;
    let mut weights = weights.into_iter();
    for &(key, mask, _) in &kept {
        let gap = key.wrapping_sub(previous);
        previous = key;
        let quotient = (gap >> GAP_LOW_BITS) as usize;
        for prob in contexts.gap.iter_mut().take(quotient) {
            encoder.bit(prob, true);
        }
        match contexts.gap.get_mut(quotient) {
            Some(prob) => encoder.bit(prob, false),
            // Fits 32 bits: the quotient of a u32 is smaller still.
            None => encoder.direct((quotient - GAP_ESCAPE) as u32, 32),
        }
        encoder.direct(gap, GAP_LOW_BITS);
        for label in 0..LABELS {
            let so_far = mask & ((1 << label) - 1);
            encoder.bit(&mut contexts.mask[mask_context(label, so_far)], mask & 1 << label != 0);
        }
        let mut sum = 0;
        for label in (0..LABELS).filter(|label| mask & 1 << label != 0) {
            let tree = contexts.weight_tree(label, mask.count_ones(), sum);
            // One quantised weight per set bit of a kept mask, in the same order.
            let code = weights.next().map_or(0, |weight| nearest(&levels, weight));
            sum += levels.get(code).map_or(0, |&level| i32::from(level));
            let mut node = 1;
            for shift in (0..contexts.level_bits).rev() {
                let bit = code >> shift & 1 != 0;
                encoder.bit(&mut contexts.weight[tree + node], bit);
                node = node * 2 + usize::from(bit);
            }
        }
    }
    out.extend(encoder.finish());
    out
}

/// At most [`LEVELS`] levels that represent `weights` well: every distinct value if there are
/// few, else magnitudes in geometric steps from the smallest to the largest, with both signs,
/// so every weight keeps its size within a few per cent (the rare large weights decide the
/// most). Ascending, no duplicates.
fn codebook(weights: &[i16]) -> Vec<i16> {
    let mut distinct = weights.to_vec();
    sorting::sort(&mut distinct);
    distinct.dedup();
    if distinct.len() <= LEVELS {
        return distinct;
    }
    let magnitude = |weight: &i16| f64::from(weight.unsigned_abs().max(1));
    let smallest = weights.iter().map(magnitude).fold(f64::MAX, f64::min);
    let largest = weights.iter().map(magnitude).fold(1.0, f64::max);
    let steps = LEVELS / 2 - 1;
    let mut levels = Vec::with_capacity(LEVELS);
    for step in 0..=steps {
        let level = smallest * (largest / smallest).powf(step as f64 / steps as f64);
        // Within i16 by construction: between two magnitudes of i16 values.
        let level = level.round().min(f64::from(i16::MAX)) as i16;
        levels.extend([level, -level]);
    }
    sorting::sort(&mut levels);
    levels.dedup();
    levels
}

/// The index of the level nearest to `weight` (`levels` ascending and not empty).
fn nearest(levels: &[i16], weight: i16) -> usize {
    let above = levels.partition_point(|&level| level < weight);
    match (above.checked_sub(1), levels.get(above)) {
        (Some(below), Some(&high))
            if i32::from(weight) - i32::from(levels[below])
                <= i32::from(high) - i32::from(weight) =>
        {
            below
        }
        (Some(below), None) => below,
        _ => above,
    }
}

/// Reads the bytes of a model, one field at a time; every read fails cleanly at the end.
struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.bytes.split_first_chunk::<N>()?;
        self.bytes = rest;
        Some(*head)
    }
}

/// A loaded model: quantised emission weights behind an open-addressing table, and transitions.
///
/// Laid out for few cache misses: a slot holds the key, where the feature's entries start and
/// how many there are; an entry packs the label and the weight into one `u32`.
#[derive(Debug, Clone, Default)]
pub struct Model {
    scale: f32,
    /// Slot → `key << 32 | start << 5 | count`, 0 for an empty slot; length a power of two.
    slots: Vec<u64>,
    /// `label << 16 | weight as u16`, grouped by feature.
    entries: Vec<u32>,
    features: usize,
    transitions: Transitions,
    /// The word-only scores of the word beyond either end of a sentence.
    outside: WordRows,
}

/// The summed scores of a word's [`UNITS`] word-only key groups.
type WordRows = [[i32; LABELS]; UNITS];

impl Model {
    /// Parses the weights format; `None` if the bytes are not a model of this label set.
    pub fn decode(bytes: &[u8]) -> Option<Model> {
        let mut reader = Reader { bytes };
        if &reader.take::<6>()? != MAGIC || reader.take::<1>()? != [LABELS as u8] {
            return None;
        }
        let scale = f32::from_le_bytes(reader.take::<4>()?);
        let count = u32::from_le_bytes(reader.take::<4>()?) as usize;
        let mut trans = Vec::with_capacity(LABELS * (LABELS + 2));
        for _ in 0..LABELS * (LABELS + 2) {
            trans.push(f32::from(i16::from_le_bytes(reader.take::<2>()?)) * scale);
        }
        let mut transitions = Transitions::default();
        let level_count = usize::from(u16::from_le_bytes(reader.take::<2>()?));
        let mut levels = Vec::with_capacity(level_count);
        for _ in 0..level_count {
            levels.push(i16::from_le_bytes(reader.take::<2>()?));
        }
        transitions.start.copy_from_slice(&trans[..LABELS]);
        for (from, row) in transitions.next.iter_mut().enumerate() {
            row.copy_from_slice(&trans[LABELS * (1 + from)..LABELS * (2 + from)]);
        }
        transitions.end.copy_from_slice(&trans[LABELS * (LABELS + 1)..]);
        // Bound the allocation by what the bytes can hold: each feature takes ≥ 1 byte (the
        // plain bits of its key gap).
        if count > bytes.len() || level_count == 0 && count > 0 {
            return None;
        }
        let mut contexts = Contexts::new(level_count);
        let mut decoder = Decoder::new(reader.bytes)?;
        let mut entries = Vec::with_capacity(count * 3);
        let capacity = (count * 2).next_power_of_two().max(2);
        let mut slots = vec![0u64; capacity];
        let mut key = 0u32;
        for _ in 0..count {
            let mut quotient = GAP_ESCAPE as u64;
            for (digit, prob) in contexts.gap.iter_mut().enumerate() {
                if !decoder.bit(prob)? {
                    quotient = digit as u64;
                    break;
                }
            }
            if quotient == GAP_ESCAPE as u64 {
                quotient += u64::from(decoder.direct(32)?);
            }
            let gap = quotient << GAP_LOW_BITS | u64::from(decoder.direct(GAP_LOW_BITS)?);
            key = key.wrapping_add(u32::try_from(gap).ok()?);
            let mut mask = 0u32;
            for label in 0..LABELS {
                if decoder.bit(&mut contexts.mask[mask_context(label, mask)])? {
                    mask |= 1 << label;
                }
            }
            // A slot keeps 27 bits for where a feature's entries start.
            if mask == 0 || entries.len() + LABELS >= 1 << 27 {
                return None;
            }
            let start = entries.len() as u64;
            let mut sum = 0;
            for label in (0..LABELS as u32).filter(|&label| mask & 1 << label != 0) {
                let tree = contexts.weight_tree(label as usize, mask.count_ones(), sum);
                let mut node = 1;
                for _ in 0..contexts.level_bits {
                    let bit = decoder.bit(&mut contexts.weight[tree + node])?;
                    node = node * 2 + usize::from(bit);
                }
                let code = node - (1 << contexts.level_bits);
                let weight = *levels.get(code)?;
                sum += i32::from(weight);
                // The weight's bits, reinterpreted as unsigned to pack beside the label.
                entries.push(label << 16 | u32::from(weight as u16));
            }
            let mut slot = key as usize & (capacity - 1);
            while slots[slot] != 0 {
                if slots[slot] >> 32 == u64::from(key) {
                    return None;
                }
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = u64::from(key) << 32 | start << 5 | u64::from(mask.count_ones());
        }
        if !decoder.at_end() {
            return None;
        }
        let mut model = Model {
            scale,
            slots,
            entries,
            features: count,
            transitions,
            outside: Default::default(),
        };
        model.outside = model.word_rows(&OUTSIDE);
        Some(model)
    }

    /// The transition scores.
    pub fn transitions(&self) -> &Transitions {
        &self.transitions
    }

    /// Number of features with at least one weight.
    pub fn feature_count(&self) -> usize {
        self.features
    }

    /// Number of stored (non-zero) weights.
    pub fn weight_count(&self) -> usize {
        self.entries.len()
    }

    /// Where the packed entries of a feature lie, given the key and the content of its home
    /// slot (read beforehand, see [`Model::score`]); empty for an unknown key.
    fn locate(&self, key: u32, home: u64) -> std::ops::Range<usize> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut slot = key as usize & mask;
        let mut entry = home;
        loop {
            if entry == 0 {
                return 0..0;
            }
            if (entry >> 32) as u32 == key {
                let start = ((entry & 0xffff_ffff) as usize) >> 5;
                return start..start + (entry as usize & 31);
            }
            slot = (slot + 1) & mask;
            entry = self.slots[slot];
        }
    }

    /// Where the packed entries of a feature lie; empty for an unknown key.
    fn find(&self, key: u32) -> std::ops::Range<usize> {
        let home = self.slots.get(key as usize & self.slots.len().wrapping_sub(1));
        home.map_or(0..0, |&home| self.locate(key, home))
    }

    /// Adds the entries in `range` to a row of scores.
    fn add_entries(&self, range: std::ops::Range<usize>, row: &mut [i32; LABELS]) {
        for &entry in self.entries.get(range).unwrap_or(&[]) {
            // The low half is the weight's bits; the high half is a label < LABELS.
            let weight = i32::from(entry as u16 as i16);
            if let Some(total) = row.get_mut((entry >> 16) as usize) {
                *total += weight;
            }
        }
    }

    /// The scores of a word's word-only key groups.
    fn word_rows(&self, info: &TokenInfo) -> WordRows {
        let mut rows = WordRows::default();
        for (unit, row) in rows.iter_mut().enumerate() {
            unit_keys(unit, info, |key| self.add_entries(self.find(key), row));
        }
        rows
    }

    /// Starts a sentence: looks its words up in `cache`, scoring the words it has not seen,
    /// for [`Model::base_emissions`]; returns them as the features need them.
    pub fn look_up<'c, S: AsRef<str>>(
        &self,
        words: &[S],
        cache: &'c mut RowCache,
    ) -> &'c [TokenInfo] {
        cache.make_room();
        cache.sentence.clear();
        cache.sentence_rows.clear();
        for word in words {
            let word = word.as_ref();
            let hash = super::hash::of_str(word);
            let row = match cache.index.get(&hash) {
                Some(&row) => row,
                None => {
                    let info = token_info(word);
                    // Fewer than 2^32 rows: `make_room` keeps the count near LIMIT.
                    let row = cache.rows.len() as u32;
                    cache.rows.push(self.word_rows(&info));
                    cache.words.push(info);
                    cache.index.insert(hash, row);
                    row
                }
            };
            cache.sentence.push(cache.words[row as usize]);
            cache.sentence_rows.push(row);
        }
        &cache.sentence
    }

    /// Fills `out` with one row of label scores per token of the sentence last given to
    /// [`Model::look_up`], whose context keys are `features` ([`super::features::Keys::Context`]).
    pub fn base_emissions(
        &self,
        features: &Features,
        cache: &mut RowCache,
        out: &mut Vec<[f32; LABELS]>,
    ) {
        let mut ranges = std::mem::take(&mut cache.ranges);
        let shared = &*cache;
        let unit_row = |idx: usize, unit: usize| {
            let at = idx.checked_add_signed(UNIT_OFFSETS[unit]);
            let row = at.and_then(|at| shared.sentence_rows.get(at));
            row.map_or(&self.outside[unit], |&row| &shared.rows[row as usize][unit])
        };
        self.score(features, &mut ranges, out, |idx| {
            let mut sum = [0i32; LABELS];
            for unit in 0..UNITS {
                add_rows(&mut sum, unit_row(idx, unit));
            }
            sum
        });
        cache.ranges = ranges;
    }

    /// Fills `out` with one row of label scores per token of `features`, which hold no
    /// word-only keys (memory or whole-document features); `cache` lends scratch space.
    pub fn emissions(
        &self,
        features: &Features,
        cache: &mut RowCache,
        out: &mut Vec<[f32; LABELS]>,
    ) {
        self.score(features, &mut cache.ranges, out, |_| [0; LABELS]);
    }

    /// The scores of `features`' keys per token, added to `start(token)`.
    ///
    /// Every key's entries are located first, in two passes over the sentence (read each
    /// home slot, then resolve it), so that the reads of a pass do not depend on each other
    /// and the processor overlaps their cache misses; then the scores are added up.
    fn score(
        &self,
        features: &Features,
        ranges: &mut Vec<u64>,
        out: &mut Vec<[f32; LABELS]>,
        start: impl Fn(usize) -> [i32; LABELS],
    ) {
        out.clear();
        let Some(mask) = self.slots.len().checked_sub(1) else {
            out.resize(features.len(), [0.0; LABELS]);
            return;
        };
        out.reserve(features.len());
        let keys = features.keys();
        ranges.clear();
        ranges.extend(keys.iter().map(|&key| self.slots[key as usize & mask]));
        for (slot, &key) in ranges.iter_mut().zip(keys) {
            let range = self.locate(key, *slot);
            // Entry offsets fit 27 bits (checked when decoding).
            *slot = (range.start as u64) << 32 | range.end as u64;
        }
        for idx in 0..features.len() {
            let mut sum = start(idx);
            for &range in &ranges[features.range(idx)] {
                self.add_entries((range >> 32) as usize..range as u32 as usize, &mut sum);
            }
            out.push(sum.map(|total| total as f32 * self.scale));
        }
    }
}

fn add_rows(sum: &mut [i32; LABELS], row: &[i32; LABELS]) {
    for (total, value) in sum.iter_mut().zip(row) {
        *total += value;
    }
}

/// Each word's summed word-only scores (see [`unit_keys`]) and hashes, by word: a word
/// seen again costs one look-up instead of some thirty keys. Valid for one model only.
/// Bounded: emptied at the start of a sentence once it holds [`RowCache::LIMIT`] words.
#[derive(Debug, Default)]
pub struct RowCache {
    /// Word hash → index in `words` and `rows`.
    index: HashMap<u64, u32, BuildKeyHasher>,
    words: Vec<TokenInfo>,
    rows: Vec<WordRows>,
    /// The sentence being tagged: its words, and where their rows are.
    sentence: Vec<TokenInfo>,
    sentence_rows: Vec<u32>,
    /// Scratch space for [`Model::score`], kept to save an allocation per sentence.
    ranges: Vec<u64>,
}

impl RowCache {
    /// Words kept before emptying (each ~470 bytes with its hashes and index entry).
    pub const LIMIT: usize = 1 << 14;

    /// Empties the cache if it is full (only between sentences: `sentence_rows` point in).
    fn make_room(&mut self) {
        if self.rows.len() >= RowCache::LIMIT {
            self.index.clear();
            self.rows.clear();
            self.words.clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Model {
        /// The packed entries of a feature (empty for an unknown key).
        fn entries(&self, key: u32) -> &[u32] {
            let Some(mask) = self.slots.len().checked_sub(1) else {
                return &[];
            };
            let range = self.locate(key, self.slots[key as usize & mask]);
            self.entries.get(range).unwrap_or(&[])
        }
    }

    #[test]
    fn cached_word_scores_equal_the_scores_of_every_key() {
        use crate::extract::ner::features::{Document, Keys};
        let model = crate::extract::ner::embedded();
        let words = ["Ms", "Okonkwo", "flew", "to", "Lisbon", "on", "pro-EU", "jets", "."];
        let mut doc = Document::new();
        doc.observe(&words);
        let mut cache = RowCache::default();
        let (mut every, mut cached) = (Vec::new(), Vec::new());
        model.emissions(doc.first_pass(&words, Keys::All).0, &mut cache, &mut every);
        // Twice: the first look-up scores the words, the second finds them cached.
        for _ in 0..2 {
            let infos = model.look_up(&words, &mut cache).to_vec();
            model.base_emissions(
                doc.first_pass(&words, Keys::Context(&infos)).0,
                &mut cache,
                &mut cached,
            );
            assert_eq!(cached, every);
        }
    }

    #[test]
    fn encode_then_decode_keeps_large_weights_and_drops_small_ones() {
        let mut row = [0.0; LABELS];
        row[3] = 2.0;
        row[5] = -0.01;
        let mut transitions = Transitions::default();
        transitions.next[1][2] = -1.5;
        let bytes = encode(&[(7, row), (90_000, [0.001; LABELS])], &transitions, 0.05);
        let model = Model::decode(&bytes).expect("bytes written by encode decode");
        assert_eq!(model.feature_count(), 1);
        assert_eq!(model.weight_count(), 1);
        assert!((model.transitions().next[1][2] + 1.5).abs() < 1e-3);
        let entries = model.entries(7);
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0] >> 16, 3);
        assert!((f32::from(entries[0] as u16 as i16) * model.scale - 2.0).abs() < 1e-3);
        assert!(model.entries(90_000).is_empty());
    }

    #[test]
    fn many_distinct_weights_share_a_codebook_of_nearby_levels() {
        let weights: Vec<i16> =
            (0..5000).map(|idx| ((idx * 7919) % 60000 - 30000) as i16).collect();
        let levels = codebook(&weights);
        assert!(levels.len() <= LEVELS && levels.windows(2).all(|pair| pair[0] < pair[1]));
        for &weight in &weights {
            let level = levels[nearest(&levels, weight)];
            let error = (i32::from(level) - i32::from(weight)).abs();
            assert!(error * 25 <= i32::from(weight).abs().max(25), "{weight} -> {level}");
        }
        assert_eq!(nearest(&[-32768, 32767], 32767), 1);
        assert_eq!(nearest(&[-32768, 32767], -32768), 0);
    }

    #[test]
    fn truncated_or_foreign_bytes_are_rejected() {
        let bytes = encode(&[(7, [1.0; LABELS])], &Transitions::default(), 0.0);
        for len in 0..bytes.len() {
            assert!(Model::decode(&bytes[..len]).is_none());
        }
        assert!(Model::decode(b"not a model").is_none());
    }
}
