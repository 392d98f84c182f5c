//! The Web Worker that runs the engine for the app (see `parallax::ui::worker`), and its
//! helper for long events (`parallax::ui::sharing::helper`): the same script, started under
//! the helper's name. Built by Trunk with the `ui` feature.

use gloo::worker::Registrable;

fn main() {
    use parallax::ui::sharing::helper;
    use parallax::ui::worker::{Analyser, Json};
    if helper::is_helper() {
        helper::serve();
    } else {
        Analyser::registrar().encoding::<Json>().register();
    }
}
