//! The browser UI (Yew function components). Renders the engine's reports; never analyses
//! text itself.
//!
//! `app` is the root and owns the state (`state`, a reducer); `components` are the pieces of
//! the page, one per file; `files` reads dropped files; `example` is the built-in example;
//! `worker` runs the engine off the page's thread, and `engine_worker` is the page's handle on
//! it (cancelling an analysis by ending the worker; a report comes in `pieces`); `session`
//! keeps the articles between visits; `permalink` (with `deflate`) puts them in a link;
//! `offline` registers the service worker.

mod app;
pub mod components;
mod deflate;
mod engine_worker;
mod example;
pub mod files;
pub mod offline;
pub mod permalink;
pub mod pieces;
pub mod session;
pub mod sharing;
pub mod state;
pub mod worker;

pub use app::App;
pub use example::example;
