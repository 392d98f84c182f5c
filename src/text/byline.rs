//! Byline lines: "By REN QI in Moscow", "- By Jane Doe", "By Jane Doe and John Roe, Reuters",
//! "Written by Ana de la Cruz". Finds the reporter's name(s) and the place the line says the
//! story was filed from. Reads one line; knows nothing of where it sits in the article.

use super::Span;
use super::chars::{ends_with_terminal, is_apostrophe, is_dash, is_hyphen};
use super::words::{chunks, is_capitalized};

/// What a byline line says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Byline {
    /// The reporter's name or names, without "By" and without the place.
    pub name: Span,
    /// The place after "in": "Moscow" of "By REN QI in Moscow".
    pub place: Option<Span>,
}

/// Longest byline line, in words: anything longer is a sentence that starts with "By".
const MAX_WORDS: usize = 16;

/// Reads `text[line]` as a byline, if it is one.
pub fn read(text: &str, line: Span) -> Option<Byline> {
    const LEADS: [&str; 9] =
        ["by", "written", "story", "words", "report", "reported", "text", "posted", "byline:"];
    let s = line.slice(text);
    let first_word = s.trim_start_matches(|c: char| !c.is_alphabetic()).split(' ').next();
    if !first_word.is_some_and(|w| LEADS.iter().any(|l| w.eq_ignore_ascii_case(l))) {
        return None;
    }
    // "Byline: Jane Doe." is labelled and may end with a full stop; an unlabelled line that
    // does is a sentence ("By Monday, the troops had left.").
    let labelled = first_word.is_some_and(|w| w.eq_ignore_ascii_case("byline:"));
    if !labelled && ends_with_terminal(s) {
        return None;
    }
    let words: Vec<Span> = chunks(text, line).take(MAX_WORDS + 1).collect();
    if words.len() > MAX_WORDS {
        return None;
    }
    let word = |idx: usize| words.get(idx).map(|s| s.slice(text));
    // Leading bullets and dashes: "- By Jane Doe".
    let mut idx = words
        .iter()
        .take_while(|w| w.slice(text).chars().all(|c| is_dash(c) || matches!(c, '|' | '•' | '*')))
        .count();
    idx += match (word(idx), word(idx + 1)) {
        (Some(by), _) if by.eq_ignore_ascii_case("by") || by.eq_ignore_ascii_case("byline:") => 1,
        (Some(lead), Some(by))
            if by.eq_ignore_ascii_case("by")
                && ["written", "story", "words", "report", "reported", "text", "posted"]
                    .iter()
                    .any(|l| lead.eq_ignore_ascii_case(l)) =>
        {
            2
        }
        _ => return None,
    };
    let (name, next) = names(text, &words, idx)?;
    let mut lower_case_words = 0;
    let mut place = None;
    let mut rest = next;
    if word(rest).is_some_and(|w| w == "in" || w == "IN") {
        let (found, after) = capitalized_run(text, &words, rest + 1, 3);
        place = found;
        rest = after;
    }
    for w in &words[rest.min(words.len())..] {
        let w = w.slice(text);
        if w.chars().next().is_some_and(char::is_lowercase) {
            lower_case_words += 1;
        }
    }
    (lower_case_words <= 2).then_some(Byline { name, place })
}

/// One or more names joined by "and" or "&", from `words[idx]`: the span they cover and the
/// index of the first word after them.
fn names(text: &str, words: &[Span], mut idx: usize) -> Option<(Span, usize)> {
    let start_idx = idx;
    let mut last_name_word = None;
    while let Some(&span) = words.get(idx) {
        let raw = span.slice(text);
        let mut word = raw.trim_end_matches([',', ';']);
        // A full stop after a name ends it, unless the word is an initial ("J.").
        if word.ends_with('.') && word.chars().filter(|c| c.is_alphabetic()).count() > 1 {
            word = &word[..word.len() - 1];
        }
        let comma = word.len() < raw.len();
        // A name follows, perhaps after more particles ("de la Cruz").
        let next_is_name = words[idx + 1..]
            .iter()
            .map(|s| s.slice(text))
            .find(|w| !is_particle(w))
            .is_some_and(is_name_word);
        if is_name_word(word) {
            last_name_word = Some((Span::new(span.start, span.start + word.len()), idx));
            idx += 1;
            if comma {
                break;
            }
        } else if next_is_name
            && (is_particle(word)
                || (last_name_word.is_some() && matches!(word, "and" | "AND" | "&")))
        {
            idx += 1;
        } else {
            break;
        }
        if idx - start_idx > 10 {
            return None;
        }
    }
    let (last, last_idx) = last_name_word?;
    Some((Span::new(words[start_idx].start, last.end), last_idx + 1))
}

/// Up to `max` capitalized words from `words[idx]`, without a trailing comma or full stop.
fn capitalized_run(text: &str, words: &[Span], idx: usize, max: usize) -> (Option<Span>, usize) {
    let mut end = idx;
    let mut span: Option<Span> = None;
    while end < words.len() && end - idx < max {
        let raw = words[end].slice(text);
        let word = raw.trim_end_matches([',', ';', '.', ':']);
        if !is_name_word(word) {
            break;
        }
        let this = Span::new(words[end].start, words[end].start + word.len());
        span = Some(span.map_or(this, |s| s.cover(this)));
        end += 1;
        if word.len() < raw.len() {
            break;
        }
    }
    (span, end)
}

/// A word that can be part of a name: a capital, then letters, dots, apostrophes, hyphens.
fn is_name_word(word: &str) -> bool {
    is_capitalized(word)
        && word.chars().all(|c| c.is_alphabetic() || c == '.' || is_apostrophe(c) || is_hyphen(c))
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 1
}

/// Lower-case parts of names: "de la Cruz", "van der Berg", "bin Salman".
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "das"
            | "do"
            | "dos"
            | "di"
            | "du"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "la"
            | "le"
            | "al"
            | "el"
            | "bin"
            | "ben"
            | "ibn"
            | "ter"
            | "ten"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn byline(line: &str) -> Option<(&str, Option<&str>)> {
        read(line, Span::new(0, line.len()))
            .map(|b| (b.name.slice(line), b.place.map(|p| p.slice(line))))
    }

    #[test]
    fn reads_names_and_places() {
        assert_eq!(byline("- By JANE DOE in Oslo"), Some(("JANE DOE", Some("Oslo"))));
        assert_eq!(byline("By Jane Doe"), Some(("Jane Doe", None)));
        assert_eq!(
            byline("By Jane Doe and John Roe, Reuters"),
            Some(("Jane Doe and John Roe", None))
        );
        assert_eq!(
            byline("Written by Ana de la Cruz in San Jose, Costa Rica"),
            Some(("Ana de la Cruz", Some("San Jose")))
        );
        assert_eq!(byline("BY JOHN O’NEILL | Staff Writer"), Some(("JOHN O’NEILL", None)));
        assert_eq!(byline("BYLINE: Amber Example."), Some(("Amber Example", None)));
        assert_eq!(byline("By J. R. Example"), Some(("J. R. Example", None)));
        assert_eq!(byline("Posted by Jane Doe on October 19, 2021"), Some(("Jane Doe", None)));
    }

    #[test]
    fn sentences_that_start_with_by_are_not_bylines() {
        assert_eq!(byline("By Monday, the troops had left the city."), None);
        assert_eq!(byline("By the numbers"), None);
        assert_eq!(byline("By Friday the rebels were holding three of the towns they took"), None);
        assert_eq!(byline("Bystanders ran"), None);
    }
}
