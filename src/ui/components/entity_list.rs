//! An article's entities, grouped by kind, each with its role and how often it is mentioned.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::{LIST_LIMIT, SharedArticle};
use crate::report::Entity;

#[derive(Properties, PartialEq)]
pub struct EntityListProps {
    /// The article whose list this is.
    pub article: SharedArticle,
}

#[component]
pub fn EntityList(props: &EntityListProps) -> Html {
    if props.article.entities.is_empty() {
        return html! {};
    }
    let mut by_kind: BTreeMap<&str, Vec<&Entity>> = BTreeMap::new();
    for entity in &props.article.entities {
        by_kind.entry(entity.kind.as_str()).or_default().push(entity);
    }
    html! {
        <section class="entities">
            <h3>{ format!("Entities ({})", props.article.entities.len()) }</h3>
            { for by_kind.into_iter().map(|(kind, entities)| html! {
                <div class="entity-group">
                    <h4>{ kind }</h4>
                    <ul>
                        { for entities.iter().take(LIST_LIMIT).map(|entity| entity_item(entity)) }
                        { more(entities.len()) }
                    </ul>
                </div>
            }) }
        </section>
    }
}

fn entity_item(entity: &Entity) -> Html {
    let detail = entity.role.as_ref().or(entity.value.as_ref());
    let mentions = entity.mentions.len();
    html! {
        <li class="entity" data-kind={entity.kind.clone()}>
            <span class="name">{ &entity.name }</span>
            if let Some(detail) = detail {
                <span class="role">{ format!(" — {detail}") }</span>
            }
            if mentions > 1 {
                <span class="mentions">{ format!(" ×{mentions}") }</span>
            }
        </li>
    }
}

/// The "… and N more" line of a list cut at [`LIST_LIMIT`].
pub fn more(len: usize) -> Html {
    if len <= LIST_LIMIT {
        return html! {};
    }
    html! { <li class="more">{ format!("… and {} more", len - LIST_LIMIT) }</li> }
}
