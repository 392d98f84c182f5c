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

    let mut disputes = Vec::new();
    for claim in &claims {
        let claim_text = articles[claim.article].slice(claim.span);
        let claim_stems = words::content_stems(claim_text);
        let surname =
            claim.speaker_name.as_deref().and_then(|n| n.split_whitespace().last()).map(words::key);
        for statement in &statements {
            if statement.span == claim.span && statement.article == claim.article {
                continue;
            }
            let same_speaker = match (claim.speaker, statement.speaker) {
                (Some(x), Some(y)) => x == y,
                _ => claim.speaker_name.is_some() && claim.speaker_name == statement.speaker_name,
            };
            if same_speaker {
                continue;
            }
            let article = &articles[statement.article];
            let with_cue = statement.cue.map_or(statement.span, |cue| cue.cover(statement.span));
            let Some(against) = denial(article, with_cue) else { continue };
            let text = article.slice(statement.span);
            let names_speaker = surname.as_ref().is_some_and(|s| {
                words::words(text).iter().any(|w| w.key.trim_end_matches("'s") == s)
            });
            let shared = words::shared(&claim_stems, &words::content_stems(text));
            if names_speaker || shared >= 3 {
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
    }
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
