//! Disputed claims: a claim in reported speech and a statement by someone else that denies or
//! contradicts it ("Lavrov said Russia notified NATO in advance" / "we have not received any
//! official communication"), in one article or across articles.
//!
//! A statement disputes a claim when it carries a denial cue and is about the claim: it names
//! the claim's speaker or shares its content words. Only the sentence with the cue is pointed
//! at, so the reader sees the denial itself.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::link::{self, LinkedEntity};
use super::words;
use crate::extract::ner::hash::BuildKeyHasher;
use crate::extract::{EntityId, Extraction};
use crate::sorting;
use crate::text::{Article, Span};

/// A claim and the statement that disputes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dispute {
    pub claim_article: usize,
    pub claim: Span,
    pub claim_speaker: Option<String>,
    pub against_article: usize,
    /// The denial, cut to the sentence that carries its cue.
    pub against: Span,
    pub against_speaker: Option<String>,
}

/// Words and phrases that deny, reject or contradict, as word keys.
const DENIALS: &[&[&str]] = &[
    &["not", "received"],
    &["not", "true"],
    &["not", "aware"],
    &["no", "evidence"],
    &["never"],
    &["denied"],
    &["denies"],
    &["deny"],
    &["denying"],
    &["rejected"],
    &["rejects"],
    &["reject"],
    &["disputed"],
    &["disputes"],
    &["dispute"],
    &["false"],
    &["untrue"],
    &["baseless"],
    &["unfounded"],
    &["contrary"],
    &["contradicted"],
    &["contradicts"],
    &["refuted"],
    &["dismissed"],
];

/// The words that open a cue of [`DENIALS`]: most words open none, and one look-up tells.
fn opens_denial(key: &str) -> bool {
    static FIRST_WORDS: LazyLock<HashSet<&str, BuildKeyHasher>> =
        LazyLock::new(|| DENIALS.iter().filter_map(|cue| cue.first().copied()).collect());
    FIRST_WORDS.contains(key)
}

/// How many sentences before a denial the claim it answers may stand, when the denial only
/// names the claim's speaker ("we have not received … the issues he raised").
const NEAR_SENTENCES: usize = 4;

/// How many sentences apart, within one article, a denial and the claim it answers may be.
const REACH: usize = 40;

fn same_speaker(a: &Statement, b: &Statement) -> bool {
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => x == y,
        _ => a.speaker_name.is_some() && a.speaker_name == b.speaker_name,
    }
}

/// A statement someone made: a claim or a quote.
#[derive(Debug, Clone)]
struct Statement {
    article: usize,
    span: Span,
    /// The speaker in the statement's own article, and across articles once linked.
    own_speaker: Option<EntityId>,
    speaker: Option<usize>,
    speaker_name: Option<String>,
    /// The part that denies something (see [`denial`]), if it does.
    denies: Option<Span>,
}

/// What one article says, read for [`find`] without the other articles: its statements,
/// the claims among them that may be disputed, and what matching each denial needs.
#[derive(Debug)]
pub struct Said {
    statements: Vec<Statement>,
    claims: Vec<Claim>,
    denials: Vec<Denial>,
}

/// Reads the statements of article `idx`.
pub fn said(idx: usize, article: &Article, extraction: &Extraction) -> Said {
    let name = |id: Option<EntityId>, text: Option<Span>| {
        id.map(|id| extraction.entity(id).name.clone())
            .or_else(|| text.map(|s| article.slice(s).to_owned()))
    };
    let statement =
        |span: Span, own_speaker: Option<EntityId>, text: Option<Span>, denies| Statement {
            article: idx,
            span,
            own_speaker,
            speaker: None,
            speaker_name: name(own_speaker, text),
            denies,
        };
    let mut statements = Vec::new();
    let mut claims = Vec::new();
    for claim in &extraction.claims {
        // The cue counts: "denied" makes the whole claim a denial.
        let denies = denial(article, claim.cue.cover(claim.span));
        let statement = statement(claim.span, claim.speaker, claim.speaker_text, denies);
        // Two denials agree with each other; a denial disputes what was asserted.
        if statement.denies.is_none() {
            claims.push(Claim::new(article, statement.clone()));
        }
        statements.push(statement);
    }
    for quote in &extraction.quotes {
        let denies = denial(article, quote.span);
        statements.push(statement(quote.span, quote.speaker, quote.speaker_text, denies));
    }
    let denials = statements
        .iter()
        .enumerate()
        .filter_map(|(at, statement)| {
            statement.denies.map(|against| Denial::new(article, at, statement, against))
        })
        .collect();
    Said { statements, claims, denials }
}

