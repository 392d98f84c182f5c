//! The browser entry point: mounts the Yew app. Built by Trunk with the `ui` feature.

fn main() {
    yew::Renderer::<parallax::ui::App>::new().render();
}
