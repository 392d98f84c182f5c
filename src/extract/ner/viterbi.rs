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

/// The forward pass's order of labels: `O`, then each kind's `U`, each kind's `L`, each kind's
/// `B`, each kind's `I`. The first three groups (`O`, `U`, `L`) are the labels that close a
/// name or lie outside one: exactly those that may precede `O`, a `B` or a `U`. A `B` or an `I`
/// may precede only an `I` or an `L` of its own kind, so those steps go kind by kind, lane by
/// lane across a group: with vector instructions, one operation per group of four.
mod order {
    use super::super::labels::LABELS;

    /// Kinds of name.
    pub const KINDS: usize = (LABELS - 1) / 4;
    /// Where each kind's `U`, `L`, `B` and `I` start.
    pub const U: usize = 1;
    pub const L: usize = U + KINDS;
    pub const B: usize = L + KINDS;
    pub const I: usize = B + KINDS;
    /// The labels that may precede `O`, a `B` or a `U`: places `0..CLOSED`.
    pub const CLOSED: usize = B;
    /// The label index ([`super::Tag::index`]) at each place.
    pub const LABEL: [usize; LABELS] = label();
    /// The place of each label index.
    pub const PLACE: [usize; LABELS] = place();

    const fn label() -> [usize; LABELS] {
        // `Tag::index`: `O` is 0; kind k's `B`, `I`, `L`, `U` are 1, 2, 3, 4 + 4k.
        let mut out = [0; LABELS];
        let mut kind = 0;
        while kind < KINDS {
            out[U + kind] = 4 + 4 * kind;
            out[L + kind] = 3 + 4 * kind;
            out[B + kind] = 1 + 4 * kind;
            out[I + kind] = 2 + 4 * kind;
            kind += 1;
        }
        out
    }

    const fn place() -> [usize; LABELS] {
        let mut out = [0; LABELS];
        let mut place = 0;
        while place < LABELS {
            out[LABEL[place]] = place;
            place += 1;
        }
        out
    }
}

/// Targets of a step out of a closed label: `O` and the `U`s (places `0..L`), then the `B`s;
/// padded to whole vectors of four.
const OPENING: usize = (1 + 2 * order::KINDS).next_multiple_of(4);

/// The allowed pairs' transition scores, laid out for the forward pass (places of [`order`]).
struct Steps {
    /// `opening[from][to]`: from closed place `from` into the `to`-th target of [`OPENING`];
    /// -∞ in the padding.
    opening: [[f32; OPENING]; order::CLOSED],
    /// Per kind: from its `B` into its `I`, `B` into `L`, `I` into `I`, `I` into `L`.
    begin_inside: [f32; order::KINDS],
    begin_last: [f32; order::KINDS],
    inside_inside: [f32; order::KINDS],
    inside_last: [f32; order::KINDS],
}

impl Steps {
    /// From transition scores by label index, `step[from][to]`.
    fn new(step: &[[f32; LABELS]; LABELS]) -> Steps {
        let score = |from: usize, to: usize| step[order::LABEL[from]][order::LABEL[to]];
        let target = |to: usize| if to < order::L { to } else { to - order::L + order::B };
        let by_kind = |from: usize, to: usize| -> [f32; order::KINDS] {
            std::array::from_fn(|kind| score(from + kind, to + kind))
        };
        Steps {
            opening: std::array::from_fn(|from| {
                std::array::from_fn(|to| {
                    if to < 1 + 2 * order::KINDS {
                        score(from, target(to))
                    } else {
                        f32::NEG_INFINITY
                    }
                })
            }),
            begin_inside: by_kind(order::B, order::I),
            begin_last: by_kind(order::B, order::L),
            inside_inside: by_kind(order::I, order::I),
            inside_last: by_kind(order::I, order::L),
        }
    }

    /// Each label's best score over its allowed predecessors in `prev`: the forward step,
    /// with both in [`order`]. Element-wise loops over fixed sizes, so that they vectorise.
    fn forward(&self, prev: &[f32; LABELS]) -> [f32; LABELS] {
        let better = |best: &mut f32, candidate: f32| {
            if candidate > *best {
                *best = candidate;
            }
        };
        let mut opening = [f32::NEG_INFINITY; OPENING];
        for (&score, steps) in prev[..order::CLOSED].iter().zip(&self.opening) {
            for (best, &step) in opening.iter_mut().zip(steps) {
                better(best, score + step);
            }
        }
        let mut best = [f32::NEG_INFINITY; LABELS];
        best[..order::L].copy_from_slice(&opening[..order::L]);
        best[order::B..order::I].copy_from_slice(&opening[order::L..order::L + order::KINDS]);
        let (begin, inside) = prev[order::B..].split_at(order::KINDS);
        for kind in 0..order::KINDS {
            let last = &mut best[order::L + kind];
            *last = begin[kind] + self.begin_last[kind];
            better(last, inside[kind] + self.inside_last[kind]);
            let next = &mut best[order::I + kind];
            *next = begin[kind] + self.begin_inside[kind];
            better(next, inside[kind] + self.inside_inside[kind]);
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
    /// Transition scores with forbidden pairs at -∞: `step[from][to]`, by label index.
    step: [[f32; LABELS]; LABELS],
    /// The allowed pairs' scores, for the forward pass.
    steps: Steps,
    /// Scores into the first label (by place) and out of the last (by label index), -∞
    /// where not allowed.
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
            start: std::array::from_fn(|place| {
                let label = order::LABEL[place];
                score_if(allowed.start[label], transitions.start[label])
            }),
            end: std::array::from_fn(|to| score_if(allowed.end[to], transitions.end[to])),
        }
    }

