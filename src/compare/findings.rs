//! Everything the comparison found, as ranked [`Finding`]s with one-line summaries.
//!
//! Ranking puts what a fact-checker must see first: a changed number, words given to another
//! speaker, a disputed claim, a quote cut short, before spelling variants and agreements.

use super::facts::{FactRef, FactVerdict};
use super::link::{LinkReason, LinkedEntity};
use super::quotes::{DiffPiece, QuoteRef, Verdict};
use super::sets::{Numbering, group_pairs};
use super::{ArticleSpan, Comparison, Finding};
use crate::extract::{EntityKind, Extraction, MentionKind};
use crate::sorting;
use crate::text::{Article, Span};

/// Finding kinds, most important first.
const RANK: &[&str] = &[
    "fact_differs",
    "quote_speaker_conflict",
    "claim_disputed",
    "quote_truncated",
    "quote_reworded",
    "fact_stated_differently",
    "quote_only_in",
    "entity_only_in",
    "fact_only_in",
    "entity_variant",
    "quote_spelling",
    "fact_agrees",
    "quote_identical",
];

struct Context<'a> {
    articles: &'a [Article],
    extractions: &'a [Extraction],
    labels: &'a [String],
}

impl Context<'_> {
    fn text(&self, article: usize, span: Span) -> &str {
        self.articles[article].slice(span)
    }

    fn quote_span(&self, q: QuoteRef) -> ArticleSpan {
        ArticleSpan { article: q.article, span: self.extractions[q.article].quotes[q.quote].span }
    }

    fn speaker(&self, q: QuoteRef) -> Option<String> {
        let quote = &self.extractions[q.article].quotes[q.quote];
        quote
            .speaker
            .map(|id| self.extractions[q.article].entity(id).name.clone())
            .or_else(|| quote.speaker_text.map(|s| self.text(q.article, s).to_owned()))
    }

    fn list(&self, articles: impl IntoIterator<Item = usize>) -> String {
        let names: Vec<&str> = articles.into_iter().map(|a| self.labels[a].as_str()).collect();
        match names.as_slice() {
            [] => String::new(),
            [one] => (*one).to_owned(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        }
    }
}

/// Turns the comparison into findings, most important first. `labels` name the articles
/// (their outlet, or the name the reader gave them).
pub fn rank(
    articles: &[Article],
    extractions: &[Extraction],
    labels: &[String],
    comparison: &Comparison,
) -> Vec<Finding> {
    let cx = Context { articles, extractions, labels };
    let mut findings = Vec::new();
    if articles.len() >= 2 {
        entity_findings(&cx, &comparison.entities, &mut findings);
        quote_findings(&cx, comparison, &mut findings);
        fact_findings(&cx, comparison, &mut findings);
    }
    for dispute in &comparison.disputes {
        let who = dispute.claim_speaker.as_deref().unwrap_or("an unnamed source");
        let by = dispute.against_speaker.as_deref().unwrap_or("another source");
        findings.push(Finding {
            kind: "claim_disputed",
            summary: format!(
                "{who}'s claim “{}” is disputed by {by}: “{}”",
                clip(cx.text(dispute.claim_article, dispute.claim)),
                clip(cx.text(dispute.against_article, dispute.against))
            ),
            spans: vec![
                ArticleSpan { article: dispute.claim_article, span: dispute.claim },
                ArticleSpan { article: dispute.against_article, span: dispute.against },
            ],
        });
    }
    sorting::sort_by_key(&mut findings, |f| {
        (RANK.iter().position(|k| *k == f.kind).unwrap_or(RANK.len()), f.spans.first().copied())
    });
    findings
}

fn entity_findings(cx: &Context, entities: &[LinkedEntity], out: &mut Vec<Finding>) {
    let all = cx.articles.len();
    for linked in entities {
        let first_mention = |article: usize| {
            let entity =
                cx.extractions[article].entity(linked.in_article(article).expect("member article"));
            let mention = entity
                .mentions
                .iter()
                .find(|m| m.kind == MentionKind::Name)
                .unwrap_or(&entity.mentions[0]);
            ArticleSpan { article, span: mention.span }
        };
        let spans: Vec<ArticleSpan> =
            linked.members.iter().map(|m| first_mention(m.article)).collect();
        let spelled = linked.members.iter().any(|m| {
            matches!(
                m.reason,
                LinkReason::Case
                    | LinkReason::Spelling
                    | LinkReason::Acronym
                    | LinkReason::Nickname
            )
        });
        if spelled {
            let forms: Vec<String> = linked
                .members
                .iter()
                .map(|m| {
                    format!(
                        "“{}” in {}",
                        cx.extractions[m.article].entity(m.entity).name,
                        cx.labels[m.article]
                    )
                })
                .collect();
            out.push(Finding {
                kind: "entity_variant",
                summary: format!("{} is written {}", linked.name, forms.join(", ")),
                spans: spans.clone(),
            });
        }
        let named_kind = matches!(
            linked.kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Place
        );
        if named_kind && linked.members.len() < all {
            let missing = (0..all).filter(|a| linked.in_article(*a).is_none());
            out.push(Finding {
                kind: "entity_only_in",
                summary: format!(
                    "{} ({}) appears only in {}; not in {}",
                    linked.name,
                    linked.kind.as_str(),
                    cx.list(linked.members.iter().map(|m| m.article)),
                    cx.list(missing)
                ),
                spans,
            });
        }
    }
}

