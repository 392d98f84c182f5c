//! The tokenizer: a range of text → [`Token`]s with byte spans, in one pass, no allocation
//! per token.
//!
//! Decisions (the extract layer codes against them):
//! - A word keeps its inner apostrophes and hyphens: "Lavrov’s", "don't", "two-decade-old" are
//!   one `Word` each. A possessive apostrophe after a final s ("Jones’") belongs to the word too,
//!   unless a single quote is open in the paragraph, in which case it closes that quote.
//! - Dotted abbreviations made of single letters are one word with their dots: "U.S.", "p.m.",
//!   "N.Y.", "U.S.-led". Other abbreviations are a word and a `.` token ("Mr", ".").
//! - A number runs over digits, inner `.`, `,`, `:` or `/` followed by a digit, and letters
//!   glued to it: "3.5", "1,000", "2:45", "9/11", "4.2bn", "1990s", "2021-10-19",
//!   "50-year-old" are one `Number` each. Currency signs and `%` are `Punct` tokens of their own.
//! - "..." (two or more dots) and "--" (two or more hyphens) are one `Punct` token.
//! - Quotation marks are `Quote` tokens; whitespace and control characters separate tokens.
//! - Addresses (e-mail, URL) given as `skip` produce no token.

use super::chars::{
    self, is_apostrophe, is_closing_quote_mark, is_hyphen, is_opening_quote_mark, is_quote_mark,
    is_space, is_word_char,
};
use super::{Span, Token, TokenKind};

/// Appends the tokens of `text[range]` to `out`, skipping the spans in `skip` (sorted, not
/// overlapping). `range` must lie on char boundaries.
pub fn tokenize(text: &str, range: Span, skip: &[Span], out: &mut Vec<Token>) {
    let mut pos = range.start;
    let end = range.end;
    let first_skip = skip.partition_point(|s| s.end <= pos);
    let mut skip = skip[first_skip..].iter().peekable();
    // Whether a single quote (‘ or an opening ') is open: a final ’ after an s then closes it
    // instead of marking a possessive.
    let mut single_open = false;
    while pos < end {
        if let Some(s) = skip.next_if(|s| s.start <= pos) {
            pos = pos.max(s.end);
            continue;
        }
        let stop = skip.peek().map_or(end, |s| s.start.min(end));
        let Some(c) = text[pos..stop].chars().next() else {
            // Only reached when `stop == pos`, which the skip branch above rules out.
            pos = stop;
            continue;
        };
        let len = c.len_utf8();
        if is_space(c) {
            pos += len;
            continue;
        }
        let (kind, token_end) = if c.is_numeric() {
            (TokenKind::Number, scan_number(text, pos, stop))
        } else if is_word_char(c) {
            (TokenKind::Word, scan_word(text, pos, stop, single_open))
        } else if is_quote_mark(c) {
            let opening = is_opening_quote_mark(c)
                || (!is_closing_quote_mark(c) && opens_here(text, range.start, pos));
            if c == '‘' || (c == '\'' && opening) {
                single_open = true;
            } else if c == '’' || c == '\'' {
                single_open = false;
            }
            (TokenKind::Quote, pos + len)
        } else if c == '.' || is_hyphen(c) {
            // Runs of dots are an ellipsis, runs of hyphens a dash.
            let run = text[pos..stop].bytes().take_while(|&b| b == c as u8).count();
            let run = if c.is_ascii() && run >= 2 { run } else { len };
            (TokenKind::Punct, pos + run)
        } else {
            (TokenKind::Punct, pos + len)
        };
        out.push(Token { kind, span: Span::new(pos, token_end) });
        pos = token_end;
    }
}

/// Whether a straight quote at `pos` opens a quote: it stands at the start or after a space,
/// an opening bracket, a dash or another opening mark.
pub fn opens_here(text: &str, floor: usize, pos: usize) -> bool {
    match text[floor..pos].chars().next_back() {
        None => true,
        Some(prev) => {
            is_space(prev)
                || matches!(prev, '(' | '[' | '{' | '—' | '–' | '-' | '/')
                || is_opening_quote_mark(prev)
        }
    }
}

fn char_at(text: &str, pos: usize, stop: usize) -> Option<char> {
    if pos >= stop { None } else { chars::char_at(text, pos) }
}

