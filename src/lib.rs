//! Parallax: compare news reports of one event.
//!
//! The engine is four layers, and data flows one way through them:
//!
//! - [`text`]: raw input → [`text::Article`] (structure, sentences, tokens, all as byte spans);
//! - [`extract`]: one article → [`extract::Extraction`] (entities, quotes, claims, facts);
//! - [`compare`]: many extractions → [`compare::Comparison`] (links, alignments, findings);
//! - [`report`]: the serialisable [`report::Report`], the one contract with the UI and the CLI.
//!
//! Architecture invariant: none of these modules knows about the browser, files, clocks or
//! randomness. The `ui` module (behind the `ui` feature) and the binaries are the only code
//! that does; `tests/tidy.rs` checks it.
//!
//! ```
//! let report = parallax::analyse(&[parallax::Input::new("a.txt", "“Hello,” she said.")]);
//! assert_eq!(report.articles.len(), 1);
//! ```

pub mod compare;
pub mod extract;
pub mod report;
pub mod sorting;
pub mod text;

#[cfg(feature = "ui")]
pub mod ui;

pub use report::Report;

/// One article as the reader gave it: a name (a file name or "Article 1"), its text, and what
/// the reader says of its outlet, headline and publication date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub text: String,
    /// Overrides any date read from the text; relative dates ("early next month") are
    /// resolved against it.
    pub date: Given<text::Date>,
    pub outlet: Given<String>,
    pub headline: Given<String>,
}

/// What the reader says of one part of an article (its outlet, headline or date), which
/// overrides what the engine reads from the text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Given<T> {
    /// Nothing: what the text says stands.
    #[default]
    FromText,
    /// The article's part is this.
    Value(T),
    /// The article has none, whatever the text seems to say.
    Absent,
}

impl<T> Given<T> {
    /// `Some(value)` gives the value, `None` nothing.
    pub fn or_text(value: Option<T>) -> Given<T> {
        value.map_or(Given::FromText, Given::Value)
    }

    /// The part: the given value, or what the text says when nothing is given.
    pub fn resolve(self, from_text: Option<T>) -> Option<T> {
        match self {
            Given::FromText => from_text,
            Given::Value(value) => Some(value),
            Given::Absent => None,
        }
    }
}

impl Input {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Input {
        Input {
            name: name.into(),
            text: text.into(),
            date: Given::FromText,
            outlet: Given::FromText,
            headline: Given::FromText,
        }
    }

    /// An HTML page (see [`text::html`]): its story's text, with the outlet, headline and
    /// date its tags give (where they give none, the engine reads the text for them).
    pub fn html(name: impl Into<String>, page: &str) -> Input {
        let page = text::html::extract(page);
        Input {
            date: Given::or_text(page.date),
            outlet: Given::or_text(page.outlet),
            headline: Given::or_text(page.headline),
            ..Input::new(name, page.text)
        }
    }

    /// The same input with a publication date given by the reader.
    pub fn with_date(self, date: text::Date) -> Input {
        Input { date: Given::Value(date), ..self }
    }
}

/// Runs the whole engine over the given articles.
///
/// Never fails: odd input (empty text, one article, unbalanced quotes) gives a report whose
/// `notes` say what was odd.
pub fn analyse(inputs: &[Input]) -> Report {
    analyse_corrected(inputs, &compare::Corrections::default())
}

/// [`analyse`], with the reader's corrections (merged or split entities, reassigned speakers)
/// applied before the articles are compared, so that every finding follows them.
pub fn analyse_corrected(inputs: &[Input], corrections: &compare::Corrections) -> Report {
    let articles: Vec<text::Article> = inputs.iter().map(read).collect();
    let extractions = articles.iter().map(extract::extract).collect();
    analyse_extracted(inputs, &articles, extractions, Vec::new(), corrections)
}

/// Reads one input into an article (its structure, sentences and tokens), dated as the reader
/// says. The first step of an analysis, then [`extract::extract`] of each article.
pub fn read(input: &Input) -> text::Article {
    let mut article = text::parse(&input.text);
    article.date = input.date.clone().resolve(article.date);
    article
}

/// The rest of [`analyse_corrected`] once every article is read and extracted, `articles[i]`
/// and `extractions[i]` from `inputs[i]` (extracted apart, maybe: the app extracts a long
/// event's articles in two workers at once): the corrections, the comparison and the report.
/// `prepared[i]`, where given, is [`compare::prepare`] of `extractions[i]`, made while other
/// articles were being extracted; corrections may change an extraction, so with any it is
/// made again.
pub fn analyse_extracted(
    inputs: &[Input],
    articles: &[text::Article],
    mut extractions: Vec<extract::Extraction>,
    mut prepared: Vec<Option<compare::Prepared>>,
    corrections: &compare::Corrections,
) -> Report {
    let fixes = compare::corrections::apply_to_extractions(articles, &mut extractions, corrections);
    if !corrections.is_empty() {
        prepared.clear();
    }
    let labels: Vec<String> = inputs
        .iter()
        .zip(articles)
        .map(|(input, article)| {
            report::outlet(input, article).unwrap_or_else(|| input.name.clone())
        })
        .collect();
    let comparison = compare::compare_prepared(articles, &extractions, &labels, &fixes, prepared);
    report::build(inputs, articles, &extractions, &comparison)
}
