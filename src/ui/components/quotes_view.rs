//! The quotes view: per speaker, their quotes in each article side by side with the verdict
//! (identical, spelling only, truncated, reworded, different speaker, only in one article) and
//! the engine's word diff. The reader can give any quote another speaker.

use std::collections::{BTreeMap, BTreeSet};

use yew::prelude::*;

use super::Shared;
use super::findings::kind_class;
use super::labels::{article_label, kind_label};
use crate::compare::Correction;
use crate::report::{FindingSpan, QuotePair, QuoteRef, Report};
use crate::ui::state::Analysis;

#[derive(Properties, PartialEq)]
pub struct QuotesViewProps {
    pub analysis: Shared<Analysis>,
    pub on_jump: Callback<FindingSpan>,
    pub on_correct: Callback<Correction>,
}

/// Who a quote is given to: a linked entity, an unlinked name, or nobody.
fn speaker_of(report: &Report, at: QuoteRef) -> String {
    let Some(quote) = report.articles.get(at.article).and_then(|a| a.quotes.get(at.quote)) else {
        return "Speaker unknown".to_owned();
    };
    let linked = quote.speaker.as_ref().and_then(|id| {
        report
            .entities
            .iter()
            .find(|e| e.members.iter().any(|m| m.article == at.article && &m.entity == id))
    });
    linked
        .map(|e| e.name.clone())
        .or_else(|| quote.speaker_name.clone())
        .unwrap_or_else(|| "Speaker unknown".to_owned())
}

#[component]
pub fn QuotesView(props: &QuotesViewProps) -> Html {
    let report = &props.analysis.report;
    // Speaker → (pairs, quotes in no pair).
    let mut groups: BTreeMap<String, (Vec<&QuotePair>, Vec<QuoteRef>)> = BTreeMap::new();
    let mut paired: BTreeSet<(usize, usize)> = BTreeSet::new();
    for pair in &report.quote_pairs {
        paired.insert((pair.first.article, pair.first.quote));
        paired.insert((pair.second.article, pair.second.quote));
        groups.entry(speaker_of(report, pair.first)).or_default().0.push(pair);
    }
    for (article, info) in report.articles.iter().enumerate() {
        for quote in 0..info.quotes.len() {
            let at = QuoteRef { article, quote };
            if !paired.contains(&(article, quote)) {
                groups.entry(speaker_of(report, at)).or_default().1.push(at);
            }
        }
    }
    if groups.is_empty() {
        return html! { <p class="missing">{ "No quotes found in these articles." }</p> };
    }
    let single = report.articles.len() < 2;
    html! {
        <div class="quotes-view">
            { for groups.iter().map(|(speaker, (pairs, alone))| html! {
                <section class="speaker-group">
                    <h3>{ speaker }</h3>
                    { for pairs.iter().map(|pair| {
                        let (left, right) = sides(pair);
                        html! {
                            <div class="quote-row" data-kind={pair.kind.clone()}>
                                <span class={classes!("kind", kind_class(&pair.kind))}>{ kind_label(&pair.kind) }</span>
                                <div class="passages">
                                    { quote_cell(props, pair.first, Some(left)) }
                                    { quote_cell(props, pair.second, Some(right)) }
                                </div>
                            </div>
                        }
                    }) }
                    { for alone.iter().map(|&at| html! {
                        <div class="quote-row" data-kind="quote_only_in">
                            if !single {
                                <span class="kind coverage">
                                    { format!("Only in {}", article_label(report, at.article)) }
                                </span>
                            }
                            <div class="passages">{ quote_cell(props, at, None) }</div>
                        </div>
                    }) }
                </section>
            }) }
        </div>
    }
}

/// The two sides of a pair's diff: each quote's words, with what only it has marked.
fn sides(pair: &QuotePair) -> (Html, Html) {
    let side = |only: &str| {
        pair.diff.iter().filter(|p| p.op == "same" || p.op == only).enumerate().map(|(idx, piece)| {
            let space = if idx > 0 { " " } else { "" };
            match piece.op.as_str() {
                "only_first" => html! { <>{ space }<del title="only in this article">{ &piece.text }</del></> },
                "only_second" => html! { <>{ space }<ins title="only in this article">{ &piece.text }</ins></> },
                _ => html! { <>{ space }{ &piece.text }</> },
            }
        }).collect::<Html>()
    };
    (side("only_first"), side("only_second"))
}

fn quote_cell(props: &QuotesViewProps, at: QuoteRef, diffed: Option<Html>) -> Html {
    let report = &props.analysis.report;
    let Some(info) = report.articles.get(at.article) else {
        return html! {};
    };
    let Some(quote) = info.quotes.get(at.quote) else {
        return html! {};
    };
    let label = article_label(report, at.article);
    let span = FindingSpan { article: at.article, start: quote.start, end: quote.end };
    let on_jump = props.on_jump.reform(move |_: MouseEvent| span);
    let on_speaker = props.on_correct.reform(move |event: Event| {
        let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
        let value = select.value();
        Correction::Speaker {
            article: at.article,
            quote: at.quote,
            speaker: (!value.is_empty()).then_some(value),
        }
    });
    let current = quote.speaker.clone().unwrap_or_default();
    html! {
        <div class="passage">
            <div class="passage-source">{ label.clone() }</div>
            <p class="passage-text">
                { diffed.unwrap_or_else(|| html! { { &quote.text } }) }
            </p>
            <div class="quote-tools">
                <label>
                    { "Speaker " }
                    <select onchange={on_speaker} aria-label={format!("Speaker of this quote in {label}")}>
                        <option value="" selected={current.is_empty()}>{ "unknown" }</option>
                        { for info.entities.iter().filter(|e| matches!(e.kind.as_str(), "person" | "organization" | "other")).map(|e| html! {
                            <option value={e.id.clone()} selected={e.id == current}>{ &e.name }</option>
                        }) }
                    </select>
                </label>
                <button type="button" class="link" aria-label={format!("Show in article: {label}")} onclick={on_jump}>
                    { "Show in article" }
                </button>
            </div>
        </div>
    }
}
