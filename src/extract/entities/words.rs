//! The entity finder's own view of the words of an article.
//!
//! The text layer's tokens are the authority on sentences; inside each sentence this module
//! scans words itself so that entity rules see the same shapes whatever the tokenizer does with
//! possessives ("Lavrov’s"), glued compounds ("Nato-Russia") and abbreviations ("U.S.", "Mr.").
//! Nothing here allocates per word: lookups use one ASCII-lower-cased copy of the text, whose
//! byte offsets are the original's.

use crate::extract::gazetteer;
use crate::text::chars::is_alphanumeric;
use crate::text::{Article, BlockKind, Span};

/// What a scanned piece of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Letters, with inner apostrophes, hyphens or abbreviation dots.
    Word,
    /// Digits with inner separators: "1,000", "4.2", "2019".
    Number,
    /// Any other single character that is not white space.
    Punct,
}

/// Which part of the article a word is in; names in the headline and byline count too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Headline,
    Byline,
    Body,
}

/// One scanned word, number or punctuation mark.
#[derive(Debug, Clone, Copy)]
pub struct Word {
    /// The whole token, possessive ending included ("Lavrov’s").
    pub span: Span,
    /// The token without a possessive ending ("Lavrov"); equal to `span` otherwise.
    pub stem: Span,
    pub shape: Shape,
    /// Starts with an upper-case letter.
    pub capitalised: bool,
    /// Has at least two letters and no lower-case letter ("NATO", "REN").
    pub all_caps: bool,
    pub possessive: bool,
    /// The first word of a sentence, of a quotation, or after a colon: capitalised by grammar.
    pub initial: bool,
    /// Index of the sentence (in the scan's own numbering, text order).
    pub sentence: usize,
    pub part: Part,
    /// The whole sentence is upper case or title case, so capitals say little ("REN QI",
    /// "Kremlin Breaks Ties With Nato").
    pub shouting: bool,
    /// The sentence is upper case ("BY REN QI"): an upper-case word in it is no acronym.
    pub caps_sentence: bool,
}

/// An article's text, its ASCII-lower-cased twin and its words.
pub struct Doc<'a> {
    pub text: &'a str,
    /// `text` with ASCII letters lower-cased: same length, same char boundaries.
    pub lower: String,
    pub words: Vec<Word>,
    pub article: &'a Article,
}

impl<'a> Doc<'a> {
    /// Scans every sentence of the article.
    pub fn new(article: &'a Article) -> Doc<'a> {
        let text = article.text.as_str();
        let lower = text.to_ascii_lowercase();
        // About a word per six bytes of news text, so that the vector seldom grows.
        let mut words = Vec::with_capacity(text.len() / 6);
        // One buffer for every sentence's characters.
        let mut chars = Vec::new();
        for (idx, sentence) in article.sentences.iter().enumerate() {
            let part = match article.blocks.get(sentence.block).map(|b| b.kind) {
                Some(BlockKind::Headline) => Part::Headline,
                Some(BlockKind::Byline) => Part::Byline,
                _ => Part::Body,
            };
            let first = words.len();
            scan(text, sentence.span, idx, part, &mut chars, &mut words);
            mark_shouting(&mut words[first..], part, &lower);
        }
        Doc { text, lower, words, article }
    }

    /// The text of a span.
    pub fn str(&self, span: Span) -> &'a str {
        span.slice(self.text)
    }

    /// The lower-cased text of a span.
    pub fn low(&self, span: Span) -> &str {
        span.slice(&self.lower)
    }

    /// The lower-cased stem of word `idx`, or "" past either end.
    pub fn low_at(&self, idx: usize) -> &str {
        self.words.get(idx).map_or("", |w| self.low(w.stem))
    }

    /// Whether words `a` and `b` (a < b) are in one sentence.
    pub fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.words.get(a), self.words.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }

    /// Whether word `idx` is the punctuation mark `mark`.
    pub fn is_punct(&self, idx: usize, mark: &str) -> bool {
        self.words.get(idx).is_some_and(|w| w.shape == Shape::Punct && self.str(w.span) == mark)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn is_dash(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–')
}

/// Little words that only title case capitalises inside a sentence.
const TITLE_CASE_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on", "or",
    "over", "the", "to", "was", "were", "with", "are", "be", "has", "have", "its", "it",
];

