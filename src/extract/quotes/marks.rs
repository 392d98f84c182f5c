//! Quotation marks → quoted pieces: the words between a pair of marks, paragraph by paragraph.
//!
//! Curly (“ ”), straight ("), guillemets (« ») and low (‚ „) double marks open and close quotes;
//! single marks (‘ ’ ') only nest inside a double quote, or stand for double marks in a
//! paragraph that has none (the British style). Apostrophes (don’t, Lavrov’s, Jones’) are never
//! marks. A mark that is never closed ends its piece at the next opening mark or the end of the
//! paragraph, so one stray mark cannot swallow the rest of the article. A paragraph that ends
//! inside a quote continues into the next one when that paragraph re-opens with a mark (or
//! closes the quote before opening another); the pieces of one quotation share a chain number.
//! This module knows nothing of speakers.

use crate::text::Span;
use crate::text::chars::is_alphanumeric;

/// One quoted piece of one paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    /// The words between the marks, white space trimmed.
    pub span: Span,
    /// The piece with its marks: from the opening mark (or the paragraph start, for a piece that
    /// carries on a quote from the paragraph before) to the end of the closing mark (or the bound).
    pub outer: Span,
    /// Index of the paragraph in the list given to [`pieces`].
    pub paragraph: usize,
    /// Pieces of one quotation across paragraphs share this number.
    pub chain: usize,
    /// Whether a closing mark ends the piece.
    pub closed: bool,
}

/// What a character can do as a quotation mark, judged from its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Not a mark here (an apostrophe, a stray single mark).
    None,
}

/// Finds the quoted pieces of the given paragraphs (spans into `text`, in text order).
pub fn pieces(text: &str, paragraphs: &[Span]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut chain = 0;
    let mut runs_on = false;
    for (index, &paragraph) in paragraphs.iter().enumerate() {
        let before = out.len();
        runs_on = scan_paragraph(text, paragraph, index, runs_on, &mut chain, &mut out);
        if out.len() == before {
            runs_on = false;
        }
    }
    out
}

/// Scans one paragraph; returns whether it ends inside an open quote.
fn scan_paragraph(
    text: &str,
    paragraph: Span,
    index: usize,
    carried_in: bool,
    chain: &mut usize,
    out: &mut Vec<Piece>,
) -> bool {
    let body = paragraph.slice(text);
    let singles_lead = !body.contains(['“', '”', '"', '«', '»', '„']) && !body.contains("''");
    // The open piece: where its outer span starts, where its words start, and whether it was
    // carried in from the paragraph before without a mark of its own.
    let mut open: Option<(usize, usize, bool)> = None;
    if carried_in && !starts_with_opening_mark(body) {
        open = Some((paragraph.start, paragraph.start, true));
    }
    let mut continues_chain = carried_in;
    let mut single_open = false;
    let mut prev: Option<char> = None;
    let mut chars = body.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let mut next = chars.peek().map(|&(_, n)| n);
        let at = paragraph.start + offset;
        let mut after = at + c.len_utf8();
        // Two apostrophes (''), as some newswires write them, are one double mark.
        let doubled = c == '\'' && next == Some('\'');
        let c = if doubled {
            chars.next();
            after += 1;
            next = chars.peek().map(|&(_, n)| n);
            '"'
        } else {
            c
        };
        let is_double = matches!(c, '“' | '”' | '"' | '«' | '»' | '„');
        let is_single = matches!(c, '‘' | '’' | '\'' | '‚');
        if is_double || (singles_lead && is_single) {
            match role(c, prev, next, open.is_some()) {
                Role::Open => {
                    if let Some((outer_start, start, carried)) = open {
                        // An opening mark inside an open quote: the earlier mark was never closed,
                        // or a carried-in quote did not continue here.
                        if !carried {
                            push(
                                out,
                                text,
                                index,
                                chain_of(chain, continues_chain),
                                (outer_start, start),
                                at,
                                at,
                                false,
                            );
                            continues_chain = false;
                        }
                    }
                    if out.last().is_none_or(|p| p.paragraph != index)
                        && !(carried_in && offset_is_first(body, offset))
                    {
                        continues_chain = false;
                    }
                    open = Some((at, after, false));
                    single_open = false;
                }
                Role::Close => {
                    if let Some((outer_start, start, _)) = open.take() {
                        push(
                            out,
                            text,
                            index,
                            chain_of(chain, continues_chain),
                            (outer_start, start),
                            at,
                            after,
                            true,
                        );
                        continues_chain = false;
                    }
                }
                Role::None => {}
            }
        } else if is_single && open.is_some() {
            // Nested single quotes are part of the piece; only track them so that their
            // closing mark is not mistaken for anything else.
            match role(c, prev, next, single_open) {
                Role::Open => single_open = true,
                Role::Close => single_open = false,
                Role::None => {}
            }
        }
        prev = Some(c);
    }
    match open {
        Some((outer_start, start, false)) => {
            let end = paragraph.end;
            push(
                out,
                text,
                index,
                chain_of(chain, continues_chain),
                (outer_start, start),
                end,
                end,
                false,
            );
            true
        }
        _ => false,
    }
}

