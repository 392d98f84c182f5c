//! Direct quotes with their speakers and cues, and reported speech as claims.
//!
//! Reads one article after its entities are found: [`marks`] finds the quoted pieces of each
//! paragraph; [`cue`] and [`phrase`] read the words of the sentence around each piece for the
//! cue and the speaker phrase; [`speaker`] links that phrase to an entity (resolving "he" and
//! "she", creating an entity for a named speaker the entity finder missed); [`claims`] finds
//! reported speech. A quote without a cue of its own takes the speaker of the quote before it
//! in its sentence, of its quotation's other paragraphs, of its paragraph, or (for a paragraph
//! that is only a quote) of the previous paragraph's last attribution. A quote nobody is found
//! for keeps no speaker; a short or mid-sentence quote with no cue at all is a scare quote or a
//! title and is dropped. Everything is bounded by sentences and paragraphs, so the cost is
//! linear in the text.

mod claims;
mod cue;
mod lexicon;
mod marks;
mod phrase;
mod speaker;
mod words;

use crate::extract::{Claim, Entity, Quote};
use crate::text::{Article, BlockKind, Span};
use marks::Piece;
use speaker::{Resolver, Speaker};
use words::Tok;

/// How many paragraphs back a pronoun may look for the person it stands for.
const PRONOUN_PARAGRAPHS: usize = 3;

/// Finds the quotes and claims of an article; may add pronoun mentions to `entities` and new
/// entities for named speakers. Quotes and claims come in text order.
pub fn find(article: &Article, entities: &mut Vec<Entity>) -> (Vec<Quote>, Vec<Claim>) {
    let text = article.text.as_str();
    let paragraphs: Vec<Span> = article
        .blocks
        .iter()
        .filter(|b| !matches!(b.kind, BlockKind::Outlet | BlockKind::Byline))
        .map(|b| b.span)
        .collect();
    let pieces = marks::pieces(text, &paragraphs);
    let mut resolver = Resolver::new(text, entities);
    let mut found: Vec<Found> = Vec::with_capacity(pieces.len());
    let mut claims = Vec::new();
    // The speaker of the last attribution (quote or claim) of the previous paragraph.
    let mut previous_last: Option<Speaker> = None;
    let mut next_piece = 0;
    for (index, &paragraph) in paragraphs.iter().enumerate() {
        let first_piece = next_piece;
        while next_piece < pieces.len() && pieces[next_piece].paragraph == index {
            next_piece += 1;
        }
        let window = paragraphs[index.saturating_sub(PRONOUN_PARAGRAPHS)].start;
        resolver.enter_paragraph(paragraphs[index.saturating_sub(1)].start);
        let context = Paragraph::read(text, paragraph, &pieces[first_piece..next_piece]);
        let mut last: Option<(usize, Speaker)> = None;
        // Where each claim of this paragraph ends, with its speaker.
        let mut claimed: Vec<(usize, Speaker)> = Vec::new();
        for reported in context.claims(text) {
            let Some(phrase) = reported.cue.speaker else { continue };
            let speaker = resolver.resolve(&phrase, window);
            last = Some((reported.content.start.max(reported.cue.span.start), speaker));
            claimed.push((reported.content.end.max(reported.cue.span.end), speaker));
            claims.push(Claim {
                span: reported.content,
                speaker: speaker.entity,
                speaker_text: speaker.text,
                cue: reported.cue.span,
            });
        }
        if let Some(phrase) = context.introduction(text).and_then(|c| c.speaker) {
            // "The senator told the crowd:" hands its speaker to the quote that follows.
            let speaker = resolver.resolve(&phrase, window);
            last = Some((paragraph.end, speaker));
        }
        let first_found = found.len();
        for (k, piece) in pieces[first_piece..next_piece].iter().enumerate() {
            let attribution = context.attribution(text, k);
            let speaker = match attribution.speaker {
                Some(phrase) => resolver.resolve(&phrase, window),
                None => Speaker::default(),
            };
            found.push(Found {
                piece: *piece,
                cue: attribution.cue,
                speaker,
                partial: context.partial(text, k),
                after_previous: attribution.after_previous,
                title: context.programme_title(text, k),
            });
        }
        let quote_only = context.quote_only(text);
        inherit(&mut found[first_found..], &claimed, quote_only.then_some(previous_last).flatten());
        let last_quote = found[first_found..].iter().rev().find(|f| f.speaker.is_some());
        previous_last = match (last, last_quote) {
            (Some((at, claim)), Some(quote)) => {
                Some(if at > quote.piece.span.start { claim } else { quote.speaker })
            }
            (Some((_, claim)), None) => Some(claim),
            (None, Some(quote)) => Some(quote.speaker),
            (None, None) => None,
        };
    }
    share_across_chains(&mut found);
    let quotes = found
        .into_iter()
        .filter(Found::is_speech)
        .map(|f| Quote {
            span: f.piece.span,
            speaker: f.speaker.entity,
            speaker_text: f.speaker.text,
            cue: f.cue,
            partial: f.partial,
        })
        .collect();
    (quotes, claims)
}

