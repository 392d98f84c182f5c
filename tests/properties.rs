//! Properties of the whole engine on arbitrary input (proptest): it never panics, every span in
//! the report is a char-boundary slice whose `text` is that slice, every quote is a substring
//! of its article, the text layer's invariants hold, and the same input gives the same JSON.
//! Plus explicit edge cases: empty, whitespace-only, unbalanced quotes, a 5 MB input, and the
//! PolNeAR dev texts.

use proptest::prelude::*;

use parallax::sorting;
use parallax::text::{self, Span};
use parallax::{Input, Report};

/// Pieces that exercise the structure reader and the splitter, mixed with arbitrary chars.
const PIECES: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "\r\n",
    "\n",
    "\n\n",
    " ",
    "\t",
    "\u{0}",
    "\u{7}",
    "\u{202E}",
    "\u{FEFF}",
    "\u{300}",
    "Mr. ",
    "U.S.",
    "3.5",
    "1,000",
    "$4.2bn",
    "35%",
    "...",
    "…",
    "?",
    "!",
    ".",
    ",",
    ":",
    " — ",
    "-",
    "--",
    "?? AFP ??",
    "By JANE DOE in Oslo",
    "- By ",
    "MOSCOW: ",
    "WASHINGTON (AP) — ",
    "a@b.com",
    "https://example.org",
    "Newspapers in English",
    "Published: Oct 19, 2021",
    "Photo: ",
    "Москва",
    "北京",
    "مرحبا",
    "😀",
    "e\u{301}",
    " said.",
    "he said",
    "The ",
    "Lavrov’s",
    "Jones’",
];

fn article_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        2 => any::<char>().prop_map(String::from),
        2 => "[A-Za-z]{1,8}",
    ];
    proptest::collection::vec(piece, 0..120).prop_map(|pieces| pieces.concat())
}

/// Checks that `start..end` is a char-boundary slice of `text` equal to `shown`.
fn check_span(text: &str, start: usize, end: usize, shown: &str, what: &str) {
    assert!(start <= end && end <= text.len(), "{what}: {start}..{end} outside the text");
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what}: {start}..{end} splits a character"
    );
    assert_eq!(&text[start..end], shown, "{what}: text is not its slice");
}

fn check_report(inputs: &[Input], report: &Report) {
    assert_eq!(report.articles.len(), inputs.len());
    for (input, article) in inputs.iter().zip(&report.articles) {
        let text = input.text.as_str();
        for entity in &article.entities {
            for m in &entity.mentions {
                check_span(text, m.start, m.end, &m.text, "mention");
            }
        }
        for q in &article.quotes {
            check_span(text, q.start, q.end, &q.text, "quote");
            assert!(text.contains(&q.text), "quote is not a substring of its article");
        }
        for c in &article.claims {
            check_span(text, c.start, c.end, &c.text, "claim");
        }
        for s in &article.set_aside {
            check_span(text, s.start, s.end, &s.text, "set aside");
        }
    }
}

/// The text layer's invariants: spans on char boundaries, in order, not overlapping;
/// sentences inside their blocks, tokens inside their sentences, no token in set-aside text.
fn check_article(text: &str) {
    let article = text::parse(text);
    assert_eq!(article.text, text, "the text is never rewritten");
    let valid = |span: Span, what: &str| {
        assert!(span.start <= span.end && span.end <= text.len(), "{what} {span:?} outside");
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{what} {span:?} splits a character"
        );
    };
    for span in
        [article.outlet, article.headline, article.byline, article.dateline].into_iter().flatten()
    {
        valid(span, "header field");
    }
    let in_order = |spans: &mut dyn Iterator<Item = Span>, what: &str| {
        let mut end = 0;
        for span in spans {
            valid(span, what);
            assert!(span.start >= end, "{what} {span:?} overlaps the one before");
            end = span.end;
        }
    };
    in_order(&mut article.blocks.iter().map(|b| b.span), "block");
    in_order(&mut article.set_aside.iter().map(|s| s.span), "set-aside");
    in_order(&mut article.sentences.iter().map(|s| s.span), "sentence");
    in_order(&mut article.tokens.iter().map(|t| t.span), "token");
    let mut next_token = 0;
    for sentence in &article.sentences {
        assert!(
            article.blocks[sentence.block].span.contains(sentence.span),
            "sentence outside its block"
        );
        assert_eq!(sentence.tokens.start, next_token, "sentences cover the tokens in order");
        assert!(!sentence.tokens.is_empty(), "a sentence has tokens");
        for token in &article.tokens[sentence.tokens.clone()] {
            assert!(sentence.span.contains(token.span) && !token.span.is_empty());
        }
        next_token = sentence.tokens.end;
    }
    assert_eq!(next_token, article.tokens.len(), "every token is in a sentence");
    for token in &article.tokens {
        assert!(
            !article.set_aside.iter().any(|s| s.span.overlaps(token.span)),
            "token {token:?} is set-aside text"
        );
    }
}