/// Finds claims disputed by another speaker's statement, given what each article says
/// ([`said`], in article order).
pub fn find(
    extractions: &[Extraction],
    linked: &[LinkedEntity],
    mut said: Vec<Said>,
) -> Vec<Dispute> {
    let cross = link::cross_index(linked, extractions);
    for (idx, said) in said.iter_mut().enumerate() {
        let claims = said.claims.iter_mut().map(|claim| &mut claim.statement);
        for statement in said.statements.iter_mut().chain(claims) {
            statement.speaker = statement.own_speaker.and_then(|id| cross[idx][id.0]);
        }
    }
    let claims: Vec<&Claim> = said.iter().flat_map(|said| &said.claims).collect();

    // Each denial disputes the one claim it answers best: the claim it shares most content
    // with, or, when it names the claim's speaker, the nearest such claim before it.
    let mut disputes = Vec::new();
    for said in &said {
        for denial in &said.denials {
            let statement = &said.statements[denial.statement];
            if let Some(claim) = answered(&claims, statement, denial) {
                disputes.push(Dispute {
                    claim_article: claim.statement.article,
                    claim: claim.statement.span,
                    claim_speaker: claim.statement.speaker_name.clone(),
                    against_article: statement.article,
                    against: denial.against,
                    against_speaker: statement.speaker_name.clone(),
                });
            }
        }
    }
    sorting::sort_by_key(&mut disputes, |d| {
        (d.claim_article, d.claim, d.against_article, d.against)
    });
    disputes
}

/// The claim a denial answers best, if it answers one.
fn answered<'c>(claims: &[&'c Claim], statement: &Statement, denial: &Denial) -> Option<&'c Claim> {
    let sentence = denial.sentence;
    claims
        .iter()
        // In one long article, only claims within reach: a denial answers what was said
        // nearby, and the search stays linear in the article's length.
        .filter(|claim| {
            claim.statement.article != statement.article
                || claim.sentence.abs_diff(sentence) <= REACH
        })
        .filter(|claim| {
            claim.statement.span != statement.span || claim.statement.article != statement.article
        })
        .filter(|claim| !same_speaker(&claim.statement, statement))
        .filter_map(|claim| {
            let shared = words::shared(&claim.stems, &denial.stems);
            let names_speaker = claim.surname.as_ref().is_some_and(|s| denial.keys.contains(s));
            let before = claim.statement.article == statement.article
                && claim.statement.span.end <= statement.span.start;
            let distance = before.then(|| sentence.saturating_sub(claim.sentence));
            let near = distance.is_some_and(|d| d <= NEAR_SENTENCES);
            let answers = shared >= 3 || (names_speaker && (near || shared >= 2));
            // Closer claims win among those that name the speaker.
            let closeness = distance.map_or(0, |d| NEAR_SENTENCES.saturating_sub(d) + 1);
            answers.then_some((shared + 2 * usize::from(names_speaker) + closeness, *claim))
        })
        .max_by(|x, y| {
            let key = |c: &Claim| (c.statement.article, c.statement.span);
            x.0.cmp(&y.0).then(key(y.1).cmp(&key(x.1)))
        })
        .map(|(_, claim)| claim)
}

/// A claim that may be disputed, with what matching it needs, computed once.
#[derive(Debug)]
struct Claim {
    statement: Statement,
    stems: Vec<words::Stem>,
    /// The speaker's surname as a word key, to find it named in a denial.
    surname: Option<String>,
    sentence: usize,
}