fn quote_findings(cx: &Context, comparison: &Comparison, out: &mut Vec<Finding>) {
    // Pairs that share a quote form one group: a remark one outlet split and another did not.
    let pairs = &comparison.quote_pairs;
    let numbering = Numbering::new(cx.extractions.iter().map(|e| e.quotes.len()));
    let index = |q: QuoteRef| numbering.index(q.article, q.quote);
    let mut paired = vec![false; numbering.len()];
    for pair in pairs {
        paired[index(pair.first)] = true;
        paired[index(pair.second)] = true;
    }
    let groups = group_pairs(numbering.len(), pairs, |p| (index(p.first), index(p.second)));
    for members in groups {
        let verdict = members.iter().map(|p| p.verdict).max().expect("a group has a pair");
        let mut refs: Vec<QuoteRef> = members.iter().flat_map(|p| [p.first, p.second]).collect();
        sorting::sort(&mut refs);
        refs.dedup();
        let speaker = refs
            .iter()
            .find_map(|q| cx.speaker(*q))
            .unwrap_or_else(|| "an unnamed speaker".to_owned());
        let articles = refs.iter().map(|q| q.article).collect::<std::collections::BTreeSet<_>>();
        let where_ = cx.list(articles);
        let summary = match verdict {
            Verdict::Identical => {
                format!("{speaker}'s quote is word for word the same in {where_}")
            }
            Verdict::Spelling => format!(
                "{speaker}'s quote differs only in spelling in {where_}: {}",
                changes(
                    cx,
                    members[0].diff.as_slice(),
                    members[0].first.article,
                    members[0].second.article
                )
            ),
            Verdict::Truncated => truncation(cx, members[0], &speaker),
            Verdict::Reworded => format!("{speaker}'s remark is worded differently in {where_}"),
            Verdict::SpeakerConflict => {
                let names: Vec<String> = refs
                    .iter()
                    .map(|q| {
                        format!(
                            "{} in {}",
                            cx.speaker(*q).unwrap_or_else(|| "no named speaker".to_owned()),
                            cx.labels[q.article]
                        )
                    })
                    .collect();
                format!("The same words are attributed to {}", names.join(", "))
            }
        };
        out.push(Finding {
            kind: verdict.kind(),
            summary,
            spans: refs.iter().map(|q| cx.quote_span(*q)).collect(),
        });
    }

    for (article, extraction) in cx.extractions.iter().enumerate() {
        for (idx, _) in extraction.quotes.iter().enumerate() {
            let q = QuoteRef { article, quote: idx };
            if paired[index(q)] {
                continue;
            }
            let span = cx.quote_span(q);
            let speaker = cx.speaker(q).unwrap_or_else(|| "an unnamed speaker".to_owned());
            out.push(Finding {
                kind: "quote_only_in",
                summary: format!(
                    "Only {} quotes {speaker}: “{}”",
                    cx.labels[article],
                    clip(cx.text(article, span.span))
                ),
                spans: vec![span],
            });
        }
    }
}

/// "“towards” / “toward”, “defence” / “defense”": the words a spelling-only pair changes.
fn changes(cx: &Context, diff: &[DiffPiece], a: usize, b: usize) -> String {
    let mut out = Vec::new();
    let mut pending: Option<Span> = None;
    for piece in diff {
        match *piece {
            DiffPiece::OnlyFirst(s) => pending = Some(s),
            DiffPiece::OnlySecond(s) => {
                if let Some(first) = pending.take() {
                    out.push(format!("“{}” / “{}”", cx.text(a, first), cx.text(b, s)));
                }
            }
            DiffPiece::Same(x, y) => {
                if cx.text(a, x) != cx.text(b, y) {
                    out.push(format!("“{}” / “{}”", cx.text(a, x), cx.text(b, y)));
                }
            }
        }
    }
    if out.is_empty() { "quotation marks or punctuation".to_owned() } else { out.join(", ") }
}

