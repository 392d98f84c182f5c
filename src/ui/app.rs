//! The root component.

use yew::prelude::*;

#[component]
pub fn App() -> Html {
    html! { <main><h1>{ "Parallax" }</h1></main> }
}
