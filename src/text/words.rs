//! Whitespace-separated chunks of a line with their byte offsets: the unit the structure
//! readers (byline, dateline, headline tests) reason about. No allocation.

use super::Span;
use super::chars::{char_at, is_space};

/// The whitespace-separated chunks of `text[span]`, as spans into `text`.
pub fn chunks(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let end = span.end.min(text.len());
    let mut pos = span.start;
    // The first position from `pos` on whose character is (or is not) a space.
    let skip = move |mut pos: usize, space: bool| {
        while pos < end {
            match char_at(text, pos) {
                Some(c) if is_space(c) == space => pos += c.len_utf8(),
                _ => break,
            }
        }
        pos
    };
    std::iter::from_fn(move || {
        let start = skip(pos, true);
        if start >= end {
            pos = end;
            return None;
        }
        pos = skip(start, false);
        Some(Span::new(start, pos))
    })
}

/// Whether a word starts with a capital letter (or is all capitals): "Moscow", "REN", "N.Y.".
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a word has letters and none of them is lower case: "MOSCOW", "N.Y.".
pub fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// Short function words that stay lower case in a title-case headline.
pub fn is_minor_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "by"
            | "and"
            | "or"
            | "but"
            | "as"
            | "with"
            | "from"
            | "into"
            | "over"
            | "vs"
            | "vs."
            | "de"
            | "la"
            | "le"
            | "el"
            | "von"
            | "van"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_carry_their_offsets() {
        let text = "xx  By REN\tQI  ";
        let got: Vec<&str> =
            chunks(text, Span::new(2, text.len())).map(|s| s.slice(text)).collect();
        assert_eq!(got, ["By", "REN", "QI"]);
        assert_eq!(chunks(text, Span::new(0, 0)).count(), 0);
        assert_eq!(chunks(text, Span::new(11, 99)).count(), 1, "a span past the end stops there");
    }
}
