//! The offer to undo *Clear all*, or a permalink opened over the reader's own articles, shown
//! until the articles next change.

use yew::prelude::*;

use crate::ui::state::Replacement;

#[derive(Properties, PartialEq)]
pub struct UndoNoteProps {
    pub by: Replacement,
    /// How many articles *Undo* brings back.
    pub count: usize,
    pub on_undo: Callback<()>,
}

#[component]
pub fn UndoNote(props: &UndoNoteProps) -> Html {
    let articles = if props.count == 1 { "article" } else { "articles" };
    let (said, button) = match props.by {
        Replacement::Clear => (
            format!(
                "Cleared {} {articles}; the copy kept in this browser goes with them.",
                props.count
            ),
            "Undo".to_owned(),
        ),
        Replacement::Link => (
            "Opened the articles in the link, in place of yours.".to_owned(),
            format!("Back to your {} {articles}", props.count),
        ),
    };
    html! {
        <div class="message note undo" role="status">
            <p>{ said }</p>
            <button type="button" onclick={props.on_undo.reform(|_: MouseEvent| ())}>
                { button }
            </button>
        </div>
    }
}
