//! The browser UI (Yew function components). Renders the engine's reports; never analyses
//! text itself.
//!
//! `app` is the root and owns the state (`state`, a reducer); `components` are the pieces of
//! the page, one per file; `files` reads dropped files; `example` is the built-in example;
//! `worker` runs the engine off the page's thread; `offline` registers the service worker.

mod app;
pub mod components;
mod example;
pub mod files;
pub mod offline;
pub mod state;
pub mod worker;

pub use app::App;
pub use example::example;
