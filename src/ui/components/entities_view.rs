//! The entities view: a matrix of the linked entities × the articles, with each article's
//! mention count and spelling, so who each outlet left out shows at a glance. Sortable by
//! name, type, total mentions or any article. The reader corrects the engine here: merge two
//! entities, unlink one article's entity from the others, or separate some of its mentions.

use std::cmp::Reverse;
use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::Shared;
use super::labels::{ENTITY_KINDS, article_label, entity_index};
use super::separate::Separate;
use crate::compare::{Correction, Corrections, EntityRef, corrections::merge_linked};
use crate::report::{LinkedEntity, Mention, Report};
use crate::sorting;
use crate::ui::state::Analysis;

/// What the matrix is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SortKey {
    Name,
    Kind,
    Total,
    Article(usize),
}

#[derive(Properties, PartialEq)]
pub struct EntitiesViewProps {
    pub analysis: Shared<Analysis>,
    pub corrections: Shared<Corrections>,
    pub on_correct: Callback<Correction>,
    pub on_reset: Callback<()>,
}

/// Mentions of a linked entity in one article, and how that article writes it.
fn cell(report: &Report, entity: &LinkedEntity, article: usize) -> Option<(usize, String)> {
    let member = entity.members.iter().find(|m| m.article == article)?;
    let count = entity_index(&member.entity)
        .and_then(|idx| report.articles.get(article)?.entities.get(idx))
        .map_or(0, |e| e.mentions.len());
    Some((count, member.name.clone()))
}

/// The mentions of entity `id` of article `article`, and the article's text, when the entity
/// has two names or more to separate.
fn separable(analysis: &Analysis, article: usize, id: &str) -> Option<(Rc<[Mention]>, Rc<str>)> {
    let entity = analysis.report.articles.get(article)?.entities.get(entity_index(id)?)?;
    let text = analysis.texts.get(article)?.clone();
    let names = entity.mentions.iter().filter(|m| m.kind == "name").count();
    (names > 1).then(|| (Rc::from(entity.mentions.as_slice()), text))
}

