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
    /// `pair[from][to]`.
    pair: [[bool; LABELS]; LABELS],
    /// `before[to]`: the labels that may precede `to`, ascending: a third of all pairs (an
    /// inside or last tag follows only a begin or inside tag of its kind).
    before: [Vec<usize>; LABELS],
}

/// The table, computed once.
fn allowed() -> &'static Allowed {
    static ALLOWED: OnceLock<Allowed> = OnceLock::new();
    ALLOWED.get_or_init(|| {
        let pair: [[bool; LABELS]; LABELS] = std::array::from_fn(|from| {
            std::array::from_fn(|to| Tag::from_index(from).may_precede(Tag::from_index(to)))
        });
        Allowed {
            start: std::array::from_fn(|label| Tag::from_index(label).may_start()),
            end: std::array::from_fn(|label| Tag::from_index(label).may_end()),
            before: std::array::from_fn(|to| (0..LABELS).filter(|&from| pair[from][to]).collect()),
            pair,
        }
    })
}

/// The best well-formed tag sequence for the given emission scores (one row per token).
///
/// The forward pass keeps only each position's best scores; the backward pass recomputes the
/// one best predecessor it needs at each position. Predecessors are tried in ascending order
/// in both, so ties go to the lowest label.
pub fn decode(emissions: &[[f32; LABELS]], transitions: &Transitions) -> Vec<Tag> {
    // The browser build has no vector instructions: there, trying only the allowed pairs is
    // faster; natively, trying every pair element-wise vectorises and is about twice as fast.
    decode_with(emissions, transitions, cfg!(target_arch = "wasm32"))
}

/// [`decode`], trying only the allowed pairs (`pairwise`) or every pair, forbidden ones at -∞:
/// the same tags either way.
fn decode_with(emissions: &[[f32; LABELS]], transitions: &Transitions, pairwise: bool) -> Vec<Tag> {
    let Some(first) = emissions.first() else {
        return Vec::new();
    };
    let allowed = allowed();
    let score_if = |ok: bool, score: f32| if ok { score } else { f32::NEG_INFINITY };
    let step: [[f32; LABELS]; LABELS] = std::array::from_fn(|from| {
        std::array::from_fn(|to| score_if(allowed.pair[from][to], transitions.next[from][to]))
    });
    let best_before = |scores: &[f32; LABELS], to: usize| {
        let mut best = (f32::NEG_INFINITY, 0);
        for &from in &allowed.before[to] {
            let candidate = scores[from] + step[from][to];
            if candidate > best.0 {
                best = (candidate, from);
            }
        }
        best
    };
    let mut scores: Vec<[f32; LABELS]> = Vec::with_capacity(emissions.len());
    scores.push(std::array::from_fn(|label| {
        score_if(allowed.start[label], transitions.start[label] + first[label])
    }));
    for (row, prev) in emissions[1..].iter().zip(0..) {
        let prev = scores[prev];
        let best: [f32; LABELS] = if pairwise {
            std::array::from_fn(|to| best_before(&prev, to).0)
        } else {
            // Element-wise over `to` (not a reduction), so that it vectorises.
            let mut best = [f32::NEG_INFINITY; LABELS];
            for (&score, step) in prev.iter().zip(&step) {
                for (best, &step) in best.iter_mut().zip(step) {
                    let candidate = score + step;
                    if candidate > *best {
                        *best = candidate;
                    }
                }
            }
            best
        };
        scores.push(std::array::from_fn(|to| best[to] + row[to]));
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
    fn every_pair_and_allowed_pairs_give_the_same_tags() {
        // Scores from a fixed generator, with ties (few distinct values) and large gaps.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 7) as f32 - 3.0
        };
        let transitions = Transitions {
            next: std::array::from_fn(|_| std::array::from_fn(|_| next())),
            start: std::array::from_fn(|_| next()),
            end: [0.0; LABELS],
        };
        for len in 1..40 {
            let rows: Vec<[f32; LABELS]> =
                (0..len).map(|_| std::array::from_fn(|_| next())).collect();
            assert_eq!(
                decode_with(&rows, &transitions, true),
                decode_with(&rows, &transitions, false)
            );
        }
    }

    #[test]
    fn empty_input_gives_no_tags() {
        assert!(decode(&[], &Transitions::default()).is_empty());
    }
}