    /// The best well-formed tag sequence for the given emission scores (one row per token).
    ///
    /// The forward pass keeps only each position's best scores (by [`order`]); the backward
    /// pass recomputes the one best predecessor it needs at each position, trying them in
    /// ascending label index, so ties go to the lowest label.
    pub fn decode(&self, emissions: &[[f32; LABELS]]) -> Vec<Tag> {
        let Some(first) = emissions.first() else {
            return Vec::new();
        };
        let allowed = allowed();
        let in_order = |row: &[f32; LABELS]| order::LABEL.map(|label| row[label]);
        let best_before = |scores: &[f32; LABELS], to: usize| {
            let mut best = (f32::NEG_INFINITY, 0);
            for &from in &allowed.before[to] {
                let candidate = scores[order::PLACE[from]] + self.step[from][to];
                if candidate > best.0 {
                    best = (candidate, from);
                }
            }
            best
        };
        let mut scores: Vec<[f32; LABELS]> = Vec::with_capacity(emissions.len());
        let first = in_order(first);
        scores.push(std::array::from_fn(|place| self.start[place] + first[place]));
        for (row, prev) in emissions[1..].iter().zip(0..) {
            let mut best = self.steps.forward(&scores[prev]);
            for (best, emission) in best.iter_mut().zip(in_order(row)) {
                *best += emission;
            }
            scores.push(best);
        }
        let mut label = 0;
        let mut best = f32::NEG_INFINITY;
        if let Some(last) = scores.last() {
            for (idx, (&place, &end)) in order::PLACE.iter().zip(&self.end).enumerate() {
                let total = last[place];
                if total + end > best {
                    (label, best) = (idx, total + end);
                }
            }
        }
        let mut tags = vec![Tag::from_index(label); emissions.len()];
        for pos in (1..emissions.len()).rev() {
            label = best_before(&scores[pos - 1], label).1;
            tags[pos - 1] = Tag::from_index(label);
        }
        tags
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

    /// Scores from a fixed generator, with ties (few distinct values) and large gaps.
    fn scores() -> impl FnMut() -> f32 {
        let mut state = 0x2545_f491_4f6c_dd1du64;
        move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 7) as f32 - 3.0
        }
    }

    /// Viterbi as the textbook writes it: every pair of labels by index, forbidden ones at
    /// -∞, a back-pointer per position and label, the first best predecessor kept.
    fn textbook(rows: &[[f32; LABELS]], transitions: &Transitions) -> Vec<Tag> {
        let allowed = allowed();
        let or_never = |ok: bool, score: f32| if ok { score } else { f32::NEG_INFINITY };
        let mut scores: Vec<f32> = (0..LABELS)
            .map(|to| or_never(allowed.start[to], transitions.start[to]) + rows[0][to])
            .collect();
        let mut pointers = Vec::new();
        for row in &rows[1..] {
            let mut next = vec![f32::NEG_INFINITY; LABELS];
            let mut from_of = vec![0; LABELS];
            for to in 0..LABELS {
                for (from, score) in scores.iter().enumerate() {
                    let step = or_never(allowed.pair[from][to], transitions.next[from][to]);
                    if score + step > next[to] {
                        (next[to], from_of[to]) = (score + step, from);
                    }
                }
                next[to] += row[to];
            }
            scores = next;
            pointers.push(from_of);
        }
        let (mut label, mut best) = (0, f32::NEG_INFINITY);
        for (to, score) in scores.iter().enumerate() {
            let total = score + or_never(allowed.end[to], transitions.end[to]);
            if total > best {
                (label, best) = (to, total);
            }
        }
        let mut labels = vec![label];
        for from_of in pointers.iter().rev() {
            label = from_of[label];
            labels.push(label);
        }
        labels.into_iter().rev().map(Tag::from_index).collect()
    }

    #[test]
    fn gives_the_textbook_tags_ties_included() {
        let mut next = scores();
        for _ in 0..20 {
            let transitions = Transitions {
                next: std::array::from_fn(|_| std::array::from_fn(|_| next())),
                start: std::array::from_fn(|_| next()),
                end: std::array::from_fn(|_| next()),
            };
            let decoder = Decoder::new(&transitions);
            for len in 1..30 {
                let rows: Vec<[f32; LABELS]> =
                    (0..len).map(|_| std::array::from_fn(|_| next())).collect();
                assert_eq!(decoder.decode(&rows), textbook(&rows, &transitions));
            }
        }
    }

    #[test]
    fn the_order_groups_the_tags_by_place_in_a_name() {
        for (kind, &name) in Kind::ALL.iter().enumerate() {
            assert_eq!(tag_at(order::U + kind), Tag::U(name));
            assert_eq!(tag_at(order::L + kind), Tag::L(name));
            assert_eq!(tag_at(order::B + kind), Tag::B(name));
            assert_eq!(tag_at(order::I + kind), Tag::I(name));
        }
        assert_eq!(tag_at(0), Tag::O);
        assert_eq!(order::I + order::KINDS, LABELS);
        for label in 0..LABELS {
            assert_eq!(order::LABEL[order::PLACE[label]], label);
        }
    }

    fn tag_at(place: usize) -> Tag {
        Tag::from_index(order::LABEL[place])
    }

    #[test]
    fn empty_input_gives_no_tags() {
        assert!(decode(&[], &Transitions::default()).is_empty());
    }
}
