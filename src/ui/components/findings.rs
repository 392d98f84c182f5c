//! The findings view, the landing view after analysis: the engine's ranked findings, each with
//! its kind, its one-line summary and the passages from each article side by side (with a word
//! diff when they render one thing), filtered by kind and by entity; each can be copied as text
//! and each passage jumps to its place in its article.

use std::collections::BTreeMap;

use yew::prelude::*;

use super::labels::{article_label, entity_index, kind_label};
use super::passage::{Passages, by_article, passage_text};
use super::{PAGE, Shared};
use crate::report::{Finding, FindingSpan, Report};
use crate::sorting;
use crate::ui::state::Analysis;

#[derive(Properties, PartialEq)]
pub struct FindingsViewProps {
    pub analysis: Shared<Analysis>,
    pub on_jump: Callback<FindingSpan>,
}

#[component]
pub fn FindingsView(props: &FindingsViewProps) -> Html {
    let kind = use_state(String::new);
    let entity = use_state(String::new);
    let shown = use_state(|| PAGE);
    let copied = use_state(|| None::<usize>);
    let report = &props.analysis.report;

    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for finding in &report.findings {
        *kinds.entry(finding.kind.as_str()).or_default() += 1;
    }
    let mut named: Vec<(String, &str)> = report
        .entities
        .iter()
        .filter(|e| matches!(e.kind.as_str(), "person" | "organization" | "place" | "other"))
        .map(|e| (e.name.clone(), e.id.as_str()))
        .collect();
    sorting::sort(&mut named);

    let about = (!entity.is_empty()).then(|| entity_spans(report, &entity));
    let matching: Vec<(usize, &Finding)> = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| kind.is_empty() || f.kind == *kind)
        .filter(|(_, f)| about.as_ref().is_none_or(|about| is_about(f, about)))
        .collect();

    let on_kind = {
        let (kind, shown) = (kind.clone(), shown.clone());
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            kind.set(select.value());
            shown.set(PAGE);
        })
    };
    let on_entity = {
        let (entity, shown) = (entity.clone(), shown.clone());
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            entity.set(select.value());
            shown.set(PAGE);
        })
    };
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + PAGE))
    };

    html! {
        <div class="findings-view">
            <div class="filters" role="group" aria-label="Filter findings">
                <label>
                    { "Kind " }
                    <select onchange={on_kind} value={(*kind).clone()}>
                        <option value="" selected={kind.is_empty()}>{ "All kinds" }</option>
                        { for kinds.iter().map(|(k, n)| html! {
                            <option value={k.to_string()} selected={*kind == *k}>
                                { format!("{} ({n})", kind_label(k)) }
                            </option>
                        }) }
                    </select>
                </label>
                <label>
                    { "Entity " }
                    <select onchange={on_entity}>
                        <option value="" selected={entity.is_empty()}>{ "All entities" }</option>
                        { for named.iter().map(|(name, id)| html! {
                            <option value={id.to_string()} selected={*entity == *id}>{ name }</option>
                        }) }
                    </select>
                </label>
                <span class="filter-count" aria-live="polite">
                    { format!("{} of {} findings", matching.len(), report.findings.len()) }
                </span>
            </div>
            if report.findings.is_empty() {
                <p class="missing">{ "No findings: add a second article to compare." }</p>
            }
            <ol class="findings">
                { for matching.iter().take(*shown).map(|&(idx, finding)| {
                    let on_copy = {
                        let copied = copied.clone();
                        let text = finding_text(&props.analysis, finding);
                        Callback::from(move |_: MouseEvent| {
                            copy_text(&text);
                            copied.set(Some(idx));
                        })
                    };
                    let diff = finding.kind.starts_with("quote_")
                        || finding.kind.starts_with("fact_")
                        || finding.kind == "entity_variant";
                    html! {
                        <li class="finding" data-kind={finding.kind.clone()} key={idx}>
                            <div class="finding-head">
                                <span class={classes!("kind", kind_class(&finding.kind))}>
                                    { kind_label(&finding.kind) }
                                </span>
                                <span class="summary-text">{ &finding.summary }</span>
                                <button
                                    type="button"
                                    class="copy"
                                    aria-label={if *copied == Some(idx) {
                                        format!("Copied finding {}", idx + 1)
                                    } else {
                                        format!("Copy finding {} as text", idx + 1)
                                    }}
                                    onclick={on_copy}
                                >
                                    { if *copied == Some(idx) { "Copied" } else { "Copy" } }
                                </button>
                            </div>
                            <Passages
                                analysis={props.analysis.clone()}
                                spans={finding.spans.clone()}
                                {diff}
                                on_jump={props.on_jump.clone()}
                            />
                        </li>
                    }
                }) }
            </ol>
            if matching.len() > *shown {
                <button type="button" class="more" onclick={on_more}>
                    { format!("Show more ({} left)", matching.len() - *shown) }
                </button>
            }
        </div>
    }
}

/// A colour family for each kind: differences, agreements, coverage.
pub fn kind_class(kind: &str) -> &'static str {
    match kind {
        "fact_agrees" | "quote_identical" | "quote_spelling" => "agree",
        k if k.ends_with("_only_in") => "coverage",
        _ => "differ",
    }
}

/// The mentions of linked entity `id` in each article, as spans.
fn entity_spans(report: &Report, id: &str) -> (String, Vec<FindingSpan>) {
    let Some(linked) = report.entities.iter().find(|e| e.id == id) else {
        return (String::new(), Vec::new());
    };
    let spans = linked
        .members
        .iter()
        .filter_map(|member| {
            let entity =
                report.articles.get(member.article)?.entities.get(entity_index(&member.entity)?)?;
            Some(entity.mentions.iter().map(move |m| FindingSpan {
                article: member.article,
                start: m.start,
                end: m.end,
            }))
        })
        .flatten()
        .collect();
    (linked.name.clone(), spans)
}

/// Whether a finding is about an entity: it names it, or one of its passages holds a mention.
fn is_about(finding: &Finding, (name, mentions): &(String, Vec<FindingSpan>)) -> bool {
    (!name.is_empty() && finding.summary.contains(name.as_str()))
        || finding.spans.iter().any(|s| {
            mentions.iter().any(|m| m.article == s.article && m.start < s.end && s.start < m.end)
        })
}

/// A finding as plain text, for the clipboard: kind, summary, then each article's passage.
pub fn finding_text(analysis: &Analysis, finding: &Finding) -> String {
    let mut out = format!("{}: {}", kind_label(&finding.kind), finding.summary);
    for (article, spans) in by_article(&finding.spans) {
        let text = analysis.texts.get(article).map(|t| passage_text(t, &spans)).unwrap_or_default();
        out.push_str(&format!("\n— {}: “{}”", article_label(&analysis.report, article), text));
    }
    out
}

/// Puts text on the clipboard; the browser may refuse (no permission), which leaves it as it was.
pub fn copy_text(text: &str) {
    if let Some(window) = web_sys::window() {
        let _promise = window.navigator().clipboard().write_text(text);
    }
}
