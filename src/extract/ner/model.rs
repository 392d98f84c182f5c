//! The compact weights format and the engine's read-only model.
//!
//! Layout (little-endian): magic `PXNER1`, the label count (u8), the scale (f32: weight =
//! q × scale), the feature count (u32), the transitions as i16 (start, L×L, end), then three
//! columns so that gzip finds the regularities: the sorted feature keys as varint deltas, each
//! feature's label bit mask as a varint, and the non-zero weights as i16. Pruning happens when
//! writing: weights below a threshold are dropped, features left with none are not written.

use super::features::Features;
use super::labels::LABELS;
use super::viterbi::Transitions;

const MAGIC: &[u8; 6] = b"PXNER1";

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
    let mut previous = 0u32;
    for &(key, _, _) in &kept {
        write_varint(&mut out, key.wrapping_sub(previous));
        previous = key;
    }
    for &(_, mask, _) in &kept {
        write_varint(&mut out, mask);
    }
    for &(_, mask, row) in &kept {
        for label in (0..LABELS).filter(|label| mask & 1 << label != 0) {
            out.extend_from_slice(&quantise(row[label]).to_le_bytes());
        }
    }
    out
}

fn write_varint(out: &mut Vec<u8>, mut value: u32) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
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

    fn varint(&mut self) -> Option<u32> {
        let mut value = 0u32;
        for shift in (0..35).step_by(7) {
            let [byte] = self.take::<1>()?;
            value |= u32::from(byte & 0x7f).checked_shl(shift)?;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }
}

/// A loaded model: quantised emission weights behind an open-addressing table, and transitions.
#[derive(Debug, Clone, Default)]
pub struct Model {
    scale: f32,
    /// Slot → `key << 32 | (feature index + 1)`, 0 for an empty slot; length a power of two.
    slots: Vec<u64>,
    /// Feature index → start of its entries; one extra element closes the last.
    starts: Vec<u32>,
    labels: Vec<u8>,
    weights: Vec<i16>,
    transitions: Transitions,
}

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
        transitions.start.copy_from_slice(&trans[..LABELS]);
        for (from, row) in transitions.next.iter_mut().enumerate() {
            row.copy_from_slice(&trans[LABELS * (1 + from)..LABELS * (2 + from)]);
        }
        transitions.end.copy_from_slice(&trans[LABELS * (LABELS + 1)..]);
        // Bound the allocation by what the bytes can hold: each feature takes ≥ 2 bytes.
        if count > bytes.len() {
            return None;
        }
        let mut keys = Vec::with_capacity(count);
        let mut key = 0u32;
        for _ in 0..count {
            key = key.wrapping_add(reader.varint()?);
            keys.push(key);
        }
        let mut starts = Vec::with_capacity(count + 1);
        let mut labels = Vec::new();
        starts.push(0);
        for _ in 0..count {
            let mask = reader.varint()?;
            labels.extend((0..LABELS as u8).filter(|&label| mask & 1 << label != 0));
            starts.push(u32::try_from(labels.len()).ok()?);
        }
        let mut weights = Vec::with_capacity(labels.len());
        for _ in 0..labels.len() {
            weights.push(i16::from_le_bytes(reader.take::<2>()?));
        }
        if !reader.bytes.is_empty() {
            return None;
        }
        let capacity = (count * 2).next_power_of_two().max(2);
        let mut slots = vec![0u64; capacity];
        for (index, &key) in keys.iter().enumerate() {
            let mut slot = key as usize & (capacity - 1);
            while slots[slot] != 0 {
                slot = (slot + 1) & (capacity - 1);
            }
            slots[slot] = u64::from(key) << 32 | (index as u64 + 1);
        }
        Some(Model { scale, slots, starts, labels, weights, transitions })
    }

    /// The transition scores.
    pub fn transitions(&self) -> &Transitions {
        &self.transitions
    }

    /// Number of features with at least one weight.
    pub fn feature_count(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Number of stored (non-zero) weights.
    pub fn weight_count(&self) -> usize {
        self.weights.len()
    }

    fn entries(&self, key: u32) -> Option<std::ops::Range<usize>> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut slot = key as usize & mask;
        loop {
            let entry = self.slots[slot];
            if entry == 0 {
                return None;
            }
            if (entry >> 32) as u32 == key {
                let index = (entry & 0xffff_ffff) as usize - 1;
                return Some(self.starts[index] as usize..self.starts[index + 1] as usize);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Fills `out` with one row of label scores per token.
    pub fn emissions(&self, features: &Features, out: &mut Vec<[f32; LABELS]>) {
        out.clear();
        for idx in 0..features.len() {
            let mut sum = [0i32; LABELS];
            for &key in features.token(idx) {
                if let Some(range) = self.entries(key) {
                    for (&label, &weight) in
                        self.labels[range.clone()].iter().zip(&self.weights[range])
                    {
                        sum[usize::from(label)] += i32::from(weight);
                    }
                }
            }
            out.push(sum.map(|total| total as f32 * self.scale));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let range = model.entries(7).expect("feature 7 was kept");
        assert_eq!(model.labels[range.clone()], [3]);
        assert!((f32::from(model.weights[range.start]) * model.scale - 2.0).abs() < 1e-3);
        assert!(model.entries(90_000).is_none());
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
