//! Tests of the text layer through its public API: data-driven cases under `tests/data/text/`
//! (an input `NAME.txt` and the expected reading `NAME.expected`, rewritten with
//! `UPDATE_EXPECT=1` and reviewed in the diff), and the structure of the seed articles against
//! `../shared/seeds/gold.json`, read at test time.

mod common;

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use parallax::text::{self, Article, TokenKind};

/// Every case in `tests/data/text/` reads as its `.expected` file says.
#[test]
fn data_driven_cases() {
    common::expect_files("text", "txt", |text| render(&text::parse(text)));
}

/// A readable dump of everything the text layer found.
fn render(article: &Article) -> String {
    let mut out = String::new();
    let field =
        |span: Option<text::Span>| span.map_or("-".to_owned(), |s| article.slice(s).to_owned());
    writeln!(out, "outlet: {}", field(article.outlet)).unwrap();
    writeln!(out, "headline: {}", field(article.headline)).unwrap();
    writeln!(out, "byline: {}", field(article.byline)).unwrap();
    writeln!(out, "dateline: {}", field(article.dateline)).unwrap();
    writeln!(out, "date: {}", article.date.map_or("-".to_owned(), |d| d.iso())).unwrap();
    writeln!(out, "set aside:").unwrap();
    for s in &article.set_aside {
        writeln!(out, "  {:?}: {}", s.reason, article.slice(s.span)).unwrap();
    }
    writeln!(out, "blocks:").unwrap();
    for (idx, block) in article.blocks.iter().enumerate() {
        writeln!(out, "  {:?}", block.kind).unwrap();
        for sentence in article.sentences.iter().filter(|s| s.block == idx) {
            writeln!(out, "    | {}", article.slice(sentence.span)).unwrap();
            let tokens: Vec<String> = article.tokens[sentence.tokens.clone()]
                .iter()
                .map(|t| {
                    let mark = match t.kind {
                        TokenKind::Word => "",
                        TokenKind::Number => "#",
                        TokenKind::Quote => "q",
                        TokenKind::Punct => "p",
                    };
                    format!("{mark}{}", article.slice(t.span))
                })
                .collect();
            writeln!(out, "      {}", tokens.join(" ")).unwrap();
        }
    }
    out
}

fn shared(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared").join(relative)
}

fn read_shared(relative: &str) -> String {
    let path = shared(relative);
    fs::read_to_string(&path).unwrap_or_else(|err| {
        panic!(
            "cannot read {} ({err}): the seed articles must be in ../shared/seeds",
            path.display()
        )
    })
}

/// The seeds' outlet, headline, byline, dateline and set-aside lines match the gold.
#[test]
fn seed_structure_matches_gold() {
    let gold: serde_json::Value =
        serde_json::from_str(&read_shared("seeds/gold.json")).expect("gold.json is JSON");
    let articles = gold["articles"].as_object().expect("gold.json has an `articles` object");
    assert!(articles.len() >= 2, "gold.json lists both seed articles");
    for (key, expect) in articles {
        let file = expect["file"].as_str().map_or_else(|| format!("{key}.txt"), str::to_owned);
        let text = read_shared(&format!("seeds/{file}"));
        let article = text::parse(&text);
        let report = parallax::analyse(&[parallax::Input::new(file.clone(), text.clone())]);
        let shown = &report.articles[0];
        let want = |field: &str| expect[field].as_str().map(str::to_owned);
        let got = |span: Option<text::Span>| span.map(|s| article.slice(s).to_owned());
        assert_eq!(got(article.outlet), want("outlet"), "{key}: outlet");
        assert_eq!(shown.outlet, want("outlet"), "{key}: reported outlet");
        assert_eq!(got(article.headline), want("headline"), "{key}: headline");
        assert_eq!(got(article.dateline), want("dateline"), "{key}: dateline");
        // The byline's span covers the name as printed; the report shows it in name case.
        assert_eq!(shown.byline, want("byline"), "{key}: reported byline");
        assert_eq!(
            got(article.byline).map(|b| b.to_lowercase()),
            want("byline").map(|b| b.to_lowercase()),
            "{key}: byline span"
        );
        let not_body = expect["not_body"].as_array().expect("not_body is a list");
        assert!(!not_body.is_empty(), "{key}: gold lists what is not the story");
        for line in not_body {
            let line = line.as_str().expect("not_body holds strings");
            assert!(
                article.set_aside.iter().any(|s| article.slice(s.span).contains(line)),
                "{key}: {line:?} is not set aside"
            );
            assert!(
                !article.blocks.iter().any(|b| article.slice(b.span).contains(line)),
                "{key}: {line:?} is inside an analysed block"
            );
            assert!(
                !article.sentences.iter().any(|s| article.slice(s.span).contains(line)),
                "{key}: {line:?} is inside a sentence"
            );
        }
        // The first sentence of the story starts after the dateline.
        if let Some(dateline) = article.dateline {
            let first_body = article
                .sentences
                .iter()
                .find(|s| article.blocks[s.block].kind == text::BlockKind::Body)
                .expect("a seed has body sentences");
            assert!(
                first_body.span.start >= dateline.end || article.byline.is_some(),
                "{key}: the first sentence starts inside the dateline"
            );
        }
    }
}
