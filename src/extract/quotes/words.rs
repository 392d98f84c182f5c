//! A small word scanner for attribution: words and punctuation with byte spans, and the
//! sentence ends of a stretch of text.
//!
//! Attribution reads only the few words around a quote, so it scans them itself rather than
//! depend on how the text layer tokenises whole articles. Quotation marks are punctuation here.

use std::borrow::Cow;

use crate::extract::entities::lexicon::WordSet;
use crate::text::Span;
use crate::text::chars::{self, is_alphanumeric};

/// A word (letters and digits, with inner apostrophes, hyphens and dots: "Lavrov’s",
/// "two-decade-old", "U.S") or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub span: Span,
    pub word: bool,
}

impl Tok {
    pub fn text(self, text: &str) -> &str {
        self.span.slice(text)
    }

    /// The token in lower case: borrowed when it has no capitals to lower (most words), as
    /// cues and phrases read every word of a window this way.
    pub fn lower(self, text: &str) -> Cow<'_, str> {
        chars::lower(self.text(text))
    }
}

/// The words and punctuation of `span`, in order.
pub fn tokenize(text: &str, span: Span) -> Vec<Tok> {
    let body = span.slice(text);
    // About a token per four bytes of news text, so that the vector seldom grows.
    let mut toks = Vec::with_capacity(body.len() / 4);
    let mut chars = body.char_indices().peekable();
    let mut word_start: Option<usize> = None;
    let mut prev_alnum = false;
    while let Some((offset, c)) = chars.next() {
        let next_alnum = chars.peek().is_some_and(|&(_, n)| is_alphanumeric(n));
        let at = span.start + offset;
        let joins = prev_alnum && next_alnum && matches!(c, '’' | '\'' | '-' | '.' | '‐');
        if is_alphanumeric(c) || (joins && word_start.is_some()) {
            word_start.get_or_insert(at);
            prev_alnum = is_alphanumeric(c);
            continue;
        }
        if let Some(start) = word_start.take() {
            toks.push(Tok { span: Span::new(start, at), word: true });
        }
        prev_alnum = false;
        if !c.is_whitespace() {
            toks.push(Tok { span: Span::new(at, at + c.len_utf8()), word: false });
        }
    }
    if let Some(start) = word_start {
        toks.push(Tok { span: Span::new(start, span.end), word: true });
    }
    toks
}

/// Abbreviations after which a full stop does not end a sentence.
static ABBREVIATIONS: WordSet = WordSet::of(&[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "st", "jr", "sr", "inc", "corp", "co", "ltd", "no", "vs", "jan", "feb",
    "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "rev", "pres", "u.s",
    "u.k", "u.n", "d.c", "e.g", "i.e", "etc", "approx", "est", "dept", "univ", "messrs",
]);

/// Whether the punctuation token `toks[i]` ends a sentence: a full stop, question or
/// exclamation mark (not after an abbreviation or initial) followed by the end of the stretch
/// or by a word or mark that starts with a capital letter, a digit or a quotation mark.
pub fn ends_sentence(text: &str, toks: &[Tok], i: usize) -> bool {
    let tok = toks[i];
    let mark = tok.text(text);
    if tok.word || !matches!(mark, "." | "!" | "?" | "…") {
        return false;
    }
    if mark == "."
        && let Some(prev) = i.checked_sub(1).map(|p| toks[p])
    {
        let word = prev.text(text);
        let lower = chars::lower(word);
        let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if prev.word
            && prev.span.end == tok.span.start
            && (initial || ABBREVIATIONS.contains(&lower))
        {
            return false;
        }
    }
    let mut j = i + 1;
    while j < toks.len() && !toks[j].word && is_closing_punct(toks[j].text(text)) {
        j += 1;
    }
    match toks.get(j) {
        None => true,
        Some(next) => {
            let first = next.text(text).chars().next();
            first.is_some_and(|c| c.is_uppercase() || c.is_numeric() || "“\"‘'«(".contains(c))
                && next.span.start > tok.span.end
        }
    }
}

fn is_closing_punct(mark: &str) -> bool {
    matches!(mark, "”" | "\"" | "’" | "'" | "»" | ")" | "]")
}

/// Whether a word starts with a capital letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_case_is_borrowed_only_when_nothing_changes() {
        let text = "said Said ÉLYSÉE élysée";
        let lowered: Vec<Cow<str>> =
            tokenize(text, Span::new(0, text.len())).iter().map(|tok| tok.lower(text)).collect();
        assert_eq!(lowered, ["said", "said", "élysée", "élysée"]);
        assert!(matches!(lowered[0], Cow::Borrowed(_)));
        assert!(matches!(lowered[1], Cow::Owned(_)));
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        let text = "Lavrov’s two-decade-old plan, the U.S. said.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let got: Vec<_> = toks.iter().map(|t| t.text(text)).collect();
        assert_eq!(
            got,
            ["Lavrov’s", "two-decade-old", "plan", ",", "the", "U.S", ".", "said", "."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Mr. Smith came. Then he left.";
        let toks = tokenize(text, Span::new(0, text.len()));
        let ends: Vec<_> = (0..toks.len()).filter(|&i| ends_sentence(text, &toks, i)).collect();
        assert_eq!(ends, [4, 8]);
    }
}
