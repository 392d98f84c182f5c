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

/// Labels by their place in BILOU: [`Tag::index`] puts `O` first, then `B`, `I`, `L`, `U` for
/// each kind in turn.
mod layout {
    use super::super::labels::LABELS;

    /// Kinds of name.
    pub const KINDS: usize = (LABELS - 1) / 4;
    /// The labels that close a name or lie outside one (`O`, each kind's `L` and `U`),
    /// ascending: exactly the labels that may precede `O`, a `B` or a `U`.
    pub const CLOSED: [usize; 1 + 2 * KINDS] = closed();
    /// The labels a closed label may precede (`O`, each kind's `B` and `U`), ascending.
    pub const OPENING: [usize; 1 + 2 * KINDS] = opening();

    /// The `B` of kind `kind`; its `I`, `L` and `U` follow it.
    pub const fn begin(kind: usize) -> usize {
        1 + 4 * kind
    }

    const fn closed() -> [usize; 1 + 2 * KINDS] {
        let mut out = [0; 1 + 2 * KINDS];
        let mut kind = 0;
        while kind < KINDS {
            out[1 + 2 * kind] = begin(kind) + 2;
            out[2 + 2 * kind] = begin(kind) + 3;
            kind += 1;
        }
        out
    }

    const fn opening() -> [usize; 1 + 2 * KINDS] {
        let mut out = [0; 1 + 2 * KINDS];
        let mut kind = 0;
        while kind < KINDS {
            out[1 + 2 * kind] = begin(kind);
            out[2 + 2 * kind] = begin(kind) + 3;
            kind += 1;
        }
        out
    }
}

/// The transition scores of the allowed pairs only, laid out for the forward pass.
struct Steps {
    /// `opening[to][from]`: from `layout::CLOSED[from]` into `layout::OPENING[to]`.
    opening: [[f32; layout::CLOSED.len()]; layout::OPENING.len()],
    /// `inside[kind][to][from]`: from the kind's `B`, `I` (`from` 0, 1) into its `I`, `L`
    /// (`to` 0, 1).
    inside: [[[f32; 2]; 2]; layout::KINDS],
}

impl Steps {
    fn new(next: &[[f32; LABELS]; LABELS]) -> Steps {
        Steps {
            opening: std::array::from_fn(|to| {
                std::array::from_fn(|from| next[layout::CLOSED[from]][layout::OPENING[to]])
            }),
            inside: std::array::from_fn(|kind| {
                let begin = layout::begin(kind);
                std::array::from_fn(|to| {
                    std::array::from_fn(|from| next[begin + from][begin + 1 + to])
                })
            }),
        }
    }

    /// Each label's best score over the allowed predecessors in `prev`: the forward step.
    /// For a build without vector instructions, which inlines little: indexed loops over
    /// fixed sizes, so no bounds checks and no iterator steps left in the loop.
    fn forward(&self, prev: &[f32; LABELS]) -> [f32; LABELS] {
        const CLOSED: usize = layout::CLOSED.len();
        let closed = layout::CLOSED.map(|label| prev[label]);
        let mut best = [f32::NEG_INFINITY; LABELS];
        for to in 0..layout::OPENING.len() {
            let steps = &self.opening[to];
            let mut top = f32::NEG_INFINITY;
            for from in 0..CLOSED {
                let candidate = closed[from] + steps[from];
                if candidate > top {
                    top = candidate;
                }
            }
            best[layout::OPENING[to]] = top;
        }
        for kind in 0..layout::KINDS {
            let begin = layout::begin(kind);
            let (from_begin, from_inside) = (prev[begin], prev[begin + 1]);
            for to in 0..2 {
                let [by_begin, by_inside] = self.inside[kind][to];
                let (one, other) = (from_begin + by_begin, from_inside + by_inside);
                best[begin + 1 + to] = if other > one { other } else { one };
            }
        }
        best
    }
}

/// The best well-formed tag sequence for the given emission scores (one row per token).
pub fn decode(emissions: &[[f32; LABELS]], transitions: &Transitions) -> Vec<Tag> {
    Decoder::new(transitions).decode(emissions)
}

/// Decodes with one set of transition scores, prepared once for many sentences.
pub struct Decoder {
    /// Transition scores with forbidden pairs at -∞: `step[from][to]`.
    step: [[f32; LABELS]; LABELS],
    /// The allowed pairs' scores, for the pairwise forward pass.
    steps: Steps,
    /// Scores into the first label and out of the last, -∞ where not allowed.
    start: [f32; LABELS],
    end: [f32; LABELS],
}

