//! Cues: the words that attribute speech ("said", "told reporters", "according to",
//! "described … as", "calling them"), and the speaker phrase each one points to.
//!
//! Works on a window of words (the stretch of one sentence before or after a quote, or a
//! whole sentence for reported speech); knows nothing of entities.

use super::lexicon;
use super::phrase::{self, Phrase};
use super::words::Tok;
use crate::text::Span;

/// A cue with the phrase that names its speaker, when one was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// The cue's words: "said", "told reporters", "according to".
    pub span: Span,
    /// Index of the cue's first token.
    pub at: usize,
    /// Index of the token after the cue's words.
    pub after: usize,
    pub speaker: Option<Phrase>,
    /// "adding", "saying": borrows its subject from an earlier verb.
    pub participle: bool,
}

/// The cue at `toks[i]`, if that token opens one; its speaker is looked for in `toks[floor..limit]`.
pub fn at(text: &str, toks: &[Tok], floor: usize, limit: usize, i: usize) -> Option<Cue> {
    let tok = toks[i];
    if !tok.word {
        return None;
    }
    let lw = tok.lower(text);
    if lw == "according" {
        let to = toks.get(i + 1).filter(|t| i + 1 < limit && t.lower(text) == "to")?;
        let speaker = phrase::forward(text, toks, i + 2, limit);
        return Some(Cue {
            span: tok.span.cover(to.span),
            at: i,
            after: i + 2,
            speaker,
            participle: false,
        });
    }
    // A capitalised "States" or "Post" is a name, not a verb; only a verb that opens its
    // window may be capitalised ("Said Ellis: …").
    let capitalised = super::words::is_capitalised(tok.text(text));
    if !lexicon::is_cue_verb(&lw)
        || (capitalised
            && (i > floor || !matches!(lw.as_ref(), "said" | "says" | "added" | "asked")))
    {
        return None;
    }
    let mut after = i + 1;
    if lexicon::is_tell_verb(&lw) {
        after = hearer_end(text, toks, after, limit);
    }
    let span = tok.span.cover(toks[after - 1].span);
    let speaker = phrase::backward(text, toks, floor, i).or_else(|| {
        // Inverted: "…,” said the press office." The verb opens its window.
        let opens = (floor..i).all(|j| !toks[j].word) && !lexicon::is_participle(&lw);
        if opens { phrase::forward(text, toks, after, limit) } else { None }
    });
    Some(Cue { span, at: i, after, speaker, participle: lexicon::is_participle(&lw) })
}

/// The end of the hearer after "told"/"asked": "reporters", "the BBC", "CNN", "a news conference".
fn hearer_end(text: &str, toks: &[Tok], from: usize, limit: usize) -> usize {
    let mut end = from;
    while end < limit && end - from < 4 {
        let tok = toks[end];
        if !tok.word {
            break;
        }
        let lw = tok.lower(text);
        if lexicon::stops_phrase(&lw)
            || lexicon::is_calendar_word(&lw)
            || lexicon::pronoun(&lw).is_some() && end > from
        {
            break;
        }
        end += 1;
        // A single common noun is the whole hearer: "told reporters Russia would…".
        if !lexicon::is_determiner(&lw) && !super::words::is_capitalised(tok.text(text)) {
            break;
        }
    }
    end
}

/// The cue nearest before the end of `toks[floor..limit]`, with the speaker of the nearest of
/// the last few cues that has one: a verb without its own subject ("…, adding that", "who
/// suggested that") gives way to an earlier verb.
pub fn last_in(text: &str, toks: &[Tok], floor: usize, limit: usize) -> Option<Cue> {
    let mut first_found: Option<Cue> = None;
    let mut seen = 0;
    for i in (floor..limit).rev() {
        if let Some(cue) = at(text, toks, floor, limit, i) {
            if cue.speaker.is_some() {
                return Some(
                    first_found.map_or(cue, |first| Cue { speaker: cue.speaker, ..first }),
                );
            }
            if first_found.is_none() {
                first_found = Some(cue);
            }
            seen += 1;
            if seen == 4 {
                break;
            }
        }
    }
    first_found
}

/// Words that open a sentence with an adverbial before its subject ("In a panel discussion
/// on Monday, Smith told…").
fn opens_adverbial(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "asked"
            | "speaking"
            | "later"
            | "earlier"
            | "meanwhile"
            | "however"
            | "still"
            | "yet"
            | "but"
            | "and"
            | "also"
            | "since"
            | "last"
            | "when"
            | "while"
            | "as"
            | "then"
            | "now"
            | "today"
            | "yesterday"
            | "separately"
            | "instead"
            | "indeed"
            | "for"
            | "with"
            | "by"
            | "from"
            | "under"
    )
}

/// The subject of the sentence that starts at `toks[start]`: the first noun phrase after an
/// opening adverbial, when it names someone ("Donald Trump, her opponent, bemoaned … and said
/// he thought that drugs were a “big factor”").
pub fn subject(text: &str, toks: &[Tok], start: usize, limit: usize) -> Option<Phrase> {
    let mut from = start;
    for _ in 0..2 {
        let first = toks.get(from).filter(|t| t.word && from < limit)?;
        if !opens_adverbial(&first.lower(text)) {
            break;
        }
        let comma = (from..limit.min(from + 16)).find(|&j| toks[j].text(text) == ",")?;
        from = comma + 1;
    }
    let found = phrase::forward(text, toks, from, limit)?;
    (found.pronoun.is_some() || found.person || found.organisation).then_some(found)
}

/// The first cue in `toks[floor..limit]`.
pub fn first_in(text: &str, toks: &[Tok], floor: usize, limit: usize) -> Option<Cue> {
    (floor..limit).find_map(|i| at(text, toks, floor, limit, i))
}
