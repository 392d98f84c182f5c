//! First-order Viterbi decoding over BILOU tags, with ill-formed transitions forbidden.
//!
//! Takes per-token label scores and transition scores from whoever computed them (the
//! trainer's float weights or the engine's quantised ones); knows nothing of features.

use std::sync::OnceLock;

use super::labels::{LABELS, Tag};

/// Transition scores: into the first tag, between tags, and out of the last tag.
#[derive(Debug, Clone, PartialEq)]
pub struct Transitions {
    pub start: [f32; LABELS],
    pub next: [[f32; LABELS]; LABELS],
    pub end: [f32; LABELS],
}

impl Default for Transitions {
    fn default() -> Transitions {
        Transitions { start: [0.0; LABELS], next: [[0.0; LABELS]; LABELS], end: [0.0; LABELS] }
    }
}

/// Which label pairs form well-formed BILOU: allowed first and last labels, and which label
/// may follow which.
struct Allowed {
    start: [bool; LABELS],
    end: [bool; LABELS],
    /// `before[to]`: the labels that may precede `to`, ascending. A third of all pairs (an
    /// inside or last tag follows only a begin or inside tag of its kind), so the decoder
    /// tries only these instead of every pair.
    before: [Vec<usize>; LABELS],
}

/// The table, computed once.
fn allowed() -> &'static Allowed {
    static ALLOWED: OnceLock<Allowed> = OnceLock::new();
    ALLOWED.get_or_init(|| Allowed {
        start: std::array::from_fn(|label| Tag::from_index(label).may_start()),
        end: std::array::from_fn(|label| Tag::from_index(label).may_end()),
        before: std::array::from_fn(|to| {
            (0..LABELS)
                .filter(|&from| Tag::from_index(from).may_precede(Tag::from_index(to)))
                .collect()
        }),
    })
}

/// The best well-formed tag sequence for the given emission scores (one row per token).
///
/// The forward pass keeps only each position's best scores, trying for each label only the
/// labels allowed before it; the backward pass recomputes the one best predecessor it needs
/// at each position. Ties go to the lowest predecessor label, in both passes.
pub fn decode(emissions: &[[f32; LABELS]], transitions: &Transitions) -> Vec<Tag> {
    let Some(first) = emissions.first() else {
        return Vec::new();
    };
    let allowed = allowed();
    let best_before = |scores: &[f32; LABELS], to: usize| {
        let mut best = (f32::NEG_INFINITY, 0);
        for &from in &allowed.before[to] {
            let candidate = scores[from] + transitions.next[from][to];
            if candidate > best.0 {
                best = (candidate, from);
            }
        }
        best
    };
    let mut scores: Vec<[f32; LABELS]> = Vec::with_capacity(emissions.len());
    scores.push(std::array::from_fn(|label| {
        if allowed.start[label] {
            transitions.start[label] + first[label]
        } else {
            f32::NEG_INFINITY
        }
    }));
    for (row, prev) in emissions[1..].iter().zip(0..) {
        let prev = &scores[prev];
        let next = std::array::from_fn(|to| best_before(prev, to).0 + row[to]);
        scores.push(next);
    }
    let mut label = 0;
    let mut best = f32::NEG_INFINITY;
    if let Some(last) = scores.last() {
        for (idx, &total) in last.iter().enumerate() {
            if allowed.end[idx] && total + transitions.end[idx] > best {
                (label, best) = (idx, total + transitions.end[idx]);
            }
        }
    }
    let mut labels = vec![label; emissions.len()];
    for pos in (1..emissions.len()).rev() {
        label = best_before(&scores[pos - 1], label).1;
        labels[pos - 1] = label;
    }
    labels.into_iter().map(Tag::from_index).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::ner::labels::Kind;

    #[test]
    fn forbids_ill_formed_sequences() {
        // Token 0 prefers I-PER (ill-formed at the start); token 1 prefers L-PER.
        let mut rows = [[0.0; LABELS]; 2];
        rows[0][Tag::I(Kind::Person).index()] = 5.0;
        rows[0][Tag::B(Kind::Person).index()] = 1.0;
        rows[1][Tag::L(Kind::Person).index()] = 5.0;
        let tags = decode(&rows, &Transitions::default());
        assert_eq!(tags, [Tag::B(Kind::Person), Tag::L(Kind::Person)]);
    }

    #[test]
    fn empty_input_gives_no_tags() {
        assert!(decode(&[], &Transitions::default()).is_empty());
    }
}
