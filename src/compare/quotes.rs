//! Quotes aligned across articles, each pair with a word diff and a verdict.
//!
//! Two quotes are a pair when their words largely agree, or when one linked speaker says
//! things with much the same content in both. A quote may pair with several in another article
//! (one outlet splits a remark another quotes whole). Verdicts compare the words as
//! [`words`](super::words) keys, so case, curly marks and British/American spelling are
//! "spelling only", never "reworded".

use similar::{Algorithm, DiffTag, capture_diff_slices};

use super::link::{self, LinkedEntity};
use super::words::{self, Word};
use crate::extract::{Extraction, Quote};
use crate::text::{Article, Span};

/// A quote of one article: `(article index, quote index)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteRef {
    pub article: usize,
    pub quote: usize,
}

/// What differs between two renderings of one remark, mildest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Verdict {
    Identical,
    /// Only case, quotation marks or British/American spelling differ.
    Spelling,
    /// One is a part of the other.
    Truncated,
    /// The same statement in other words.
    Reworded,
    /// The same words given to different speakers.
    SpeakerConflict,
}

impl Verdict {
    /// The finding kind of this verdict.
    pub fn kind(self) -> &'static str {
        match self {
            Verdict::Identical => "quote_identical",
            Verdict::Spelling => "quote_spelling",
            Verdict::Truncated => "quote_truncated",
            Verdict::Reworded => "quote_reworded",
            Verdict::SpeakerConflict => "quote_speaker_conflict",
        }
    }
}

/// One piece of a word diff between the two quotes of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffPiece {
    /// The same words in both; spans in the first and in the second article.
    Same(Span, Span),
    /// Words only the first quote has.
    OnlyFirst(Span),
    /// Words only the second quote has.
    OnlySecond(Span),
}

/// Two quotes of one remark in two articles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotePair {
    pub first: QuoteRef,
    pub second: QuoteRef,
    pub verdict: Verdict,
    /// Spans are into each quote's own article.
    pub diff: Vec<DiffPiece>,
}

struct QuoteWords<'a> {
    quote: &'a Quote,
    text: &'a str,
    words: Vec<Word>,
    stems: Vec<words::Stem>,
    /// The cross-article entity of the speaker, when known.
    speaker: Option<usize>,
}

/// Aligns the quotes of every pair of articles.
pub fn align(
    articles: &[Article],
    extractions: &[Extraction],
    linked: &[LinkedEntity],
) -> Vec<QuotePair> {
    let cross = link::cross_index(linked, extractions);
    let read: Vec<Vec<QuoteWords>> = articles
        .iter()
        .zip(extractions)
        .enumerate()
        .map(|(article_idx, (article, extraction))| {
            extraction
                .quotes
                .iter()
                .map(|quote| {
                    let text = article.slice(quote.span);
                    QuoteWords {
                        quote,
                        text,
                        words: words::words(text),
                        stems: words::content_stems(text),
                        speaker: quote.speaker.and_then(|id| cross[article_idx][id.0]),
                    }
                })
                .collect()
        })
        .collect();

    let mut pairs = Vec::new();
    for a in 0..read.len() {
        for b in a + 1..read.len() {
            pairs.extend(align_two(a, &read[a], b, &read[b]));
        }
    }
    pairs
}

/// A possible pair: quote `first` of one article, `second` of the other.
struct Candidate {
    first: usize,
    second: usize,
    verdict: Verdict,
    score: f32,
}

fn align_two(a: usize, first: &[QuoteWords], b: usize, second: &[QuoteWords]) -> Vec<QuotePair> {
    let mut candidates = Vec::new();
    // `judge` needs a shared word, so only such pairs are tried.
    for (i, j) in words::sharing_pairs(first, second, |quote| &quote.stems) {
        if let Some((verdict, score)) = judge(&first[i], &second[j]) {
            candidates.push(Candidate { first: i, second: j, verdict, score });
        }
    }
    // A pair is kept when it is the best for either of its quotes, so one quote may pair with
    // several pieces of the other article but never with everything that shares a word.
    // Candidates come in (first, second) order, so a strict `>` keeps the earliest of equals.
    let mut best_first: Vec<Option<usize>> = vec![None; first.len()];
    let mut best_second: Vec<Option<usize>> = vec![None; second.len()];
    for (idx, c) in candidates.iter().enumerate() {
        for best in [&mut best_first[c.first], &mut best_second[c.second]] {
            if best.is_none_or(|b| c.score > candidates[b].score) {
                *best = Some(idx);
            }
        }
    }
    let mut keep = vec![false; candidates.len()];
    for idx in best_first.into_iter().chain(best_second).flatten() {
        keep[idx] = true;
    }
    candidates
        .iter()
        .zip(keep)
        .filter_map(|(c, kept)| kept.then_some(c))
        .map(|c| QuotePair {
            first: QuoteRef { article: a, quote: c.first },
            second: QuoteRef { article: b, quote: c.second },
            verdict: c.verdict,
            diff: diff(&first[c.first], &second[c.second]),
        })
        .collect()
}

