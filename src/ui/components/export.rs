//! Take the report away: download it as JSON, a Markdown summary, or CSV tables (entities,
//! quotes, findings). Files are made in the page (a Blob and an object URL); nothing is sent.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::Shared;
use crate::report::{csv, markdown};
use crate::ui::state::Analysis;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub analysis: Shared<Analysis>,
}

/// The formats, with the file each makes.
const FORMATS: [(&str, &str, &str); 5] = [
    ("JSON", "parallax-report.json", "application/json"),
    ("Markdown", "parallax-report.md", "text/markdown"),
    ("CSV: entities", "parallax-entities.csv", "text/csv"),
    ("CSV: quotes", "parallax-quotes.csv", "text/csv"),
    ("CSV: findings", "parallax-findings.csv", "text/csv"),
];

#[component]
pub fn Export(props: &ExportProps) -> Html {
    html! {
        <details class="export">
            <summary>{ "Export" }</summary>
            <div class="export-menu" role="group" aria-label="Download the report">
                { for FORMATS.iter().enumerate().map(|(idx, &(label, file, mime))| {
                    let analysis = props.analysis.clone();
                    let onclick = Callback::from(move |_: MouseEvent| {
                        let report = &analysis.report;
                        let body = match idx {
                            0 => report.to_json(),
                            1 => markdown::summary(report),
                            2 => csv::entities(report),
                            3 => csv::quotes(report),
                            _ => csv::findings(report),
                        };
                        download(file, mime, &body);
                    });
                    html! {
                        <button type="button" data-file={file} {onclick}>{ label }</button>
                    }
                }) }
            </div>
        </details>
    }
}

/// Offers `body` as a file named `name`. A browser that refuses (no DOM) does nothing.
fn download(name: &str, mime: &str, body: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(body));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a")
        && let Ok(link) = link.dyn_into::<web_sys::HtmlAnchorElement>()
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The download has started from the click; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
}
