//! The engine in a Web Worker, so that analysing a long article never blocks the page: the
//! page sends a [`Job`] and gets a [`Reply`] back. An analysis ([`Request`]: the articles and
//! the reader's corrections, tagged with the state's revision) gets a [`Response`], sent in
//! pieces (`super::pieces`); a response for an older revision is dropped. A long text goes to
//! the worker the same way, in [`TextSlice`]s before its request. An HTML page gets its story read ([`PageJob`] →
//! [`PageRead`]).
//!
//! Built as its own wasm (`src/bin/worker.rs`, `data-type="worker"` in index.html); the page's
//! own wasm never calls the engine. Reading a page is input conversion, not analysis, but it
//! runs here too: it is the engine's text layer (one copy of it in the download, in this wasm),
//! and a page of megabytes is read without blocking the reader's typing.

use std::borrow::Cow;

use gloo::worker::{Codec, HandlerId, Worker, WorkerScope};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::pieces::{self, Piece};
use super::sharing::helper::{self, Helper};
use super::sharing::{self, Progress, Shared};
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
    /// More of an article's text for the analysis that follows: a long text comes in slices,
    /// so that no one task on the page encodes megabytes.
    Text(TextSlice),
    Analyse(Request),
    ReadPage(PageJob),
}

/// A slice of article `article`'s text for the analysis of revision `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSlice {
    pub revision: u64,
    pub article: usize,
    pub text: String,
}

/// How long a slice of text is, at most, in bytes: encoding it takes a few milliseconds.
pub const SLICE_BYTES: usize = 256 * 1024;

/// `text` cut into slices of at most [`SLICE_BYTES`] (less where a character would be cut).
pub fn slices(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest.len().min(SLICE_BYTES);
        while !rest.is_char_boundary(end) {
            end -= 1;
        }
        let (slice, after) = rest.split_at(end);
        rest = after;
        Some(slice)
    })
}

/// The slices of text received for one revision, until its request comes.
#[derive(Debug, Default)]
pub struct Slices {
    revision: u64,
    texts: Vec<String>,
}

impl Slices {
    /// Keeps a slice; one of a newer revision drops those of older ones.
    pub fn add(&mut self, slice: TextSlice) {
        if slice.revision != self.revision {
            *self = Slices { revision: slice.revision, texts: Vec::new() };
        }
        if self.texts.len() <= slice.article {
            self.texts.resize(slice.article + 1, String::new());
        }
        self.texts[slice.article].push_str(&slice.text);
    }

