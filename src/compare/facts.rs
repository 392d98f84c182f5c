//! Facts compared: the numbers and dates of two articles paired by what they count or date.
//!
//! Each number or date mention is read with the content words of its sentence (and, for a
//! number, the phrase it counts). Mentions of two articles pair when their contexts share
//! enough content words, strongest first, one to one. A pair agrees, differs, or states one
//! thing two ways (an absolute date against a relative one); a fact no other article pairs is
//! stated by one article only.

use std::collections::{BTreeSet, HashMap};

use super::words;
use crate::extract::{EntityId, EntityKind, Extraction};
use crate::sorting;
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
    context: Vec<words::Stem>,
    /// For a number: the content stems of the phrase it counts ("residents", "floodgates").
    counted: Vec<words::Stem>,
    /// What a date names: a year, a month, a weekday or another time.
    span_of_time: SpanOfTime,
    /// For a relative date, the content stems of its words ("this month" → "month").
    relative_words: Vec<words::Stem>,
}

/// What a date names, for deciding which dates can be one fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpanOfTime {
    /// A bare year, "2014".
    Year,
    /// An absolute month, "December" or "2021-12".
    Month,
    /// A weekday, "Friday".
    Weekday,
    /// Anything else: a day, a relative period, a number.
    Other,
}

impl SpanOfTime {
    fn of(kind: EntityKind, value: Option<&str>, relative: bool) -> SpanOfTime {
        const WEEKDAYS: &[&str] =
            &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        let Some(value) = value.filter(|_| kind == EntityKind::Date) else {
            return SpanOfTime::Other;
        };
        let digits = |part: &str| !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit());
        let parts: Vec<&str> = value.trim_start_matches('-').split('-').collect();
        if relative {
            let day = value.strip_prefix(RELATIVE).unwrap_or(value).to_lowercase();
            if WEEKDAYS.contains(&day.as_str()) { SpanOfTime::Weekday } else { SpanOfTime::Other }
        } else if value.len() == 4 && digits(value) {
            SpanOfTime::Year
        } else if parts.iter().all(|p| digits(p))
            && (parts.len() == 2 && !value.starts_with("--")
                || parts.len() == 1 && value.starts_with("--"))
        {
            SpanOfTime::Month
        } else {
            SpanOfTime::Other
        }
    }
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

