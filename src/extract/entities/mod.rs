//! Entities of one article: people, organisations, places, other names, dates and numbers, each
//! with all its mentions.
//!
//! The pipeline, each step its own module:
//! - [`words`]: the article's words with their shapes (capitalised, upper case, possessive,
//!   sentence-initial), scanned once;
//! - [`names`]: proposes name spans with evidence for each kind (the seam where a trained tagger
//!   plugs in: it only has to produce [`names::Proposal`]s);
//! - [`roles`]: titles and roles next to a person's name, kept apart from it;
//! - [`coref`]: merges proposals into entities ("Mr Lavrov" → Sergei Lavrov, "UN" → United
//!   Nations) and picks each one's kind;
//! - [`dates`] and [`numbers`]: dates with a normalised value, numbers with their value and the
//!   phrase they count.
//!
//! This module knows nothing of quotes; the quote finder adds pronoun mentions afterwards.

pub mod coref;
pub mod dates;
pub mod lexicon;
pub mod names;
pub mod numbers;
pub mod roles;
pub mod words;

use crate::extract::Entity;
use crate::text::Article;

/// Finds every entity of the article: names first (in order of first mention), then dates and
/// numbers (in text order).
pub fn find(article: &Article) -> Vec<Entity> {
    let doc = words::Doc::new(article);
    let proposals = names::propose(&doc);
    let mut entities = coref::resolve(&doc, &proposals);
    entities.sort_by_key(|e| e.mentions.first().map(|m| m.span.start));
    let dates = dates::find(&doc);
    let numbers = numbers::find(&doc, &dates);
    entities.extend(merge_same_dates(dates.into_iter().map(|d| d.entity)));
    entities.extend(numbers);
    entities
}

/// One entity per date value: every "Monday" of an article is the same day. Dates keep the
/// order of their first mention.
fn merge_same_dates(dates: impl Iterator<Item = Entity>) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut by_value: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for date in dates {
        let key = date.value.clone().unwrap_or_else(|| date.name.to_lowercase());
        match by_value.get(&key) {
            Some(&idx) => out[idx].mentions.extend(date.mentions),
            None => {
                by_value.insert(key, out.len());
                out.push(date);
            }
        }
    }
    out
}