/// The chain number for a new piece: the current one when it continues a quotation.
fn chain_of(chain: &mut usize, continues: bool) -> usize {
    if !continues {
        *chain += 1;
    }
    *chain
}

fn offset_is_first(body: &str, offset: usize) -> bool {
    body[..offset].trim().is_empty()
}

fn starts_with_opening_mark(body: &str) -> bool {
    let mut chars = body.trim_start().chars();
    match chars.next() {
        Some(c) => role(c, None, chars.next(), false) == Role::Open,
        None => false,
    }
}

/// Records a piece whose words run from `start` to `end` (trimmed); empty pieces are dropped.
#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Piece>,
    text: &str,
    paragraph: usize,
    chain: usize,
    (outer_start, start): (usize, usize),
    end: usize,
    outer_end: usize,
    closed: bool,
) {
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    if lead + trail >= inner.len() {
        return;
    }
    out.push(Piece {
        span: Span::new(start + lead, end - trail),
        outer: Span::new(outer_start, outer_end),
        paragraph,
        chain,
        closed,
    });
}

/// Whether `c` opens or closes a quote here, given its neighbours and whether one is open.
fn role(c: char, prev: Option<char>, next: Option<char>, is_open: bool) -> Role {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let space_after = next.is_none_or(|n| n.is_whitespace() || ".,;:!?)]}—–-…".contains(n));
    let word_before = prev.is_some_and(is_alphanumeric);
    let word_after = next.is_some_and(is_alphanumeric);
    match c {
        '“' | '«' | '„' => {
            if is_open && !space_before && space_after {
                Role::Close
            } else {
                Role::Open
            }
        }
        '”' | '»' => {
            if !is_open && space_before && !space_after {
                Role::Open
            } else {
                Role::Close
            }
        }
        '"' => {
            if is_open {
                if space_before && !space_after { Role::Open } else { Role::Close }
            } else if space_after && !space_before {
                Role::Close
            } else {
                Role::Open
            }
        }
        '‘' | '‚' => {
            if word_before {
                Role::None
            } else {
                Role::Open
            }
        }
        '’' | '\'' => {
            if word_before && word_after {
                Role::None
            } else if is_open && !space_before && !word_after {
                Role::Close
            } else if !is_open && !word_before && word_after && c == '\'' {
                Role::Open
            } else {
                Role::None
            }
        }
        _ => Role::None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(String, bool, usize)> {
        let mut paragraphs = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let start = offset + line.len() - line.trim_start().len();
                paragraphs.push(Span::new(start, start + trimmed.len()));
            }
            offset += line.len();
        }
        pieces(text, &paragraphs)
            .into_iter()
            .map(|p| (p.span.slice(text).to_owned(), p.closed, p.chain))
            .collect()
    }

    #[test]
    fn curly_and_straight_marks_pair_up() {
        let got = texts("“One,” she said. \"Two.\" He called it «three».");
        let words: Vec<_> = got.iter().map(|(t, _, _)| t.as_str()).collect();
        assert_eq!(words, ["One,", "Two.", "three"]);
    }

    #[test]
    fn apostrophes_and_nested_singles_stay_inside() {
        let got = texts("“The mayor’s plan is ‘dead on arrival’, and the Joneses’ too,” he said.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "The mayor’s plan is ‘dead on arrival’, and the Joneses’ too,");
    }

    #[test]
    fn an_unclosed_mark_stops_at_the_paragraph_end() {
        let got = texts(
            "He said “this never ends.\n\nThe next paragraph is plain.\n\n“Closed,” she said.",
        );
        let words: Vec<_> = got.iter().map(|(t, c, _)| (t.as_str(), *c)).collect();
        assert_eq!(words, [("this never ends.", false), ("Closed,", true)]);
    }

    #[test]
    fn a_quote_runs_on_into_a_paragraph_that_reopens_it() {
        let got = texts("“First part.\n\n“Second part,” she said.\n\n“Third,” he said.");
        assert_eq!(got[0].2, got[1].2);
        assert_ne!(got[1].2, got[2].2);
        assert!(!got[0].1 && got[1].1);
    }

    #[test]
    fn two_apostrophes_are_one_double_mark() {
        let got = texts("''It isn't reform,'' said the economist.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "It isn't reform,");
    }

    #[test]
    fn british_single_marks_lead_when_there_are_no_doubles() {
        let got = texts("‘It’s over,’ the minister said of the voters’ choice.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "It’s over,");
    }
}
