//! The report: the serialisable result, the one contract between the engine and its readers
//! (the UI, the CLI's JSON, exports).
//!
//! Plain structs with public fields in the reader's terms. Offsets are UTF-8 byte offsets into
//! the article's text exactly as given, and every `text` field is that slice. The JSON shape is
//! fixed by issue #2: fields may be added, never renamed.

pub mod csv;
pub mod markdown;

use serde::{Deserialize, Serialize};

use crate::{Input, compare, extract, text};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub articles: Vec<ArticleReport>,
    /// One per real-world entity across articles.
    pub entities: Vec<LinkedEntity>,
    pub findings: Vec<Finding>,
    /// Quotes of one remark in two articles, with word diffs.
    pub quote_pairs: Vec<QuotePair>,
    /// What the reader should know about the input as a whole ("comparison needs a second
    /// article").
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    pub name: String,
    pub outlet: Option<String>,
    pub headline: Option<String>,
    /// Reporter name(s) only.
    pub byline: Option<String>,
    /// The place the story is filed from.
    pub dateline: Option<String>,
    /// Publication date, ISO 8601, when known.
    pub date: Option<String>,
    pub stats: Stats,
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
    /// Pieces of the text that are not analysed (footers, captions, credits, addresses).
    pub set_aside: Vec<SetAside>,
    /// What was odd about this article ("the text is empty").
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stats {
    pub paragraphs: usize,
    pub sentences: usize,
    pub words: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// `name` or `pronoun`.
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub role: Option<String>,
    pub value: Option<String>,
    pub phrase: Option<String>,
    pub mentions: Vec<Mention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The id of the speaking entity in this article's `entities`.
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    pub cue: Option<String>,
    pub partial: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    pub cue: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub article: usize,
    pub entity: String,
    /// The name as this article writes it.
    pub name: String,
    /// How it matches the first member: `first`, `same`, `case`, `spelling`, `acronym`,
    /// `nickname`, `surname`.
    pub link: String,
}

/// A quote of one article: its index in that article's `quotes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteRef {
    pub article: usize,
    pub quote: usize,
}

/// One piece of a word diff: `same` (text from the first quote), `only_first`, `only_second`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffPiece {
    pub op: String,
    pub text: String,
}

/// Two quotes of one remark in two articles, with their word diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuotePair {
    /// The finding kind of the pair: `quote_identical`, `quote_spelling`, `quote_truncated`,
    /// `quote_reworded`, `quote_speaker_conflict`.
    pub kind: String,
    pub first: QuoteRef,
    pub second: QuoteRef,
    pub diff: Vec<DiffPiece>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedEntity {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub members: Vec<Member>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingSpan {
    pub article: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub kind: String,
    pub summary: String,
    pub spans: Vec<FindingSpan>,
}

impl Report {
    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report holds only strings, numbers and lists")
    }
}

/// The id of entity `id` in its article's report.
pub fn entity_id(id: extract::EntityId) -> String {
    format!("e{}", id.0)
}

/// Assembles the report from the layers' results, which must be given in input order.
pub fn build(
    inputs: &[Input],
    articles: &[text::Article],
    extractions: &[extract::Extraction],
    comparison: &compare::Comparison,
) -> Report {
    let reports = inputs
        .iter()
        .zip(articles)
        .zip(extractions)
        .map(|((input, article), extraction)| article_report(input, article, extraction))
        .collect();
    let entities = comparison
        .entities
        .iter()
        .enumerate()
        .map(|(idx, linked)| LinkedEntity {
            id: format!("x{idx}"),
            name: linked.name.clone(),
            kind: linked.kind.as_str().to_owned(),
            members: linked
                .members
                .iter()
                .map(|member| Member {
                    article: member.article,
                    entity: entity_id(member.entity),
                    name: extractions[member.article].entity(member.entity).name.clone(),
                    link: member.reason.as_str().to_owned(),
                })
                .collect(),
        })
        .collect();
    let findings = comparison
        .findings
        .iter()
        .map(|finding| Finding {
            kind: finding.kind.to_owned(),
            summary: finding.summary.clone(),
            spans: finding
                .spans
                .iter()
                .map(|s| FindingSpan { article: s.article, start: s.span.start, end: s.span.end })
                .collect(),
        })
        .collect();
    let quote_pairs =
        comparison.quote_pairs.iter().map(|pair| quote_pair(articles, pair)).collect();
    let mut notes = Vec::new();
    match inputs.len() {
        0 => notes.push("No articles given.".to_owned()),
        1 => notes.push(
            "Only one article: it is analysed on its own; comparison needs a second article."
                .to_owned(),
        ),
        _ => {}
    }
    Report { articles: reports, entities, findings, quote_pairs, notes }
}