fn truncation(cx: &Context, pair: &super::QuotePair, speaker: &str) -> String {
    let missing_in_second: Vec<&str> = pair
        .diff
        .iter()
        .filter_map(|p| {
            if let DiffPiece::OnlyFirst(s) = p {
                Some(cx.text(pair.first.article, *s))
            } else {
                None
            }
        })
        .collect();
    let missing_in_first: Vec<&str> = pair
        .diff
        .iter()
        .filter_map(|p| {
            if let DiffPiece::OnlySecond(s) = p {
                Some(cx.text(pair.second.article, *s))
            } else {
                None
            }
        })
        .collect();
    let (shorter, longer, missing) =
        if missing_in_first.len() > missing_in_second.len() || missing_in_second.is_empty() {
            (pair.first.article, pair.second.article, missing_in_first)
        } else {
            (pair.second.article, pair.first.article, missing_in_second)
        };
    format!(
        "{} quotes {speaker} shorter than {}: it leaves out “{}”",
        cx.labels[shorter],
        cx.labels[longer],
        clip(&missing.join(" … "))
    )
}

fn fact_findings(cx: &Context, comparison: &Comparison, out: &mut Vec<Finding>) {
    // Pairs that share a fact form one group: with many articles, one finding says who agrees
    // and who does not, instead of one finding per pair of articles.
    let facts = &comparison.facts;
    let numbering = Numbering::new(facts.facts.iter().map(Vec::len));
    let index = |f: FactRef| numbering.index(f.article, f.fact);
    let groups = group_pairs(numbering.len(), &facts.pairs, |p| (index(p.first), index(p.second)));
    for members in groups {
        let verdict = members.iter().map(|p| p.verdict).max().expect("a group has a pair");
        let mut refs: Vec<FactRef> = members.iter().flat_map(|p| [p.first, p.second]).collect();
        sorting::sort(&mut refs);
        refs.dedup();
        let stated: Vec<String> = refs
            .iter()
            .map(|&f| {
                format!("{} {}", cx.labels[f.article], around(cx, f.article, facts.get(f).span))
            })
            .collect();
        let stated = stated.join(" / ");
        let relative = refs.iter().any(|&f| facts.get(f).relative);
        let summary = match verdict {
            FactVerdict::Agrees => format!("Agree: {stated}"),
            FactVerdict::Differs => format!("Disagree: {stated}"),
            FactVerdict::StatedDifferently if relative => format!(
                "Stated differently: {stated}; no publication date resolves them to one date"
            ),
            FactVerdict::StatedDifferently => {
                let values: Vec<&str> =
                    refs.iter().map(|&f| facts.get(f).value.as_deref().unwrap_or("?")).collect();
                format!("Stated differently but consistently ({}): {stated}", values.join(" / "))
            }
        };
        out.push(Finding {
            kind: verdict.kind(),
            summary,
            spans: refs
                .iter()
                .map(|&f| ArticleSpan { article: f.article, span: facts.get(f).span })
                .collect(),
        });
    }
    for &only in &facts.only_in {
        let fact = facts.get(only);
        out.push(Finding {
            kind: "fact_only_in",
            summary: format!(
                "Only {} states {}",
                cx.labels[only.article],
                around(cx, only.article, fact.span)
            ),
            spans: vec![ArticleSpan { article: only.article, span: fact.span }],
        });
    }
}

/// A fact with a few words either side, so a summary says what it is about:
/// "“…set up in 2001 to improve understanding…”".
fn around(cx: &Context, article: usize, span: Span) -> String {
    const WORDS: usize = 4;
    let article_text = &cx.articles[article].text;
    let sentences = &cx.articles[article].sentences;
    let idx = sentences.partition_point(|s| s.span.end <= span.start);
    let sentence = sentences.get(idx).map(|s| s.span).filter(|s| s.contains(span)).unwrap_or(span);
    let before = &article_text[sentence.start..span.start];
    let after = &article_text[span.end..sentence.end];
    // One word more than is shown tells whether there are more: the rest is not read.
    let mut head: Vec<&str> = before.split_whitespace().rev().take(WORDS + 1).collect();
    let mut tail: Vec<&str> = after.split_whitespace().take(WORDS + 1).collect();
    let lead = if head.len() > WORDS { "…" } else { "" };
    let trail = if tail.len() > WORDS { "…" } else { "" };
    head.truncate(WORDS);
    tail.truncate(WORDS);
    head.reverse();
    let gap_before =
        if before.ends_with(char::is_whitespace) && !head.is_empty() { " " } else { "" };
    let gap_after =
        if after.starts_with(char::is_whitespace) && !tail.is_empty() { " " } else { "" };
    format!(
        "“{lead}{}{gap_before}{}{gap_after}{}{trail}”",
        head.join(" "),
        &article_text[span.range()],
        tail.join(" ")
    )
}

/// A passage cut to a readable length for a one-line summary.
fn clip(text: &str) -> String {
    const MAX: usize = 90;
    let text = text.trim();
    if text.chars().count() <= MAX {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut}…")
}
