//! Across the articles: the entities linked between them and the findings (discrepancies,
//! coverage) the engine ranked, each finding with the passages it is about.

use std::rc::Rc;

use yew::prelude::*;

use super::entity_list::more;
use super::{LIST_LIMIT, QuotePairs};
use crate::report::{Finding, LinkedEntity, Report};

#[derive(Properties, PartialEq)]
pub struct ComparisonProps {
    pub report: Report,
    /// The text of each of `report.articles`, in order, to show the passages findings point at.
    pub texts: Vec<Rc<str>>,
}

#[component]
pub fn Comparison(props: &ComparisonProps) -> Html {
    let report = &props.report;
    if report.articles.len() < 2 {
        return html! {};
    }
    let name = |article: usize| {
        report.articles.get(article).map_or_else(|| format!("#{article}"), |a| a.name.clone())
    };
    let shared: Vec<&LinkedEntity> = report
        .entities
        .iter()
        .filter(|entity| {
            let first = entity.members.first().map(|member| member.article);
            entity.members.iter().any(|member| Some(member.article) != first)
        })
        .collect();
    html! {
        <section class="comparison">
            <h2>{ "Across the articles" }</h2>
            <section class="findings">
                <h3>{ format!("Findings ({})", report.findings.len()) }</h3>
                if report.findings.is_empty() {
                    <p class="missing">{ "No differences found yet." }</p>
                } else {
                    <ol>
                        { for report.findings.iter().take(LIST_LIMIT).map(|finding| {
                            finding_item(finding, &props.texts, &name)
                        }) }
                        { more(report.findings.len()) }
                    </ol>
                }
            </section>
            <QuotePairs report={report.clone()} />
            if !shared.is_empty() {
                <section class="linked-entities">
                    <h3>{ format!("Named in more than one article ({})", shared.len()) }</h3>
                    <ul>
                        { for shared.iter().take(LIST_LIMIT).map(|entity| {
                            // How each article writes the name: spelling variants show here.
                            let written: Vec<String> = entity
                                .members
                                .iter()
                                .map(|member| format!("“{}” in {}", member.name, name(member.article)))
                                .collect();
                            html! {
                                <li class="linked-entity">
                                    <span class="name">{ &entity.name }</span>
                                    <span class="tag">{ &entity.kind }</span>
                                    <span class="in">{ format!(": {}", written.join(", ")) }</span>
                                </li>
                            }
                        }) }
                        { more(shared.len()) }
                    </ul>
                </section>
            }
        </section>
    }
}

fn finding_item(finding: &Finding, texts: &[Rc<str>], name: &dyn Fn(usize) -> String) -> Html {
    html! {
        <li class="finding" data-kind={finding.kind.clone()}>
            <span class="tag">{ &finding.kind }</span>
            { " " }
            <span class="summary-text">{ &finding.summary }</span>
            <ul class="passages">
                { for finding.spans.iter().map(|span| {
                    // A span that does not fit the text is shown without its passage rather
                    // than panicking: the report and the texts come from the same revision,
                    // but the UI does not rely on it.
                    let passage = texts
                        .get(span.article)
                        .and_then(|text| text.get(span.start..span.end))
                        .unwrap_or("");
                    html! {
                        <li>
                            <span class="source">{ name(span.article) }</span>
                            { ": " }
                            <mark>{ passage }</mark>
                        </li>
                    }
                }) }
            </ul>
        </li>
    }
}
