//! An article's quotes, each with its speaker when the engine found one.

use yew::prelude::*;

use super::entity_list::more;
use super::{LIST_LIMIT, SharedArticle};
use crate::report::Quote;

#[derive(Properties, PartialEq)]
pub struct QuoteListProps {
    /// The article whose list this is.
    pub article: SharedArticle,
}

#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    if props.article.quotes.is_empty() {
        return html! {};
    }
    html! {
        <section class="quotes">
            <h3>{ format!("Quotes ({})", props.article.quotes.len()) }</h3>
            <ul>
                { for props.article.quotes.iter().take(LIST_LIMIT).map(quote_item) }
                { more(props.article.quotes.len()) }
            </ul>
        </section>
    }
}

fn quote_item(quote: &Quote) -> Html {
    let speaker = quote.speaker_name.as_deref().unwrap_or("speaker not found");
    html! {
        <li class={classes!("quote", quote.partial.then_some("partial"))}>
            <q>{ &quote.text }</q>
            <span class="speaker">{ format!(" — {speaker}") }</span>
            if quote.partial {
                <span class="tag">{ "partial" }</span>
            }
        </li>
    }
}