/// A fact of one article: its index in that article's facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FactRef {
    pub article: usize,
    pub fact: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactPair {
    pub first: FactRef,
    pub second: FactRef,
    pub verdict: FactVerdict,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facts {
    /// Every article's facts, in article order.
    pub facts: Vec<Vec<Fact>>,
    pub pairs: Vec<FactPair>,
    /// Facts (one per entity) that no other article pairs.
    pub only_in: Vec<FactRef>,
}

impl Facts {
    pub fn get(&self, fact: FactRef) -> &Fact {
        &self.facts[fact.article][fact.fact]
    }
}

/// The prefix the extraction gives the value of a date it could not resolve.
const RELATIVE: &str = "relative:";

/// Collects every number and date mention of one article.
pub fn facts_of(article_idx: usize, article: &Article, extraction: &Extraction) -> Vec<Fact> {
    let mut facts = Vec::new();
    // A sentence with several numbers and dates is read once.
    let mut sentence_stems: HashMap<Span, Vec<words::Stem>> = HashMap::new();
    for (idx, entity) in extraction.entities.iter().enumerate() {
        let kind = entity.kind;
        if !matches!(
            kind,
            EntityKind::Date | EntityKind::Number | EntityKind::Money | EntityKind::Percent
        ) {
            continue;
        }
        let value = entity.value.as_deref();
        let relative = kind == EntityKind::Date && value.is_none_or(|v| v.starts_with(RELATIVE));
        // What depends on the entity alone is read once, not once per mention.
        let phrase_stems = entity.phrase.map(|phrase| words::content_stems(article.slice(phrase)));
        let counted_by_phrase =
            entity.phrase.map_or_else(Vec::new, |p| counted_stems(article.slice(p)));
        let relative_words = if relative {
            let value = value.unwrap_or_default();
            words::content_stems(value.strip_prefix(RELATIVE).unwrap_or(value))
        } else {
            Vec::new()
        };
        let span_of_time = SpanOfTime::of(kind, value, relative);
        for mention in &entity.mentions {
            let sentence = context_span(article, mention.span);
            let mut context = sentence_stems
                .entry(sentence)
                .or_insert_with(|| words::content_stems(article.slice(sentence)))
                .clone();
            if let Some(phrase_stems) = &phrase_stems {
                context.extend(phrase_stems);
                sorting::sort(&mut context);
                context.dedup();
            }
            // The number's own words say nothing about what it counts.
            let own = words::content_stems(article.slice(mention.span));
            context.retain(|stem| !own.contains(stem));
            let mut counted = counted_by_phrase.clone();
            counted.retain(|stem| !own.contains(stem));
            facts.push(Fact {
                span_of_time,
                relative_words: relative_words.clone(),
                article: article_idx,
                entity: EntityId(idx),
                span: mention.span,
                kind,
                value: entity.value.clone(),
                relative,
                context,
                counted,
            });
        }
    }
    facts
}

/// The content stems of a counted phrase, with the many words for people counted as one
/// ("300 residents" and "450 people" count the same thing).
fn counted_stems(phrase: &str) -> Vec<words::Stem> {
    const PEOPLE: &[&str] = &[
        "civilians",
        "citizens",
        "evacuees",
        "individuals",
        "inhabitants",
        "locals",
        "people",
        "persons",
        "residents",
        "villagers",
    ];
    let mut text = String::with_capacity(phrase.len());
    for word in phrase.split_whitespace() {
        let lower = word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        text.push_str(if PEOPLE.binary_search(&lower.as_str()).is_ok() { "people" } else { word });
        text.push(' ');
    }
    words::content_stems(&text)
}

/// The sentence around a span, or the span itself when no sentence holds it.
fn context_span(article: &Article, span: Span) -> Span {
    let idx = article.sentences.partition_point(|s| s.span.end <= span.start);
    article.sentences.get(idx).map(|s| s.span).filter(|s| s.contains(span)).unwrap_or(span)
}

/// Pairs the facts of every two articles and judges each pair.
pub fn compare(facts: Vec<Vec<Fact>>) -> Facts {
    let mut pairs = Vec::new();
    let mut paired: Vec<BTreeSet<EntityId>> = vec![BTreeSet::new(); facts.len()];
    for a in 0..facts.len() {
        for b in a + 1..facts.len() {
            for (i, j) in pair_two(&facts[a], &facts[b]) {
                paired[a].insert(facts[a][i].entity);
                paired[b].insert(facts[b][j].entity);
                pairs.push(FactPair {
                    first: FactRef { article: a, fact: i },
                    second: FactRef { article: b, fact: j },
                    verdict: verdict(&facts[a][i], &facts[b][j]),
                });
            }
        }
    }
    let mut only_in = Vec::new();
    if facts.len() >= 2 {
        for (article, article_facts) in facts.iter().enumerate() {
            let mut seen = BTreeSet::new();
            for (idx, fact) in article_facts.iter().enumerate() {
                if !paired[article].contains(&fact.entity) && seen.insert(fact.entity) {
                    only_in.push(FactRef { article, fact: idx });
                }
            }
        }
    }
    Facts { facts, pairs, only_in }
}

/// One-to-one pairs of two articles' facts, strongest context match first.
fn pair_two(first: &[Fact], second: &[Fact]) -> Vec<(usize, usize)> {
    let mut scored = Vec::new();
    // Every verdict needs a shared word of context, so only such pairs are tried.
    for (i, j) in words::sharing_pairs(first, second, |fact| &fact.context) {
        let (fa, fb) = (&first[i], &second[j]);
        if (fa.kind == EntityKind::Date) != (fb.kind == EntityKind::Date)
            || is_year(fa) != is_year(fb)
            || unrelated_relatives(fa, fb)
            || weekday_and_month(fa, fb)
            || weekday_and_month(fb, fa)
        {
            continue;
        }
        // "three floodgates" and "450 people" are not one fact, however alike their
        // sentences: two counted phrases must share what they count.
        let counts_apart = !fa.counted.is_empty()
            && !fb.counted.is_empty()
            && words::shared(&fa.counted, &fb.counted) == 0;
        if counts_apart {
            continue;
        }
        let shared = words::shared(&fa.context, &fb.context);
        let same_value = fa.value.is_some() && fa.value == fb.value;
        // The louder the verdict a pair would get, the more alike its sentences must be:
        // two values that cannot both be true are only called a disagreement when the
        // sentences plainly tell one fact.
        let enough = match verdict(fa, fb) {
            FactVerdict::Agrees => shared >= 1 && same_value || shared >= 3,
            FactVerdict::StatedDifferently => shared >= 3,
            FactVerdict::Differs => {
                let smaller = fa.context.len().min(fb.context.len());
                // Two numbers that count one thing ("300 residents", "450 people") need
                // less of their sentences in common.
                let counted = words::shared(&fa.counted, &fb.counted) > 0;
                shared >= 4 && (counted || shared * 10 >= smaller * 4)
            }
        };
        if enough {
            // Ten times the shared words keeps the order exact in integers.
            scored.push((shared * 10 + usize::from(same_value) * 25, i, j));
        }
    }
    sorting::sort_by(&mut scored, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let (mut used_a, mut used_b) = (vec![false; first.len()], vec![false; second.len()]);
    let mut pairs = Vec::new();
    for (_, i, j) in scored {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((i, j));
        }
    }
    sorting::sort(&mut pairs);
    pairs
}

/// Two relative dates that name different times and share no word ("Friday" / "Sunday") are
/// two days, not one told twice; "earlier this month" and "this month" may be one.
fn unrelated_relatives(a: &Fact, b: &Fact) -> bool {
    a.relative
        && b.relative
        && a.value != b.value
        && words::shared(&a.relative_words, &b.relative_words) == 0
}

/// A weekday ("Friday") is a day, and a month ("December", "2021-12") is not: they are two
/// facts, however alike their sentences.
fn weekday_and_month(a: &Fact, b: &Fact) -> bool {
    a.span_of_time == SpanOfTime::Weekday && b.span_of_time == SpanOfTime::Month
}

/// A bare year ("2014") dates an era, not a day: it is compared with years only, never with
/// "Monday" or "early next month".
fn is_year(fact: &Fact) -> bool {
    fact.span_of_time == SpanOfTime::Year
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
    fn people_are_counted_alike_and_floodgates_apart() {
        let shared = |a: &str, b: &str| words::shared(&counted_stems(a), &counted_stems(b));
        assert_eq!(shared("300 residents", "450 people left"), 1);
        assert_eq!(shared("three floodgates", "450 people left"), 0);
        assert_eq!(shared("eight members of Russia’s mission", "eight Russian mission members"), 4);
    }

    fn date(value: &str) -> Fact {
        Fact {
            article: 0,
            entity: EntityId(0),
            span: Span::new(0, 1),
            kind: EntityKind::Date,
            value: Some(value.to_owned()),
            relative: value.starts_with(RELATIVE),
            context: Vec::new(),
            counted: Vec::new(),
            span_of_time: SpanOfTime::of(
                EntityKind::Date,
                Some(value),
                value.starts_with(RELATIVE),
            ),
            relative_words: words::content_stems(value.strip_prefix(RELATIVE).unwrap_or(value)),
        }
    }

    #[test]
    fn different_days_are_two_facts() {
        assert!(unrelated_relatives(&date("relative:Friday"), &date("relative:Sunday")));
        assert!(!unrelated_relatives(
            &date("relative:earlier this month"),
            &date("relative:this month")
        ));
        assert!(weekday_and_month(&date("relative:Friday"), &date("--12")));
        assert!(weekday_and_month(&date("relative:Friday"), &date("2010-12")));
        assert!(!weekday_and_month(&date("relative:Friday"), &date("2010-12-03")));
    }

    #[test]
    fn dates_of_two_precisions_overlap() {
        assert!(dates_overlap(Some("2021-11"), Some("2021-11-01")));
        assert!(dates_overlap(Some("--11-01"), Some("2021-11-01")));
        assert!(!dates_overlap(Some("2021-11"), Some("2021-12-01")));
        assert!(!dates_overlap(Some("2021-1"), Some("2021-11-01")));
        assert!(!dates_overlap(None, Some("2021-11-01")));
    }
}
