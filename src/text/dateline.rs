//! Datelines at the start of a story's first paragraph: "MOSCOW: …", "WASHINGTON (AP) — …",
//! "HEMPSTEAD, N.Y., Sept. 26 (UPI) — …", "LIVINGSTON, N.J. — …",
//! "Brussels, Oct 19 (Reuters) - …". Finds the place and where the story's first sentence
//! starts. Reads one paragraph; knows nothing of the rest of the article.

use super::Span;
use super::chars::{is_apostrophe, is_dash, is_hyphen, is_space};
use super::date::month_of;
use super::words::{is_all_caps, is_capitalized};

/// A dateline found at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dateline {
    /// The place, with its region when one is given: "MOSCOW", "HEMPSTEAD, N.Y.".
    pub place: Span,
    /// The dateline up to and including its separator.
    pub span: Span,
    /// Where the story's text starts, after the separator and spaces.
    pub body_start: usize,
}

/// How far into a paragraph a dateline may reach, in bytes.
const MAX_LEN: usize = 100;

/// Reads a dateline at the start of `text[para]`, if there is one.
pub fn read(text: &str, para: Span) -> Option<Dateline> {
    let mut limit = (para.start + MAX_LEN).min(para.end);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let mut cur = Cursor { text, pos: para.start, end: limit };
    let base = para.start;

    // The place: up to four words, all capitals ("LOS ANGELES") or capitalized ("Brussels").
    let mut place_words = 0;
    let mut caps = true;
    let mut place_end = base;
    loop {
        let save = cur.pos;
        cur.skip_spaces();
        let word = cur.word();
        if word.is_empty() || !is_capitalized(word) || place_words == 4 {
            cur.pos = save;
            break;
        }
        let word_caps = is_all_caps(word);
        if place_words > 0 && word_caps != caps {
            cur.pos = save;
            break;
        }
        caps = word_caps;
        place_words += 1;
        place_end = cur.pos;
    }
    if place_words == 0
        || (caps && text[base..place_end].chars().filter(|c| c.is_alphabetic()).count() < 3)
    {
        return None;
    }
    if !caps && place_words > 3 {
        return None;
    }
    // Labels in capitals are no place: "UPDATE: …", "EXCLUSIVE — …".
    const LABELS: [&str; 14] = [
        "UPDATE",
        "UPDATED",
        "BREAKING",
        "EXCLUSIVE",
        "WATCH",
        "VIDEO",
        "ANALYSIS",
        "OPINION",
        "EDITORIAL",
        "CORRECTION",
        "BYLINE",
        "NOTE",
        "LIVE",
        "PHOTOS",
    ];
    if LABELS.iter().any(|l| text[base..place_end].eq_ignore_ascii_case(l)) {
        return None;
    }
    let mut place = Span::new(base, place_end);

    // ", N.Y." — a region, unless it is the date.
    let save = cur.pos;
    if cur.eat(',') {
        cur.skip_spaces();
        let start = cur.pos;
        let word = cur.word();
        if !word.is_empty()
            && is_capitalized(word)
            && month_of(word.trim_end_matches('.')).is_none()
        {
            place = Span::new(base, start + word.len());
        } else {
            cur.pos = save;
        }
    }
    // ", Sept. 26" or ", Oct 19, 2021" — a date.
    let mut dated = false;
    let save = cur.pos;
    if cur.eat(',') {
        cur.skip_spaces();
        let month = cur.word();
        cur.skip_spaces();
        let day = cur.word();
        if month_of(month.trim_end_matches('.')).is_some()
            && !day.is_empty()
            && day.trim_end_matches(',').bytes().all(|b| b.is_ascii_digit())
        {
            dated = true;
            let save_year = cur.pos;
            cur.eat(',');
            cur.skip_spaces();
            let year = cur.word();
            if !(year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit())) {
                cur.pos = save_year;
            }
        } else {
            cur.pos = save;
        }
    }
    // "(Reuters)" — an agency.
    let save = cur.pos;
    cur.skip_spaces();
    let mut agency = false;
    if cur.eat('(') {
        let inner = &text[cur.pos..cur.end];
        match inner.find(')') {
            Some(close)
                if close > 0 && close <= 40 && inner[..close].split_whitespace().count() <= 4 =>
            {
                cur.pos += close + 1;
                agency = true;
            }
            _ => cur.pos = save,
        }
    } else {
        cur.pos = save;
    }
    // The separator: a colon or a dash, then the story.
    cur.skip_spaces();
    let sep_start = cur.pos;
    let colon = cur.eat(':');
    if !colon {
        while cur.pos - sep_start < 12 && cur.peek().is_some_and(is_dash) {
            cur.bump();
        }
    }
    if cur.pos == sep_start {
        return None;
    }
    let span = Span::new(base, cur.pos);
    let space_after = cur.peek().is_some_and(is_space);
    cur.skip_spaces();
    let after = cur.peek()?;
    // A colon needs a space after it; a dash may be glued to the story ("WASHINGTON—Joining").
    if (colon && !space_after) || !(after.is_alphanumeric() || super::chars::is_quote_mark(after)) {
        return None;
    }
    if !(caps || agency || dated) {
        return None;
    }
    Some(Dateline { place, span, body_start: cur.pos })
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    end: usize,
}

