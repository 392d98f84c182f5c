//! Character classes shared by the engine: quotation marks, apostrophes, dashes, and
//! what counts as part of a word; and words in lower case. Knows nothing of tokens,
//! sentences or structure.

use std::borrow::Cow;

/// A letter, digit or combining mark: what words and numbers are made of.
pub fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_combining_mark(c)
}

/// [`char::is_alphanumeric`], with the punctuation of news text (curly quotes, dashes,
/// ellipses: the General Punctuation block, which holds no letter or digit) answered without
/// searching Unicode's tables; every tokenizer asks this of every character.
pub fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() { c.is_ascii_alphanumeric() } else { is_alphanumeric_beyond_ascii(c) }
}

/// [`is_alphanumeric`] beyond ASCII, out of line like [`is_space`]'s.
#[inline(never)]
fn is_alphanumeric_beyond_ascii(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// Combining marks (accents typed as separate code points) belong to the letter before them.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}')
}

/// Characters that join two parts of one word when letters stand on both sides: "Lavrov’s",
/// "O'Brien", "don’t".
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Hyphens that join the parts of a compound word: "two-decade-old".
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Dashes (and hyphens) as they separate a dateline or a byline from what follows.
pub fn is_dash(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}')
}

/// Any quotation mark, including the straight ones and guillemets.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '`'
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
            | '＂'
    )
}

/// Marks that only ever open a quote in English text.
pub fn is_opening_quote_mark(c: char) -> bool {
    matches!(c, '“' | '„' | '‟' | '‘' | '‚' | '‛' | '«' | '‹' | '「' | '『' | '`')
}

/// Marks that only ever close a quote in English text.
pub fn is_closing_quote_mark(c: char) -> bool {
    matches!(c, '”' | '’' | '»' | '›' | '」' | '』')
}

/// Whitespace and control characters: both only separate tokens.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        // Every ASCII space but the space itself is a control character.
        c == ' ' || c.is_ascii_control()
    } else {
        is_space_beyond_ascii(c)
    }
}

/// [`is_space`] beyond ASCII, out of line: the ASCII test is inlined into every scanner.
#[inline(never)]
fn is_space_beyond_ascii(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// The character that starts at byte `at` of `text` (a character boundary), if any. An ASCII
/// byte is its own character: most of news text is read without decoding UTF-8.
pub fn char_at(text: &str, at: usize) -> Option<char> {
    match *text.as_bytes().get(at)? {
        byte if byte.is_ascii() => Some(char::from(byte)),
        _ => decode_at(text, at),
    }
}

/// [`char_at`] for a character beyond ASCII: one copy of the UTF-8 decoder for every scanner
/// that inlines the ASCII case.
#[inline(never)]
fn decode_at(text: &str, at: usize) -> Option<char> {
    text[at..].chars().next()
}

/// Punctuation that ends a sentence.
pub fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‽')
}

/// The first character of a string, if any.
pub fn first_char(s: &str) -> Option<char> {
    s.chars().next()
}

/// The last character of a string, if any.
pub fn last_char(s: &str) -> Option<char> {
    s.chars().next_back()
}

/// Whether a line ends a sentence: its last character, under any closing quotes and brackets,
/// is terminal punctuation.
pub fn ends_with_terminal(s: &str) -> bool {
    let trimmed = s.trim_end_matches(|c: char| {
        is_space(c) || is_closing_quote_mark(c) || matches!(c, '"' | '\'' | ')' | ']')
    });
    last_char(trimmed).is_some_and(is_terminal)
}

/// `word` in lower case: borrowed when it has no capital to lower (most words), so that
/// reading every word of a window in lower case allocates only for the few that need it.
pub fn lower(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether `s` has at most `n` words (runs of non-space): reads no further than the word after
/// the `n`th, where counting them all would read a whole paragraph.
pub fn at_most_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_are_whitespace_controls_and_invisible_breaks_everywhere() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let by_definition = c.is_whitespace()
                || c.is_control()
                || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}');
            assert_eq!(is_space(c), by_definition, "{c:?}");
        }
    }

    #[test]
    fn char_at_reads_one_character_from_a_boundary() {
        let text = "aé😀";
        assert_eq!(char_at(text, 0), Some('a'));
        assert_eq!(char_at(text, 1), Some('é'));
        assert_eq!(char_at(text, 3), Some('😀'));
        assert_eq!(char_at(text, text.len()), None);
    }

    #[test]
    fn alphanumeric_agrees_with_the_standard_library_everywhere() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn terminal_under_closing_quotes() {
        assert!(ends_with_terminal("in the future.”"));
        assert!(ends_with_terminal("Really?' "));
        assert!(!ends_with_terminal("Kremlin breaks ties"));
        assert!(!ends_with_terminal(""));
    }
}
