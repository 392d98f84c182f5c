//! The sentence splitter: a block's tokens → [`Sentence`]s, in one pass over the tokens.
//!
//! A sentence ends at terminal punctuation (`.`, `!`, `?`, an ellipsis) followed by something
//! that can start a sentence (a capital, a digit, an opening quote or bracket). Closing quotes
//! and brackets right after the punctuation stay with the sentence they close, so
//! `“… future.”` ends after the `”`. It does not end after a title ("Mr.", "Gov.", "Sen."),
//! an initial ("J. K. Rowling"), a month before a number ("Nov. 1"), or a quote ending in `?`
//! or `!` that an attribution follows (`“Why?” Mr Smith asked.`). After abbreviations that
//! often close a sentence too ("Inc.", "Jr.", "U.S.") it ends only when a usual sentence
//! opener follows ("The", "He", "But"). A sentence never leaves its block. The look-ahead
//! for an attribution is bounded, so the cost stays linear.

use super::chars::{first_char, is_closing_quote_mark, is_opening_quote_mark, is_terminal};
use super::tokens::opens_here;
use super::{Sentence, Span, Token, TokenKind};

/// Splits `tokens[first..]` (the tokens of block `block`, which starts at byte `floor`) into
/// sentences appended to `out`.
pub fn split(
    text: &str,
    tokens: &[Token],
    first: usize,
    block: usize,
    floor: usize,
    out: &mut Vec<Sentence>,
) {
    let n = tokens.len();
    let mut start = first;
    let mut i = first;
    while i < n {
        if !is_terminal_token(text, tokens[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // A quote mark that ends the block closes, whatever its shape (“Mostly False.“).
        while j < n
            && (closes(text, floor, tokens[j])
                || (j + 1 == n && tokens[j].kind == TokenKind::Quote))
        {
            j += 1;
        }
        if j < n && ends_sentence(text, tokens, first, i, j, floor) {
            push(tokens, start, j, block, out);
            start = j;
        }
        i = j;
    }
    if start < n {
        push(tokens, start, n, block, out);
    }
}

fn push(tokens: &[Token], start: usize, end: usize, block: usize, out: &mut Vec<Sentence>) {
    let span = Span::new(tokens[start].span.start, tokens[end - 1].span.end);
    out.push(Sentence { span, block, tokens: start..end });
}

fn is_terminal_token(text: &str, token: Token) -> bool {
    let s = token.span.slice(text);
    match token.kind {
        TokenKind::Punct => s.starts_with("..") || s.chars().next().is_some_and(is_terminal),
        // A dotted abbreviation such as "U.S." carries its own final dot.
        TokenKind::Word => s.len() > 1 && s.ends_with('.'),
        TokenKind::Number | TokenKind::Quote => false,
    }
}

/// Tokens that stay with the sentence before them: closing quotes and brackets, and more
/// terminal punctuation (`?!`, `.”.`).
fn closes(text: &str, floor: usize, token: Token) -> bool {
    let s = token.span.slice(text);
    match token.kind {
        TokenKind::Quote => first_char(s).is_some_and(|c| {
            is_closing_quote_mark(c)
                || (!is_opening_quote_mark(c) && !opens_here(text, floor, token.span.start))
        }),
        TokenKind::Punct => {
            matches!(s, ")" | "]" | "}") || s.chars().next().is_some_and(is_terminal)
        }
        TokenKind::Word | TokenKind::Number => false,
    }
}

fn ends_sentence(
    text: &str,
    tokens: &[Token],
    first: usize,
    term: usize,
    next: usize,
    floor: usize,
) -> bool {
    let next_token = tokens[next];
    let next_text = next_token.span.slice(text);
    let Some(next_char) = first_char(next_text) else { return false };
    let can_start = match next_token.kind {
        TokenKind::Word => next_char.is_uppercase() || !next_char.is_alphabetic(),
        TokenKind::Number => true,
        TokenKind::Quote => {
            is_opening_quote_mark(next_char) || opens_here(text, floor, next_token.span.start)
        }
        TokenKind::Punct => matches!(next_text, "(" | "[" | "—" | "–" | "-" | "•" | "*"),
    };
    if !can_start {
        return false;
    }
    let term_token = tokens[term];
    let term_text = term_token.span.slice(text);
    let opener = || next_token.kind == TokenKind::Quote || is_sentence_opener(next_text);
    if term_token.kind == TokenKind::Word {
        // "U.S." and the like: a sentence may end with one, but usually does not.
        return opener();
    }
    if term_text == "." && term > first {
        let prev = tokens[term - 1];
        if prev.kind == TokenKind::Word && prev.span.end == term_token.span.start {
            let word = prev.span.slice(text);
            if is_title(word) || is_initial(word) {
                return false;
            }
            if is_month(word) {
                return next_token.kind != TokenKind::Number && opener();
            }
            if is_closing_abbreviation(word) {
                return opener();
            }
        }
    }
    if matches!(term_text, "?" | "!") && next > term + 1 && attribution_follows(text, tokens, next)
    {
        return false;
    }
    true
}

/// Whether the words after a quote ending in `?` or `!` are its attribution: a speech verb
/// within a few words, before any terminal punctuation.
fn attribution_follows(text: &str, tokens: &[Token], from: usize) -> bool {
    for token in tokens[from..].iter().take(8) {
        let s = token.span.slice(text);
        if is_terminal_token(text, *token) {
            return false;
        }
        if token.kind == TokenKind::Word && is_speech_verb(s) {
            return true;
        }
    }
    false
}

/// A single capital letter: an initial, as in "J. K. Rowling".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// Titles and other abbreviations that never end a sentence.
fn is_title(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Mx"
            | "Dr"
            | "Prof"
            | "Gov"
            | "Govs"
            | "Sen"
            | "Sens"
            | "Rep"
            | "Reps"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Cpt"
            | "Sgt"
            | "Adm"
            | "Maj"
            | "Cmdr"
            | "Cdr"
            | "Cpl"
            | "Pvt"
            | "Brig"
            | "Rev"
            | "Hon"
            | "Pres"
            | "Supt"
            | "Det"
            | "Insp"
            | "Atty"
            | "Amb"
            | "Fr"
            | "Msgr"
            | "Messrs"
            | "Mme"
            | "Mlle"
            | "St"
            | "Ste"
            | "Mt"
            | "Ft"
            | "Rt"
            | "No"
            | "Nos"
            | "Vol"
            | "Art"
            | "Sec"
            | "Fig"
            | "vs"
            | "v"
            | "approx"
            | "ca"
            | "cf"
            | "Ald"
            | "Cllr"
    )
}

fn is_month(word: &str) -> bool {
    matches!(
        word,
        "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// Abbreviations that often end a sentence as well as sit inside one.
fn is_closing_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Jr"
            | "Sr"
            | "Bros"
            | "Plc"
            | "etc"
            | "al"
            | "Ave"
            | "Blvd"
            | "Rd"
            | "Dept"
            | "Univ"
            | "Assn"
            | "Govt"
            | "Mass"
            | "Calif"
            | "Fla"
            | "Ill"
            | "Mich"
            | "Penn"
            | "Wash"
            | "Ariz"
            | "Conn"
            | "Colo"
            | "Tenn"
            | "Wis"
            | "Minn"
    )
}

/// Words that usually open a sentence; after an ambiguous abbreviation they decide a break.
fn is_sentence_opener(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "His"
            | "Her"
            | "Its"
            | "Their"
            | "Our"
            | "My"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "But"
            | "And"
            | "Yet"
            | "So"
            | "However"
            | "Meanwhile"
            | "Also"
            | "In"
            | "On"
            | "At"
            | "For"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "As"
            | "Some"
            | "Many"
            | "Most"
            | "Other"
            | "Officials"
    )
}

fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "said"
            | "says"
            | "asked"
            | "asks"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "replied"
            | "replies"
            | "continued"
            | "explained"
            | "insisted"
            | "noted"
            | "shouted"
            | "yelled"
            | "cried"
            | "tweeted"
            | "declared"
            | "responded"
            | "countered"
            | "quipped"
            | "demanded"
            | "wondered"
            | "recalled"
            | "joked"
            | "exclaimed"
    )
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut tokens = Vec::new();
        tokenize(text, Span::new(0, text.len()), &[], &mut tokens);
        let mut out = Vec::new();
        split(text, &tokens, 0, 0, 0, &mut out);
        out.iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn titles_initials_and_months_do_not_end_sentences() {
        assert_eq!(
            sentences("Mr. Smith met Gov. Jones and Sen. Brown on Nov. 1. They ate."),
            ["Mr. Smith met Gov. Jones and Sen. Brown on Nov. 1.", "They ate."]
        );
        assert_eq!(
            sentences("J. K. Rowling wrote it. Dr. No read it."),
            ["J. K. Rowling wrote it.", "Dr. No read it."]
        );
    }

    #[test]
    fn dotted_abbreviations_end_a_sentence_only_before_an_opener() {
        assert_eq!(
            sentences("The U.S. Senate voted. It won in the U.S. The end."),
            ["The U.S. Senate voted.", "It won in the U.S.", "The end."]
        );
        assert_eq!(
            sentences("Acme Inc. said so. Acme Inc. The firm grew."),
            ["Acme Inc. said so.", "Acme Inc.", "The firm grew."]
        );
    }

    #[test]
    fn decimals_and_numbers_do_not_split() {
        assert_eq!(
            sentences("It grew 3.5% to $4.2bn, or 1,000 units. Next."),
            ["It grew 3.5% to $4.2bn, or 1,000 units.", "Next."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("“We see no reason … future.” He left."),
            ["“We see no reason … future.”", "He left."]
        );
        assert_eq!(
            sentences("“It is over,” Mr Smith told reporters. “Really.”"),
            ["“It is over,” Mr Smith told reporters.", "“Really.”"]
        );
        assert_eq!(
            sentences("\"Why not?\" Mr Smith asked. Nobody knew."),
            ["\"Why not?\" Mr Smith asked.", "Nobody knew."]
        );
    }

    #[test]
    fn a_mark_at_the_end_of_the_block_closes() {
        assert_eq!(sentences("It was “Mostly False.“"), ["It was “Mostly False.“"]);
    }

    #[test]
    fn ellipses_split_only_before_a_capital() {
        assert_eq!(
            sentences("Well... maybe. I wonder... Yes."),
            ["Well... maybe.", "I wonder...", "Yes."]
        );
    }

    #[test]
    fn lone_punctuation_and_quotes_do_not_panic() {
        assert_eq!(sentences(". ” “ ?"), [". ”", "“ ?"]);
        assert!(sentences("").is_empty());
    }
}