    /// `request` with each article's slices after the text it carries; the slices are used up.
    pub fn complete(&mut self, mut request: Request) -> Request {
        let texts = std::mem::take(self);
        if texts.revision == request.revision {
            for (article, sliced) in request.articles.iter_mut().zip(texts.texts) {
                article.text.push_str(&sliced);
            }
        }
        request
    }
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
    pub fn input(self) -> Input {
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
    /// What the worker answers, all made in one thread (as a shared analysis reports too).
    #[cfg(test)]
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

/// The worker: answers each job. An analysis of a long event is shared with a helper worker
/// of its own ([`sharing`]), started when first needed; the page knows nothing of it.
pub struct Analyser {
    slices: Slices,
    helper: Option<Helper>,
    waiting: Option<Waiting>,
}

/// A shared analysis waiting for the helper, and whom to answer.
struct Waiting {
    revision: u64,
    shared: Shared,
    who: HandlerId,
}

impl Analyser {
    fn analyse(&mut self, scope: &WorkerScope<Self>, request: Request, who: HandlerId) {
        let Request { revision, articles, corrections } = self.slices.complete(request);
        let lengths: Vec<usize> = articles.iter().map(|article| article.text.len()).collect();
        let mut helped = sharing::helped(&lengths);
        if helped.contains(&true) && self.helper.is_none() {
            let scope = scope.clone();
            self.helper = Helper::start(move |reply| scope.send_message(reply));
        }
        match &self.helper {
            Some(helper) => {
                for (index, article) in articles.iter().enumerate().filter(|(i, _)| helped[*i]) {
                    let article = Cow::Borrowed(article);
                    helper.send(&helper::Job { revision, index, article });
                }
            }
            None => helped.fill(false),
        }
        let inputs: Vec<Input> = articles.into_iter().map(Article::input).collect();
        self.progress(scope, revision, Shared::begin(inputs, corrections, &helped), who);
    }

    fn progress(
        &mut self,
        scope: &WorkerScope<Self>,
        revision: u64,
        progress: Progress,
        who: HandlerId,
    ) {
        match progress {
            Progress::Waiting(shared) => self.waiting = Some(Waiting { revision, shared, who }),
            Progress::Done(report) => {
                for piece in pieces::split(Response { revision, report }) {
                    scope.respond(who, Reply::Analysed(piece));
                }
            }
        }
    }
}

impl Worker for Analyser {
    /// What the helper sends back.
    type Message = helper::Reply;
    type Input = Job;
    type Output = Reply;

    fn create(_: &WorkerScope<Self>) -> Analyser {
        Analyser { slices: Slices::default(), helper: None, waiting: None }
    }

    fn update(&mut self, scope: &WorkerScope<Self>, reply: helper::Reply) {
        if let helper::Reply::Failed = reply {
            // Ended; the next long analysis starts another.
            self.helper = None;
        }
        let Some(Waiting { revision, shared, who }) = self.waiting.take() else {
            return;
        };
        let progress = match reply {
            helper::Reply::Extracted { revision: of, index, extraction } if of == revision => {
                shared.add(index, &extraction)
            }
            // For an analysis that a newer one replaced.
            helper::Reply::Extracted { .. } => Progress::Waiting(shared),
            helper::Reply::Failed => shared.without_helper(),
        };
        self.progress(scope, revision, progress, who);
    }

    fn received(&mut self, scope: &WorkerScope<Self>, job: Job, who: HandlerId) {
        match job {
            Job::Text(slice) => self.slices.add(slice),
            Job::Analyse(request) => self.analyse(scope, request, who),
            Job::ReadPage(job) => scope.respond(who, Reply::PageRead(job.run())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_cover_the_text_and_never_cut_a_character() {
        let text = format!("{}é{}", "a".repeat(SLICE_BYTES - 1), "b".repeat(SLICE_BYTES + 3));
        let cut: Vec<&str> = slices(&text).collect();
        assert_eq!(cut.concat(), text);
        assert_eq!(cut[0].len(), SLICE_BYTES - 1, "the é goes whole into the next slice");
        assert!(cut.iter().all(|slice| slice.len() <= SLICE_BYTES));
        assert_eq!(slices("").count(), 0);
    }

    #[test]
    fn a_request_gets_its_revisions_slices_after_its_own_text() {
        let article = |text: &str| Article {
            name: "a.txt".to_owned(),
            text: text.to_owned(),
            parts: Parts::default(),
        };
        let request = |revision| Request {
            revision,
            articles: vec![article(""), article("short")],
            corrections: Corrections::default(),
        };
        let slice =
            |revision, article, text: &str| TextSlice { revision, article, text: text.to_owned() };
        let mut slices = Slices::default();
        slices.add(slice(3, 0, "stale"));
        slices.add(slice(4, 0, "Long "));
        slices.add(slice(4, 0, "text."));
        let complete = slices.complete(request(4));
        assert_eq!(complete.articles[0].text, "Long text.");
        assert_eq!(complete.articles[1].text, "short");
        // Used up: the next request of the revision gets nothing more, nor does another's.
        assert_eq!(slices.complete(request(4)), request(4));
        slices.add(slice(5, 0, "for five"));
        assert_eq!(slices.complete(request(6)), request(6));
    }
}