impl Claim {
    fn new(article: &Article, statement: Statement) -> Claim {
        Claim {
            stems: words::content_stems(article.slice(statement.span)),
            surname: statement
                .speaker_name
                .as_deref()
                .and_then(|n| n.split_whitespace().last())
                .map(words::key),
            sentence: sentence_index(article, statement.span.start),
            statement,
        }
    }
}

/// A statement that denies something, with what matching it to a claim needs.
#[derive(Debug)]
struct Denial {
    /// Its place among its article's statements.
    statement: usize,
    /// The part that denies: the statement's `denies`.
    against: Span,
    stems: Vec<words::Stem>,
    /// Its words as keys, without a possessive "'s", to find a claim's speaker named.
    keys: Vec<String>,
    sentence: usize,
}

impl Denial {
    fn new(article: &Article, at: usize, statement: &Statement, against: Span) -> Denial {
        let text = article.slice(statement.span);
        Denial {
            statement: at,
            against,
            stems: words::content_stems(text),
            keys: words::words(text)
                .into_iter()
                .map(|w| w.key.trim_end_matches("'s").to_owned())
                .collect(),
            sentence: sentence_index(article, statement.span.start),
        }
    }
}

fn sentence_index(article: &Article, offset: usize) -> usize {
    article.sentences.partition_point(|s| s.span.end <= offset)
}

/// The first word of `text` that starts a denial cue (of one word or two), with the words
/// read one at a time: most statements deny nothing, and this runs for each of them.
fn first_cue(text: &str) -> Option<Span> {
    // The word before, when it is the first word of a two-word cue.
    let mut opened: Option<(Span, &'static str)> = None;
    words::filter_map_keys(text, |span, key| {
        if let Some((first, first_key)) = opened.take()
            && DENIALS.iter().any(|cue| cue.len() == 2 && cue[0] == first_key && cue[1] == key)
        {
            return Some(first);
        }
        if !opens_denial(key) {
            return None;
        }
        if DENIALS.iter().any(|cue| cue.len() == 1 && cue[0] == key) {
            return Some(span);
        }
        opened =
            DENIALS.iter().find(|cue| cue.len() == 2 && cue[0] == key).map(|cue| (span, cue[0]));
        None
    })
    .next()
}

/// The part of `span` that carries a denial cue: from the cue's sentence start to the end of
/// that sentence, kept inside `span`.
fn denial(article: &Article, span: Span) -> Option<Span> {
    let text = article.slice(span);
    let at = first_cue(text)?;
    let cue_start = span.start + at.start;
    let idx = article.sentences.partition_point(|s| s.span.end <= cue_start);
    let sentence =
        article.sentences.get(idx).map(|s| s.span).filter(|s| s.start <= cue_start).unwrap_or(span);
    let start = sentence.start.max(span.start);
    let end = sentence.end.min(span.end);
    Some(Span::new(start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first cue found by reading every key first, as a plain reference.
    fn first_cue_of_all_keys(text: &str) -> Option<Span> {
        let found = words::words(text);
        let keys: Vec<&str> = found.iter().map(|w| w.key.as_str()).collect();
        let at = (0..keys.len()).find(|&i| DENIALS.iter().any(|cue| keys[i..].starts_with(cue)))?;
        Some(found[at].span)
    }

    #[test]
    fn cues_have_one_or_two_words() {
        assert!(DENIALS.iter().all(|cue| (1..=2).contains(&cue.len())));
    }

    #[test]
    fn the_first_cue_is_the_first_in_the_text() {
        for text in [
            "The ministry said it had not received any request.",
            "Not not received, he said; it was never sent.",
            "No, evidence? There is no evidence, and the claim is FALSE.",
            "She was not aware, not true, and denied it.",
            "Officials said the plan would go ahead.",
            "not",
            "",
            "He said: “We have NOT RECEIVED anything,” and dismissed it.",
        ] {
            assert_eq!(first_cue(text), first_cue_of_all_keys(text), "{text}");
        }
    }
}
