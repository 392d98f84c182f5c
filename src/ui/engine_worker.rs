//! The page's handle on the engine's worker (see [`super::worker`]): sends it jobs, hands its
//! replies on, and cancels an analysis that newer edits have made moot.
//!
//! The engine cannot be interrupted in the middle of an article, so cancelling ends the
//! worker (`Worker.terminate()`) and starts a fresh one, to which the pages still being read
//! are sent again. A reply from the ended worker never arrives.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use gloo::worker::{Spawnable, WorkerBridge};

use super::worker::{Analyser, Job, Json, LOADER, PageJob, Reply, Request};

/// The engine's worker and what it has been asked and not yet answered.
pub struct EngineWorker {
    inner: Rc<Inner>,
}

struct Inner {
    bridge: RefCell<Option<WorkerBridge<Analyser>>>,
    pending: RefCell<Pending>,
    deliver: Box<dyn Fn(Reply)>,
}

/// The jobs out with the worker.
#[derive(Default)]
struct Pending {
    /// The revision of the analysis under way, if one is.
    analysis: Option<u64>,
    pages: Vec<PageJob>,
}

impl EngineWorker {
    /// Starts the worker; each reply goes to `deliver`.
    pub fn start(deliver: impl Fn(Reply) + 'static) -> EngineWorker {
        let inner = Rc::new(Inner {
            bridge: RefCell::new(None),
            pending: RefCell::default(),
            deliver: Box::new(deliver),
        });
        inner.bridge.replace(Some(spawn(Rc::downgrade(&inner))));
        EngineWorker { inner }
    }

    /// Asks for an analysis, ending the one under way if there is one: its reply would be
    /// for texts that have changed since.
    pub fn analyse(&self, request: Request) {
        let busy = self.inner.pending.borrow_mut().analysis.replace(request.revision).is_some();
        if busy {
            self.restart();
        }
        self.send(Job::Analyse(request));
    }

    /// Asks for an HTML page's story.
    pub fn read_page(&self, job: PageJob) {
        self.inner.pending.borrow_mut().pages.push(job.clone());
        self.send(Job::ReadPage(job));
    }

    fn send(&self, job: Job) {
        if let Some(bridge) = &*self.inner.bridge.borrow() {
            bridge.send(job);
        }
    }

    /// Ends the worker and starts another, which is given the pages still to read.
    fn restart(&self) {
        let fresh = spawn(Rc::downgrade(&self.inner));
        if let Some(old) = self.inner.bridge.replace(Some(fresh)) {
            old.terminate();
        }
        let pages = self.inner.pending.borrow().pages.clone();
        for job in pages {
            self.send(Job::ReadPage(job));
        }
    }
}

impl Inner {
    fn received(&self, reply: Reply) {
        {
            let mut pending = self.pending.borrow_mut();
            match &reply {
                Reply::Analysed(response) => {
                    if pending.analysis == Some(response.revision) {
                        pending.analysis = None;
                    }
                }
                Reply::PageRead(read) => {
                    pending.pages.retain(|job| (job.draft, job.stamp) != (read.draft, read.stamp))
                }
            }
        }
        (self.deliver)(reply);
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
