//! *Copy permalink*: a link that carries the articles themselves (see `crate::ui::permalink`),
//! with a note on who can read them, and a warning when the link is too long for some apps.

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::ui::permalink as link;
use crate::ui::session::Session;

#[derive(Properties, PartialEq)]
pub struct PermalinkProps {
    /// The articles as they are when the link is made.
    pub articles: Callback<(), Session>,
}

/// What happened to the last link made.
#[derive(Clone, PartialEq)]
enum Made {
    Copied {
        length: usize,
    },
    /// Made, but the browser would not put it on the clipboard: it is shown to copy by hand.
    NotCopied {
        link: String,
    },
    Failed(String),
}

#[component]
pub fn Permalink(props: &PermalinkProps) -> Html {
    let made = use_state(|| None::<Made>);
    let onclick = {
        let (articles, made) = (props.articles.clone(), made.clone());
        Callback::from(move |_: MouseEvent| {
            let session = articles.emit(());
            let made = made.clone();
            yew::platform::spawn_local(async move { made.set(Some(copy(&session).await)) });
        })
    };
    let length = match &*made {
        Some(Made::Copied { length }) => Some(*length),
        Some(Made::NotCopied { link }) => Some(link.len()),
        _ => None,
    };
    let status = match &*made {
        None => html! {},
        Some(Made::Copied { length }) => {
            html! { <p>{ format!("Copied a link of {}.", characters(*length)) }</p> }
        }
        Some(Made::NotCopied { link }) => html! {
            <>
                <p>{ "The browser would not copy it; select the link and copy it yourself:" }</p>
                <textarea class="permalink-text" readonly=true aria-label="Permalink" value={link.clone()} />
            </>
        },
        Some(Made::Failed(why)) => html! { <p>{ format!("No link was made: {why}.") }</p> },
    };
    let too_long = length.filter(|&length| length > link::LONG).map(|length| {
        html! {
            <p class="warning">
                { format!(
                    "At {} this link is longer than some apps and sites accept (about {}): \
                     they may cut it short, and it will not open. Send the articles as files \
                     instead, or share fewer of them.",
                    characters(length),
                    characters(link::LONG),
                ) }
            </p>
        }
    });
    html! {
        <details class="permalink">
            <summary>{ "Permalink" }</summary>
            <div class="permalink-panel">
                <p class="permalink-note">
                    { "The link holds the articles themselves, compressed, after its “#”. \
                       Browsers never send that part to any server, not even this page's: the \
                       articles stay on your computer until you give the link to someone. \
                       Anyone who has the link can read them." }
                </p>
                <button type="button" class="copy-permalink" {onclick}>{ "Copy permalink" }</button>
                <div class="permalink-status" role="status">{ status }{ too_long }</div>
            </div>
        </details>
    }
}

/// Makes the link for `session` and puts it on the clipboard.
async fn copy(session: &Session) -> Made {
    let Some(window) = web_sys::window() else {
        return Made::Failed("there is no page to link to".to_owned());
    };
    let fragment = match link::fragment(session).await {
        Ok(fragment) => fragment,
        Err(why) => return Made::Failed(why),
    };
    let address = window.location().href().unwrap_or_default();
    let base = address.split('#').next().unwrap_or_default();
    let full = format!("{base}#{fragment}");
    match JsFuture::from(window.navigator().clipboard().write_text(&full)).await {
        Ok(_) => Made::Copied { length: full.len() },
        Err(_) => Made::NotCopied { link: full },
    }
}

/// A length in characters, in thousands when large ("48.2 thousand characters").
fn characters(length: usize) -> String {
    if length < 10_000 {
        format!("{length} characters")
    } else {
        format!("{:.1} thousand characters", length as f64 / 1000.0)
    }
}
