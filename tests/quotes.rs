//! Data-driven cases for quotes, speakers and claims: each `tests/data/quotes/NAME.txt` (text
//! written for these tests) is analysed and its quotes and claims are compared with
//! `NAME.expected`, rewritten with `UPDATE_EXPECT=1` and reviewed in the diff.

mod common;

use std::fmt::Write as _;

use parallax::extract::{self, EntityId, Extraction};
use parallax::text::{self, Span};

#[test]
fn data_driven_cases() {
    common::expect_files("quotes", "txt", |text| {
        render(text, &extract::extract(&text::parse(text)))
    });
}

/// One line per quote and per claim: words, partial flag, speaker, cue.
fn render(text: &str, extraction: &Extraction) -> String {
    let slice = |span: Option<Span>| span.map_or("-".to_owned(), |s| s.slice(text).to_owned());
    let who = |entity: Option<EntityId>, words: Option<Span>| match entity {
        Some(id) => format!("[{}]", extraction.entity(id).name),
        None => slice(words),
    };
    let mut out = String::from("quotes:\n");
    for q in &extraction.quotes {
        let partial = if q.partial { "partial" } else { "whole" };
        let speaker = who(q.speaker, q.speaker_text);
        writeln!(out, "  «{}» {partial} — {speaker} / {}", slice(Some(q.span)), slice(q.cue))
            .expect("writing to a String cannot fail");
    }
    out.push_str("claims:\n");
    for c in &extraction.claims {
        let speaker = who(c.speaker, c.speaker_text);
        writeln!(out, "  «{}» — {speaker} / {}", slice(Some(c.span)), slice(Some(c.cue)))
            .expect("writing to a String cannot fail");
    }
    out
}

mod properties {
    //! Any text, however odd, gives quotes and claims whose spans are char-boundary slices of
    //! it, in text order, and the same result twice; nothing panics.

    use parallax::extract;
    use parallax::text::{Article, Block, BlockKind, Span};
    use proptest::prelude::*;

    /// The article with every non-blank line as a body paragraph, built directly so that
    /// these properties test the extraction layer alone.
    fn lines_as_paragraphs(input: &str) -> Article {
        let mut blocks = Vec::new();
        let mut offset = 0;
        for line in input.split_inclusive('\n') {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let start = offset + line.len() - line.trim_start().len();
                blocks.push(Block {
                    kind: BlockKind::Body,
                    span: Span::new(start, start + trimmed.len()),
                });
            }
            offset += line.len();
        }
        Article {
            text: input.to_owned(),
            outlet: None,
            headline: None,
            byline: None,
            dateline: None,
            date: None,
            blocks,
            set_aside: Vec::new(),
            sentences: Vec::new(),
            tokens: Vec::new(),
        }
    }

    /// Pieces that make quote finding work hard: marks of every style, apostrophes, commas,
    /// cue verbs, pronouns, capitalised names, roles, full stops, line breaks.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "“",
            "”",
            "\"",
            "'",
            "‘",
            "’",
            "«",
            "»",
            "''",
            ",",
            ".",
            ":",
            "(",
            ")",
            "—",
            " ",
            "\n",
            "\n\n",
            "said",
            "told",
            "according to",
            "he",
            "she",
            "it",
            "they",
            "Mr",
            "Mr.",
            "Ms",
            "Anna",
            "Berg",
            "Smith",
            "NATO",
            "the",
            "a",
            "office",
            "spokeswoman",
            "minister",
            "calling",
            "adding",
            "that",
            "J.",
            "é",
            "日本",
            "\u{0}",
            "\t",
            "on",
            "Monday",
            "described",
            "as",
            "St.",
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]
        #[test]
        fn spans_are_valid_and_output_is_deterministic(parts in prop::collection::vec(piece(), 0..60)) {
            let input: String = parts.join(" ");
            let article = lines_as_paragraphs(&input);
            let first = extract::extract(&article);
            for quote in &first.quotes {
                prop_assert!(input.is_char_boundary(quote.span.start) && input.is_char_boundary(quote.span.end));
                prop_assert!(quote.span.start < quote.span.end && quote.span.end <= input.len());
            }
            for claim in &first.claims {
                prop_assert!(input.is_char_boundary(claim.span.start) && input.is_char_boundary(claim.span.end));
                prop_assert!(claim.cue.end <= input.len());
            }
            prop_assert!(first.quotes.windows(2).all(|w| w[0].span.start <= w[1].span.start));
            for entity in &first.entities {
                prop_assert!(entity.mentions.windows(2).all(|w| w[0].span.start <= w[1].span.start));
            }
            prop_assert_eq!(first, extract::extract(&article));
        }
    }
}