#[component]
pub fn EntitiesView(props: &EntitiesViewProps) -> Html {
    let sort = use_state(|| (SortKey::Total, true));
    let selected = use_state(BTreeSet::<String>::new);
    let report = &props.analysis.report;
    let articles = report.articles.len();

    let total = |e: &LinkedEntity| {
        (0..articles).filter_map(|a| cell(report, e, a)).map(|c| c.0).sum::<usize>()
    };
    let mut rows: Vec<&LinkedEntity> = report.entities.iter().collect();
    let (key, descending) = *sort;
    match key {
        SortKey::Name => sorting::sort_by_key(&mut rows, |e| e.name.to_lowercase()),
        SortKey::Kind => {
            sorting::sort_by_key(&mut rows, |e| (e.kind.clone(), e.name.to_lowercase()))
        }
        SortKey::Total => {
            sorting::sort_by_key(&mut rows, |e| (total(e), Reverse(e.name.to_lowercase())))
        }
        SortKey::Article(a) => {
            sorting::sort_by_key(&mut rows, |e| (cell(report, e, a).map_or(0, |c| c.0), total(e)))
        }
    }
    if descending {
        rows.reverse();
    }

    let header = |label: String, this: SortKey| {
        let active = key == this;
        let aria = if !active {
            "none"
        } else if descending {
            "descending"
        } else {
            "ascending"
        };
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| {
                // A new column starts with the most natural order: names A–Z, counts high–low.
                let next = if sort.0 == this {
                    !sort.1
                } else {
                    !matches!(this, SortKey::Name | SortKey::Kind)
                };
                sort.set((this, next));
            })
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="sort" {onclick}>
                    { label }
                    <span aria-hidden="true">{ if !active { "" } else if descending { " ▼" } else { " ▲" } }</span>
                </button>
            </th>
        }
    };
    let members = |id: &str| -> Vec<EntityRef> {
        report
            .entities
            .iter()
            .find(|e| e.id == id)
            .map(|e| {
                e.members.iter().map(|m| EntityRef::new(m.article, m.entity.clone())).collect()
            })
            .unwrap_or_default()
    };
    let chosen: Vec<String> = selected.iter().cloned().collect();
    let on_merge = {
        let (selected, on_correct) = (selected.clone(), props.on_correct.clone());
        let fixes = match chosen.as_slice() {
            [a, b] => merge_linked(&members(a), &members(b)),
            _ => Vec::new(),
        };
        Callback::from(move |_: MouseEvent| {
            for fix in &fixes {
                on_correct.emit(fix.clone());
            }
            selected.set(BTreeSet::new());
        })
    };
    let on_reset = props.on_reset.reform(|_: MouseEvent| ());
    let named_by = |e: &LinkedEntity| e.members.len();

    html! {
        <div class="entities-view">
            <div class="corrections" role="group" aria-label="Correct the engine">
                <button type="button" onclick={on_merge} disabled={chosen.len() != 2}>
                    { "Merge the two selected" }
                </button>
                <span class="hint">
                    { "Select two rows to merge them; “Unlink” takes one article’s entity out of a row." }
                </span>
                if !props.corrections.is_empty() {
                    <button type="button" onclick={on_reset}>
                        { format!("Undo corrections ({})", props.corrections.list.len()) }
                    </button>
                }
            </div>
            <div class="matrix-wrap">
                <table class="matrix">
                    <caption>{ format!("{} entities in {} articles; “—” marks an article that does not name it", rows.len(), articles) }</caption>
                    <thead>
                        <tr>
                            <th scope="col"><span class="visually-hidden">{ "Select" }</span></th>
                            { header("Name".to_owned(), SortKey::Name) }
                            { header("Type".to_owned(), SortKey::Kind) }
                            { header("Mentions".to_owned(), SortKey::Total) }
                            { for (0..articles).map(|a| header(article_label(report, a), SortKey::Article(a))) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|entity| {
                            let id = entity.id.clone();
                            let checked = selected.contains(&id);
                            let on_toggle = {
                                let (selected, id) = (selected.clone(), id.clone());
                                Callback::from(move |_: Event| {
                                    let mut next = (*selected).clone();
                                    if !next.remove(&id) {
                                        next.insert(id.clone());
                                    }
                                    selected.set(next);
                                })
                            };
                            let kind = ENTITY_KINDS.iter().find(|k| k.0 == entity.kind).map_or("Other name", |k| k.1);
                            let partial = named_by(entity) < articles;
                            html! {
                                <tr key={id.clone()} class={classes!(partial.then_some("partial"))}>
                                    <td>
                                        <input
                                            type="checkbox"
                                            aria-label={format!("Select {}", entity.name)}
                                            {checked}
                                            onchange={on_toggle}
                                        />
                                    </td>
                                    <th scope="row">{ &entity.name }</th>
                                    <td><span class={classes!("swatch", format!("ent-{}", entity.kind))}></span>{ kind }</td>
                                    <td class="num">{ total(entity) }</td>
                                    { for (0..articles).map(|a| match cell(report, entity, a) {
                                        Some((count, name)) => {
                                            let unlink = entity.members.len() > 1;
                                            let member = entity.members.iter().find(|m| m.article == a).map(|m| m.entity.clone()).unwrap_or_default();
                                            let on_split = {
                                                let member = member.clone();
                                                props.on_correct.reform(move |_: MouseEvent| Correction::Split {
                                                    entity: EntityRef::new(a, member.clone()),
                                                })
                                            };
                                            let separate = separable(&props.analysis, a, &member).map(|(mentions, text)| html! {
                                                <Separate
                                                    entity={EntityRef::new(a, member.clone())}
                                                    name={name.clone()}
                                                    article_label={article_label(report, a)}
                                                    {mentions}
                                                    {text}
                                                    on_correct={props.on_correct.clone()}
                                                />
                                            });
                                            html! {
                                                <td class="present">
                                                    <span class="num">{ count }</span>{ " " }
                                                    <span class="spelling">{ format!("“{name}”") }</span>
                                                    if unlink {
                                                        <button type="button" class="link" aria-label={format!("Unlink “{name}” in {}", article_label(report, a))} onclick={on_split}>
                                                            { "Unlink" }
                                                        </button>
                                                    }
                                                    { for separate }
                                                </td>
                                            }
                                        }
                                        None => html! {
                                            <td class="absent"><span aria-hidden="true">{ "—" }</span><span class="visually-hidden">{ "not named" }</span></td>
                                        },
                                    }) }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