fn quote_pair(articles: &[text::Article], pair: &compare::QuotePair) -> QuotePair {
    let piece = |op: &str, article: usize, span: text::Span| DiffPiece {
        op: op.to_owned(),
        text: articles[article].slice(span).to_owned(),
    };
    let (a, b) = (pair.first.article, pair.second.article);
    QuotePair {
        kind: pair.verdict.kind().to_owned(),
        first: QuoteRef { article: a, quote: pair.first.quote },
        second: QuoteRef { article: b, quote: pair.second.quote },
        diff: pair
            .diff
            .iter()
            .map(|p| match *p {
                compare::DiffPiece::Same(span, _) => piece("same", a, span),
                compare::DiffPiece::OnlyFirst(span) => piece("only_first", a, span),
                compare::DiffPiece::OnlySecond(span) => piece("only_second", b, span),
            })
            .collect(),
    }
}

/// The article's outlet: the reader's, else the one its text names.
pub fn outlet(input: &Input, article: &text::Article) -> Option<String> {
    input.outlet.clone().resolve(article.outlet.map(|span| article.slice(span).to_owned()))
}

fn article_report(
    input: &Input,
    article: &text::Article,
    extraction: &extract::Extraction,
) -> ArticleReport {
    let slice = |span: text::Span| article.slice(span).to_owned();
    let speaker_name = |speaker: Option<extract::EntityId>, text: Option<text::Span>| {
        speaker.map(|id| extraction.entity(id).name.clone()).or_else(|| text.map(slice))
    };
    let entities = extraction
        .entities
        .iter()
        .enumerate()
        .map(|(idx, entity)| Entity {
            id: entity_id(extract::EntityId(idx)),
            name: entity.name.clone(),
            kind: entity.kind.as_str().to_owned(),
            role: entity.role.clone(),
            value: entity.value.clone(),
            phrase: entity.phrase.map(slice),
            mentions: entity
                .mentions
                .iter()
                .map(|m| Mention {
                    start: m.span.start,
                    end: m.span.end,
                    text: slice(m.span),
                    kind: match m.kind {
                        extract::MentionKind::Name => "name",
                        extract::MentionKind::Pronoun => "pronoun",
                    }
                    .to_owned(),
                })
                .collect(),
        })
        .collect();
    let quotes = extraction
        .quotes
        .iter()
        .map(|q| Quote {
            start: q.span.start,
            end: q.span.end,
            text: slice(q.span),
            speaker: q.speaker.map(entity_id),
            speaker_name: speaker_name(q.speaker, q.speaker_text),
            cue: q.cue.map(slice),
            partial: q.partial,
        })
        .collect();
    let claims = extraction
        .claims
        .iter()
        .map(|c| Claim {
            start: c.span.start,
            end: c.span.end,
            text: slice(c.span),
            speaker: c.speaker.map(entity_id),
            speaker_name: speaker_name(c.speaker, c.speaker_text),
            cue: slice(c.cue),
        })
        .collect();
    let set_aside = article
        .set_aside
        .iter()
        .map(|s| SetAside {
            start: s.span.start,
            end: s.span.end,
            text: slice(s.span),
            reason: format!("{:?}", s.reason).to_lowercase(),
        })
        .collect();
    let mut notes: Vec<String> = extraction.diagnostics.iter().map(|d| d.message.clone()).collect();
    if article.text.trim().is_empty() {
        notes.insert(0, "The article is empty: paste or drop its text.".to_owned());
    }
    ArticleReport {
        name: input.name.clone(),
        outlet: outlet(input, article),
        headline: input.headline.clone().resolve(article.headline.map(slice)),
        byline: article.byline.map(|span| text::name_case(article.slice(span))),
        dateline: article.dateline.map(slice),
        date: article.date.map(|d| d.iso()),
        stats: Stats {
            paragraphs: article.body().count(),
            sentences: article.sentences.len(),
            words: article.word_count(),
        },
        entities,
        quotes,
        claims,
        set_aside,
        notes,
    }
}
