//! What the engine is busy with: reading HTML pages, analysing the articles. A live region that
//! is always on the page (so screen readers announce its changes) and empty when idle.

use yew::prelude::*;

use super::article_summary::count;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    /// How many articles are being analysed, while the report is not current.
    pub analysing: Option<usize>,
    /// How many HTML pages wait to be read.
    pub pages: usize,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let mut busy = Vec::new();
    if props.pages > 0 {
        busy.push(format!("Reading the story of {}…", count(props.pages, "page")));
    }
    if let Some(articles) = props.analysing {
        busy.push(format!("Analysing {}…", count(articles, "article")));
    }
    html! {
        <div class="analysis-status" role="status">
            if !busy.is_empty() {
                <span class="spinner" aria-hidden="true"></span>
                <span class="status-text">{ busy.join(" ") }</span>
                <span class="status-hint">
                    { " Editing an article starts the analysis again with the new text." }
                </span>
            }
        </div>
    }
}
