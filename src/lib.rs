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
pub mod text;

#[cfg(feature = "ui")]
pub mod ui;

pub use report::Report;

/// One article as the reader gave it: a name (a file name or "Article 1"), its text, and the
/// publication date when the reader knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub name: String,
    pub text: String,
    /// Overrides any date read from the text; relative dates ("early next month") are
    /// resolved against it.
    pub date: Option<text::Date>,
}

impl Input {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Input {
        Input { name: name.into(), text: text.into(), date: None }
    }

    /// The same input with a publication date given by the reader.
    pub fn with_date(self, date: text::Date) -> Input {
        Input { date: Some(date), ..self }
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
    let articles: Vec<text::Article> = inputs
        .iter()
        .map(|input| {
            let mut article = text::parse(&input.text);
            article.date = input.date.or(article.date);
            article
        })
        .collect();
    let mut extractions: Vec<extract::Extraction> = articles.iter().map(extract::extract).collect();
    let fixes = compare::corrections::apply_to_extractions(&mut extractions, corrections);
    let labels: Vec<String> = inputs
        .iter()
        .zip(&articles)
        .map(|(input, article)| {
            article.outlet.map_or_else(|| input.name.clone(), |o| article.slice(o).to_owned())
        })
        .collect();
    let comparison = compare::compare_corrected(&articles, &extractions, &labels, &fixes);
    report::build(inputs, &articles, &extractions, &comparison)
}
