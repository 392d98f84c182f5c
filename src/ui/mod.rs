//! The browser UI (Yew function components). Renders reports; never analyses text itself.

mod app;

pub use app::App;
