//! The trained recogniser's names (`extract::ner`, issue #4) joined with the rules' proposals.
//!
//! The recogniser reads each sentence as CoNLL-2003 tokens and knows names it has never seen
//! from their context; the rules know honorifics, titles, roles and the article's layout. So:
//! - a rule proposal that overlaps a tagged name gains evidence for the tagged kind;
//! - a tagged name that no rule proposed becomes a proposal of its own, unless it is in a
//!   title-case line, where the recogniser is on unfamiliar ground, or has a word the rules
//!   know is never part of a name (a weekday, a party label such as "R-Utah");
//! - a lone capitalised word at the start of a sentence that the recogniser leaves untagged and
//!   for which the rules have only weak evidence ("Forecasters warned…") is dropped: grammar,
//!   not a name, capitalised it.
//!
//! Dates, numbers, roles and honorifics stay with the rules.

use std::borrow::Cow;
use std::ops::Range;

use super::names::{self, Proposal};
use super::words::{Doc, Shape};
use crate::extract::EntityKind;
use crate::extract::ner::{self, Kind};
use crate::sorting;
use crate::text::Span;

/// The evidence one tagged mention adds for its kind: as much as the rules' strongest single
/// cues (an organisation suffix, a gazetteer place), since the recogniser scores 88 F1 on news.
const TAGGED: i32 = 8;

/// Rule evidence this strong (a role, an organisation suffix, a known place, an honorific)
/// keeps a name the recogniser left untagged.
const STRONG: i32 = 4;

/// A name the recogniser found: its text and its kind.
#[derive(Debug, Clone, Copy)]
struct Tagged {
    span: Span,
    kind: EntityKind,
    /// The first and one-past-last word (indices into `Doc::words`).
    words: (usize, usize),
    /// Found in running text, not a title-case line: it may stand as a name on its own.
    running: bool,
}

/// The rules' proposals, corrected and completed by the recogniser.
pub fn propose(doc: &Doc) -> Vec<Proposal> {
    let tagged = tag(doc);
    let mut proposals = names::propose(doc);
    let mut claimed = vec![false; tagged.len()];
    proposals.retain_mut(|proposal| {
        let mut best: Option<(usize, usize)> = None;
        // Tagged names do not overlap each other, so sorted by start they are sorted by end.
        let first = tagged.partition_point(|name| name.span.end <= proposal.name.start);
        let overlapping = tagged[first..].iter().take_while(|n| n.span.start < proposal.name.end);
        for (idx, name) in (first..).zip(overlapping) {
            let overlap = overlap(name.span, proposal.name);
            claimed[idx] = true;
            if best.is_none_or(|(_, most)| overlap > most) {
                best = Some((idx, overlap));
            }
        }
        match best {
            Some((idx, _)) => {
                proposal.evidence.add(tagged[idx].kind, TAGGED);
                true
            }
            None => !grammar_capital(doc, proposal),
        }
    });
    let unclaimed = tagged.iter().zip(&claimed).filter(|(_, claimed)| !**claimed);
    for (name, _) in unclaimed.filter(|(name, _)| name.running && !never_a_name(doc, name)) {
        for mut proposal in names::propose_run(doc, name.words.0, name.words.1) {
            proposal.evidence.add(name.kind, TAGGED);
            proposals.push(proposal);
        }
    }
    proposals
}

/// A name with a word that is never part of one ("Western", "Monday", "R-Utah").
fn never_a_name(doc: &Doc, name: &Tagged) -> bool {
    (name.words.0..name.words.1).any(|idx| names::never_in_name(doc, idx))
}

/// Bytes two spans share.
fn overlap(a: Span, b: Span) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

/// A one-word proposal at the start of a sentence with at most weak evidence from the rules
/// (the recogniser, which did not tag it, has had its say). Grammar capitalises a first
/// letter, never a whole word: an acronym ("WHO officials said") is no grammar capital.
fn grammar_capital(doc: &Doc, proposal: &Proposal) -> bool {
    let first = doc.words.binary_search_by_key(&proposal.name.start, |w| w.span.start);
    proposal.name_words == 1
        && first.is_ok_and(|idx| doc.words[idx].initial && !doc.words[idx].all_caps)
        && proposal.evidence.strongest() < STRONG
}