impl<'a> Cursor<'a> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..self.end].chars().next()
    }

    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.pos += c.len_utf8();
        }
    }

    fn eat(&mut self, want: char) -> bool {
        let hit = self.peek() == Some(want);
        if hit {
            self.bump();
        }
        hit
    }

    fn skip_spaces(&mut self) {
        while self.peek().is_some_and(|c| c == ' ' || c == '\t' || c == '\u{a0}') {
            self.bump();
        }
    }

    /// A word of a place name: letters, dots, apostrophes, and hyphens between letters.
    fn word(&mut self) -> &'a str {
        let start = self.pos;
        while let Some(c) = self.peek() {
            let joins = (is_hyphen(c) || is_apostrophe(c))
                && self.pos > start
                && self.text[self.pos + c.len_utf8()..self.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic);
            if c.is_alphanumeric() || c == '.' || joins {
                self.bump();
            } else {
                break;
            }
        }
        &self.text[start..self.pos]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dateline(para: &str) -> Option<(&str, &str)> {
        read(para, Span::new(0, para.len())).map(|d| (d.place.slice(para), &para[d.body_start..]))
    }

    #[test]
    fn reads_the_usual_forms() {
        assert_eq!(dateline("MOSCOW: Russia said so."), Some(("MOSCOW", "Russia said so.")));
        assert_eq!(dateline("WASHINGTON (AP) — The Latest."), Some(("WASHINGTON", "The Latest.")));
        assert_eq!(
            dateline("HEMPSTEAD, N.Y., Sept. 26 (UPI) — Green Party candidate"),
            Some(("HEMPSTEAD, N.Y.", "Green Party candidate"))
        );
        assert_eq!(
            dateline("LOS ANGELES, Sept. 28 (UPI) — In a clip"),
            Some(("LOS ANGELES", "In a clip"))
        );
        assert_eq!(
            dateline("WASHINGTON—Joining a chorus"),
            Some(("WASHINGTON", "Joining a chorus"))
        );
        assert_eq!(
            dateline("WASHINGTON –- The White House"),
            Some(("WASHINGTON", "The White House"))
        );
        assert_eq!(
            dateline("Brussels, Oct 19, 2021 (Reuters) - Nato said"),
            Some(("Brussels", "Nato said"))
        );
        assert_eq!(
            dateline("NEW DELHI - “We will,” he said."),
            Some(("NEW DELHI", "“We will,” he said."))
        );
    }

    #[test]
    fn ordinary_openings_are_not_datelines() {
        assert_eq!(dateline("Russia said on Monday it was leaving."), None);
        assert_eq!(dateline("Moscow: the city is cold."), None);
        assert_eq!(dateline("Foreign Minister Sergei Lavrov - who"), None);
        assert_eq!(dateline("US - China talks resumed."), None);
        assert_eq!(dateline("A: yes"), None);
        assert_eq!(dateline("UPDATE: 5/12 — The site"), None);
        assert_eq!(dateline(""), None);
    }
}
