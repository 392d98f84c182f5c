//! Separating mentions: the reader picks the mentions of one article's entity that are of
//! someone else (the engine took two Vells for one) and makes them an entity of their own.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::compare::{Correction, EntityRef};
use crate::report::Mention;

/// How much text each side of a mention shows which one it is.
const CONTEXT_CHARS: usize = 30;

#[derive(Properties, PartialEq)]
pub struct SeparateProps {
    pub entity: EntityRef,
    /// How the article writes the entity, and the article's label, for the labels.
    pub name: AttrValue,
    pub article_label: AttrValue,
    pub mentions: Rc<[Mention]>,
    /// The article's text, for each mention's context.
    pub text: Rc<str>,
    pub on_correct: Callback<Correction>,
}

#[component]
pub fn Separate(props: &SeparateProps) -> Html {
    let picked = use_state(BTreeSet::<usize>::new);
    let on_separate = {
        let (picked, entity) = (picked.clone(), props.entity.clone());
        props.on_correct.reform(move |_: MouseEvent| {
            let mentions = picked.iter().copied().collect();
            picked.set(BTreeSet::new());
            Correction::Separate { entity: entity.clone(), mentions }
        })
    };
    // As the engine asks: a name moves and a name stays (else it would only rename).
    let names = |moved: bool| {
        props.mentions.iter().any(|m| m.kind == "name" && picked.contains(&m.start) == moved)
    };
    let enough = names(true) && names(false);
    html! {
        <details class="separate">
            <summary>
                { "Separate" }
                <span class="visually-hidden">{ format!(" mentions of “{}” in {}", props.name, props.article_label) }</span>
            </summary>
            <fieldset>
                <legend>{ format!("Mentions of “{}” in {} that are someone or something else", props.name, props.article_label) }</legend>
                <ul>
                    { for props.mentions.iter().map(|mention| {
                        let start = mention.start;
                        let on_toggle = {
                            let picked = picked.clone();
                            Callback::from(move |_: Event| {
                                let mut next = (*picked).clone();
                                if !next.remove(&start) {
                                    next.insert(start);
                                }
                                picked.set(next);
                            })
                        };
                        let (before, after) = context(&props.text, mention.start, mention.end);
                        html! {
                            <li key={start}>
                                <label>
                                    <input type="checkbox" checked={picked.contains(&start)} onchange={on_toggle} />
                                    <span class="context">{ before }<mark>{ &mention.text }</mark>{ after }</span>
                                </label>
                            </li>
                        }
                    }) }
                </ul>
                <button type="button" disabled={!enough} onclick={on_separate}>
                    { "Make the checked ones a new entity" }
                </button>
            </fieldset>
        </details>
    }
}

/// A few words before and after `start..end` in `text`, cut at word boundaries.
fn context(text: &str, start: usize, end: usize) -> (String, String) {
    let (Some(head), Some(tail)) = (text.get(..start), text.get(end..)) else {
        return (String::new(), String::new());
    };
    let before: String =
        head.chars().rev().take(CONTEXT_CHARS).collect::<Vec<_>>().into_iter().rev().collect();
    let after: String = tail.chars().take(CONTEXT_CHARS).collect();
    let before = match before.split_once(char::is_whitespace) {
        Some((_, rest)) if before.chars().count() == CONTEXT_CHARS => format!("…{rest}"),
        _ => before,
    };
    let after = match after.rsplit_once(char::is_whitespace) {
        Some((rest, _)) if after.chars().count() == CONTEXT_CHARS => format!("{rest}…"),
        _ => after,
    };
    (before.replace('\n', " "), after.replace('\n', " "))
}

#[cfg(test)]
mod tests {
    use super::context;

    #[test]
    fn context_is_whole_words_each_side_and_one_line() {
        let text = "The council met on Monday.\n\nMayor Anna Vell said the town was ready for worse, and left.";
        let start = text.find("Anna Vell").expect("in the text");
        let (before, after) = context(text, start, start + "Anna Vell".len());
        assert_eq!(before, "…met on Monday.  Mayor ");
        assert_eq!(after, " said the town was ready for…");
        assert_eq!(context("Vell", 0, 4), (String::new(), String::new()));
        assert_eq!(context("é", 1, 2), (String::new(), String::new()), "not a char boundary");
    }
}
