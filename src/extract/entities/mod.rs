//! Entities of one article: people, organisations, places, other names, dates and numbers, each
//! with all its mentions.
//!
//! The pipeline, each step its own module:
//! - [`words`]: the article's words with their shapes (capitalised, upper case, possessive,
//!   sentence-initial), scanned once;
//! - [`names`]: proposes name spans with evidence for each kind from rules and word lists;
//! - [`tagged`]: joins the trained recogniser's names (`extract::ner`) with those proposals;
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
pub mod tagged;
pub mod words;

use crate::extract::Entity;
use crate::sorting;
use crate::text::Article;

/// Finds every entity of the article: names first (in order of first mention), then dates and
/// numbers (in text order).
pub fn find(article: &Article) -> Vec<Entity> {
    find_with(article, tagged::propose)
}

/// Like [`find`], with the name mentions proposed by `propose` ([`names::propose`] gives
/// the rules alone, without the trained recogniser). Merging, kinds, dates and numbers stay as
/// they are.
pub fn find_with(
    article: &Article,
    propose: impl Fn(&words::Doc) -> Vec<names::Proposal>,
) -> Vec<Entity> {
    let doc = words::Doc::new(article);
    let mut proposals = propose(&doc);
    // Coreference reads proposals in text order.
    sorting::sort_by_key(&mut proposals, |p| (p.mention.start, p.mention.end));
    let mut entities = coref::resolve(&doc, &proposals);
    sorting::sort_by_key(&mut entities, |e| e.mentions.first().map(|m| m.span.start));
    let dates = dates::find(&doc);
    let numbers = numbers::find(&doc, &dates);
    // Every "Monday" of an article is the same day.
    entities.extend(merge_same(dates.into_iter().map(|d| d.entity), |date| {
        Some(date.value.clone().unwrap_or_else(|| date.name.to_lowercase()))
    }));
    // "300 people" twice is one count, said twice; a bare "300" may count anything.
    entities.extend(merge_same(numbers, |number| {
        let phrase = doc.str(number.phrase?).to_lowercase();
        Some(format!("{:?} {} {phrase}", number.kind, number.value.as_deref().unwrap_or("")))
    }));
    entities
}

/// One entity per key: an entity whose key an earlier one has joins it (its mentions after
/// the earlier's, so still in text order); one without a key stands alone. Entities keep the
/// order of their first mention.
fn merge_same(
    items: impl IntoIterator<Item = Entity>,
    key: impl Fn(&Entity) -> Option<String>,
) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    let mut by_key: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for item in items {
        match key(&item) {
            Some(key) => match by_key.get(&key) {
                Some(&idx) => out[idx].mentions.extend(item.mentions),
                None => {
                    by_key.insert(key, out.len());
                    out.push(item);
                }
            },
            None => out.push(item),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::EntityKind;
    use crate::text::{self, Date};

    fn names(text: &str) -> Vec<(EntityKind, String)> {
        find(&text::parse(text)).into_iter().map(|e| (e.kind, e.name)).collect()
    }

    #[test]
    fn odd_input_gives_no_entity_and_no_panic() {
        for text in
            ["", "   \n\t", "\u{0}\u{1}\u{7f}", "“unclosed", "Mr", "Mr.", "$", "%", "’s", "-"]
        {
            let _ = names(text);
        }
        assert!(names("").is_empty());
    }

    #[test]
    fn every_mention_is_a_slice_on_char_boundaries() {
        let text = "Çağrı Yılmaz said Ünal’s plan for Zürich cost €4m. 東京 Mr Øster agreed.";
        let article = text::parse(text);
        for entity in find(&article) {
            for mention in &entity.mentions {
                assert!(text.get(mention.span.range()).is_some(), "{mention:?} of {entity:?}");
            }
        }
    }

    #[test]
    fn relative_dates_resolve_against_a_known_publication_date() {
        let mut article = text::parse("The talks began on Monday and end early next month.");
        article.date = Some(Date { year: 2021, month: Some(10), day: Some(19) });
        let values: Vec<Option<String>> = find(&article)
            .into_iter()
            .filter(|e| e.kind == EntityKind::Date)
            .map(|e| e.value)
            .collect();
        assert_eq!(values, [Some("2021-10-18".to_owned()), Some("2021-11".to_owned())]);
    }

    #[test]
    fn a_count_said_twice_is_one_number_but_other_counts_stay_apart() {
        let text = "About 300 people were moved on Monday. The river rose 300 metres. \
                    By noon 300 people had left, and 300 was the figure officials gave.";
        let numbers: Vec<(String, usize)> = find(&text::parse(text))
            .into_iter()
            .filter(|e| e.kind == EntityKind::Number)
            .map(|e| (e.name, e.mentions.len()))
            .collect();
        let counts: Vec<usize> = numbers.iter().map(|n| n.1).collect();
        assert_eq!(counts, [2, 1, 1], "300 people ×2, 300 metres, a bare 300: {numbers:?}");
    }

    proptest::proptest! {
        /// Any mix of name-like words, numbers, marks and odd characters gives mentions and
        /// phrases that are char-boundary slices, and the same entities twice.
        #[test]
        fn spans_are_slices_and_output_is_deterministic(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Mr", "Mr.", "Ms", "Foreign", "Minister", "Anna", "Lee", "Lee’s", "UN",
                    "United", "Nations", "Council", "of", "and", "said", ",", ".", "“", "”",
                    "$4.2bn", "35%", "eight", "members", "Nov", "1", "2019", "this", "month",
                    "Monday", "a", "spokeswoman", "Zürich", "東京", "\u{0}", "-", "—", "\n\n",
                    "By", "REN", "QI", "in", "the", "Agency", "press", "office",
                ]),
                0..60,
            )
        ) {
            let text = pieces.join(" ");
            let article = text::parse(&text);
            let first = find(&article);
            for entity in &first {
                proptest::prop_assert!(!entity.mentions.is_empty());
                for mention in &entity.mentions {
                    proptest::prop_assert!(text.get(mention.span.range()).is_some());
                }
                if let Some(phrase) = entity.phrase {
                    proptest::prop_assert!(text.get(phrase.range()).is_some());
                }
            }
            proptest::prop_assert_eq!(first, find(&article));
        }
    }

    #[test]
    fn a_bare_surname_joins_the_person_not_an_organisation() {
        let found = names("Senator Maria Keller spoke first. Later, Keller said the plan failed.");
        assert_eq!(found, [(EntityKind::Person, "Maria Keller".to_owned())]);
    }
}
