//! The helper worker: a second copy of the engine's worker (the same script, started by it
//! under the name [`NAME`]) that extracts the articles it is sent. It speaks only this, in
//! [`super::wire`]'s text: a [`Job`] in, its extraction out; neither side carries the code
//! for the page's messages.

use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker, WorkerOptions};

use super::wire::{self, Reader, Writer};
use crate::ui::state::Parts;
use crate::ui::worker::{Article, LOADER};

/// The helper's worker name, by which the script knows to serve as one.
const NAME: &str = "parallax-helper";

/// Article `index` of the analysis of revision `revision`, to extract: borrowed by the
/// worker that sends it (a long text is not copied once more), owned by the helper.
#[derive(Debug, PartialEq, Eq)]
pub struct Job<'a> {
    pub revision: u64,
    pub index: usize,
    pub article: Cow<'a, Article>,
}

impl Job<'_> {
    fn encode(&self) -> String {
        let mut out = Writer::default();
        out.number(self.revision);
        out.number(self.index);
        let Article { name, text, parts: Parts { outlet, headline, date } } = &*self.article;
        for part in [name, text] {
            out.text(part);
        }
        for part in [outlet, headline, date] {
            out.option(part.as_deref(), Writer::text);
        }
        out.written()
    }

    fn decode(encoded: &str) -> Option<Job<'static>> {
        let mut input = Reader::new(encoded, "");
        let (revision, index) = (input.number()?, input.number()?);
        let mut text = || input.text().map(str::to_owned);
        let (name, text) = (text()?, text()?);
        let mut part = || input.option(|input| input.text().map(str::to_owned));
        let parts = Parts { outlet: part()?, headline: part()?, date: part()? };
        let article = Cow::Owned(Article { name, text, parts });
        input.end(Job { revision, index, article })
    }
}

/// What the helper sends back, as the worker that started it gets it.
#[derive(Debug)]
pub enum Reply {
    /// Article `index`'s extraction, encoded (see [`super::Shared::add`]).
    Extracted { revision: u64, index: usize, extraction: String },
    /// The helper failed (its code trapped): what it was sent will not come back.
    Failed,
}

/// A started helper.
pub struct Helper {
    worker: Worker,
    /// Jobs held until the helper says it is ready (`None` once it has): a worker's messages
    /// that arrive before its handler is set are lost.
    held: Rc<RefCell<Option<Vec<JsValue>>>>,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn()>,
}

impl Helper {
    /// Starts a helper whose replies go to `on_reply`; `None` where this worker cannot start
    /// workers. `on_reply` runs inside the helper's own event handlers, so it must not drop
    /// the `Helper` there and then (the worker's `send_message` runs its update later).
    pub fn start(on_reply: impl Fn(Reply) + 'static) -> Option<Helper> {
        let options = WorkerOptions::new();
        options.set_name(NAME);
        let worker = Worker::new_with_options(LOADER, &options).ok()?;
        let held = Rc::new(RefCell::new(Some(Vec::new())));
        let on_reply = Rc::new(on_reply);
        let on_message = {
            let (worker, held, on_reply) = (worker.clone(), Rc::clone(&held), Rc::clone(&on_reply));
            Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
                match event.data().as_string() {
                    Some(reply) => on_reply(parse(&reply).unwrap_or(Reply::Failed)),
                    // Ready: what was held goes now.
                    None => {
                        for job in held.borrow_mut().take().unwrap_or_default() {
                            post(&worker, &job);
                        }
                    }
                }
            })
        };
        let on_error = Closure::<dyn Fn()>::new(move || on_reply(Reply::Failed));
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Some(Helper { worker, held, _on_message: on_message, _on_error: on_error })
    }

    pub fn send(&self, job: &Job) {
        let job = JsValue::from_str(&job.encode());
        match &mut *self.held.borrow_mut() {
            Some(held) => held.push(job),
            None => post(&self.worker, &job),
        }
    }
}

impl Drop for Helper {
    fn drop(&mut self) {
        self.worker.terminate();
    }
}

fn post(worker: &Worker, job: &JsValue) {
    // Posting fails only for what cannot be cloned, which a string always can.
    let _ = worker.post_message(job);
}

/// A reply's text (as `serve` writes it): revision, index, then the extraction.
fn parse(reply: &str) -> Option<Reply> {
    let mut input = Reader::new(reply, "");
    let (revision, index) = (input.number()?, input.number()?);
    Some(Reply::Extracted { revision, index, extraction: input.rest().to_owned() })
}

/// Whether this worker was started as a helper.
pub fn is_helper() -> bool {
    js_sys::global()
        .dyn_into::<DedicatedWorkerGlobalScope>()
        .is_ok_and(|scope| scope.name() == NAME)
}

/// Serves as a helper, for as long as the worker lives: extracts each article sent.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let job = event.data().as_string().and_then(|job| Job::decode(&job));
        // A job that is not one gets a reply that is not one: the sender extracts it itself.
        let reply = job.map_or_else(String::new, |job| {
            let mut out = Writer::default();
            out.number(job.revision);
            out.number(job.index);
            let extraction = super::extract(&job.article.into_owned().input());
            out.written() + &wire::encode(&extraction)
        });
        let _ = replies.post_message(&JsValue::from_str(&reply));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler is the worker's for the rest of its life.
    on_message.forget();
    let _ = scope.post_message(&JsValue::NULL);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_comes_back_whole() {
        let parts = Parts { outlet: Some("The Ledger".to_owned()), headline: None, date: None };
        let article =
            Article { name: "a,b.txt".to_owned(), text: "“Ja,” 3, é".to_owned(), parts };
        let job = Job { revision: u64::MAX, index: 1, article: Cow::Owned(article) };
        assert_eq!(Job::decode(&job.encode()), Some(job));
        assert_eq!(Job::decode("1,0,"), None);
    }

    #[test]
    fn a_reply_gives_its_revision_index_and_extraction() {
        let reply = parse("7,1,2,0,");
        assert!(
            matches!(&reply, Some(Reply::Extracted { revision: 7, index: 1, extraction }) if extraction == "2,0,"),
            "{reply:?}"
        );
        assert!(parse("").is_none() && parse("7,x,").is_none());
    }
}
