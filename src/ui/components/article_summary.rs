//! What the engine found in one article: its byline and dateline, its size, its notes, and the
//! lists of entities, quotes and claims. (The outlet, headline and date are the card's
//! editable fields.)

use yew::prelude::*;

use super::{ClaimList, EntityList, QuoteList, SharedArticle};

#[derive(Properties, PartialEq)]
pub struct ArticleSummaryProps {
    pub report: SharedArticle,
    /// Whether the text changed since this report was made.
    pub stale: bool,
}

#[component]
pub fn ArticleSummary(props: &ArticleSummaryProps) -> Html {
    let report = &props.report;
    let field = |label: &'static str, class: &'static str, value: &Option<String>| {
        let value = match value {
            Some(value) => html! { <dd>{ value }</dd> },
            None => html! { <dd class="missing">{ "not found" }</dd> },
        };
        html! { <div class={classes!("field", class)}><dt>{ label }</dt>{ value }</div> }
    };
    let stats = report.stats;
    html! {
        <div class={classes!("summary", props.stale.then_some("stale"))}>
            <dl class="fields">
                { field("Byline", "byline", &report.byline) }
                { field("Dateline", "dateline", &report.dateline) }
            </dl>
            <p class="stats">
                <span class="paragraphs">{ count(stats.paragraphs, "paragraph") }</span>
                <span class="sentences">{ count(stats.sentences, "sentence") }</span>
                <span class="words">{ count(stats.words, "word") }</span>
            </p>
            if !report.notes.is_empty() {
                <ul class="article-notes">
                    { for report.notes.iter().map(|note| html! { <li>{ note }</li> }) }
                </ul>
            }
            <EntityList article={report.clone()} />
            <QuoteList article={report.clone()} />
            <ClaimList article={report.clone()} />
            if !report.set_aside.is_empty() {
                <details class="set-aside">
                    <summary>{ format!("Set aside ({})", report.set_aside.len()) }</summary>
                    <ul>
                        { for report.set_aside.iter().map(|piece| html! {
                            <li><span class="tag">{ &piece.reason }</span>{ " " }{ &piece.text }</li>
                        }) }
                    </ul>
                </details>
            }
        </div>
    }
}

/// "1 word", "2,345 words".
pub fn count(n: usize, noun: &str) -> String {
    let digits = n.to_string();
    let mut grouped = String::new();
    for (idx, digit) in digits.chars().enumerate() {
        if idx > 0 && (digits.len() - idx).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{grouped} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts_are_grouped_and_pluralised() {
        assert_eq!(count(0, "word"), "0 words");
        assert_eq!(count(1, "word"), "1 word");
        assert_eq!(count(1234567, "word"), "1,234,567 words");
    }
}
