//! An article too long for its text box: laying out megabytes in a `<textarea>` holds the
//! page for seconds (1.4 s for 5 MB in Chromium), so a long text is shown as its size and
//! opening lines, and goes into the box only if the reader asks. A paste that would make a
//! text this long is taken from the clipboard event instead of going through the box, and
//! copied into the page's memory a slice per task ([`read_in_slices`]).

use gloo::timers::future::TimeoutFuture;
use js_sys::JsString;
use yew::prelude::*;

use super::labels::megabytes;

/// Texts longer than this (in bytes) stay out of the text box: about 30 ms of layout.
pub const LONG_TEXT: usize = 100 * 1024;

/// How many UTF-16 units of a pasted text are copied into the wasm per task (about 5 ms).
const SLICE_UNITS: u32 = 256 * 1024;

/// How much of a long text its card shows.
const OPENING_CHARS: usize = 400;

#[derive(Properties, PartialEq)]
pub struct LongTextProps {
    pub text: AttrValue,
    /// "Article 2", for labels.
    pub label: AttrValue,
    /// The reader asks for the text in its box anyway.
    pub on_edit_anyway: Callback<()>,
}

#[component]
pub fn LongText(props: &LongTextProps) -> Html {
    let opening: String = props.text.chars().take(OPENING_CHARS).collect();
    let on_click = props.on_edit_anyway.reform(|_: MouseEvent| ());
    let group = use_node_ref();
    {
        // In place of a text box that had the focus (a paste into it), this takes the focus,
        // so that the keyboard does not start again from the top of the page.
        let group = group.clone();
        use_effect_with((), move |()| {
            let document = web_sys::window().and_then(|window| window.document());
            let lost = document
                .and_then(|d| d.active_element())
                .is_none_or(|element| element.tag_name().eq_ignore_ascii_case("body"));
            if let (true, Some(group)) = (lost, group.cast::<web_sys::HtmlElement>()) {
                let _ = group.focus();
            }
        });
    }
    html! {
        <div class="long-text" role="group" aria-label={format!("{} text", props.label)} tabindex="-1" ref={group}>
            <p class="long-text-note">
                { format!(
                    "{} of text: too long to edit smoothly here, so only its opening is shown. \
                     It is analysed in full; the Articles view below shows all of it.",
                    megabytes(props.text.len() as u64)
                ) }
            </p>
            <p class="long-text-opening">{ opening }{ "…" }</p>
            <button type="button" onclick={on_click}>
                { "Edit here anyway" }
                <span class="visually-hidden">{ format!(" ({}, slow)", props.label) }</span>
            </button>
        </div>
    }
}

/// `text` as a Rust string, copied a slice at a time with a pause between slices, so that
/// no one task copies megabytes. A slice never ends between the two halves of a surrogate
/// pair.
pub async fn read_in_slices(text: JsString) -> String {
    let length = text.length();
    let mut out = String::with_capacity(length as usize);
    let mut start = 0;
    while start < length {
        // Every slice in a task of its own, the first too: the paste event that hands over
        // the text has already spent tens of milliseconds in the browser's clipboard.
        TimeoutFuture::new(0).await;
        let mut end = length.min(start + SLICE_UNITS);
        if end < length && (0xD800..0xDC00).contains(&(text.char_code_at(end - 1) as u32)) {
            end -= 1;
        }
        out.push_str(&String::from(text.slice(start, end)));
        start = end;
    }
    out
}

/// The text a paste makes: `pasted` in place of `value`'s selection, given in UTF-16 units as
/// the browser gives it (clamped, and rounded down to a character).
pub fn pasted_into(value: &str, selection: (u32, u32), pasted: &str) -> String {
    let byte = |units: u32| {
        let mut seen = 0;
        for (at, ch) in value.char_indices() {
            if seen >= units as usize {
                return at;
            }
            seen += ch.len_utf16();
        }
        value.len()
    };
    let (start, end) = (byte(selection.0.min(selection.1)), byte(selection.1.max(selection.0)));
    [&value[..start], pasted, &value[end..]].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paste_replaces_the_selection_counted_in_utf16_units() {
        assert_eq!(pasted_into("", (0, 0), "new"), "new");
        assert_eq!(pasted_into("abc", (1, 2), "XY"), "aXYc");
        assert_eq!(pasted_into("abc", (3, 3), "!"), "abc!");
        // "é" is one unit, "😀" two: offsets after them count units, not bytes.
        assert_eq!(pasted_into("é😀z", (3, 4), "Z"), "é😀Z");
        assert_eq!(pasted_into("abc", (2, 99), "!"), "ab!", "past the end is the end");
        assert_eq!(pasted_into("abc", (2, 0), "!"), "!c", "either order");
    }
}
