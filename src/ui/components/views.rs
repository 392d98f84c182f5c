//! The report's views as a tablist: findings (the landing view), articles, quotes and entities,
//! with the export buttons. Owns which view is showing and the passage a finding jumped to.
//!
//! Keyboard: the tabs follow the ARIA tabs pattern (arrow keys, Home and End move between them;
//! only the selected tab is in the tab order).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{ArticleView, EntitiesView, Export, FindingsView, QuotesView};
use crate::compare::Correction;
use crate::report::{ArticleReport, FindingSpan};
use crate::ui::state::Analysis;

/// A shared value compared by identity: props holding a 5 MB report compare in O(1).
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// One article's report inside a shared analysis, compared by identity as [`Shared`] is:
/// handing it to a component copies nothing of a 5 MB article's lists.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedArticle {
    analysis: Shared<Analysis>,
    index: usize,
}

impl SharedArticle {
    /// Article `index` of the analysis, if it has one.
    pub fn new(analysis: Shared<Analysis>, index: usize) -> Option<SharedArticle> {
        (index < analysis.report.articles.len()).then_some(SharedArticle { analysis, index })
    }
}

impl std::ops::Deref for SharedArticle {
    type Target = ArticleReport;
    fn deref(&self) -> &ArticleReport {
        &self.analysis.report.articles[self.index]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    Findings,
    Articles,
    Quotes,
    Entities,
}

const TABS: [(Tab, &str, &str); 4] = [
    (Tab::Findings, "findings", "Findings"),
    (Tab::Articles, "articles", "Articles"),
    (Tab::Quotes, "quotes", "Quotes"),
    (Tab::Entities, "entities", "Entities"),
];

#[derive(Properties, PartialEq)]
pub struct ReportViewsProps {
    pub analysis: Shared<Analysis>,
    /// Whether the articles changed since the report was made.
    pub stale: bool,
    /// The reader's corrections so far.
    pub corrections: Shared<crate::compare::Corrections>,
    pub on_correct: Callback<Correction>,
    pub on_reset_corrections: Callback<()>,
}

#[component]
pub fn ReportViews(props: &ReportViewsProps) -> Html {
    let tab = use_state(|| Tab::Findings);
    let article = use_state(|| 0usize);
    let target = use_state(|| None::<FindingSpan>);
    let report = &props.analysis.report;

    let on_jump = {
        let (tab, article, target) = (tab.clone(), article.clone(), target.clone());
        Callback::from(move |span: FindingSpan| {
            article.set(span.article);
            target.set(Some(span));
            tab.set(Tab::Articles);
        })
    };
    let on_select_article = {
        let (article, target) = (article.clone(), target.clone());
        Callback::from(move |idx: usize| {
            article.set(idx);
            target.set(None);
        })
    };
    let on_keydown = {
        let tab = tab.clone();
        Callback::from(move |event: KeyboardEvent| {
            let at = TABS.iter().position(|(t, ..)| *t == *tab).unwrap_or(0);
            let next = match event.key().as_str() {
                "ArrowRight" | "ArrowDown" => (at + 1) % TABS.len(),
                "ArrowLeft" | "ArrowUp" => (at + TABS.len() - 1) % TABS.len(),
                "Home" => 0,
                "End" => TABS.len() - 1,
                _ => return,
            };
            event.prevent_default();
            tab.set(TABS[next].0);
            focus(&format!("tab-{}", TABS[next].1));
        })
    };

    let article_idx = (*article).min(report.articles.len().saturating_sub(1));
    let panel = match *tab {
        Tab::Findings => html! {
            <FindingsView analysis={props.analysis.clone()} on_jump={on_jump.clone()} />
        },
        Tab::Articles => html! {
            <ArticleView
                analysis={props.analysis.clone()}
                article={article_idx}
                target={*target}
                on_select={on_select_article}
            />
        },
        Tab::Quotes => html! {
            <QuotesView
                analysis={props.analysis.clone()}
                on_jump={on_jump.clone()}
                on_correct={props.on_correct.clone()}
            />
        },
        Tab::Entities => html! {
            <EntitiesView
                analysis={props.analysis.clone()}
                corrections={props.corrections.clone()}
                on_correct={props.on_correct.clone()}
                on_reset={props.on_reset_corrections.clone()}
            />
        },
    };
    let (_, current_id, _) = TABS.iter().find(|(t, ..)| *t == *tab).copied().unwrap_or(TABS[0]);
    html! {
        <section class={classes!("report", props.stale.then_some("stale"))} aria-label="Report">
            <div class="report-bar">
                <div role="tablist" aria-label="Report views" class="tabs" onkeydown={on_keydown}>
                    { for TABS.iter().map(|&(t, id, label)| {
                        let selected = t == *tab;
                        let onclick = {
                            let tab = tab.clone();
                            Callback::from(move |_: MouseEvent| tab.set(t))
                        };
                        html! {
                            <button
                                type="button"
                                role="tab"
                                id={format!("tab-{id}")}
                                aria-selected={selected.to_string()}
                                aria-controls={format!("panel-{id}")}
                                tabindex={if selected { "0" } else { "-1" }}
                                {onclick}
                            >
                                { label }
                                { count_badge(t, report) }
                            </button>
                        }
                    }) }
                </div>
                <Export analysis={props.analysis.clone()} />
            </div>
            <div
                role="tabpanel"
                class="panel"
                id={format!("panel-{current_id}")}
                aria-labelledby={format!("tab-{current_id}")}
            >
                { panel }
            </div>
        </section>
    }
}

fn count_badge(tab: Tab, report: &crate::Report) -> Html {
    let count = match tab {
        Tab::Findings => report.findings.len(),
        Tab::Articles => report.articles.len(),
        Tab::Quotes => report.articles.iter().map(|a| a.quotes.len()).sum(),
        Tab::Entities => report.entities.len(),
    };
    html! { <span class="count">{ count }</span> }
}

/// Moves keyboard focus to the element with this id, if it is on the page.
pub fn focus(id: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // Focus can fail only on an element that cannot take it; the tabs can.
        let _ = element.focus();
    }
}
