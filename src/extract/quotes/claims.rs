//! Reported speech: sentences that attribute a statement without quoting it.
//!
//! Three shapes: "X said (that) CONTENT", "CONTENT, X said" / "CONTENT, said X", and
//! "According to X, CONTENT" / "CONTENT, according to X". A sentence whose content is a direct
//! quote is left to the quotes. Knows nothing of entities.

use super::cue::{self, Cue};
use super::lexicon;
use super::words::{Tok, is_capitalised};
use crate::text::Span;

/// Reported speech found in one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reported {
    pub cue: Cue,
    pub content: Span,
}

/// The reported speech of the sentence `toks[start..end]`, if any. `quoted` tells whether a
/// token lies inside a direct quote.
pub fn find(
    text: &str,
    toks: &[Tok],
    start: usize,
    end: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<Reported> {
    let end = trim_end(text, toks, start, end);
    if end <= start + 3 {
        return None;
    }
    // The cue's own clause: everything before the first cue, minus an opening adverbial that
    // ends in a comma ("On Monday, X said…").
    for i in start..end {
        if quoted(i) || !toks[i].word {
            continue;
        }
        let lw = toks[i].lower(text);
        if lw == "according" {
            let Some(found) = cue::at(text, toks, start, end, i).filter(|c| c.speaker.is_some())
            else {
                continue;
            };
            if i == start {
                let comma = (found.after..end).find(|&j| toks[j].text(text) == ",")?;
                return content(text, toks, comma + 1, end, quoted)
                    .map(|c| Reported { cue: found, content: c });
            }
            if toks[i - 1].text(text) == "," {
                return content(text, toks, start, i - 1, quoted)
                    .map(|c| Reported { cue: found, content: c });
            }
            return None;
        }
        if !lexicon::is_claim_verb(&lw) {
            continue;
        }
        // A capitalised "State" is no verb, and a verb without a subject in reach is passed.
        let Some((found, speaker)) =
            cue::at(text, toks, start, end, i).and_then(|c| c.speaker.map(|p| (c, p)))
        else {
            continue;
        };
        let speaker_at = toks.partition_point(|t| t.span.start < speaker.span.start);
        if speaker_at > i {
            // Inverted: "CONTENT, said X."
            if i > start && toks[i - 1].text(text) == "," {
                return content(text, toks, start, i - 1, quoted)
                    .map(|c| Reported { cue: found, content: c });
            }
            return None;
        }
        let opens_clause = speaker_at == start || toks[speaker_at - 1].text(text) == ",";
        if opens_clause && (speaker_at == start || !quoted(speaker_at - 1)) {
            if speaker_at > start
                && toks[speaker_at - 1].text(text) == ","
                && !adverbial(text, toks, start, speaker_at - 1)
            {
                // "CONTENT, X said."
                return content(text, toks, start, speaker_at - 1, quoted)
                    .map(|c| Reported { cue: found, content: c });
            }
            let from = skip_to_content(text, toks, found.after, end);
            return content(text, toks, from, end, quoted)
                .map(|c| Reported { cue: found, content: c });
        }
        return None;
    }
    None
}

/// Drops the sentence's closing punctuation.
fn trim_end(text: &str, toks: &[Tok], start: usize, mut end: usize) -> usize {
    while end > start
        && !toks[end - 1].word
        && matches!(toks[end - 1].text(text), "." | "!" | "?" | "…" | ";" | ":")
    {
        end -= 1;
    }
    end
}

/// Whether `toks[start..comma]` is an opening adverbial ("On Monday", "In case of urgent
/// matters", "However") rather than the claimed content.
fn adverbial(text: &str, toks: &[Tok], start: usize, comma: usize) -> bool {
    let first = toks[start].lower(text);
    let short = comma - start <= 6;
    let preposition = matches!(
        first.as_ref(),
        "on" | "in"
            | "at"
            | "during"
            | "after"
            | "before"
            | "for"
            | "by"
            | "with"
            | "however"
            | "meanwhile"
            | "still"
            | "yet"
            | "but"
            | "and"
            | "also"
            | "since"
            | "last"
            | "earlier"
            | "later"
            | "separately"
            | "speaking"
            | "asked"
            | "when"
            | "while"
            | "then"
            | "now"
            | "today"
            | "yesterday"
            | "instead"
            | "indeed"
            | "moreover"
            | "furthermore"
    );
    preposition && short || comma - start <= 1 && first.ends_with("ly")
}

/// Skips what sits between a cue and its content: a time ("on Monday"), a setting ("in a
/// statement", "at a rally in Ohio") and "that".
fn skip_to_content(text: &str, toks: &[Tok], from: usize, end: usize) -> usize {
    // A "that" soon after the cue opens the content.
    let window = (from..end.min(from + 15)).take_while(|&j| toks[j].text(text) != ",");
    for j in window {
        if toks[j].lower(text) == "that" {
            return j + 1;
        }
    }
    let mut at = from;
    loop {
        let Some(tok) = toks.get(at).filter(|_| at < end) else { return at };
        let lw = tok.lower(text);
        if lexicon::is_calendar_word(&lw)
            || matches!(lw.as_ref(), "yesterday" | "today" | "tonight" | "earlier" | "later")
        {
            at += 1;
        } else if matches!(lw.as_ref(), "on" | "in" | "at" | "during") {
            // "on Monday", "in a statement", "in an interview with CNN": up to a lower-case
            // word that can open a clause.
            let mut j = at + 1;
            while j < end && j - at < 6 {
                let w = toks[j].lower(text);
                if !toks[j].word || lexicon::pronoun(&w).is_some() {
                    break;
                }
                let setting = lexicon::is_determiner(&w)
                    || is_capitalised(toks[j].text(text))
                    || lexicon::is_calendar_word(&w)
                    || matches!(
                        w.as_ref(),
                        "statement"
                            | "interview"
                            | "speech"
                            | "rally"
                            | "briefing"
                            | "conference"
                            | "news"
                            | "press"
                            | "radio"
                            | "television"
                            | "tv"
                            | "with"
                            | "of"
                            | "night"
                            | "morning"
                            | "evening"
                            | "afternoon"
                            | "week"
                            | "month"
                            | "year"
                    );
                if !setting {
                    break;
                }
                j += 1;
            }
            if j == at + 1 {
                return at;
            }
            at = j;
            if toks.get(at).is_some_and(|t| t.text(text) == ",") {
                at += 1;
            }
        } else {
            return at;
        }
    }
}

/// The content span `toks[from..to]`, unless it is too short or is itself a direct quote.
fn content(
    text: &str,
    toks: &[Tok],
    from: usize,
    to: usize,
    quoted: &dyn Fn(usize) -> bool,
) -> Option<Span> {
    let mut from = from;
    while from < to && !toks[from].word {
        from += 1;
    }
    let mut to = to;
    while to > from && !toks[to - 1].word && toks[to - 1].text(text) == "," {
        to -= 1;
    }
    let words = (from..to).filter(|&j| toks[j].word).count();
    let quoted_words = (from..to).filter(|&j| toks[j].word && quoted(j)).count();
    if words < 3 || quoted_words * 2 > words {
        return None;
    }
    let first = toks[from].text(text);
    if matches!(first, "“" | "\"" | "«") {
        return None;
    }
    Some(toks[from].span.cover(toks[to - 1].span))
}
