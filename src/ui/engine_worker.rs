//! The page's handle on the engine's worker (see [`super::worker`]): sends it jobs, puts the
//! pieces of each report together and hands it on, and cancels an analysis that newer edits
//! have made moot.
//!
//! The engine cannot be interrupted in the middle of an article, so cancelling ends the
//! worker (`Worker.terminate()`) and starts a fresh one, to which the pages still being read
//! are sent again. A reply from the ended worker never arrives.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::timers::future::TimeoutFuture;
use gloo::worker::{Spawnable, WorkerBridge};

use super::pieces::Assembly;
use super::worker::{
    Analyser, Job, Json, LOADER, PageJob, PageRead, Reply, Request, Response, SLICE_BYTES,
    TextSlice, slices,
};

/// The engine's worker and what it has been asked and not yet answered.
pub struct EngineWorker {
    inner: Rc<Inner>,
}

struct Inner {
    bridge: RefCell<Option<WorkerBridge<Analyser>>>,
    pending: RefCell<Pending>,
    /// The pieces of the report coming in.
    assembly: RefCell<Assembly>,
    on_report: Box<dyn Fn(Response)>,
    on_page: Box<dyn Fn(PageRead)>,
}

/// The jobs out with the worker.
#[derive(Default)]
struct Pending {
    /// The revision of the analysis under way, if one is.
    analysis: Option<u64>,
    pages: Vec<PageJob>,
}

impl EngineWorker {
    /// Starts the worker; each whole report goes to `on_report`, each page read to `on_page`.
    pub fn start(
        on_report: impl Fn(Response) + 'static,
        on_page: impl Fn(PageRead) + 'static,
    ) -> EngineWorker {
        let inner = Rc::new(Inner {
            bridge: RefCell::new(None),
            pending: RefCell::default(),
            assembly: RefCell::default(),
            on_report: Box::new(on_report),
            on_page: Box::new(on_page),
        });
        inner.bridge.replace(Some(spawn(Rc::downgrade(&inner))));
        EngineWorker { inner }
    }

    /// Asks for an analysis, ending the one under way if there is one: its reply would be
    /// for texts that have changed since. A long text goes first, a slice per task, and the
    /// request after it; a newer request stops the sending.
    pub fn analyse(&self, mut request: Request) {
        let revision = request.revision;
        let busy = self.inner.pending.borrow_mut().analysis.replace(revision).is_some();
        if busy {
            self.restart();
        }
        let long: Vec<(usize, String)> = request
            .articles
            .iter_mut()
            .enumerate()
            .filter(|(_, article)| article.text.len() > SLICE_BYTES)
            .map(|(index, article)| (index, std::mem::take(&mut article.text)))
            .collect();
        if long.is_empty() {
            self.inner.send(Job::Analyse(request));
            return;
        }
        let inner = Rc::clone(&self.inner);
        yew::platform::spawn_local(async move {
            let current = || inner.pending.borrow().analysis == Some(revision);
            for (article, text) in &long {
                for slice in slices(text) {
                    if !current() {
                        return;
                    }
                    let text = slice.to_owned();
                    inner.send(Job::Text(TextSlice { revision, article: *article, text }));
                    TimeoutFuture::new(0).await;
                }
            }
            if current() {
                inner.send(Job::Analyse(request));
            }
        });
    }

    /// Asks for an HTML page's story.
    pub fn read_page(&self, job: PageJob) {
        self.inner.pending.borrow_mut().pages.push(job.clone());
        self.inner.send(Job::ReadPage(job));
    }

    /// Ends the worker and starts another, which is given the pages still to read.
    fn restart(&self) {
        let fresh = spawn(Rc::downgrade(&self.inner));
        if let Some(old) = self.inner.bridge.replace(Some(fresh)) {
            old.terminate();
        }
        let pages = self.inner.pending.borrow().pages.clone();
        for job in pages {
            self.inner.send(Job::ReadPage(job));
        }
    }
}

impl Inner {
    fn send(&self, job: Job) {
        if let Some(bridge) = &*self.bridge.borrow() {
            bridge.send(job);
        }
    }

    fn received(self: &Rc<Self>, reply: Reply) {
        match reply {
            Reply::Analysed(piece) => {
                // Each piece is decoded in its own task; only the last hands the report on.
                let Some(response) = self.assembly.borrow_mut().add(piece) else {
                    return;
                };
                let mut pending = self.pending.borrow_mut();
                if pending.analysis == Some(response.revision) {
                    pending.analysis = None;
                }
                drop(pending);
                // In a task of its own: the render it starts is not added to the last
                // piece's decoding.
                let inner = Rc::clone(self);
                yew::platform::spawn_local(async move {
                    TimeoutFuture::new(0).await;
                    (inner.on_report)(response);
                });
            }
            Reply::PageRead(read) => {
                self.pending
                    .borrow_mut()
                    .pages
                    .retain(|job| (job.draft, job.stamp) != (read.draft, read.stamp));
                (self.on_page)(read);
            }
        }
    }
}

/// A new worker whose replies go to `inner` (weakly: the bridge lives inside it).
fn spawn(inner: Weak<Inner>) -> WorkerBridge<Analyser> {
    Analyser::spawner()
        .encoding::<Json>()
        .callback(move |reply| {
            if let Some(inner) = inner.upgrade() {
                inner.received(reply);
            }
        })
        .spawn_with_loader(LOADER)
}