/// Scans sentence `idx` (in `part`) into words; `chars` is scratch space.
fn scan(
    text: &str,
    sentence: Span,
    idx: usize,
    part: Part,
    chars: &mut Vec<(usize, char)>,
    out: &mut Vec<Word>,
) {
    let body = sentence.slice(text);
    chars.clear();
    chars.extend(body.char_indices());
    let chars = chars.as_slice();
    let mut i = 0;
    let mut initial = true;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let (end_idx, shape) = if c.is_alphabetic() {
            (scan_word(chars, i), Shape::Word)
        } else if c.is_ascii_digit() {
            (scan_number(chars, i), Shape::Number)
        } else {
            (i + 1, Shape::Punct)
        };
        let end = chars.get(end_idx).map_or(body.len(), |&(at, _)| at);
        let piece = &body[start..end];
        let (stem_len, possessive) = possessive_stem(piece);
        let span = Span::new(sentence.start + start, sentence.start + end);
        // Most words have a lower-case letter early on, which settles it.
        let mut letters = piece.chars().filter(|c| c.is_alphabetic());
        let all_caps = shape == Shape::Word
            && !letters.clone().any(char::is_lowercase)
            && letters.nth(1).is_some();
        out.push(Word {
            span,
            stem: Span::new(span.start, span.start + stem_len),
            shape,
            capitalised: shape == Shape::Word && c.is_uppercase(),
            all_caps,
            possessive,
            initial: initial && shape == Shape::Word,
            sentence: idx,
            part,
            shouting: false,
            caps_sentence: false,
        });
        // Grammar capitalises the word after a sentence end, an opening quote or a colon; the
        // text layer's sentences may hold several real sentences while it is a placeholder.
        initial = match shape {
            Shape::Word | Shape::Number => false,
            Shape::Punct => {
                initial
                    || matches!(piece, "?" | "!" | ":" | "“" | "\"" | "‘" | "'" | "—" | "(")
                    || (piece == "."
                        && !(out.len() >= 2 && is_abbreviation(&out[out.len() - 2], text)))
            }
        };
        i = end_idx;
    }
}

/// A word that a following dot abbreviates ("Mr", "Nov", "U.S", an initial), so the dot ends
/// no sentence.
fn is_abbreviation(word: &Word, text: &str) -> bool {
    let s = word.span.slice(text);
    word.shape == Shape::Word
        && (s.chars().count() == 1
            || s.contains('.')
            || super::lexicon::ABBREVIATIONS.contains(&s.to_ascii_lowercase()))
}

/// The end (char index) of a word starting at `i`: letters and digits, with inner apostrophes,
/// dashes and dots when a letter follows ("Lavrov’s", "Nato-Russia", "U.S.").
fn scan_word(chars: &[(usize, char)], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        let c = chars[i].1;
        let next_is_letter = chars.get(i + 1).is_some_and(|&(_, n)| is_alphanumeric(n));
        if is_alphanumeric(c) {
            i += 1;
        } else if ((is_apostrophe(c) || is_dash(c)) && next_is_letter)
            // "U.S." keeps its dots; "end.Next" (a lost space) is two words.
            || (c == '.'
                && chars.get(i + 1).is_some_and(|&(_, n)| n.is_alphabetic())
                && chars.get(i + 2).is_some_and(|&(_, n)| n == '.'))
        {
            i += 2;
        } else if c == '.' && i >= 2 && chars[i - 2].1 == '.' {
            // The final dot of "U.S.".
            i += 1;
            break;
        } else {
            break;
        }
    }
    i
}

/// The end of a number starting at `i`: digits with inner `,` or `.` before a digit.
fn scan_number(chars: &[(usize, char)], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        let c = chars[i].1;
        let next_is_digit = chars.get(i + 1).is_some_and(|&(_, n)| n.is_ascii_digit());
        if c.is_ascii_digit() {
            i += 1;
        } else if (c == ',' || c == '.') && next_is_digit {
            i += 2;
        } else {
            break;
        }
    }
    i
}

/// The length of a word without its possessive ending, and whether it had one.
fn possessive_stem(piece: &str) -> (usize, bool) {
    // Most words end in something else: one byte tells.
    if !piece.ends_with(['s', 'S']) {
        return (piece.len(), false);
    }
    for ending in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = piece.strip_suffix(ending)
            && !stem.is_empty()
        {
            return (stem.len(), true);
        }
    }
    (piece.len(), false)
}

/// Marks a sentence as shouting when most of its words are upper case, or when it is in title
/// case (a headline; a body sentence full of names and titles is not).
fn mark_shouting(words: &mut [Word], part: Part, lower: &str) {
    let total = words.iter().filter(|w| w.shape == Shape::Word).count();
    let caps = words.iter().filter(|w| w.all_caps).count();
    let capitalised = words.iter().filter(|w| w.capitalised).count();
    // Title case shows in capitalised little words ("Hillary Clinton Was Headed to ER") and
    // in capitalised common words ("Old Hands Help Russia Navigate U.S. Media").
    let (mut little, mut common) = (0, 0);
    for w in words.iter().filter(|w| w.capitalised && !w.initial && !w.all_caps) {
        let low = w.stem.slice(lower);
        if TITLE_CASE_WORDS.contains(&low) {
            little += 1;
        } else if gazetteer::is_common_word(low) {
            common += 1;
        }
    }
    let title_case = capitalised * 4 > total * 3
        && (part == Part::Headline || little >= 2 || common >= 3 || (little == 1 && total <= 12));
    let caps_sentence = total >= 2 && caps * 3 > total * 2;
    if caps_sentence || (total >= 2 && title_case) {
        for word in words {
            word.shouting = true;
            word.caps_sentence = caps_sentence;
        }
    }
}
