//! Disputed claims: a claim in reported speech and a statement by someone else that denies or
//! contradicts it ("Lavrov said Russia notified NATO in advance" / "we have not received any
//! official communication"), in one article or across articles.
//!
//! A statement disputes a claim when it carries a denial cue and is about the claim: it names
//! the claim's speaker or shares its content words. Only the sentence with the cue is pointed
//! at, so the reader sees the denial itself.

use super::link::LinkedEntity;
use super::words;
use crate::extract::{EntityId, Extraction};
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

/// How many sentences before a denial the claim it answers may stand, when the denial only
/// names the claim's speaker ("we have not received … the issues he raised").
const NEAR_SENTENCES: usize = 4;

fn same_speaker(a: &Statement, b: &Statement) -> bool {
    match (a.speaker, b.speaker) {
        (Some(x), Some(y)) => x == y,
        _ => a.speaker_name.is_some() && a.speaker_name == b.speaker_name,
    }
}

/// How many sentences `claim` ends before `statement` starts, when both are in one article
/// and the claim comes first.
fn sentences_before(article: &Article, claim: &Statement, statement: &Statement) -> Option<usize> {
    if claim.article != statement.article || claim.span.end > statement.span.start {
        return None;
    }
    let index = |offset: usize| article.sentences.partition_point(|s| s.span.end <= offset);
    Some(index(statement.span.start).saturating_sub(index(claim.span.start)))
}

/// A statement someone made: a claim or a quote.
#[derive(Clone)]
struct Statement {
    article: usize,
    span: Span,
    /// The cue of a claim: "denied" makes the whole claim a denial.
    cue: Option<Span>,
    speaker: Option<usize>,
    speaker_name: Option<String>,
}

/// Finds claims disputed by another speaker's statement.
pub fn find(
    articles: &[Article],
    extractions: &[Extraction],
    linked: &[LinkedEntity],
) -> Vec<Dispute> {
    let cross = |article: usize, id: Option<EntityId>| {
        id.and_then(|id| linked.iter().position(|l| l.in_article(article) == Some(id)))
    };
    let name =
        |extraction: &Extraction, id: Option<EntityId>, text: Option<Span>, article: &Article| {
            id.map(|id| extraction.entity(id).name.clone())
                .or_else(|| text.map(|s| article.slice(s).to_owned()))
        };
    let mut claims = Vec::new();
    let mut statements = Vec::new();
    for (idx, (article, extraction)) in articles.iter().zip(extractions).enumerate() {
        for claim in &extraction.claims {
            let statement = Statement {
                article: idx,
                span: claim.span,
                cue: Some(claim.cue),
                speaker: cross(idx, claim.speaker),
                speaker_name: name(extraction, claim.speaker, claim.speaker_text, article),
            };
            claims.push(statement.clone());
            statements.push(statement);
        }
        for quote in &extraction.quotes {
            statements.push(Statement {
                article: idx,
                span: quote.span,
                cue: None,
                speaker: cross(idx, quote.speaker),
                speaker_name: name(extraction, quote.speaker, quote.speaker_text, article),
            });
        }
    }

    // Each denial disputes the one claim it answers best: the claim it shares most content
    // with, or, when it names the claim's speaker, the nearest such claim before it.
    let mut disputes = Vec::new();
    for statement in &statements {
        let article = &articles[statement.article];
        let with_cue = statement.cue.map_or(statement.span, |cue| cue.cover(statement.span));
        let Some(against) = denial(article, with_cue) else { continue };
        let text = article.slice(statement.span);
        let statement_stems = words::content_stems(text);
        let statement_words = words::words(text);
        let best = claims
            .iter()
            .filter(|claim| !(claim.article == statement.article && claim.span == statement.span))
            .filter(|claim| !same_speaker(claim, statement))
            // Two denials agree with each other; a denial disputes what was asserted.
            .filter(|claim| {
                let claim_article = &articles[claim.article];
                denial(claim_article, claim.cue.map_or(claim.span, |cue| cue.cover(claim.span)))
                    .is_none()
            })
            .filter_map(|claim| {
                let shared = words::shared(
                    &words::content_stems(articles[claim.article].slice(claim.span)),
                    &statement_stems,
                );
                let surname = claim
                    .speaker_name
                    .as_deref()
                    .and_then(|n| n.split_whitespace().last())
                    .map(words::key);
                let names_speaker = surname.is_some_and(|s| {
                    statement_words.iter().any(|w| w.key.trim_end_matches("'s") == s)
                });
                let distance = sentences_before(article, claim, statement);
                let near = distance.is_some_and(|d| d <= NEAR_SENTENCES);
                let answers = shared >= 3 || (names_speaker && (near || shared >= 2));
                // Closer claims win among those that name the speaker.
                let closeness = distance.map_or(0, |d| NEAR_SENTENCES.saturating_sub(d) + 1);
                answers.then_some((shared + 2 * usize::from(names_speaker) + closeness, claim))
            })
            .max_by(|x, y| {
                x.0.cmp(&y.0).then((y.1.article, y.1.span).cmp(&(x.1.article, x.1.span)))
            });
        if let Some((_, claim)) = best {
            disputes.push(Dispute {
                claim_article: claim.article,
                claim: claim.span,
                claim_speaker: claim.speaker_name.clone(),
                against_article: statement.article,
                against,
                against_speaker: statement.speaker_name.clone(),
            });
        }
    }
    disputes.sort_by_key(|d| (d.claim_article, d.claim, d.against_article, d.against));
    disputes
}

/// The part of `span` that carries a denial cue: from the cue's sentence start to the end of
/// that sentence, kept inside `span`.
fn denial(article: &Article, span: Span) -> Option<Span> {
    let text = article.slice(span);
    let found = words::words(text);
    let keys: Vec<&str> = found.iter().map(|w| w.key.as_str()).collect();
    let at = (0..keys.len()).find(|&i| DENIALS.iter().any(|cue| keys[i..].starts_with(cue)))?;
    let cue_start = span.start + found[at].span.start;
    let idx = article.sentences.partition_point(|s| s.span.end <= cue_start);
    let sentence =
        article.sentences.get(idx).map(|s| s.span).filter(|s| s.start <= cue_start).unwrap_or(span);
    let start = sentence.start.max(span.start);
    let end = sentence.end.min(span.end);
    Some(Span::new(start, end))
}