fn analyse_checked(texts: &[&str]) -> Report {
    let inputs: Vec<Input> =
        texts.iter().enumerate().map(|(i, t)| Input::new(format!("{i}.txt"), *t)).collect();
    let report = parallax::analyse(&inputs);
    check_report(&inputs, &report);
    for text in texts {
        check_article(text);
    }
    report
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_slices_and_output_is_deterministic(a in article_text(), b in article_text()) {
        let first = analyse_checked(&[&a, &b]).to_json();
        let again = parallax::analyse(&[Input::new("0.txt", a.as_str()), Input::new("1.txt", b.as_str())]);
        prop_assert_eq!(first, again.to_json());
    }

    #[test]
    fn any_unicode_string_is_read(s in any::<String>()) {
        analyse_checked(&[&s]);
    }
}

#[test]
fn empty_and_whitespace_only() {
    for text in ["", " ", "\n\n\n", "\r\n\t \u{a0}\u{3000}", "\u{0}\u{1}\u{7f}"] {
        let report = analyse_checked(&[text]);
        let article = &report.articles[0];
        assert_eq!(article.stats.sentences, 0, "{text:?} has no sentences");
        assert_eq!((article.headline.as_deref(), article.byline.as_deref()), (None, None));
    }
}

#[test]
fn unbalanced_quotes() {
    let texts = [
        "“This never closes. And it goes on.\n\nA new paragraph, she said.",
        "He said ” backwards “ marks. Then ’ stray ‘ singles.",
        "\"\"\"\" Words ''''' “““ in ”””",
        "Headline “open\n\n“Quote one.\n\n“Quote two,” he said.",
    ];
    for text in texts {
        let report = analyse_checked(&[text]);
        assert!(report.articles[0].stats.sentences > 0, "{text:?} has sentences");
    }
}

#[test]
fn five_megabytes() {
    let paragraph = "“We see no reason to pretend,” Mr. Smith told reporters in St. Louis on Nov. 1. \
                     Sales rose 3.5% to $4.2bn, or 1,000 units… The U.S. firm’s shares fell.\n\n";
    let text = paragraph.repeat(5_000_000 / paragraph.len() + 1);
    assert!(text.len() >= 5_000_000);
    let report = analyse_checked(&[&text]);
    let stats = report.articles[0].stats;
    assert!(stats.words > 500_000, "a 5 MB text has its words counted: {stats:?}");
    // One long line without any break must not blow up either.
    let line = "word ".repeat(1_000_000);
    analyse_checked(&[&line]);
}

/// The same properties on real news: every PolNeAR dev text (read from ../shared at test time).
#[test]
fn real_articles_keep_the_properties() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/polnear/dev/text");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|err| {
        panic!("cannot read {} ({err}): the PolNeAR data must be in ../shared/data", dir.display())
    });
    let mut texts: Vec<String> = entries
        .map(|entry| entry.expect("a directory entry can be read").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .map(|path| std::fs::read_to_string(&path).expect("PolNeAR texts are UTF-8"))
        .collect();
    sorting::sort(&mut texts);
    assert!(texts.len() >= 80, "expected the 84 PolNeAR dev texts, found {}", texts.len());
    for pair in texts.chunks(2) {
        let refs: Vec<&str> = pair.iter().map(String::as_str).collect();
        analyse_checked(&refs);
    }
}
