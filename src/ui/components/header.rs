//! The page header: the product's name, what it does, the buttons that change the set of
//! articles, and the permalink.

use yew::prelude::*;

use super::Permalink;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub on_example: Callback<()>,
    pub on_add: Callback<()>,
    pub on_clear: Callback<()>,
    /// The articles as they are now, for the permalink.
    pub articles: Callback<(), Session>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let click = |callback: &Callback<()>| callback.reform(|_: MouseEvent| ());
    html! {
        <header class="header">
            <div class="brand">
                <h1>{ "Parallax" }</h1>
                <p class="tagline">
                    { "Paste two or more news articles about one event, or drop .txt and .md \
                       files on the page, to see who is named, who is quoted, and where the \
                       reports differ. Everything runs in your browser; nothing is uploaded." }
                </p>
            </div>
            <nav class="actions">
                <button type="button" class="primary" onclick={click(&props.on_example)}>
                    { "Load example" }
                </button>
                <button type="button" onclick={click(&props.on_add)}>{ "Add article" }</button>
                <button type="button" onclick={click(&props.on_clear)}>{ "Clear all" }</button>
                <Permalink articles={props.articles.clone()} />
            </nav>
        </header>
    }
}