/// Whether two quotes render one remark, with the verdict and a score to rank candidates.
fn judge(a: &QuoteWords, b: &QuoteWords) -> Option<(Verdict, f32)> {
    let shared = words::shared(&a.stems, &b.stems);
    // Quotes with no content word in common render no one remark, whoever said them.
    if shared == 0 {
        return None;
    }
    let (ka, kb) = (keys(a), keys(b));
    let smaller = a.stems.len().min(b.stems.len()).max(1);
    let overlap = shared as f32 / smaller as f32;
    let speakers_differ = matches!((a.speaker, b.speaker), (Some(x), Some(y)) if x != y);
    let same_speaker = matches!((a.speaker, b.speaker), (Some(x), Some(y)) if x == y);

    let words_verdict = if ka == kb {
        Some(if raw_equal(a, b) { Verdict::Identical } else { Verdict::Spelling })
    } else if contains(&ka, &kb) || contains(&kb, &ka) {
        Some(Verdict::Truncated)
    } else {
        None
    };
    match words_verdict {
        Some(_) if speakers_differ => Some((Verdict::SpeakerConflict, 2.0 + overlap)),
        Some(verdict) => Some((verdict, 2.0 + overlap)),
        None if speakers_differ => {
            (overlap >= 0.8 && shared >= 4).then_some((Verdict::SpeakerConflict, overlap))
        }
        None if same_speaker => {
            (overlap >= 0.5 && shared >= 2).then_some((Verdict::Reworded, 1.0 + overlap))
        }
        None => (overlap >= 0.6 && shared >= 4).then_some((Verdict::Reworded, overlap)),
    }
}

/// The words exactly as printed agree (apostrophe style aside).
fn raw_equal(a: &QuoteWords, b: &QuoteWords) -> bool {
    a.words.len() == b.words.len()
        && a.words.iter().zip(&b.words).all(|(x, y)| printed_alike((a, x), (b, y)))
}

/// Two words printed alike, apostrophe style aside (compared without copying either).
fn printed_alike((a, x): (&QuoteWords, &Word), (b, y): (&QuoteWords, &Word)) -> bool {
    let straight = |ch| if ch == '’' { '\'' } else { ch };
    x.span.slice(a.text).chars().map(straight).eq(y.span.slice(b.text).chars().map(straight))
}

/// `short` (at least two words) stands contiguously inside `long`.
fn contains(long: &[&str], short: &[&str]) -> bool {
    short.len() >= 2 && short.len() < long.len() && long.windows(short.len()).any(|w| w == short)
}

fn keys<'q>(quote: &'q QuoteWords) -> Vec<&'q str> {
    quote.words.iter().map(|w| w.key.as_str()).collect()
}

fn diff(a: &QuoteWords, b: &QuoteWords) -> Vec<DiffPiece> {
    let (ka, kb) = (keys(a), keys(b));
    let cover = |words: &[Word], base: Span, range: std::ops::Range<usize>| {
        let first = &words[range.start];
        let last = &words[range.end - 1];
        Span::new(base.start + first.span.start, base.start + last.span.end)
    };
    let (sa, sb) = (a.quote.span, b.quote.span);
    let mut out = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &ka, &kb) {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            DiffTag::Equal => {
                // Equal keys may still be printed differently ("colour" / "color"): such a
                // word is a piece of its own, so the reader sees exactly what changed.
                let mut run_start = 0;
                let len = old.len();
                for offset in 0..=len {
                    let differs = offset < len
                        && !printed_alike(
                            (a, &a.words[old.start + offset]),
                            (b, &b.words[new.start + offset]),
                        );
                    if offset == len || differs {
                        if run_start < offset {
                            out.push(DiffPiece::Same(
                                cover(&a.words, sa, old.start + run_start..old.start + offset),
                                cover(&b.words, sb, new.start + run_start..new.start + offset),
                            ));
                        }
                        if differs {
                            let one =
                                |r: &std::ops::Range<usize>| r.start + offset..r.start + offset + 1;
                            out.push(DiffPiece::Same(
                                cover(&a.words, sa, one(&old)),
                                cover(&b.words, sb, one(&new)),
                            ));
                        }
                        run_start = offset + 1;
                    }
                }
            }
            DiffTag::Delete => out.push(DiffPiece::OnlyFirst(cover(&a.words, sa, old))),
            DiffTag::Insert => out.push(DiffPiece::OnlySecond(cover(&b.words, sb, new))),
            DiffTag::Replace => {
                out.push(DiffPiece::OnlyFirst(cover(&a.words, sa, old)));
                out.push(DiffPiece::OnlySecond(cover(&b.words, sb, new)));
            }
        }
    }
    out
}
