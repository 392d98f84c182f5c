//! Numbers, amounts of money and percentages, with a normalised value and the phrase they count.
//!
//! "eight" → 8, "1,000" → 1000, "$4.2bn" → money "4200000000 USD", "35%" → percent "0.35".
//! The phrase is the noun phrase the number counts: "eight members of Russia’s mission",
//! "seven of its members", "eight Russian mission members". Years and days of dates are dates,
//! found first by `dates`, and never counted here.

use std::collections::HashMap;
use std::sync::LazyLock;

use super::dates;
use super::lexicon::{self, WordSet, has};
use super::names;
use super::words::{Doc, Shape};
use crate::extract::ner::hash::BuildKeyHasher;
use crate::extract::{Entity, EntityKind, Mention, MentionKind};
use crate::text::Span;

/// Words a counted phrase does not run into: function words and common verbs.
static PHRASE_STOPS: WordSet = WordSet::of(&[
    "a", "an", "the", "and", "or", "but", "nor", "to", "in", "on", "at", "for", "from", "with",
    "by", "about", "after", "before", "since", "as", "than", "into", "over", "under", "between",
    "against", "during", "without", "within", "per", "who", "that", "which", "whom", "whose", "is",
    "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could",
    "should", "can", "may", "might", "must", "do", "does", "did", "not", "said", "says", "their",
    "its", "his", "her", "our", "them", "they", "it", "he", "she", "we", "you", "i", "this",
    "these", "those", "there", "here", "when", "where", "while", "if", "because", "also", "ago",
    "each", "more", "less", "fewer", "of", "up", "down", "out", "off", "so",
]);

/// Possessive and demonstrative words that open the phrase after "of" in "seven of its members".
const OF_DETERMINERS: &[&str] =
    &["the", "its", "their", "his", "her", "our", "these", "those", "them", "whom", "my", "your"];

/// Words before "one" that make it a pronoun, not a count: "the one", "no one".
const NOT_A_COUNT_BEFORE_ONE: &[&str] =
    &["the", "this", "that", "no", "any", "every", "each", "which", "some", "another"];

/// Longest counted phrase after the number, in words.
const MAX_PHRASE: usize = 4;

/// Finds the numbers of the article in text order, skipping the words of `dates`.
pub fn find(doc: &Doc, dates: &[dates::Found]) -> Vec<Entity> {
    let mut in_date = vec![false; doc.words.len()];
    for date in dates {
        for flag in &mut in_date[date.words.clone()] {
            *flag = true;
        }
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < doc.words.len() {
        if in_date[i] {
            i += 1;
            continue;
        }
        match number_at(doc, i) {
            Some(number) => {
                i = number.end;
                out.push(number.entity(doc));
            }
            None => i += 1,
        }
    }
    out
}

/// A number as read: its words, value and kind.
struct Number {
    start: usize,
    /// Exclusive end of the number's own words (currency and scale included).
    end: usize,
    value: String,
    kind: EntityKind,
}

impl Number {
    fn entity(&self, doc: &Doc) -> Entity {
        let span = doc.words[self.start].span.cover(doc.words[self.end - 1].stem);
        let phrase = counted_phrase(doc, self.start, self.end, self.kind);
        Entity {
            kind: self.kind,
            name: doc.str(span).to_owned(),
            role: None,
            value: Some(self.value.clone()),
            phrase,
            gender: None,
            mentions: vec![Mention { kind: MentionKind::Name, span }],
        }
    }
}

/// The number starting at word `i`, if any.
fn number_at(doc: &Doc, i: usize) -> Option<Number> {
    let w = &doc.words[i];
    // A currency symbol before the digits: "$4.2bn", "US$ 30". Only punctuation is looked
    // up: this runs for every word.
    let symbol = (w.shape == Shape::Punct).then(|| currency_of(doc.low(w.span))).flatten();
    let (currency, first) = match symbol {
        Some(code) => (Some(code), i + 1),
        None => (None, i),
    };
    let (digits, mut end) = base_value(doc, first)?;
    let mut value = digits;
    // Scale: "4.2 million", "4.2bn".
    if let Some(&(_, scale)) = doc.words.get(end).and_then(|n| {
        lexicon::SCALES.iter().find(|&&(s, _)| s == doc.low(n.stem) && n.shape == Shape::Word)
    }) {
        // "m" and "b" only count glued to the digits ("$5m"), never as a separate word.
        let glued = doc.words[end].span.start == doc.words[end - 1].span.end;
        if glued || doc.low(doc.words[end].stem).len() > 2 {
            value = shift_decimal(&value, scale.ilog10() as i32);
            end += 1;
        }
    }
    let mut kind = EntityKind::Number;
    let mut code = currency;
    if code.is_none()
        && let Some(c) = doc.words.get(end).and_then(|n| currency_of(doc.low(n.stem)))
        && doc.words[end].shape == Shape::Word
    {
        code = Some(c);
        end += 1;
    }
    if let Some(code) = code {
        kind = EntityKind::Money;
        value = format!("{value} {code}");
    } else if doc.is_punct(end, "%") || matches!(doc.low_at(end), "percent" | "pct") {
        kind = EntityKind::Percent;
        value = shift_decimal(&value, -2);
        end += 1;
    } else if doc.low_at(end) == "per" && doc.low_at(end + 1) == "cent" {
        kind = EntityKind::Percent;
        value = shift_decimal(&value, -2);
        end += 2;
    }
    Some(Number { start: i, end, value, kind })
}

fn currency_of(low: &str) -> Option<&'static str> {
    lexicon::CURRENCIES.iter().find(|&&(c, _)| c == low).map(|&(_, code)| code)
}