/// One token as the recogniser reads it: CoNLL splits a possessive ending off ("Lavrov" "’s").
struct Token<'a> {
    text: Cow<'a, str>,
    span: Span,
    /// The word it comes from.
    word: usize,
}

/// Tags every sentence of the article and returns the names, in text order.
fn tag(doc: &Doc) -> Vec<Tagged> {
    // Every sentence's tokens one after the other, and where each sentence's lie: one
    // allocation for the article, not a few per sentence.
    let mut tokens: Vec<Token> = Vec::with_capacity(doc.words.len());
    let mut sentences: Vec<Range<usize>> = Vec::new();
    for (idx, word) in doc.words.iter().enumerate() {
        if idx == 0 || doc.words[idx - 1].sentence != word.sentence {
            sentences.push(tokens.len()..tokens.len());
        }
        let mut push = |span: Span| {
            tokens.push(Token { text: conll_form(doc.str(span)), span, word: idx });
        };
        if word.possessive && word.shape == Shape::Word && word.stem.end < word.span.end {
            push(word.stem);
            push(Span::new(word.stem.end, word.span.end));
        } else {
            push(word.span);
        }
        if let Some(sentence) = sentences.last_mut() {
            sentence.end = tokens.len();
        }
    }
    // Title-case lines ("Senator Hammers Bank Chief") are tagged on their own: the model
    // learnt capitals from running text and upper-case headlines, and its document memory
    // would carry what it misreads there into every later sentence.
    let title_case = |sentence: &&Range<usize>| {
        tokens.get(sentence.start).is_some_and(|token| {
            let word = &doc.words[token.word];
            word.shouting && !word.caps_sentence
        })
    };
    let (titles, running): (Vec<&Range<usize>>, Vec<&Range<usize>>) =
        sentences.iter().partition(title_case);
    let texts: Vec<&str> = tokens.iter().map(|token| token.text.as_ref()).collect();
    let mut names = Vec::new();
    for (group, running) in [(running, true), (titles, false)] {
        let words: Vec<&[&str]> = group.iter().map(|&range| &texts[range.clone()]).collect();
        for (&range, tags) in group.iter().zip(ner::tag_document(&words)) {
            let sentence = &tokens[range.clone()];
            for name in ner::spans(&tags) {
                let (Some(first), Some(last)) =
                    (sentence.get(name.start), sentence.get(name.end - 1))
                else {
                    continue;
                };
                names.push(Tagged {
                    span: first.span.cover(last.span),
                    kind: kind_of(name.kind),
                    words: (first.word, last.word + 1),
                    running,
                });
            }
        }
    }
    sorting::sort_by_key(&mut names, |name| (name.span.start, name.span.end));
    names
}

/// The recogniser was trained on straight quotes and apostrophes.
fn conll_form(token: &str) -> Cow<'_, str> {
    // Most tokens are ASCII, which a fast whole-word test tells.
    if !token.is_ascii() && token.contains(['‘', '’', '“', '”']) {
        Cow::Owned(token.replace(['‘', '’'], "'").replace(['“', '”'], "\""))
    } else {
        Cow::Borrowed(token)
    }
}

fn kind_of(kind: Kind) -> EntityKind {
    match kind {
        Kind::Person => EntityKind::Person,
        Kind::Location => EntityKind::Place,
        Kind::Organization => EntityKind::Organization,
        Kind::Misc => EntityKind::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    fn proposals(text: &str) -> Vec<(String, Option<EntityKind>)> {
        let article = text::parse(text);
        let doc = Doc::new(&article);
        propose(&doc).iter().map(|p| (doc.str(p.name).to_owned(), p.evidence.best())).collect()
    }

    #[test]
    fn the_recogniser_adds_evidence_for_its_kind() {
        let found = proposals("Maria Okonkwo flew to Lisbon on Tuesday to meet Kestrel Dynamics.");
        assert!(found.contains(&("Maria Okonkwo".to_owned(), Some(EntityKind::Person))));
        assert!(found.contains(&("Lisbon".to_owned(), Some(EntityKind::Place))));
    }

    #[test]
    fn a_capital_that_only_grammar_explains_is_no_name() {
        let found = proposals("Forecasters warned of heavy rain. Engineers checked the dam.");
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn tokens_follow_conll_conventions() {
        assert_eq!(conll_form("“Lavrov’s"), "\"Lavrov's");
        assert!(matches!(conll_form("Lavrov"), Cow::Borrowed(_)));
    }
}
