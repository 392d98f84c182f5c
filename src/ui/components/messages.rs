//! Messages for the reader about the input as a whole: files that were not loaded (from the
//! UI) and notes on the set of articles (from the report).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MessagesProps {
    /// Problems with dropped files; the reader can dismiss them.
    pub errors: Vec<String>,
    /// The report's notes on the input as a whole.
    pub notes: Vec<String>,
    pub on_dismiss: Callback<()>,
}

#[component]
pub fn Messages(props: &MessagesProps) -> Html {
    if props.errors.is_empty() && props.notes.is_empty() {
        return html! {};
    }
    let errors = (!props.errors.is_empty()).then(|| {
        html! {
            <div class="message error" role="alert">
                <ul>{ for props.errors.iter().map(|error| html! { <li>{ error }</li> }) }</ul>
                <button type="button" onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>
                    { "Dismiss" }
                </button>
            </div>
        }
    });
    let notes = (!props.notes.is_empty()).then(|| {
        html! {
            <div class="message note" role="status">
                <ul>{ for props.notes.iter().map(|note| html! { <li>{ note }</li> }) }</ul>
            </div>
        }
    });
    html! { <section class="messages">{ errors }{ notes }</section> }
}