/// The plain value of the number at word `i` (digits or number words) and the end of its words.
fn base_value(doc: &Doc, i: usize) -> Option<(String, usize)> {
    let w = doc.words.get(i)?;
    let text = doc.str(w.span);
    match w.shape {
        Shape::Number => {
            // Clock times and scores ("10:30", "3-1") are not counts.
            if doc.is_punct(i + 1, ":") || doc.is_punct(i.wrapping_sub(1), ":") {
                return None;
            }
            Some((text.replace(',', ""), i + 1))
        }
        Shape::Word => {
            let low = doc.low(w.stem);
            if low == "one" {
                let before = i.checked_sub(1).map_or("", |j| doc.low_at(j));
                let after = doc.low_at(i + 1);
                // "an uncontrolled one": an article and an adjective make it a pronoun too.
                let before_that = i.checked_sub(2).map_or("", |j| doc.low_at(j));
                let after_adjective = matches!(before_that, "a" | "an" | "the")
                    && !before.is_empty()
                    && before.chars().all(char::is_alphabetic);
                if has(NOT_A_COUNT_BEFORE_ONE, before)
                    || after_adjective
                    || matches!(after, "another" | "day")
                {
                    return None;
                }
            }
            word_value(low).map(|v| (v.to_string(), i + 1))
        }
        Shape::Punct => None,
    }
}

/// The value of a number word or a hyphenated compound of them ("twenty-five").
fn word_value(low: &str) -> Option<u64> {
    let mut total = 0;
    for part in low.split(['-', '‐']) {
        total += number_word(part)?;
    }
    Some(total)
}

/// The value of one number word ("five"): a hash look-up, as every word comes here.
fn number_word(word: &str) -> Option<u64> {
    static VALUES: LazyLock<HashMap<&str, u64, BuildKeyHasher>> =
        LazyLock::new(|| lexicon::NUMBER_WORDS.iter().copied().collect());
    VALUES.get(word).copied()
}

/// Moves the decimal point of a plain decimal `digits` by `places` (right when positive):
/// ("4.2", 9) → "4200000000"; ("35", -2) → "0.35".
fn shift_decimal(digits: &str, places: i32) -> String {
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all: String = format!("{int}{frac}");
    let point = int.len() as i64 + i64::from(places);
    let mut out = if point <= 0 {
        format!("0.{}{all}", "0".repeat(point.unsigned_abs() as usize))
    } else if point as usize >= all.len() {
        format!("{all}{}", "0".repeat(point as usize - all.len()))
    } else {
        let (a, b) = all.split_at(point as usize);
        format!("{a}.{b}")
    };
    if out.contains('.') {
        out = out.trim_end_matches('0').trim_end_matches('.').to_owned();
    }
    let trimmed = out.trim_start_matches('0');
    if trimmed.is_empty() || trimmed.starts_with('.') {
        format!("0{trimmed}")
    } else {
        trimmed.to_owned()
    }
}

/// The phrase the number counts, from the number to the end of its noun phrase.
fn counted_phrase(doc: &Doc, start: usize, end: usize, kind: EntityKind) -> Option<Span> {
    let words = &doc.words;
    let sentence = words[start].sentence;
    let fits = |j: usize, after_possessive: bool| {
        words.get(j).is_some_and(|w| {
            w.sentence == sentence
                && ((w.shape == Shape::Word
                    && !PHRASE_STOPS.contains(doc.low(w.stem))
                    && (!w.capitalised || names::is_group_word(doc.low(w.stem))))
                    // "seven of the port’s 12 terminals".
                    || (w.shape == Shape::Number && after_possessive))
        })
    };
    let mut after_possessive = false;
    let mut last = None;
    let mut j = end;
    if doc.low_at(j) == "of" && has(OF_DETERMINERS, doc.low_at(j + 1)) {
        // "seven of its members".
        j += 2;
    } else if kind == EntityKind::Percent {
        // A percentage counts only what "of" names: "24 percent of the contributors".
        if doc.low_at(j) != "of" {
            return None;
        }
        j += 1;
        if matches!(doc.low_at(j), "a" | "an" | "the") {
            j += 1;
        }
    }
    let phrase_start = j;
    while j < words.len() && j - phrase_start < MAX_PHRASE && fits(j, after_possessive) {
        // A participle only as a modifier: "eight trained soldiers", not "things worrying".
        let low = doc.low(words[j].stem);
        if (low.ends_with("ed") || low.ends_with("ing")) && !fits(j + 1, false) {
            break;
        }
        after_possessive = words[j].possessive;
        last = Some(j);
        j += 1;
    }
    let mut last = last?;
    // "members of Russia’s mission": "of" and a proper name continue the phrase.
    if doc.low_at(last + 1) == "of"
        && words.get(last + 2).is_some_and(|w| w.capitalised && w.sentence == sentence)
    {
        let mut k = last + 2;
        while k < words.len() && k - last <= 4 && words[k].sentence == sentence {
            let w = &words[k];
            if w.shape != Shape::Word || PHRASE_STOPS.contains(doc.low(w.stem)) {
                break;
            }
            last = k;
            k += 1;
            if !w.capitalised && !w.possessive {
                break;
            }
        }
    }
    Some(words[start].span.cover(words[last].span))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_shift_both_ways() {
        assert_eq!(shift_decimal("4.2", 9), "4200000000");
        assert_eq!(shift_decimal("35", -2), "0.35");
        assert_eq!(shift_decimal("3.5", -2), "0.035");
        assert_eq!(shift_decimal("1000", 0), "1000");
        assert_eq!(word_value("twenty-five"), Some(25));
        assert_eq!(word_value("two-decade-old"), None);
    }
}
