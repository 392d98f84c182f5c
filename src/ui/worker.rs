//! The engine in a Web Worker, so that analysing a long article never blocks the page: the
//! page sends a [`Request`] (the articles and the reader's corrections, tagged with the state's
//! revision) and gets a [`Response`] back; a response for an older revision is dropped.
//!
//! Built as its own wasm (`src/bin/worker.rs`, `data-type="worker"` in index.html); the page's
//! own wasm never calls the engine.

use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use crate::compare::Corrections;
use crate::{Input, Report};

/// The worker's loader (`assets/worker-loader.js`, copied by Trunk next to the worker's
/// `worker.js`), relative to the page.
pub const LOADER: &str = "./worker-loader.js";

/// One analysis to run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The state's revision when the request was made.
    pub revision: u64,
    /// Each article's name and text.
    pub articles: Vec<(String, String)>,
    pub corrections: Corrections,
}

impl Request {
    /// Runs the engine.
    pub fn run(self) -> Response {
        let inputs: Vec<Input> =
            self.articles.into_iter().map(|(name, text)| Input::new(name, text)).collect();
        let report = crate::analyse_corrected(&inputs, &self.corrections);
        Response { revision: self.revision, report }
    }
}

/// The report for one request.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Response {
    pub revision: u64,
    pub report: Report,
}

/// Messages cross to and from the worker as JSON text: the reader's corrections are an
/// internally tagged enum (`{"action": "merge", …}`), which gloo's default (bincode) cannot
/// read back.
pub struct Json;

impl Codec for Json {
    fn encode<I: Serialize>(input: I) -> JsValue {
        // Our own types, plain data with string keys: serialising them cannot fail.
        JsValue::from_str(&serde_json::to_string(&input).expect("worker messages serialise"))
    }

    fn decode<O: for<'de> Deserialize<'de>>(input: JsValue) -> O {
        // Only `encode` above writes these messages, for the same types.
        let text = input.as_string().expect("worker messages are JSON text");
        serde_json::from_str(&text).expect("worker messages are the JSON `encode` wrote")
    }
}

/// The worker: answers each request with its report.
pub struct Analyser;

impl Worker for Analyser {
    type Message = ();
    type Input = Request;
    type Output = Response;

    fn create(_: &WorkerScope<Self>) -> Analyser {
        Analyser
    }

    fn update(&mut self, _: &WorkerScope<Self>, (): ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, request: Request, who: HandlerId) {
        scope.respond(who, request.run());
    }
}
