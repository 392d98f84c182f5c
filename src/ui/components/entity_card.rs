//! An entity's card, shown while the reader hovers or focuses one of its mentions: its type and
//! role, all its mentions in this article, how the other articles write it, and which articles
//! name it at all.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::Shared;
use super::labels::{ENTITY_KINDS, article_label, entity_index};
use crate::ui::state::Analysis;

#[derive(Properties, PartialEq)]
pub struct EntityCardProps {
    pub analysis: Shared<Analysis>,
    pub article: usize,
    /// The entity's index in the article's `entities`.
    pub entity: usize,
}

#[component]
pub fn EntityCard(props: &EntityCardProps) -> Html {
    let report = &props.analysis.report;
    let Some(entity) =
        report.articles.get(props.article).and_then(|a| a.entities.get(props.entity))
    else {
        return html! {};
    };
    let kind = ENTITY_KINDS.iter().find(|(k, _)| *k == entity.kind).map_or("Other name", |k| k.1);
    let mut forms: BTreeMap<&str, usize> = BTreeMap::new();
    for mention in &entity.mentions {
        *forms.entry(mention.text.as_str()).or_default() += 1;
    }
    let linked = report.entities.iter().find(|linked| {
        linked
            .members
            .iter()
            .any(|m| m.article == props.article && entity_index(&m.entity) == Some(props.entity))
    });
    html! {
        <div class="entity-card" role="region" aria-label={format!("About {}", entity.name)}>
            <h3>{ &entity.name }</h3>
            <p class="card-kind">
                <span class={classes!("swatch", format!("ent-{}", entity.kind))}></span>
                { kind }
                if let Some(detail) = entity.role.as_ref().or(entity.value.as_ref()) {
                    { format!(" · {detail}") }
                }
            </p>
            <h4>{ format!("Mentions here ({})", entity.mentions.len()) }</h4>
            <ul class="forms">
                { for forms.iter().map(|(form, n)| html! {
                    <li>{ format!("“{form}”") }if *n > 1 { { format!(" ×{n}") } }</li>
                }) }
            </ul>
            if let Some(linked) = linked {
                <h4>{ "In the articles" }</h4>
                <ul class="spellings">
                    { for (0..report.articles.len()).map(|article| {
                        let label = article_label(report, article);
                        match linked.members.iter().find(|m| m.article == article) {
                            Some(member) => html! {
                                <li>
                                    { format!("{label}: “{}”", member.name) }
                                    if !matches!(member.link.as_str(), "first" | "same") {
                                        <span class="tag">{ &member.link }</span>
                                    }
                                </li>
                            },
                            None => html! { <li class="absent">{ format!("{label}: not named") }</li> },
                        }
                    }) }
                </ul>
            }
        </div>
    }
}
