//! The engine for the browser benchmark (`make bench-browser`): the same library as the app,
//! built with the app worker's profile (wasm-worker), with JS-callable entry points instead of
//! a UI.
//! Never part of the app's bundle.

use parallax::Input;
use parallax::extract::ner::{self, conll};
use wasm_bindgen::prelude::wasm_bindgen;

#[path = "../../benches/news/mod.rs"]
mod news;

/// Invented news-like text of at least `bytes` bytes (the native benches' generator), so that
/// every tool in the page reads the same input.
#[wasm_bindgen]
pub fn news_text(bytes: usize, seed: u32) -> String {
    news::news_text(bytes, u64::from(seed))
}

/// Runs the whole engine over one event's articles, as the app does; returns the length of
/// the JSON report (so the work cannot be skipped).
#[wasm_bindgen]
pub fn analyse(texts: Vec<String>) -> usize {
    let inputs: Vec<Input> = texts
        .into_iter()
        .enumerate()
        .map(|(idx, text)| Input::new(format!("article {}", idx + 1), text))
        .collect();
    serde_json::to_string(&parallax::analyse(&inputs)).map_or(0, |json| json.len())
}

/// Tags every document of a CoNLL-2003 file with the recogniser; returns the number of tokens.
#[wasm_bindgen]
pub fn tag_conll(text: &str) -> usize {
    let mut tokens = 0;
    for doc in conll::parse(text) {
        let sentences: Vec<&[&str]> = doc.sentences.iter().map(|s| s.words.as_slice()).collect();
        tokens += ner::tag_document(&sentences).iter().map(Vec::len).sum::<usize>();
    }
    tokens
}

fn main() {}
