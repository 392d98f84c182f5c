//! The page header: the product's name, what it does, the buttons that change the set of
//! articles (including the file picker), and the permalink.

use yew::prelude::*;

use super::Permalink;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_example: Callback<()>,
    pub on_add: Callback<()>,
    pub on_clear: Callback<()>,
    /// Files the reader picked.
    pub on_files: Callback<Vec<web_sys::File>>,
    /// The articles as they are now, for the permalink.
    pub articles: Callback<(), Session>,
}

/// What the file picker offers; any file is still accepted if the reader chooses "all files".
const ACCEPT: &str = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let click = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    let on_pick = {
        let on_files = props.on_files.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let picked = input.files().map_or_else(Vec::new, |list| {
                (0..list.length()).filter_map(|i| list.get(i)).collect()
            });
            // Cleared, so that picking the same file again is a change too.
            input.set_value("");
            on_files.emit(picked);
        })
    };
    html! {
        <header class="header">
            <div class="brand">
                <h1>{ "Parallax" }</h1>
                <p class="tagline">
                    { "Paste two or more news articles about one event, or open or drop .txt, \
                       .md and .html files, to see who is named, who is quoted, and where the \
                       reports differ. Everything runs in your browser; nothing is uploaded." }
                </p>
            </div>
            <nav class="actions">
                <button type="button" class="primary" onclick={click(&props.on_example)}>
                    { "Load example" }
                </button>
                <button type="button" onclick={click(&props.on_add)}>{ "Add article" }</button>
                <label class="button file-pick">
                    { "Open files…" }
                    <input
                        type="file"
                        class="visually-hidden"
                        multiple=true
                        accept={ACCEPT}
                        onchange={on_pick}
                    />
                </label>
                <button type="button" onclick={click(&props.on_clear)}>{ "Clear all" }</button>
                <Permalink articles={props.articles.clone()} />
            </nav>
        </header>
    }
}