impl Decoder {
    pub fn new(transitions: &Transitions) -> Decoder {
        let allowed = allowed();
        let score_if = |ok: bool, score: f32| if ok { score } else { f32::NEG_INFINITY };
        let step: [[f32; LABELS]; LABELS] = std::array::from_fn(|from| {
            std::array::from_fn(|to| score_if(allowed.pair[from][to], transitions.next[from][to]))
        });
        Decoder {
            steps: Steps::new(&step),
            step,
            start: std::array::from_fn(|to| score_if(allowed.start[to], transitions.start[to])),
            end: std::array::from_fn(|to| score_if(allowed.end[to], transitions.end[to])),
        }
    }

    /// The best well-formed tag sequence for the given emission scores (one row per token).
    ///
    /// The forward pass keeps only each position's best scores; the backward pass recomputes
    /// the one best predecessor it needs at each position. Predecessors are tried in
    /// ascending order in both, so ties go to the lowest label.
    pub fn decode(&self, emissions: &[[f32; LABELS]]) -> Vec<Tag> {
        // Without vector instructions (a wasm build without simd128), trying only the allowed
        // pairs is faster; with them, trying every pair element-wise vectorises and is about
        // twice as fast natively, a little faster in Chromium.
        let vectors = !cfg!(target_arch = "wasm32") || cfg!(target_feature = "simd128");
        self.decode_with(emissions, !vectors)
    }

    /// [`Decoder::decode`], trying only the allowed pairs (`pairwise`) or every pair,
    /// forbidden ones at -∞: the same tags either way.
    fn decode_with(&self, emissions: &[[f32; LABELS]], pairwise: bool) -> Vec<Tag> {
        let Some(first) = emissions.first() else {
            return Vec::new();
        };
        let allowed = allowed();
        let best_before = |scores: &[f32; LABELS], to: usize| {
            let mut best = (f32::NEG_INFINITY, 0);
            for &from in &allowed.before[to] {
                let candidate = scores[from] + self.step[from][to];
                if candidate > best.0 {
                    best = (candidate, from);
                }
            }
            best
        };
        let mut scores: Vec<[f32; LABELS]> = Vec::with_capacity(emissions.len());
        scores.push(std::array::from_fn(|label| self.start[label] + first[label]));
        for (row, prev) in emissions[1..].iter().zip(0..) {
            let prev = scores[prev];
            let mut best = if pairwise {
                self.steps.forward(&prev)
            } else {
                // Element-wise over `to` (not a reduction), so that it vectorises.
                let mut best = [f32::NEG_INFINITY; LABELS];
                for (&score, step) in prev.iter().zip(&self.step) {
                    for (best, &step) in best.iter_mut().zip(step) {
                        let candidate = score + step;
                        if candidate > *best {
                            *best = candidate;
                        }
                    }
                }
                best
            };
            for (best, &emission) in best.iter_mut().zip(row) {
                *best += emission;
            }
            scores.push(best);
        }
        let mut label = 0;
        let mut best = f32::NEG_INFINITY;
        if let Some(last) = scores.last() {
            for (idx, (&total, &end)) in last.iter().zip(&self.end).enumerate() {
                if total + end > best {
                    (label, best) = (idx, total + end);
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
            let decoder = Decoder::new(&transitions);
            assert_eq!(decoder.decode_with(&rows, true), decoder.decode_with(&rows, false));
        }
    }

    #[test]
    fn the_layout_matches_the_tags() {
        let allowed = allowed();
        for to in layout::OPENING {
            assert_eq!(allowed.before[to], layout::CLOSED);
        }
        for kind in 0..layout::KINDS {
            let begin = layout::begin(kind);
            assert_eq!(Tag::from_index(begin), Tag::B(Kind::ALL[kind]));
            for to in [begin + 1, begin + 2] {
                assert_eq!(allowed.before[to], [begin, begin + 1]);
            }
        }
        assert_eq!(layout::OPENING.len() + 2 * layout::KINDS, LABELS);
    }

    #[test]
    fn empty_input_gives_no_tags() {
        assert!(decode(&[], &Transitions::default()).is_empty());
    }
}
