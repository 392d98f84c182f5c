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

/// Which label pairs form well-formed BILOU: allowed first and last labels, and for each
/// label the labels that may precede it (a short list, so decoding skips forbidden pairs).
struct Allowed {
    start: [bool; LABELS],
    end: [bool; LABELS],
    previous: [Vec<usize>; LABELS],
}

/// The table, computed once.
fn allowed() -> &'static Allowed {
    static ALLOWED: OnceLock<Allowed> = OnceLock::new();
    ALLOWED.get_or_init(|| Allowed {
        start: std::array::from_fn(|label| Tag::from_index(label).may_start()),
        end: std::array::from_fn(|label| Tag::from_index(label).may_end()),
        previous: std::array::from_fn(|to| {
            (0..LABELS)
                .filter(|&from| Tag::from_index(from).may_precede(Tag::from_index(to)))
                .collect()
        }),
    })
}

/// The best well-formed tag sequence for the given emission scores (one row per token).
pub fn decode(emissions: &[[f32; LABELS]], transitions: &Transitions) -> Vec<Tag> {
    let Some(first) = emissions.first() else {
        return Vec::new();
    };
    let allowed = allowed();
    let mut score = [f32::NEG_INFINITY; LABELS];
    for label in 0..LABELS {
        if allowed.start[label] {
            score[label] = transitions.start[label] + first[label];
        }
    }
    let mut back = vec![0u8; emissions.len() * LABELS];
    for (pos, row) in emissions.iter().enumerate().skip(1) {
        let mut next = [f32::NEG_INFINITY; LABELS];
        for to in 0..LABELS {
            let mut best = (f32::NEG_INFINITY, 0usize);
            for &from in &allowed.previous[to] {
                let candidate = score[from] + transitions.next[from][to];
                if candidate > best.0 {
                    best = (candidate, from);
                }
            }
            next[to] = best.0 + row[to];
            // LABELS < 256, so a label index fits a byte.
            back[pos * LABELS + to] = best.1 as u8;
        }
        score = next;
    }
    let mut last = (f32::NEG_INFINITY, 0usize);
    for (label, &total) in score.iter().enumerate() {
        if allowed.end[label] && total + transitions.end[label] > last.0 {
            last = (total + transitions.end[label], label);
        }
    }
    let mut labels = vec![0usize; emissions.len()];
    let mut label = last.1;
    for pos in (0..emissions.len()).rev() {
        labels[pos] = label;
        label = usize::from(back[pos * LABELS + label]);
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