/// A quoted piece with what was found for it.
#[derive(Debug, Clone, Copy)]
struct Found {
    piece: Piece,
    cue: Option<Span>,
    speaker: Speaker,
    partial: bool,
    /// Whether the piece follows another piece in its sentence with nothing attributing it.
    after_previous: bool,
    /// Whether the piece is the title of a programme or publication ("on “Face the Nation”").
    title: bool,
}

impl Found {
    /// Whether the piece is attributed speech rather than a scare quote, a title or quoted
    /// text nobody is said to have spoken (a transcript, a letter, a list of answers): it has
    /// a speaker or a cue.
    fn is_speech(&self) -> bool {
        !self.title && (self.speaker.is_some() || self.cue.is_some())
    }
}

/// Fills in speakers within a paragraph: from the previous piece of the same sentence, from
/// the other pieces or the claims of the paragraph (whole quotes only), or from the previous
/// paragraph's last speaker when the paragraph is nothing but quotes.
fn inherit(found: &mut [Found], claimed: &[(usize, Speaker)], previous_paragraph: Option<Speaker>) {
    for k in 0..found.len() {
        if found[k].speaker.is_some() {
            continue;
        }
        if found[k].after_previous && k > 0 && found[k - 1].speaker.is_some() {
            found[k].speaker = found[k - 1].speaker;
            found[k].cue = found[k].cue.or(found[k - 1].cue);
        }
    }
    for k in 0..found.len() {
        if found[k].speaker.is_some() || found[k].partial {
            continue;
        }
        let at = found[k].piece.span.start;
        let quoted = found[..k]
            .iter()
            .rev()
            .find(|f| f.speaker.is_some())
            .map(|f| (f.piece.span.start, f.speaker));
        let reported = claimed.iter().rev().find(|(end, _)| *end <= at).copied();
        let before = match (quoted, reported) {
            (Some(q), Some(r)) => Some(if r.0 > q.0 { r.1 } else { q.1 }),
            (q, r) => q.or(r).map(|(_, speaker)| speaker),
        };
        let after =
            || found[k + 1..].iter().find(|f| f.speaker.is_some() && !f.partial).map(|f| f.speaker);
        let inherited = before.or_else(after).or(if k == 0 { previous_paragraph } else { None });
        if let Some(speaker) = inherited {
            found[k].speaker = speaker;
        }
    }
}

/// Gives every piece of a multi-paragraph quotation the speaker found for any of its pieces.
fn share_across_chains(found: &mut [Found]) {
    let mut start = 0;
    while start < found.len() {
        let chain = found[start].piece.chain;
        let end = start + found[start..].iter().take_while(|f| f.piece.chain == chain).count();
        if end - start > 1
            && let Some(source) = found[start..end].iter().find(|f| f.speaker.is_some()).copied()
        {
            for f in &mut found[start..end] {
                if !f.speaker.is_some() {
                    f.speaker = source.speaker;
                    f.cue = f.cue.or(source.cue);
                }
            }
        }
        start = end;
    }
}

/// The cue and speaker phrase found for one piece in its own sentence.
#[derive(Debug, Clone, Copy, Default)]
struct Attribution {
    cue: Option<Span>,
    speaker: Option<phrase::Phrase>,
    after_previous: bool,
}

/// One paragraph read for attribution: its tokens, which lie inside quotes, where its
/// sentences end, and its pieces' token windows.
struct Paragraph<'p> {
    span: Span,
    toks: Vec<Tok>,
    pieces: &'p [Piece],
    /// Per token: whether it lies inside a piece (marks included).
    inside: Vec<bool>,
    /// Per token: whether it ends a sentence.
    ends: Vec<bool>,
    /// Per piece: the token index of its opening and the token index after its closing.
    bounds: Vec<(usize, usize)>,
}

