//! Comparison of two invented reports, with extractions written by hand so that these tests
//! hold the comparison layer alone to account.

use super::*;
use crate::extract::{
    Claim, Entity, EntityId, EntityKind, Extraction, Mention, MentionKind, Quote,
};
use crate::text::{Article, Span};

const FIRST: &str = "Mayor Yevgeny Petrov said the bridge would reopen on May 3. \
“We expect traffic to return to normal by the weekend,” Mr Petrov told reporters. \
The council spent 12 million dollars on repairs to the bridge. \
Engineer Lina Ortiz called the cables “perfectly safe for heavy lorries”. \
“The colour of the railings was our choice,” Petrov said.";

const SECOND: &str = "Mayor Yevgeniy Petrov said the bridge will reopen next week. \
“We expect traffic to return to normal,” Petrov said. \
The council spent 15 million dollars on repairs to the bridge. \
Petrov said the repairs to the bridge were finished on time. \
The drivers’ union denied the repairs to the bridge were finished, saying work goes on. \
“The color of the railings was our choice,” Petrov said.";

fn span_of(text: &str, needle: &str, nth: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} is in the text"))
        .0;
    Span::new(start, start + needle.len())
}

fn entity(
    text: &str,
    kind: EntityKind,
    name: &str,
    mentions: &[&str],
    value: Option<&str>,
) -> Entity {
    Entity {
        kind,
        name: name.to_owned(),
        role: None,
        value: value.map(str::to_owned),
        phrase: None,
        gender: None,
        mentions: mentions
            .iter()
            .map(|m| Mention { kind: MentionKind::Name, span: span_of(text, m, 0) })
            .collect(),
    }
}

fn quote(text: &str, words: &str, speaker: usize) -> Quote {
    Quote {
        span: span_of(text, words, 0),
        speaker: Some(EntityId(speaker)),
        speaker_text: None,
        cue: None,
        partial: false,
    }
}

fn first() -> (Article, Extraction) {
    let t = FIRST;
    let extraction = Extraction {
        entities: vec![
            entity(t, EntityKind::Person, "Yevgeny Petrov", &["Yevgeny Petrov", "Mr Petrov"], None),
            entity(t, EntityKind::Person, "Lina Ortiz", &["Lina Ortiz"], None),
            entity(t, EntityKind::Date, "May 3", &["May 3"], Some("--05-03")),
            entity(
                t,
                EntityKind::Money,
                "12 million dollars",
                &["12 million dollars"],
                Some("12000000"),
            ),
        ],
        quotes: vec![
            quote(t, "We expect traffic to return to normal by the weekend,", 0),
            quote(t, "perfectly safe for heavy lorries", 1),
            quote(t, "The colour of the railings was our choice,", 0),
        ],
        ..Extraction::default()
    };
    (crate::text::parse(t), extraction)
}

fn second() -> (Article, Extraction) {
    let t = SECOND;
    let extraction = Extraction {
        entities: vec![
            entity(t, EntityKind::Person, "Yevgeniy Petrov", &["Yevgeniy Petrov", "Petrov"], None),
            entity(t, EntityKind::Date, "next week", &["next week"], Some("relative:next week")),
            entity(
                t,
                EntityKind::Money,
                "15 million dollars",
                &["15 million dollars"],
                Some("15000000"),
            ),
            entity(t, EntityKind::Organization, "drivers’ union", &["drivers’ union"], None),
        ],
        quotes: vec![
            quote(t, "We expect traffic to return to normal,", 0),
            quote(t, "The color of the railings was our choice,", 0),
        ],
        claims: vec![
            Claim {
                span: span_of(t, "the repairs to the bridge were finished on time", 0),
                speaker: Some(EntityId(0)),
                speaker_text: None,
                cue: span_of(t, "said", 2),
            },
            Claim {
                span: span_of(t, "the repairs to the bridge were finished,", 0),
                speaker: Some(EntityId(3)),
                speaker_text: None,
                cue: span_of(t, "denied", 0),
            },
        ],
        ..Extraction::default()
    };
    (crate::text::parse(t), extraction)
}

fn compared() -> Comparison {
    let ((a, ea), (b, eb)) = (first(), second());
    compare(&[a, b], &[ea, eb], &["Gazette".to_owned(), "Daily".to_owned()])
}

fn kinds(comparison: &Comparison) -> Vec<&'static str> {
    comparison.findings.iter().map(|f| f.kind).collect()
}

#[test]
fn transliterated_names_are_one_entity() {
    let comparison = compared();
    let petrov =
        comparison.entities.iter().find(|e| e.name == "Yevgeny Petrov").expect("Petrov is linked");
    assert_eq!(petrov.members.len(), 2);
    assert_eq!(petrov.members[1].reason, LinkReason::Spelling);
    let variant =
        comparison.findings.iter().find(|f| f.kind == "entity_variant").expect("a variant finding");
    assert!(variant.summary.contains("“Yevgeniy Petrov” in Daily"), "{}", variant.summary);
}

#[test]
fn quotes_get_their_verdicts() {
    let comparison = compared();
    let verdicts: Vec<Verdict> = comparison.quote_pairs.iter().map(|p| p.verdict).collect();
    assert_eq!(verdicts, [Verdict::Truncated, Verdict::Spelling]);
    let truncated =
        comparison.findings.iter().find(|f| f.kind == "quote_truncated").expect("truncated");
    assert!(truncated.summary.contains("leaves out “by the weekend”"), "{}", truncated.summary);
    let spelling =
        comparison.findings.iter().find(|f| f.kind == "quote_spelling").expect("spelling");
    assert!(spelling.summary.contains("“colour” / “color”"), "{}", spelling.summary);
    let only = comparison.findings.iter().find(|f| f.kind == "quote_only_in").expect("only in");
    assert!(only.summary.starts_with("Only Gazette quotes Lina Ortiz"), "{}", only.summary);
}

#[test]
fn numbers_that_disagree_come_first() {
    let comparison = compared();
    assert_eq!(comparison.findings[0].kind, "fact_differs", "{:?}", kinds(&comparison));
    assert!(kinds(&comparison).contains(&"fact_stated_differently"));
}

#[test]
fn a_denial_disputes_the_claim() {
    let comparison = compared();
    let dispute =
        comparison.findings.iter().find(|f| f.kind == "claim_disputed").expect("disputed");
    assert_eq!(dispute.spans.len(), 2);
    assert!(SECOND[dispute.spans[1].span.range()].contains("denied"));
}

#[test]
fn people_only_one_outlet_names_are_listed() {
    let comparison = compared();
    let only: Vec<&str> = comparison
        .findings
        .iter()
        .filter(|f| f.kind == "entity_only_in")
        .map(|f| f.summary.as_str())
        .collect();
    assert!(
        only.iter().any(|s| s.starts_with("Lina Ortiz (person) appears only in Gazette")),
        "{only:?}"
    );
}

#[test]
fn one_article_has_nothing_to_compare() {
    let (a, ea) = first();
    let comparison = compare(&[a], &[ea], &["Gazette".to_owned()]);
    assert!(comparison.findings.is_empty(), "{:?}", kinds(&comparison));
    assert_eq!(comparison.entities.len(), 2);
}
