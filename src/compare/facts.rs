//! Facts compared: the numbers and dates of two articles paired by what they count or date.
//!
//! Each number or date mention is read with the content words of its sentence (and, for a
//! number, the phrase it counts). Mentions of two articles pair when their contexts share
//! enough content words, strongest first, one to one. A pair agrees, differs, or states one
//! thing two ways (an absolute date against a relative one); a fact no other article pairs is
//! stated by one article only.

use super::words;
use crate::extract::{EntityId, EntityKind, Extraction};
use crate::text::{Article, Span};

/// One number or date mention with the context that says what it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub article: usize,
    pub entity: EntityId,
    pub span: Span,
    pub kind: EntityKind,
    /// The normalised value, when the extraction has one.
    pub value: Option<String>,
    /// A relative date ("this month", "Monday") that no publication date resolves.
    pub relative: bool,
    context: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FactVerdict {
    Agrees,
    /// The same fact, stated two ways that cannot be resolved to one value.
    StatedDifferently,
    Differs,
}

impl FactVerdict {
    pub fn kind(self) -> &'static str {
        match self {
            FactVerdict::Agrees => "fact_agrees",
            FactVerdict::StatedDifferently => "fact_stated_differently",
            FactVerdict::Differs => "fact_differs",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactPair {
    pub first: Fact,
    pub second: Fact,
    pub verdict: FactVerdict,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facts {
    pub pairs: Vec<FactPair>,
    /// Facts (one per entity) that no other article pairs.
    pub only_in: Vec<Fact>,
}

/// The prefix the extraction gives the value of a date it could not resolve.
const RELATIVE: &str = "relative:";

/// Collects every number and date mention of one article.
pub fn facts_of(article_idx: usize, article: &Article, extraction: &Extraction) -> Vec<Fact> {
    let mut facts = Vec::new();
    for (idx, entity) in extraction.entities.iter().enumerate() {
        let kind = entity.kind;
        if !matches!(
            kind,
            EntityKind::Date | EntityKind::Number | EntityKind::Money | EntityKind::Percent
        ) {
            continue;
        }
        let relative = kind == EntityKind::Date
            && entity.value.as_deref().is_none_or(|v| v.starts_with(RELATIVE));
        for mention in &entity.mentions {
            let mut context =
                words::content_stems(article.slice(context_span(article, mention.span)));
            if let Some(phrase) = entity.phrase {
                context.extend(words::content_stems(article.slice(phrase)));
                context.sort();
                context.dedup();
            }
            // The number's own words say nothing about what it counts.
            let own = words::content_stems(article.slice(mention.span));
            context.retain(|stem| !own.contains(stem));
            facts.push(Fact {
                article: article_idx,
                entity: EntityId(idx),
                span: mention.span,
                kind,
                value: entity.value.clone(),
                relative,
                context,
            });
        }
    }
    facts
}

/// The sentence around a span, or the span itself when no sentence holds it.
fn context_span(article: &Article, span: Span) -> Span {
    let idx = article.sentences.partition_point(|s| s.span.end <= span.start);
    article.sentences.get(idx).map(|s| s.span).filter(|s| s.contains(span)).unwrap_or(span)
}

/// Pairs the facts of every two articles and judges each pair.
pub fn compare(facts: &[Vec<Fact>]) -> Facts {
    let mut out = Facts::default();
    let mut paired: Vec<Vec<bool>> = facts.iter().map(|f| vec![false; f.len()]).collect();
    for a in 0..facts.len() {
        for b in a + 1..facts.len() {
            for (i, j) in pair_two(&facts[a], &facts[b]) {
                paired[a][i] = true;
                paired[b][j] = true;
                let (first, second) = (&facts[a][i], &facts[b][j]);
                out.pairs.push(FactPair {
                    first: first.clone(),
                    second: second.clone(),
                    verdict: verdict(first, second),
                });
            }
        }
    }
    if facts.len() >= 2 {
        for (article_facts, flags) in facts.iter().zip(&paired) {
            let mut seen: Vec<EntityId> = Vec::new();
            for fact in article_facts {
                let entity_paired = article_facts
                    .iter()
                    .zip(flags)
                    .any(|(other, &flag)| flag && other.entity == fact.entity);
                if !entity_paired && !seen.contains(&fact.entity) {
                    seen.push(fact.entity);
                    out.only_in.push(fact.clone());
                }
            }
        }
    }
    out
}

/// One-to-one pairs of two articles' facts, strongest context match first.
fn pair_two(first: &[Fact], second: &[Fact]) -> Vec<(usize, usize)> {
    let mut scored = Vec::new();
    for (i, fa) in first.iter().enumerate() {
        for (j, fb) in second.iter().enumerate() {
            if (fa.kind == EntityKind::Date) != (fb.kind == EntityKind::Date)
                || is_year(fa) != is_year(fb)
            {
                continue;
            }
            let shared = words::shared(&fa.context, &fb.context);
            let same_value = fa.value.is_some() && fa.value == fb.value;
            let enough = shared >= 3 || (same_value && shared >= 1);
            if enough {
                // Ten times the shared words keeps the order exact in integers.
                scored.push((shared * 10 + usize::from(same_value) * 25, i, j));
            }
        }
    }
    scored.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut used_a, mut used_b) = (vec![false; first.len()], vec![false; second.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in scored {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((i, j));
        }
    }
    pairs.sort();
    pairs
}

/// A bare year ("2014") dates an era, not a day: it is compared with years only, never with
/// "Monday" or "early next month".
fn is_year(fact: &Fact) -> bool {
    fact.kind == EntityKind::Date
        && fact
            .value
            .as_deref()
            .is_some_and(|v| v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
}

fn verdict(a: &Fact, b: &Fact) -> FactVerdict {
    if a.relative || b.relative {
        // "early next month" and "Nov 1" may be one date; without a publication date to
        // resolve against, they cannot be said to agree or differ.
        if a.relative && b.relative && a.value == b.value {
            FactVerdict::Agrees
        } else {
            FactVerdict::StatedDifferently
        }
    } else if a.value.is_some() && a.value == b.value {
        FactVerdict::Agrees
    } else if a.kind == EntityKind::Date && dates_overlap(a.value.as_deref(), b.value.as_deref()) {
        // "2021-11" (early next month, resolved) and "2021-11-01" (Nov 1) may be one date,
        // told at two precisions.
        FactVerdict::StatedDifferently
    } else {
        FactVerdict::Differs
    }
}

/// Two ISO dates of different precision that can be the same day: "2021-11" and "2021-11-01",
/// or a day without its year, "--11-01", and "2021-11-01".
fn dates_overlap(a: Option<&str>, b: Option<&str>) -> bool {
    let (Some(a), Some(b)) = (a, b) else { return false };
    let within = |coarse: &str, fine: &str| {
        fine.strip_prefix(coarse).is_some_and(|rest| rest.starts_with('-'))
    };
    let no_year = |short: &str, full: &str| short.starts_with("--") && full.ends_with(&short[1..]);
    within(a, b) || within(b, a) || no_year(a, b) || no_year(b, a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_two_precisions_overlap() {
        assert!(dates_overlap(Some("2021-11"), Some("2021-11-01")));
        assert!(dates_overlap(Some("--11-01"), Some("2021-11-01")));
        assert!(!dates_overlap(Some("2021-11"), Some("2021-12-01")));
        assert!(!dates_overlap(Some("2021-1"), Some("2021-11-01")));
        assert!(!dates_overlap(None, Some("2021-11-01")));
    }
}