impl<'p> Paragraph<'p> {
    fn read(text: &str, span: Span, pieces: &'p [Piece]) -> Paragraph<'p> {
        let toks = words::tokenize(text, span);
        let mut inside = vec![false; toks.len()];
        let mut bounds = Vec::with_capacity(pieces.len());
        let mut t = 0;
        for piece in pieces {
            while t < toks.len() && toks[t].span.start < piece.outer.start {
                t += 1;
            }
            let open = t;
            while t < toks.len() && toks[t].span.end <= piece.outer.end {
                inside[t] = true;
                t += 1;
            }
            bounds.push((open, t));
        }
        let ends =
            (0..toks.len()).map(|i| !inside[i] && words::ends_sentence(text, &toks, i)).collect();
        Paragraph { span, toks, pieces, inside, ends, bounds }
    }

    /// Whether the paragraph holds nothing but quotes (and punctuation).
    fn quote_only(&self, text: &str) -> bool {
        !self.pieces.is_empty()
            && (0..self.toks.len()).all(|i| self.inside[i] || !self.toks[i].word)
            && self.pieces[0].outer.start
                <= self.span.start + text[self.span.range()].len()
                    - text[self.span.range()].trim_start().len()
    }

    /// The cue of a paragraph that ends with a colon and no quote, introducing what follows.
    fn introduction(&self, text: &str) -> Option<cue::Cue> {
        let colon = self.toks.len().checked_sub(1)?;
        if self.toks[colon].text(text) != ":" || self.inside[colon] {
            return None;
        }
        let start = (0..colon).rev().find(|&i| self.ends[i] || self.inside[i]).map_or(0, |i| i + 1);
        cue::last_in(text, &self.toks, start, colon).filter(|c| c.speaker.is_some())
    }

    /// The reported speech of each sentence of the paragraph.
    fn claims(&self, text: &str) -> Vec<claims::Reported> {
        let mut out = Vec::new();
        let mut start = 0;
        for i in 0..=self.toks.len() {
            if i == self.toks.len() || self.ends[i] {
                let end = (i + 1).min(self.toks.len());
                let quoted = |j: usize| self.inside[j];
                if let Some(found) = claims::find(text, &self.toks, start, end, &quoted) {
                    out.push(found);
                }
                start = end;
            }
        }
        out
    }

    /// The cue and speaker for piece `k`, from the words of its sentence outside any quote.
    fn attribution(&self, text: &str, k: usize) -> Attribution {
        let (open, close) = self.bounds[k];
        // After: up to the next piece or the sentence's end.
        let next_open = self.bounds.get(k + 1).map_or(self.toks.len(), |b| b.0);
        let after_end = (close..next_open).find(|&i| self.ends[i]).unwrap_or(next_open);
        // Before: back to the previous piece or the sentence's start.
        let previous_close = if k > 0 { self.bounds[k - 1].1 } else { 0 };
        let before_start =
            (previous_close..open).rev().find(|&i| self.ends[i]).map_or(previous_close, |i| i + 1);
        let after_previous = k > 0
            && before_start == previous_close
            && !(previous_close..open).any(|i| self.ends[i]);
        let piece_text = self.pieces[k].span.slice(text);
        let ends_with_comma =
            piece_text.ends_with(',') || self.toks.get(close).is_some_and(|t| t.text(text) == ",");
        // A speaker right after the quote ("…,” she said) is the usual shape; within a few
        // words only, so that a later clause's verb is not taken for this quote's cue.
        let after_cue = || {
            let found = cue::first_in(text, &self.toks, close, after_end)
                .filter(|c| c.speaker.is_some())?;
            let speaker_start =
                found.speaker.map_or(found.span.start, |p| p.span.start.min(found.span.start));
            let gap = (close..after_end)
                .take_while(|&i| self.toks[i].span.start < speaker_start)
                .filter(|&i| self.toks[i].word)
                .count();
            (gap <= 2).then_some(found)
        };
        let before_cue = || cue::last_in(text, &self.toks, before_start, open);
        let chosen = if ends_with_comma {
            after_cue().or_else(before_cue)
        } else {
            before_cue().filter(|c| c.speaker.is_some()).or_else(after_cue).or_else(before_cue)
        };
        match chosen {
            Some(found) => {
                // A cue whose own subject is out of reach speaks for the sentence's subject.
                let speaker = found.speaker.or_else(|| {
                    let starts_sentence =
                        k == 0 || before_start > previous_close || previous_close == 0;
                    starts_sentence
                        .then(|| cue::subject(text, &self.toks, before_start, open))
                        .flatten()
                });
                Attribution { cue: Some(found.span), speaker, after_previous }
            }
            None => Attribution {
                cue: None,
                speaker: self.dash_speaker(text, close, after_end),
                after_previous,
            },
        }
    }

    /// Whether piece `k` is a title in capitals right after "on" or a possessive: a programme
    /// or publication ("told CBS’s “Face the Nation”", "on “Morning Joe”"), not a quote.
    fn programme_title(&self, text: &str, k: usize) -> bool {
        let words: Vec<&str> = self.pieces[k].span.slice(text).split_whitespace().collect();
        let small =
            |w: &str| matches!(w, "the" | "of" | "and" | "a" | "an" | "in" | "on" | "for" | "to");
        let title_case = !words.is_empty()
            && words.len() <= 6
            && words.iter().all(|w| words::is_capitalised(w) || small(w))
            && words.first().is_some_and(|w| words::is_capitalised(w));
        let (open, _) = self.bounds[k];
        let before = open.checked_sub(1).map(|i| self.toks[i].text(text));
        let after_programme = before.is_some_and(|w| {
            w == "on" || w.ends_with("’s") || w.ends_with("'s") || w.ends_with('’')
        });
        title_case && after_programme
    }

    /// A name after a dash that follows the quote: "“…” ― Carla Ruiz" (lists, epigraphs).
    fn dash_speaker(&self, text: &str, close: usize, end: usize) -> Option<phrase::Phrase> {
        let dash = self.toks.get(close).filter(|_| close < end)?;
        if !matches!(dash.text(text), "―" | "—" | "–" | "-") {
            return None;
        }
        let found = phrase::forward(text, &self.toks, close + 1, end)?;
        let to_end =
            self.toks[close + 1..end].iter().all(|t| t.span.end <= found.span.end || !t.word);
        (found.person && to_end).then_some(found)
    }

    /// Whether piece `k` sits inside a sentence that goes on around it rather than standing as
    /// whole sentences of its own.
    fn partial(&self, text: &str, k: usize) -> bool {
        let piece = self.pieces[k];
        let words = piece.span.slice(text);
        if words.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase) {
            return true;
        }
        let (open, _) = self.bounds[k];
        let Some(before) = open.checked_sub(1).map(|i| self.toks[i]) else { return false };
        if before.span.end <= self.span.start || self.ends[open - 1] {
            return false;
        }
        let mark = before.text(text);
        if !before.word {
            return !matches!(
                mark,
                ":" | "," | ";" | "—" | "–" | "-" | "(" | "”" | "\"" | "»" | "…" | "." | "?" | "!"
            );
        }
        let lw = before.lower(text);
        !(lexicon::is_cue_verb(&lw) || lw == "that" || lw == "reads")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text;

    /// Each quote's words, speaker name (or words) and partial flag.
    fn run(input: &str) -> Vec<(String, Option<String>, bool)> {
        let article = text::parse(input);
        let mut entities = Vec::new();
        let (quotes, _) = find(&article, &mut entities);
        quotes
            .iter()
            .map(|q| {
                let name = q
                    .speaker
                    .map(|id| entities[id.0].name.clone())
                    .or_else(|| q.speaker_text.map(|s| s.slice(input).to_owned()));
                (q.span.slice(input).to_owned(), name, q.partial)
            })
            .collect()
    }

    #[test]
    fn speakers_before_and_after_and_by_pronoun() {
        let quotes = run(
            "Union leader Maria Costa said the strike would go on. “We are not moving,” she added.\n\n\
             “It is over,” said the city transport office.\n\n\
             Mr Peter Hale described the offer as “frankly insulting” and said it would “change nothing”.",
        );
        let got: Vec<_> = quotes.iter().map(|(t, s, p)| (t.as_str(), s.as_deref(), *p)).collect();
        assert_eq!(
            got,
            [
                ("We are not moving,", Some("Maria Costa"), false),
                ("It is over,", Some("the city transport office"), false),
                ("frankly insulting", Some("Peter Hale"), true),
                ("change nothing", Some("Peter Hale"), true),
            ]
        );
    }

    #[test]
    fn a_quote_only_paragraph_takes_the_previous_speaker() {
        let quotes =
            run("“First,” Anna Berg told reporters.\n\n“Second and last of all the things.”");
        assert_eq!(quotes[1].1.as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn scare_quotes_without_a_cue_are_dropped() {
        let quotes = run("The so-called “reform” passed.\n\nA source said it was “dead”.");
        let got: Vec<_> = quotes.iter().map(|(t, s, _)| (t.as_str(), s.as_deref())).collect();
        assert_eq!(got, [("dead", Some("A source"))]);
    }
}