fn scan_word(text: &str, start: usize, stop: usize, single_open: bool) -> usize {
    let mut pos = start;
    // Length in letters of the current part (since the last dot, apostrophe or hyphen), and
    // whether every part so far was a single letter followed by a dot ("U.S.").
    let mut part_len = 0usize;
    let mut dotted = true;
    let mut saw_dot = false;
    let mut last = ' ';
    while let Some(c) = char_at(text, pos, stop) {
        if is_word_char(c) {
            pos += c.len_utf8();
            part_len += 1;
            last = c;
            continue;
        }
        let next = char_at(text, pos + c.len_utf8(), stop);
        if (is_apostrophe(c) && next.is_some_and(char::is_alphabetic))
            || (is_hyphen(c) && next.is_some_and(is_word_char))
        {
            // After a hyphen a new dotted abbreviation may start: "R-N.Y.".
            dotted = is_hyphen(c);
            saw_dot = false;
        } else if c == '.' && dotted && part_len == 1 && last.is_alphabetic() {
            // A single letter and a dot: part of an abbreviation such as "U.S." when another
            // letter-and-dot follows, or when one already came before ("U.S." ends here).
            let after = char_at(text, pos + 1, stop);
            let next_is_part = after.is_some_and(char::is_alphabetic)
                && char_at(text, pos + 1 + after.map_or(0, char::len_utf8), stop) == Some('.');
            if !(next_is_part || saw_dot) {
                break;
            }
            saw_dot = true;
            pos += 1;
            part_len = 0;
            last = '.';
            if !next_is_part {
                // "U.S.-led" goes on over the hyphen; otherwise the abbreviation ends here.
                let hyphen_follows = char_at(text, pos, stop).is_some_and(is_hyphen)
                    && char_at(text, pos + 1, stop).is_some_and(is_word_char);
                if !hyphen_follows {
                    break;
                }
            }
            continue;
        } else if is_apostrophe(c)
            && !single_open
            && matches!(last, 's' | 'S')
            && !next.is_some_and(is_word_char)
        {
            // Possessive after a plural or a name in s: "Jones’", "allies’".
            pos += c.len_utf8();
            break;
        } else {
            break;
        }
        pos += c.len_utf8();
        part_len = 0;
        last = c;
    }
    pos
}

fn scan_number(text: &str, start: usize, stop: usize) -> usize {
    let mut pos = start;
    while let Some(c) = char_at(text, pos, stop) {
        if is_word_char(c) {
            pos += c.len_utf8();
            continue;
        }
        let next = char_at(text, pos + c.len_utf8(), stop);
        let joins = match c {
            '.' | ',' | ':' | '/' => next.is_some_and(|n| n.is_ascii_digit()),
            _ => is_hyphen(c) && next.is_some_and(is_word_char),
        };
        if !joins {
            break;
        }
        pos += c.len_utf8();
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Vec<(TokenKind, &str)> {
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &[], &mut out);
        out.iter().map(|t| (t.kind, t.span.slice(text))).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        tokens(text).into_iter().map(|(_, s)| s).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(words("Lavrov’s two-decade-old don't"), ["Lavrov’s", "two-decade-old", "don't"]);
        assert_eq!(words("the allies’ plan"), ["the", "allies’", "plan"]);
    }

    #[test]
    fn closing_single_quote_after_s_is_a_quote_when_one_is_open() {
        let toks = tokens("called it ‘a crisis of the Joneses’ today");
        assert_eq!(toks[8], (TokenKind::Quote, "’"));
        assert_eq!(toks[7], (TokenKind::Word, "Joneses"));
    }

    #[test]
    fn dotted_abbreviations_are_one_word() {
        assert_eq!(
            words("the U.S. and N.Y. at 2 p.m. U.S.-led"),
            ["the", "U.S.", "and", "N.Y.", "at", "2", "p.m.", "U.S.-led"]
        );
        assert_eq!(words("Mr. Smith"), ["Mr", ".", "Smith"]);
        assert_eq!(words("(R-N.Y.) said"), ["(", "R-N.Y.", ")", "said"]);
        assert_eq!(words("J. K. Rowling"), ["J", ".", "K", ".", "Rowling"]);
        assert_eq!(words("Plan B."), ["Plan", "B", "."]);
    }

    #[test]
    fn numbers_keep_their_separators() {
        assert_eq!(
            tokens("$4.2bn 1,000 3.5 35% 2021-10-19"),
            [
                (TokenKind::Punct, "$"),
                (TokenKind::Number, "4.2bn"),
                (TokenKind::Number, "1,000"),
                (TokenKind::Number, "3.5"),
                (TokenKind::Number, "35"),
                (TokenKind::Punct, "%"),
                (TokenKind::Number, "2021-10-19"),
            ]
        );
        assert_eq!(words("in 2019."), ["in", "2019", "."]);
        assert_eq!(words("1,000, then"), ["1,000", ",", "then"]);
    }

    #[test]
    fn ellipses_dashes_and_quotes() {
        assert_eq!(
            tokens("wait... “no” -- ok…"),
            [
                (TokenKind::Word, "wait"),
                (TokenKind::Punct, "..."),
                (TokenKind::Quote, "“"),
                (TokenKind::Word, "no"),
                (TokenKind::Quote, "”"),
                (TokenKind::Punct, "--"),
                (TokenKind::Word, "ok"),
                (TokenKind::Punct, "…"),
            ]
        );
    }

    #[test]
    fn skipped_spans_give_no_tokens() {
        let text = "write to a@b.com now";
        let mut out = Vec::new();
        tokenize(text, Span::new(0, text.len()), &[Span::new(9, 16)], &mut out);
        let got: Vec<&str> = out.iter().map(|t| t.span.slice(text)).collect();
        assert_eq!(got, ["write", "to", "now"]);
    }
}
