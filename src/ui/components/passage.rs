//! Passages side by side: the text each article gives for one finding or quote pair, with a
//! word diff against the first article (words only in the first struck through, words only in
//! another underlined, both also coloured), each a button that jumps to it in its article.

use std::collections::BTreeMap;

use similar::{Algorithm, DiffTag, capture_diff_slices};
use yew::prelude::*;

use super::labels::article_label;
use crate::report::FindingSpan;
use crate::ui::state::Analysis;

/// A word's part in a diff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    Same,
    /// Only in the first passage.
    Deleted,
    /// Only in the other passage.
    Inserted,
}

/// A passage's words, each with its part in a diff.
pub type Words<'a> = Vec<(Op, &'a str)>;

/// A word diff of two passages, as the words of each with their part. Words compare by their
/// letters and digits, ignoring case and punctuation, as the quote comparison does.
pub fn word_diff<'a>(first: &'a str, other: &'a str) -> (Words<'a>, Words<'a>) {
    let words_a: Vec<&str> = first.split_whitespace().collect();
    let words_b: Vec<&str> = other.split_whitespace().collect();
    let key = |word: &&str| -> String {
        word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
    };
    let keys_a: Vec<String> = words_a.iter().map(key).collect();
    let keys_b: Vec<String> = words_b.iter().map(key).collect();
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for op in capture_diff_slices(Algorithm::Myers, &keys_a, &keys_b) {
        let (tag, old, new) = op.as_tag_tuple();
        let (left_op, right_op) = match tag {
            DiffTag::Equal => (Op::Same, Op::Same),
            DiffTag::Delete | DiffTag::Insert | DiffTag::Replace => (Op::Deleted, Op::Inserted),
        };
        left.extend(words_a[old].iter().map(|w| (left_op, *w)));
        right.extend(words_b[new].iter().map(|w| (right_op, *w)));
    }
    (left, right)
}

/// Renders words with their diff marks; a run of one kind is one element.
pub fn diff_html(words: &[(Op, &str)]) -> Html {
    let mut runs: Vec<(Op, String)> = Vec::new();
    for &(op, word) in words {
        match runs.last_mut() {
            Some((last, text)) if *last == op => {
                text.push(' ');
                text.push_str(word);
            }
            _ => runs.push((op, word.to_owned())),
        }
    }
    runs.into_iter()
        .enumerate()
        .map(|(idx, (op, text))| {
            let space = if idx > 0 { " " } else { "" };
            match op {
                Op::Same => html! { <>{ space }{ text }</> },
                Op::Deleted => {
                    html! { <>{ space }<del title="only in the first article">{ text }</del></> }
                }
                Op::Inserted => {
                    html! { <>{ space }<ins title="not in the first article">{ text }</ins></> }
                }
            }
        })
        .collect()
}

/// The spans of a finding grouped by article, in article order.
pub fn by_article(spans: &[FindingSpan]) -> BTreeMap<usize, Vec<FindingSpan>> {
    let mut out: BTreeMap<usize, Vec<FindingSpan>> = BTreeMap::new();
    for span in spans {
        out.entry(span.article).or_default().push(*span);
    }
    out
}

/// The text of these spans of one article, pieces joined by an ellipsis. A span that does not
/// fit the text gives nothing rather than a panic.
pub fn passage_text(text: &str, spans: &[FindingSpan]) -> String {
    spans.iter().filter_map(|s| text.get(s.start..s.end)).collect::<Vec<_>>().join(" … ")
}

#[derive(Properties, PartialEq)]
pub struct PassagesProps {
    pub analysis: super::Shared<Analysis>,
    pub spans: Vec<FindingSpan>,
    /// Whether to diff the passages word by word (when they are renderings of one thing).
    pub diff: bool,
    pub on_jump: Callback<FindingSpan>,
}

/// One column per article.
#[component]
pub fn Passages(props: &PassagesProps) -> Html {
    let groups = by_article(&props.spans);
    let texts: Vec<(usize, FindingSpan, String)> = groups
        .iter()
        .map(|(&article, spans)| {
            let text = props
                .analysis
                .texts
                .get(article)
                .map(|t| passage_text(t, spans))
                .unwrap_or_default();
            (article, spans[0], text)
        })
        .collect();
    let diff = props.diff && texts.len() > 1;
    html! {
        <div class="passages">
            { for texts.iter().enumerate().map(|(idx, (article, first_span, text))| {
                let body = if !diff {
                    html! { { text.clone() } }
                } else if idx == 0 {
                    // The first against the second: the words the other passage lacks.
                    diff_html(&word_diff(text, &texts[1].2).0)
                } else {
                    diff_html(&word_diff(&texts[0].2, text).1)
                };
                let on_jump = props.on_jump.reform({
                    let span = *first_span;
                    move |_: MouseEvent| span
                });
                let name = article_label(&props.analysis.report, *article);
                html! {
                    <div class="passage">
                        <div class="passage-source">{ name.clone() }</div>
                        <p class="passage-text">{ body }</p>
                        <button
                            type="button"
                            class="link"
                            aria-label={format!("Show in article: {name}")}
                            onclick={on_jump}
                        >
                            { "Show in article" }
                        </button>
                    </div>
                }
            }) }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_only_in_one_passage_are_marked_on_its_side() {
        let (left, right) = word_diff("the river rose fast", "The river rose by three metres");
        assert_eq!(
            left,
            [(Op::Same, "the"), (Op::Same, "river"), (Op::Same, "rose"), (Op::Deleted, "fast")]
        );
        assert_eq!(right[..3], [(Op::Same, "The"), (Op::Same, "river"), (Op::Same, "rose")]);
        assert!(right[3..].iter().all(|&(op, _)| op == Op::Inserted));
    }

    #[test]
    fn spans_outside_the_text_give_no_passage() {
        let span = |start, end| FindingSpan { article: 0, start, end };
        assert_eq!(passage_text("abc def", &[span(0, 3), span(4, 7)]), "abc … def");
        assert_eq!(passage_text("abc", &[span(2, 9)]), "");
    }
}
