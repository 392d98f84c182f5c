//! The same remark quoted in two articles, with a word diff of the two wordings.

use yew::prelude::*;

use super::LIST_LIMIT;
use super::entity_list::more;
use crate::report::{DiffPiece, QuotePair, Report};

#[derive(Properties, PartialEq)]
pub struct QuotePairsProps {
    pub report: Report,
}

#[component]
pub fn QuotePairs(props: &QuotePairsProps) -> Html {
    let report = &props.report;
    if report.quote_pairs.is_empty() {
        return html! {};
    }
    html! {
        <section class="quote-pairs">
            <h3>{ format!("Quotes in more than one article ({})", report.quote_pairs.len()) }</h3>
            <ul>
                { for report.quote_pairs.iter().take(LIST_LIMIT).map(|pair| pair_item(report, pair)) }
                { more(report.quote_pairs.len()) }
            </ul>
        </section>
    }
}

fn pair_item(report: &Report, pair: &QuotePair) -> Html {
    let name = |article: usize| article_name(report, article);
    let speaker = report
        .articles
        .get(pair.first.article)
        .and_then(|article| article.quotes.get(pair.first.quote))
        .and_then(|quote| quote.speaker_name.clone());
    html! {
        <li class="quote-pair" data-kind={pair.kind.clone()}>
            <span class="tag">{ pair.kind.replace('_', " ") }</span>
            <span class="source">
                { format!(" {} / {}", name(pair.first.article), name(pair.second.article)) }
                if let Some(speaker) = speaker { { format!(" — {speaker}") } }
            </span>
            <p class="diff">
                // Pieces are runs of words; the spaces between runs are not in them.
                { for pair.diff.iter().enumerate().map(|(idx, piece)| html! { <>
                    if idx > 0 { { " " } }
                    { diff_piece(report, pair, piece) }
                </> }) }
            </p>
        </li>
    }
}

fn diff_piece(report: &Report, pair: &QuotePair, piece: &DiffPiece) -> Html {
    let name = |article: usize| article_name(report, article);
    match piece.op.as_str() {
        "only_first" => {
            html! { <del title={name(pair.first.article).to_owned()}>{ &piece.text }</del> }
        }
        "only_second" => {
            html! { <ins title={name(pair.second.article).to_owned()}>{ &piece.text }</ins> }
        }
        _ => html! { <span>{ &piece.text }</span> },
    }
}

fn article_name(report: &Report, article: usize) -> &str {
    report.articles.get(article).map_or("?", |a| a.name.as_str())
}
