//! An article's reported claims (indirect speech: "Orlova said the water would…"), each with
//! its speaker when the engine found one.

use yew::prelude::*;

use super::LIST_LIMIT;
use super::entity_list::more;
use crate::report::Claim;

#[derive(Properties, PartialEq)]
pub struct ClaimListProps {
    pub claims: Vec<Claim>,
}

#[component]
pub fn ClaimList(props: &ClaimListProps) -> Html {
    if props.claims.is_empty() {
        return html! {};
    }
    html! {
        <section class="claims">
            <h3>{ format!("Reported claims ({})", props.claims.len()) }</h3>
            <ul>
                { for props.claims.iter().take(LIST_LIMIT).map(|claim| {
                    let speaker = claim.speaker_name.as_deref().unwrap_or("speaker not found");
                    html! {
                        <li class="claim">
                            <span class="speaker">{ speaker }</span>
                            { format!(" {}: ", claim.cue) }
                            <span class="text">{ &claim.text }</span>
                        </li>
                    }
                }) }
                { more(props.claims.len()) }
            </ul>
        </section>
    }
}
