//! One article: its name, the outlet, headline and date the reader can set (showing what the
//! engine found until then), its text box (or, for a long text, its opening: see
//! [`super::long_text`]), and below them what the engine found in it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::long_text::{LONG_TEXT, LongText, pasted_into, read_in_slices};
use super::{ArticleSummary, SharedArticle};
use crate::ui::state::{Draft, Part};

#[derive(Properties, PartialEq)]
pub struct ArticleCardProps {
    pub draft: Draft,
    /// 1-based position on the page, for labels.
    pub number: usize,
    /// The engine's findings for this article, once analysed (none while it is empty).
    pub report: Option<SharedArticle>,
    /// Whether the text changed since the report was made.
    pub stale: bool,
    pub can_remove: bool,
    pub on_rename: Callback<(usize, String)>,
    pub on_edit: Callback<(usize, String)>,
    pub on_remove: Callback<usize>,
    /// The reader sets the outlet, headline or date.
    pub on_part: Callback<(usize, Part, String)>,
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
    // A paste of a long text goes to the state from the clipboard event, not through the box.
    let on_paste = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |event: Event| {
            let Some(event) = event.dyn_ref::<web_sys::ClipboardEvent>() else {
                return;
            };
            let Some(pasted) = event.clipboard_data().as_ref().and_then(clipboard_text) else {
                return;
            };
            // A UTF-16 unit is at least one byte: more units than the limit is over it.
            if pasted.length() as usize <= LONG_TEXT {
                return;
            }
            event.prevent_default();
            let area: web_sys::HtmlTextAreaElement = event.target_unchecked_into();
            let at = |end: Result<Option<u32>, _>| end.ok().flatten().unwrap_or(0);
            let selection = (at(area.selection_start()), at(area.selection_end()));
            let value = area.value();
            let on_edit = on_edit.clone();
            yew::platform::spawn_local(async move {
                let pasted = read_in_slices(pasted).await;
                on_edit.emit((id, pasted_into(&value, selection, &pasted)));
            });
        })
    };
    let edit_anyway = use_state(|| false);
    let on_edit_anyway = {
        let edit_anyway = edit_anyway.clone();
        Callback::from(move |()| edit_anyway.set(true))
    };
    let on_remove = props.on_remove.reform(move |_: MouseEvent| id);
    let label = format!("Article {}", props.number);
    let result = if props.draft.page.is_some() {
        html! { <p class="pending">{ "Reading the story from the HTML page…" }</p> }
    } else if props.draft.is_empty() {
        html! {
            <p class="empty-note">
                { "This article is empty: paste its text above, or open or drop a .txt, .md or \
                   .html file." }
            </p>
        }
    } else if let Some(report) = &props.report {
        html! { <ArticleSummary report={report.clone()} stale={props.stale} /> }
    } else {
        html! { <p class="pending">{ "Analysing…" }</p> }
    };
    // What the reader set, else what the engine found (a date only when it is a whole day,
    // which is what a date field holds).
    let found = |part: Part| {
        let report = props.report.as_ref();
        let engine = match part {
            Part::Outlet => report.and_then(|r| r.outlet.clone()),
            Part::Headline => report.and_then(|r| r.headline.clone()),
            Part::Date => report.and_then(|r| r.date.clone()).filter(|d| d.len() == 10),
        };
        props.draft.parts.get(part).map(str::to_owned).or(engine).unwrap_or_default()
    };
    let part_field = |part: Part, title: &'static str, class: &'static str, kind: &'static str| {
        let on_input = props.on_part.reform(move |event: InputEvent| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            (id, part, input.value())
        });
        html! {
            <label class={classes!("part", class)}>
                <span class="part-label">{ title }</span>
                <input
                    type={kind}
                    aria-label={format!("{label} {}", title.to_lowercase())}
                    placeholder="not found"
                    value={found(part)}
                    oninput={on_input}
                />
            </label>
        }
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
            <div class="parts">
                { part_field(Part::Outlet, "Outlet", "outlet", "text") }
                { part_field(Part::Headline, "Headline", "headline", "text") }
                { part_field(Part::Date, "Date", "date", "date") }
            </div>
            if props.draft.text.len() > LONG_TEXT && !*edit_anyway {
                <LongText text={AttrValue::from(props.draft.text.clone())} label={label.clone()} on_edit_anyway={on_edit_anyway} />
            } else {
                <textarea
                    class="article-text"
                    aria-label={format!("{label} text")}
                    placeholder="Paste the article here: outlet, headline, byline and body, or an \
                                 HTML page."
                    spellcheck="false"
                    value={AttrValue::from(props.draft.text.clone())}
                    oninput={on_edit}
                    onpaste={on_paste}
                />
            }
            <div class="result">{ result }</div>
        </article>
    }
}

/// The clipboard's text as a JS string, not yet copied into the wasm (web-sys's `get_data`
/// would copy it at once).
fn clipboard_text(data: &web_sys::DataTransfer) -> Option<js_sys::JsString> {
    let get_data = js_sys::Reflect::get(data, &"getData".into()).ok()?;
    let get_data: &js_sys::Function = get_data.dyn_ref()?;
    get_data.call1(data, &"text".into()).ok()?.dyn_into().ok()
}
