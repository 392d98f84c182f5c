//! HTML pages → article text (`parallax::text::html`): data-driven cases under
//! `tests/data/html/` (a page `NAME.html` and what is read from it, `NAME.expected`, rewritten
//! with `UPDATE_EXPECT=1` and reviewed in the diff), hostile markup, properties (no panic, no
//! markup in the text, linear cost on 5 MB) and the page through the whole engine. The pages
//! are written for these tests.

mod common;

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use parallax::text::html::{self, Page};
use proptest::prelude::*;

/// Every page in `tests/data/html/` reads as its `.expected` file says.
#[test]
fn data_driven_cases() {
    common::expect_files("html", "html", |page| render(&html::extract(page)));
}

fn render(page: &Page) -> String {
    let mut out = String::new();
    let field = |value: &Option<String>| value.clone().unwrap_or_else(|| "-".to_owned());
    writeln!(out, "headline: {}", field(&page.headline)).unwrap();
    writeln!(out, "outlet: {}", field(&page.outlet)).unwrap();
    writeln!(out, "date: {}", page.date.map_or("-".to_owned(), |d| d.iso())).unwrap();
    writeln!(out, "---").unwrap();
    writeln!(out, "{}", page.text).unwrap();
    out
}

fn text(page: &str) -> String {
    html::extract(page).text
}

#[test]
fn scripts_and_event_handlers_never_become_text() {
    for page in [
        "<p>Before.<script>alert(1)</script> After.</p>",
        "<p>Before. <img src=x onerror=alert(1)> After.</p>",
        "<p>Before. <a href=\"javascript:alert(1)\">After.</a></p>",
        "<p onmouseover='alert(1)'>Before. After.</p>",
        "<p>Before. After.</p><script>alert(1)",
        "<p>Before. After.</p><svg><script>alert(1)</script></svg>",
        "<p>Before. After.</p><noscript><img src=x onerror=alert(1)></noscript>",
        "<p>Before. After.</p><template><script>alert(1)</script></template>",
    ] {
        let got = text(page);
        assert_eq!(got, "Before. After.", "{page}");
    }
}

#[test]
fn encoded_markup_is_text_not_markup() {
    assert_eq!(
        text("<p>Write &lt;script&gt; to add a script.</p>"),
        "Write <script> to add a script."
    );
}

#[test]
fn unclosed_tags_still_give_their_text_in_paragraphs() {
    assert_eq!(text("<p>one<p>two<div>three <span>four"), "one\n\ntwo\n\nthree four");
    assert_eq!(text("<ul><li>a<li>b</ul>tail<br>line"), "a\n\nb\n\ntail\nline");
}

#[test]
fn binary_junk_gives_no_control_characters_and_no_panic() {
    let junk: Vec<u8> = (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    let page = String::from_utf8_lossy(&junk);
    let got = text(&page);
    assert!(!got.contains('\0'));
    assert!(!got.contains("\n\n\n"));
}

#[test]
fn forms_are_left_out_unless_they_wrap_the_whole_page() {
    let story = "<p>The bridge reopened on Sunday, a week after the flood, the council said.</p>\
                 <p>Traffic was light, and buses kept to their winter timetable.</p>";
    let signup = "<form><p>Get the morning briefing in your inbox, every weekday.</p></form>";
    let inside = text(&format!("<article>{story}{signup}</article>"));
    assert!(inside.starts_with("The bridge") && !inside.contains("briefing"), "{inside}");
    // ASP.NET pages put everything in one form.
    let wrapped = text(&format!("<body><form id=aspnetForm><div>{story}</div></form></body>"));
    assert!(wrapped.starts_with("The bridge") && wrapped.ends_with("timetable."), "{wrapped}");
}

#[test]
fn a_page_with_no_story_gives_its_visible_text() {
    assert_eq!(text("<body><div>Short note.</div><nav>Menu</nav></body>"), "Short note.");
    assert_eq!(text(""), "");
}

/// Each pattern repeated to 5 MB: nesting a million deep, end tags with nothing open,
/// references, unclosed attributes. Quadratic work on any of them would not finish.
#[test]
fn five_megabytes_of_pathological_markup() {
    const SIZE: usize = 5 * 1024 * 1024;
    for unit in [
        "<div><span>a",
        "</div></span></p>x",
        "&amp;&#8217;&bogus;&",
        "<p>Sentence, with a comma.</p>",
        "<a href=x>link</a>",
        "<!-- c -->",
    ] {
        let page = unit.repeat(SIZE / unit.len());
        let got = html::extract(&page);
        assert!(got.text.len() <= page.len() * 3, "{unit}");
    }
    let unclosed = format!("<p title=\"{}", "x".repeat(SIZE));
    assert_eq!(text(&unclosed), "");
}

#[test]
fn an_html_page_goes_through_the_engine_with_its_metadata() {
    let page = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/html/article-element.html"),
    )
    .expect("the case exists");
    let input = parallax::Input::html("ferry.html", &page);
    let report = parallax::analyse(std::slice::from_ref(&input));
    let article = &report.articles[0];
    assert_eq!(article.outlet.as_deref(), Some("The Harbour Ledger"));
    assert_eq!(article.headline.as_deref(), Some("Ferry service resumes after storm"));
    assert_eq!(article.date.as_deref(), Some("2026-02-03"));
    for quote in &article.quotes {
        assert_eq!(&input.text[quote.start..quote.end], quote.text, "spans point into the text");
    }
    assert!(article.quotes.iter().any(|q| q.text.contains("crossing is safe")));
}

/// Pieces pages are made of, hostile ones included; text pieces have no `&`, so no reference
/// can spell a `<` (that is text, tested above).
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "<p>",
            "</p>",
            "<div class=story>",
            "</div>",
            "<script>",
            "</script>",
            "<style>",
            "<br>",
            "<article>",
            "</article>",
            "<!--",
            "-->",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">",
            "</a>",
            "<h1>",
            "</h1>",
            "<pre>",
            "<nav>",
            "<",
            "\"",
            "'",
            ">",
            "/",
            "<scr",
            "ipt>",
            "&nbsp;",
            "&#8217;",
            "&amp;",
            "<noscript>",
            "<template>",
            "<title>",
            "<meta property=og:title content='<script>'>",
            "<svg>",
            "<textarea>",
            "</textarea>",
            "<p hidden>",
            "<![CDATA[",
            "]]>",
        ])
        .prop_map(str::to_owned),
        "[a-zA-Z ,.\n]{0,30}",
        any::<String>().prop_map(|s| s.replace('&', "")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn extraction_never_panics_and_never_leaks_a_script(pieces in prop::collection::vec(piece(), 0..60)) {
        let page = pieces.concat();
        let got = html::extract(&page);
        prop_assert!(!got.text.to_ascii_lowercase().contains("<script"), "{:?} → {:?}", page, got.text);
        prop_assert!(!got.text.contains("\n\n\n"));
        prop_assert_eq!(got.text.trim(), got.text.as_str());
        prop_assert_eq!(&html::extract(&page), &got, "deterministic");
    }

    #[test]
    fn any_string_is_read(s in any::<String>()) {
        let got = html::extract(&s);
        prop_assert_eq!(got.text.trim(), got.text.as_str());
    }
}
