//! The comparison layer: many [`extract::Extraction`]s → [`Comparison`].
//!
//! Links entities across articles ([`link`]), aligns quotes with word diffs ([`quotes`]), pairs
//! numbers and dates ([`facts`]), finds disputed claims ([`disputes`]) and what only some
//! articles report, and ranks all of it into [`Finding`]s. Works on the articles' text and
//! their extractions only; never re-reads raw input and knows nothing of the report's JSON.

pub mod corrections;
mod disputes;
mod facts;
mod findings;
mod link;
mod quotes;
mod sets;
mod words;

#[cfg(test)]
mod tests;

pub use corrections::{Correction, Corrections, EntityRef};
pub use disputes::Dispute;
pub use facts::{Fact, FactPair, FactRef, FactVerdict, Facts};
pub use link::{LinkReason, LinkedEntity, Member};
pub use quotes::{DiffPiece, QuotePair, QuoteRef, Verdict};

use crate::extract;
use crate::text::{self, Span};

/// A span in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleSpan {
    pub article: usize,
    pub span: Span,
}

/// One thing a reader should know: a difference, an agreement, or what only some outlets have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A fixed kind name, e.g. `quote_truncated` (the README lists them).
    pub kind: &'static str,
    pub summary: String,
    /// What the finding is about, in every article involved.
    pub spans: Vec<ArticleSpan>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    pub entities: Vec<LinkedEntity>,
    pub quote_pairs: Vec<QuotePair>,
    pub facts: Facts,
    pub disputes: Vec<Dispute>,
    /// Everything above as findings, most important first.
    pub findings: Vec<Finding>,
}

/// Compares the articles. `labels` name them in summaries (their outlet, or the name the
/// reader gave them), one per article. With one article there is nothing to compare across,
/// but its entities are still listed and its own disputed claims found.
pub fn compare(
    articles: &[text::Article],
    extractions: &[extract::Extraction],
    labels: &[String],
) -> Comparison {
    compare_corrected(articles, extractions, labels, &[])
}

/// [`compare`], with the reader's corrections across articles applied to the linked entities
/// before anything else is compared (see [`corrections`]).
pub fn compare_corrected(
    articles: &[text::Article],
    extractions: &[extract::Extraction],
    labels: &[String],
    fixes: &[corrections::LinkFix],
) -> Comparison {
    compare_prepared(articles, extractions, labels, fixes, Vec::new())
}

/// What the comparison reads from one article alone: its numbers and dates, its statements.
/// Made for each article as soon as it is extracted, this part of a comparison can run
/// while other articles are still being extracted (`ui::sharing` does so).
#[derive(Debug)]
pub struct Prepared {
    facts: Vec<Fact>,
    said: disputes::Said,
}

/// Reads article `idx` (of the articles to compare) for the comparison.
pub fn prepare(idx: usize, article: &text::Article, extraction: &extract::Extraction) -> Prepared {
    Prepared {
        facts: facts::facts_of(idx, article, extraction),
        said: disputes::said(idx, article, extraction),
    }
}

/// [`compare_corrected`], with `prepared[i]`, where given, [`prepare`] of `extractions[i]`
/// made earlier; the articles without one are prepared here.
pub fn compare_prepared(
    articles: &[text::Article],
    extractions: &[extract::Extraction],
    labels: &[String],
    fixes: &[corrections::LinkFix],
    mut prepared: Vec<Option<Prepared>>,
) -> Comparison {
    debug_assert_eq!(articles.len(), extractions.len());
    let (article_facts, said) = articles
        .iter()
        .zip(extractions)
        .enumerate()
        .map(|(idx, (article, extraction))| {
            let made = prepared.get_mut(idx).and_then(Option::take);
            let Prepared { facts, said } =
                made.unwrap_or_else(|| prepare(idx, article, extraction));
            (facts, said)
        })
        .unzip();
    let mut entities = link::link(extractions);
    corrections::apply_to_links(&mut entities, extractions, fixes);
    let quote_pairs = quotes::align(articles, extractions, &entities);
    let facts = facts::compare(article_facts);
    let disputes = disputes::find(extractions, &entities, said);
    let mut comparison =
        Comparison { entities, quote_pairs, facts, disputes, findings: Vec::new() };
    comparison.findings = findings::rank(articles, extractions, labels, &comparison);
    comparison
}
