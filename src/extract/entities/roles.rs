//! Roles next to a person's name: "Nato spokeswoman Oana Lungescu", "Oana Lungescu, a NATO
//! spokeswoman,", "a former double agent, Sergei Skripal,". The role is kept apart from the name.

use super::lexicon::{self, WordSet, has};
use super::words::{Doc, Shape};
use crate::extract::Gender;
use crate::text::Span;

/// Words a role phrase does not cross when read leftwards from its noun.
static ROLE_STOPS: WordSet = WordSet::of(&[
    "a",
    "an",
    "the",
    "his",
    "her",
    "its",
    "their",
    "our",
    "my",
    "your",
    "this",
    "that",
    "and",
    "or",
    "but",
    "by",
    "with",
    "to",
    "in",
    "on",
    "at",
    "for",
    "from",
    "as",
    "said",
    "says",
    "told",
    "of",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "who",
    "which",
    "when",
    "while",
    "after",
    "before",
    "than",
    "like",
    "including",
    "says",
    "added",
    "according",
]);

/// Lower-case words before a title that still belong to the role: "former Secretary of State".
const ROLE_MODIFIERS: &[&str] =
    &["former", "then", "late", "acting", "outgoing", "incoming", "interim", "disgraced"];

/// Longest appositive role, in words.
const MAX_APPOSITIVE: usize = 24;

/// A role next to the name in words `start..end`, before it ("Nato spokeswoman") or as an
/// appositive after or before it, between commas.
pub fn find(doc: &Doc, start: usize, end: usize) -> Option<Span> {
    left_role(doc, start)
        .or_else(|| appositive_after(doc, end))
        .or_else(|| appositive_before(doc, start))
}

/// Extends a title leftwards over modifiers such as "former": "former Secretary of State".
pub fn extend_left(doc: &Doc, start: usize, span: Span) -> Span {
    let mut first = start;
    while first > 0
        && doc.same_sentence(first - 1, start)
        && has(ROLE_MODIFIERS, doc.low_at(first - 1))
    {
        first -= 1;
    }
    doc.words[first].span.cover(span)
}

/// The gender a role says ("spokeswoman" → female), if any.
pub fn gender_of(role_lower: &str) -> Option<Gender> {
    let mut gender = None;
    for word in role_lower.split(|c: char| !c.is_alphanumeric() && c != '-') {
        if lexicon::FEMALE_NOUNS.contains(word) {
            gender = Some(Gender::Female);
        } else if lexicon::MALE_NOUNS.contains(word) {
            gender = Some(Gender::Male);
        }
    }
    gender
}

fn is_role_noun(doc: &Doc, idx: usize) -> bool {
    let w = &doc.words[idx];
    w.shape == Shape::Word && lexicon::ROLE_NOUNS.contains(doc.low(w.stem))
}

/// "Nato spokeswoman Oana Lungescu": a role noun right before the name, with its modifiers.
fn left_role(doc: &Doc, start: usize) -> Option<Span> {
    let head = start.checked_sub(1)?;
    if !doc.same_sentence(head, start) || !is_role_noun(doc, head) || doc.words[head].capitalised {
        return None;
    }
    let first = phrase_start(doc, head);
    Some(doc.words[first].span.cover(doc.words[head].span))
}

/// Reads leftwards from a role's head noun over its modifiers ("Russian former double", "Nato",
/// "Democratic presidential"), stopping at a determiner, a preposition, a verb or punctuation.
fn phrase_start(doc: &Doc, head: usize) -> usize {
    let mut first = head;
    while first > 0 && head - first < 6 {
        let j = first - 1;
        let w = &doc.words[j];
        if !doc.same_sentence(j, head) || w.shape != Shape::Word {
            break;
        }
        let low = doc.low(w.span);
        if ROLE_STOPS.contains(low)
            || lexicon::SPEECH_VERBS.contains(low)
            || (w.initial && !w.capitalised)
        {
            break;
        }
        first = j;
        if w.initial {
            break;
        }
    }
    first
}

/// "Oana Lungescu, a NATO spokeswoman, said": the phrase between commas after the name, when a
/// role noun heads it.
fn appositive_after(doc: &Doc, end: usize) -> Option<Span> {
    if !doc.is_punct(end, ",") || !doc.same_sentence(end - 1, end) {
        return None;
    }
    let mut first = end + 1;
    if matches!(doc.low_at(first), "a" | "an" | "the") {
        first += 1;
    }
    let mut last = None;
    let mut saw_role = false;
    let mut j = first;
    while j < doc.words.len() && j - first < MAX_APPOSITIVE && doc.same_sentence(first, j) {
        let w = &doc.words[j];
        if w.shape == Shape::Punct {
            let mark = doc.str(w.span);
            if mark == ","
                || mark == ";"
                || mark == "."
                || mark == "—"
                || mark == "–"
                || mark == ")"
            {
                break;
            }
            if !matches!(mark, "-" | "’" | "'") {
                return None;
            }
        }
        if w.shape == Shape::Word {
            let low = doc.low(w.stem);
            if lexicon::SPEECH_VERBS.contains(low) || matches!(low, "who" | "which" | "that") {
                return None;
            }
            // The role noun must come early: "the first deputy chairman of …". A role noun
            // before a name starts a list of people instead: "Bloomberg, comedian Billy
            // Crystal and …".
            if j - first < 6 && is_role_noun(doc, j) {
                if doc.words.get(j + 1).is_some_and(|n| n.capitalised) {
                    return None;
                }
                saw_role = true;
            }
        }
        last = Some(j);
        j += 1;
    }
    let last = last?;
    // A role that runs to the sentence end is a clause, not an appositive, unless a speech
    // verb follows the closing comma.
    let closed = doc.is_punct(last + 1, ",") || doc.is_punct(last + 1, "—");
    (saw_role && closed).then(|| doc.words[first].span.cover(doc.words[last].span))
}

/// "a Russian former double agent, Sergei Skripal,": a role phrase ending in a role noun right
/// before the name, after a comma.
fn appositive_before(doc: &Doc, start: usize) -> Option<Span> {
    let comma = start.checked_sub(1)?;
    if !doc.is_punct(comma, ",") || !doc.same_sentence(comma, start) {
        return None;
    }
    let head = comma.checked_sub(1)?;
    if !doc.same_sentence(head, start) || !is_role_noun(doc, head) {
        return None;
    }
    let first = phrase_start(doc, head);
    // Only a phrase that a determiner opens: "a former agent, Name" (not "officials, Name").
    let det = first.checked_sub(1).map_or("", |j| doc.low_at(j));
    matches!(det, "a" | "an" | "the").then(|| doc.words[first].span.cover(doc.words[head].span))
}
