//! Browser tests: wasm-bindgen-test in headless Chromium (`make test` runs them with
//! `cargo test --target wasm32-unknown-unknown --features ui --test web`). They check what only
//! a browser can: the engine runs as wasm, the app mounts and shows the example on a first
//! visit, and the views render every part of a report. Natively this file compiles to nothing.
#![cfg(all(target_arch = "wasm32", feature = "ui"))]

use std::time::Duration;

use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("tests run in a browser page, which has a document")
}

/// Waits up to `limit` for `selector` to match `count` elements under `root`.
async fn wait_for(root: &web_sys::Element, selector: &str, count: u32, limit: Duration) -> u32 {
    let step = Duration::from_millis(50);
    let mut waited = Duration::ZERO;
    loop {
        let found = root.query_selector_all(selector).expect("the selector is valid CSS").length();
        if found == count || waited >= limit {
            return found;
        }
        yew::platform::time::sleep(step).await;
        waited += step;
    }
}

#[wasm_bindgen_test]
fn the_engine_runs_in_wasm() {
    let report = parallax::analyse(&[
        parallax::Input::new("a.txt", "Headline\n\n“We are ready,” she said. The gates opened."),
        parallax::Input::new("b.txt", "Another headline\n\nThe gates opened at noon."),
    ]);
    assert_eq!(report.articles.len(), 2);
    assert!(report.articles[0].stats.words > 0);
    assert!(report.notes.is_empty(), "two articles can be compared: {:?}", report.notes);
}

#[wasm_bindgen_test]
async fn the_app_shows_the_example_on_a_first_visit_and_keeps_it() {
    use parallax::ui::session;

    session::forget().await.expect("IndexedDB works in the test page");
    let root = mount_point();
    yew::Renderer::<parallax::ui::App>::with_root(root.clone()).render();

    // The analysis itself runs in the app's Web Worker (worker.js), which only the release
    // build serves: the Playwright tests (tests/e2e/) check that the example is analysed.
    let limit = Duration::from_secs(5);
    assert_eq!(wait_for(&root, ".article-card", 2, limit).await, 2, "two example articles");
    let names = root.query_selector_all(".article-name").expect("valid CSS");
    assert_eq!(names.length(), 2);
    let step = Duration::from_millis(100);
    let mut waited = Duration::ZERO;
    let mut kept = None;
    while kept.is_none() && waited < limit {
        yew::platform::time::sleep(step).await;
        waited += step;
        kept = session::load().await.expect("the session can be read");
    }
    let kept = kept.expect("the articles are kept a moment after loading");
    assert_eq!(kept.articles, parallax::ui::example());
}

/// A fresh element attached to the page, to render a component into.
fn mount_point() -> web_sys::Element {
    let root = document().create_element("div").expect("a div can be created");
    document().body().expect("the test page has a body").append_child(&root).expect("append");
    root
}

/// Everything the report holds about the example is on the page: the components render the
/// report generically, so whatever the engine adds shows up without UI changes.
#[wasm_bindgen_test]
async fn every_part_of_the_report_is_rendered() {
    use parallax::ui::components::{
        ArticleSummary, ArticleSummaryProps, FindingsView, FindingsViewProps, LIST_LIMIT, PAGE,
        QuotesView, QuotesViewProps, Shared, SharedArticle,
    };

    let example = parallax::ui::example();
    let inputs: Vec<parallax::Input> =
        example.iter().map(|draft| parallax::Input::new(&draft.name, &draft.text)).collect();
    let report = parallax::analyse(&inputs);
    let shown = |len: usize| u32::try_from(len.min(LIST_LIMIT)).expect("a small count");
    let limit = Duration::from_secs(5);

    let texts = example.iter().map(|draft| std::rc::Rc::from(draft.text.as_str())).collect();
    let analysis = Shared(std::rc::Rc::new(parallax::ui::state::Analysis {
        revision: 1,
        draft_ids: (0..example.len()).collect(),
        texts,
        report: report.clone(),
    }));

    for (index, article) in report.articles.iter().enumerate() {
        let root = mount_point();
        let shared = SharedArticle::new(analysis.clone(), index).expect("an article");
        let props = ArticleSummaryProps { report: shared, stale: false };
        yew::Renderer::<ArticleSummary>::with_root_and_props(root.clone(), props).render();
        assert_eq!(wait_for(&root, ".stats .words", 1, limit).await, 1);
        let quotes = article.quotes.len();
        assert_eq!(wait_for(&root, ".quote", shown(quotes), limit).await, shown(quotes));
        let text = root.text_content().unwrap_or_default();
        for entity in &article.entities {
            assert!(text.contains(&entity.name), "{} is not shown", entity.name);
        }
        for value in [&article.byline, &article.dateline].into_iter().flatten() {
            assert!(text.contains(value.as_str()), "{value} is not shown");
        }
    }

    let root = mount_point();
    let props = FindingsViewProps { analysis: analysis.clone(), on_jump: Default::default() };
    yew::Renderer::<FindingsView>::with_root_and_props(root.clone(), props).render();
    let findings = u32::try_from(report.findings.len().min(PAGE)).expect("a small count");
    assert_eq!(wait_for(&root, ".finding", findings, limit).await, findings);
    let text = root.text_content().unwrap_or_default();
    for finding in report.findings.iter().take(PAGE) {
        assert!(text.contains(&finding.summary), "finding not shown: {}", finding.summary);
    }

    // Every quote is in one row: a pair's two quotes share one, a quote in no pair has its own.
    let root = mount_point();
    let props =
        QuotesViewProps { analysis, on_jump: Default::default(), on_correct: Default::default() };
    yew::Renderer::<QuotesView>::with_root_and_props(root.clone(), props).render();
    let paired: std::collections::BTreeSet<(usize, usize)> = report
        .quote_pairs
        .iter()
        .flat_map(|p| [(p.first.article, p.first.quote), (p.second.article, p.second.quote)])
        .collect();
    let quotes: usize = report.articles.iter().map(|a| a.quotes.len()).sum();
    let rows = u32::try_from(report.quote_pairs.len() + quotes - paired.len()).expect("small");
    assert_eq!(wait_for(&root, ".quote-row", rows, limit).await, rows);
}

/// A pasted text is copied into the wasm a slice per task, whole and in order, and a slice
/// never ends inside a surrogate pair (an emoji just across a slice's end).
#[wasm_bindgen_test]
async fn a_long_paste_is_read_in_slices_whole() {
    use parallax::ui::components::read_in_slices;
    for before in [256 * 1024 - 1, 256 * 1024, 3] {
        let text = format!("{}😀{}", "a".repeat(before), "é".repeat(300_000));
        let read = read_in_slices(js_sys::JsString::from(text.as_str())).await;
        assert!(read == text, "{before} units before the emoji");
    }
    assert_eq!(read_in_slices(js_sys::JsString::from("")).await, "");
}
