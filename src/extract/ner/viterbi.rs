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
    /// `after[from]`: the labels that may follow `from`, ascending, for the labels that few
    /// may follow (a begin or inside tag: only the inside and last tags of its kind).
    narrow: [Option<Vec<usize>>; LABELS],
}

/// A label that at most this many labels may follow is decoded pair by pair; the others
/// (outside, last and unit tags: anything but an inside or last tag) over a whole row.
const NARROW: usize = 4;

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
            narrow: std::array::from_fn(|from| {
                let after: Vec<usize> = (0..LABELS).filter(|&to| pair[from][to]).collect();
                (after.len() <= NARROW).then_some(after)
            }),
            pair,
        }
    })
}

/// The best well-formed tag sequence for the given emission scores (one row per token).
///
/// The forward pass keeps only each position's best scores. A label that many labels may
/// follow updates them in a branch-free loop over its whole row (forbidden pairs score -∞),
/// which the compiler vectorises; one that few may follow (a third of all pairs are allowed)
/// updates just those. The backward pass recomputes the one best predecessor it needs at
/// each position. Predecessors are tried in ascending order in both passes, so ties go to
/// the lowest.
pub fn decode(emissions: &[[f32; LABELS]], transitions: &Transitions) -> Vec<Tag> {
    let Some(first) = emissions.first() else {
        return Vec::new();
    };
    let allowed = allowed();
    let score_if = |ok: bool, score: f32| if ok { score } else { f32::NEG_INFINITY };
    let step: [[f32; LABELS]; LABELS] = std::array::from_fn(|from| {
        std::array::from_fn(|to| score_if(allowed.pair[from][to], transitions.next[from][to]))
    });
    let mut scores: Vec<[f32; LABELS]> = Vec::with_capacity(emissions.len());
    scores.push(std::array::from_fn(|label| {
        score_if(allowed.start[label], transitions.start[label] + first[label])
    }));
    for (row, prev) in emissions[1..].iter().zip(0..) {
        let prev = scores[prev];
        let mut best = [f32::NEG_INFINITY; LABELS];
        for ((&score, step), narrow) in prev.iter().zip(&step).zip(&allowed.narrow) {
            let keep = |best: &mut f32, step: f32| {
                let candidate = score + step;
                if candidate > *best {
                    *best = candidate;
                }
            };
            match narrow {
                Some(after) => after.iter().for_each(|&to| keep(&mut best[to], step[to])),
                None => best.iter_mut().zip(step).for_each(|(best, &step)| keep(best, step)),
            }
        }
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
        // The first predecessor with the strictly best score, as in the forward pass.
        let mut best = (f32::NEG_INFINITY, 0);
        for (from, &score) in scores[pos - 1].iter().enumerate() {
            let candidate = score + step[from][label];
            if candidate > best.0 {
                best = (candidate, from);
            }
        }
        label = best.1;
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
