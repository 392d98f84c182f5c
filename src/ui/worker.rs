//! The engine in a Web Worker, so that analysing a long article never blocks the page: the
//! page sends a [`Job`] and gets a [`Reply`] back. An analysis ([`Request`]: the articles and
//! the reader's corrections, tagged with the state's revision) gets a [`Response`], sent in
//! pieces (`super::pieces`); a response for an older revision is dropped. An HTML page gets its story read ([`PageJob`] →
//! [`PageRead`]).
//!
//! Built as its own wasm (`src/bin/worker.rs`, `data-type="worker"` in index.html); the page's
//! own wasm never calls the engine. Reading a page is input conversion, not analysis, but it
//! runs here too: it is the engine's text layer (one copy of it in the download, in this wasm),
//! and a page of megabytes is read without blocking the reader's typing.

use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::pieces::{self, Piece};
use super::state::Parts;
use crate::compare::Corrections;
use crate::text::{Date, html};
use crate::{Given, Input, Report};

/// The worker's loader (`assets/worker-loader.js`, copied by Trunk next to the worker's
/// `worker.js`), relative to the page.
pub const LOADER: &str = "./worker-loader.js";

/// What the page asks of the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Job {
    Analyse(Request),
    ReadPage(PageJob),
}

/// What the worker answers: an analysis in pieces (see [`pieces`]), a page at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Analysed(Piece),
    PageRead(PageRead),
}

/// One analysis to run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Request {
    /// The state's revision when the request was made.
    pub revision: u64,
    pub articles: Vec<Article>,
    pub corrections: Corrections,
}

/// One article to analyse, with what the reader says of its parts: `None` leaves a part to
/// the engine, an empty text says the article has none.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub name: String,
    pub text: String,
    pub parts: Parts,
}

impl Article {
    fn input(self) -> Input {
        let given = |value: Option<String>| match value {
            None => Given::FromText,
            Some(value) if value.trim().is_empty() => Given::Absent,
            Some(value) => Given::Value(value.trim().to_owned()),
        };
        let Parts { outlet, headline, date } = self.parts;
        let date = match given(date) {
            Given::Value(day) => Date::from_iso(&day).map_or(Given::Absent, Given::Value),
            Given::FromText => Given::FromText,
            Given::Absent => Given::Absent,
        };
        Input {
            date,
            outlet: given(outlet),
            headline: given(headline),
            ..Input::new(self.name, self.text)
        }
    }
}

impl Request {
    /// Runs the engine.
    pub fn run(self) -> Response {
        let inputs: Vec<Input> = self.articles.into_iter().map(Article::input).collect();
        let report = crate::analyse_corrected(&inputs, &self.corrections);
        Response { revision: self.revision, report }
    }
}

/// An HTML page to read for a draft, stamped so that the reply is dropped if the draft's text
/// changed meanwhile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageJob {
    pub draft: usize,
    pub stamp: u64,
    pub html: String,
}

/// A page's story and what its tags say (see [`html::Page`]), for the draft that asked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRead {
    pub draft: usize,
    pub stamp: u64,
    pub text: String,
    /// What the page's tags say; a part they leave out is left to the engine.
    pub parts: Parts,
}

impl PageJob {
    pub fn run(self) -> PageRead {
        let page = html::extract(&self.html);
        PageRead {
            draft: self.draft,
            stamp: self.stamp,
            text: page.text,
            parts: Parts {
                outlet: page.outlet,
                headline: page.headline,
                date: page.date.map(|date| date.iso()),
            },
        }
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

/// The worker: answers each job.
pub struct Analyser;

impl Worker for Analyser {
    type Message = ();
    type Input = Job;
    type Output = Reply;

    fn create(_: &WorkerScope<Self>) -> Analyser {
        Analyser
    }

    fn update(&mut self, _: &WorkerScope<Self>, (): ()) {}

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, who: HandlerId) {
        match job {
            Job::Analyse(request) => {
                for piece in pieces::split(request.run()) {
                    scope.respond(who, Reply::Analysed(piece));
                }
            }
            Job::ReadPage(job) => scope.respond(who, Reply::PageRead(job.run())),
        }
    }
}
