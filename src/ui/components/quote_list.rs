//! An article's quotes, each with its speaker when the engine found one.

use yew::prelude::*;

use super::LIST_LIMIT;
use super::entity_list::more;
use crate::report::Quote;

#[derive(Properties, PartialEq)]
pub struct QuoteListProps {
    pub quotes: Vec<Quote>,
}

#[component]
pub fn QuoteList(props: &QuoteListProps) -> Html {
    if props.quotes.is_empty() {
        return html! {};
    }
    html! {
        <section class="quotes">
            <h3>{ format!("Quotes ({})", props.quotes.len()) }</h3>
            <ul>
                { for props.quotes.iter().take(LIST_LIMIT).map(quote_item) }
                { more(props.quotes.len()) }
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
