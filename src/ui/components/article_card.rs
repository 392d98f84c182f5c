//! One article: its name, its text box, and below them what the engine found in it.

use yew::prelude::*;

use super::ArticleSummary;
use crate::report::ArticleReport;
use crate::ui::state::Draft;

#[derive(Properties, PartialEq)]
pub struct ArticleCardProps {
    pub draft: Draft,
    /// 1-based position on the page, for labels.
    pub number: usize,
    /// The engine's findings for this article, once analysed (none while it is empty).
    pub report: Option<ArticleReport>,
    /// Whether the text changed since the report was made.
    pub stale: bool,
    pub can_remove: bool,
    pub on_rename: Callback<(usize, String)>,
    pub on_edit: Callback<(usize, String)>,
    pub on_remove: Callback<usize>,
}

#[component]
pub fn ArticleCard(props: &ArticleCardProps) -> Html {
    let id = props.draft.id;
    let on_rename = props.on_rename.reform(move |event: InputEvent| {
        let input: web_sys::HtmlInputElement = event.target_unchecked_into();
        (id, input.value())
    });
    let on_edit = props.on_edit.reform(move |event: InputEvent| {
        let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
        (id, area.value())
    });
    let on_remove = props.on_remove.reform(move |_: MouseEvent| id);
    let label = format!("Article {}", props.number);
    let result = if props.draft.is_empty() {
        html! {
            <p class="empty-note">
                { "This article is empty: paste its text above, or drop a .txt or .md file on \
                   the page." }
            </p>
        }
    } else if let Some(report) = &props.report {
        html! { <ArticleSummary report={report.clone()} stale={props.stale} /> }
    } else {
        html! { <p class="pending">{ "Analysing…" }</p> }
    };
    html! {
        <article class="article-card" data-draft={id.to_string()}>
            <div class="card-head">
                <input
                    class="article-name"
                    type="text"
                    aria-label={format!("{label} name")}
                    value={props.draft.name.clone()}
                    oninput={on_rename}
                />
                <button
                    type="button"
                    class="remove"
                    aria-label={format!("Remove {label}")}
                    title="Remove this article"
                    disabled={!props.can_remove}
                    onclick={on_remove}
                >
                    { "Remove" }
                </button>
            </div>
            <textarea
                class="article-text"
                aria-label={format!("{label} text")}
                placeholder="Paste the article here: outlet, headline, byline and body."
                spellcheck="false"
                value={AttrValue::from(props.draft.text.clone())}
                oninput={on_edit}
            />
            <div class="result">{ result }</div>
        </article>
    }
}
