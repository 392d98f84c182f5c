//! The browser entry point: mounts the Yew app and registers the service worker that keeps it
//! working offline. Built by Trunk with the `ui` feature.

fn main() {
    parallax::ui::offline::keep_offline();
    yew::Renderer::<parallax::ui::App>::new().render();
}
