//! The engine for the browser benchmark (`make bench-browser`): the same library as the app,
//! built with the app worker's profile (wasm-worker), with JS-callable entry points instead of
//! a UI.
//! Never part of the app's bundle.

use parallax::Input;
use parallax::compare::Corrections;
use parallax::extract::ner::{self, conll};
use parallax::ui::sharing::{self, Progress, Shared};
use wasm_bindgen::prelude::wasm_bindgen;

#[path = "../../benches/news/mod.rs"]
mod news;

/// Invented news-like text of at least `bytes` bytes (the native benches' generator), so that
/// every tool in the page reads the same input.
#[wasm_bindgen]
pub fn news_text(bytes: usize, seed: u32) -> String {
    news::news_text(bytes, u64::from(seed))
}

/// One event's articles as inputs.
fn inputs(texts: Vec<String>) -> Vec<Input> {
    texts
        .into_iter()
        .enumerate()
        .map(|(idx, text)| Input::new(format!("article {}", idx + 1), text))
        .collect()
}

/// The length of a report's JSON (so the work cannot be skipped).
fn json_length(report: &parallax::Report) -> usize {
    serde_json::to_string(report).map_or(0, |json| json.len())
}

/// Runs the whole engine over one event's articles in one thread; returns the length of the
/// JSON report.
#[wasm_bindgen]
pub fn analyse(texts: Vec<String>) -> usize {
    json_length(&parallax::analyse(&inputs(texts)))
}

/// One event's analysis shared with a helper worker, as the app's worker shares it
/// (`parallax::ui::sharing`): the page sends the `helped()` articles to a worker that runs
/// [`extract`], calls `begin()`, then `add()`s each extraction that comes back.
#[wasm_bindgen]
pub struct SharedAnalysis {
    inputs: Vec<Input>,
    helped: Vec<bool>,
    waiting: Option<Shared>,
}

/// Plans the analysis of one event's articles as the app's worker would.
#[wasm_bindgen]
pub fn share(texts: Vec<String>) -> SharedAnalysis {
    let inputs = inputs(texts);
    let lengths: Vec<usize> = inputs.iter().map(|input| input.text.len()).collect();
    SharedAnalysis { helped: sharing::helped(&lengths), inputs, waiting: None }
}

#[wasm_bindgen]
impl SharedAnalysis {
    /// The articles for the helper, by index.
    pub fn helped(&self) -> Vec<u32> {
        (0u32..).zip(&self.helped).filter(|(_, helped)| **helped).map(|(index, _)| index).collect()
    }

    /// Reads every article and extracts those not helped; the length of the report's JSON if
    /// that was all, else 0.
    pub fn begin(&mut self) -> usize {
        let inputs = std::mem::take(&mut self.inputs);
        self.wait(Shared::begin(inputs, Corrections::default(), &self.helped))
    }

    /// Adds the helper's extraction of article `index` (as [`extract`] gives it); the length
    /// of the report's JSON once none is missing, else 0.
    pub fn add(&mut self, index: usize, extraction: &str) -> usize {
        match self.waiting.take() {
            Some(shared) => self.wait(shared.add(index, extraction)),
            None => 0,
        }
    }

    fn wait(&mut self, progress: Progress) -> usize {
        match progress {
            Progress::Waiting(shared) => {
                self.waiting = Some(shared);
                0
            }
            Progress::Done(report) => json_length(&report),
        }
    }
}

/// The helper's part: one article read and extracted, encoded as the app's helper sends it.
#[wasm_bindgen]
pub fn extract(text: String) -> String {
    sharing::wire::encode(&sharing::extract(&Input::new("article", text)))
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
