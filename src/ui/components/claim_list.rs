//! An article's reported claims (indirect speech: "Orlova said the water would…"), each with
//! its speaker when the engine found one.

use yew::prelude::*;

use super::entity_list::more;
use super::{LIST_LIMIT, SharedArticle};

#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    /// The article whose list this is.
    pub article: SharedArticle,
}

#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    if props.article.claims.is_empty() {
        return html! {};
    }
    html! {
        <section class="claims">
            <h3>{ format!("Reported claims ({})", props.article.claims.len()) }</h3>
            <ul>
                { for props.article.claims.iter().take(LIST_LIMIT).map(|claim| {
                    let speaker = claim.speaker_name.as_deref().unwrap_or("speaker not found");
                    html! {
                        <li class="claim">
                            <span class="speaker">{ speaker }</span>
                            { format!(" {}: ", claim.cue) }
                            <span class="text">{ &claim.text }</span>
                        </li>
                    }
                }) }
                { more(props.article.claims.len()) }
            </ul>
        </section>
    }
}
