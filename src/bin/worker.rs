//! The Web Worker that runs the engine for the app (see `parallax::ui::worker`). Built by
//! Trunk with the `ui` feature.

use gloo::worker::Registrable;

fn main() {
    use parallax::ui::worker::{Analyser, Json};
    Analyser::registrar().encoding::<Json>().register();
}
