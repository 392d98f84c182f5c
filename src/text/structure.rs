//! The structure reader: text → lines → paragraphs → outlet, headline, byline, dateline, body
//! paragraphs, subheadings, and what is set aside. One pass over the lines, then a look at the
//! first few paragraphs for the header; cost is linear in the text.
//!
//! How the header is told from the story, since pasted text carries no markup:
//! - Lines that are boilerplate (footers, credit markers, captions, separators, bare
//!   addresses) and metadata lines (a date alone) are set aside first.
//! - A byline line ("By …") is the byline wherever it sits among the first paragraphs.
//! - A paragraph is header-like when it is one short line that does not read as a sentence: no
//!   final punctuation, or a `?`/`!` in a short line, or a final full stop in title case or
//!   just before a dateline ("… removed by police." then "HEMPSTEAD, N.Y. (UPI) — …"). The
//!   story starts at the first paragraph that is not header-like.
//! - Of two header-like paragraphs, a first one of at most five capitalized words is the
//!   outlet ("The Daily Planet") and the next the headline; a single one is the headline.
//!   Nothing is taken as a header unless a story paragraph follows it.

use super::byline::{self, Byline};
use super::chars::{ends_with_terminal, first_char, is_space, last_char};
use super::date;
use super::dateline;
use super::words::{chunks, is_capitalized, is_minor_word};
use super::{Block, BlockKind, Date, SetAside, SetAsideReason, Span, boilerplate};
use crate::sorting;

/// The structure of an article, before sentences and tokens.
#[derive(Debug, Default)]
pub struct Structure {
    pub outlet: Option<Span>,
    pub headline: Option<Span>,
    pub byline: Option<Span>,
    pub dateline: Option<Span>,
    pub date: Option<Date>,
    pub blocks: Vec<Block>,
    /// For each block, where its sentences start: the block's start, or the end of the
    /// dateline that opens it.
    pub text_starts: Vec<usize>,
    /// In text order, not overlapping.
    pub set_aside: Vec<SetAside>,
}

/// How many paragraphs from the top the header may take.
const HEADER_REACH: usize = 8;

/// Reads the structure of `text`, whose addresses (e-mail, URL) are `addresses`.
pub fn read(text: &str, addresses: &[Span]) -> Structure {
    let mut out = Structure::default();
    let lines = lines(text, addresses, &mut out.set_aside);
    let paras = paragraphs(text, &lines);
    assign(text, &paras, &mut out);
    for &address in addresses {
        out.set_aside.push(SetAside { reason: SetAsideReason::Address, span: address });
    }
    sorting::sort_by_key(&mut out.set_aside, |s| (s.span.start, std::cmp::Reverse(s.span.end)));
    // An address inside a set-aside caption or footer is already set aside with it.
    let mut covered_to = 0;
    out.set_aside.retain(|s| {
        let keep = s.span.start >= covered_to;
        covered_to = covered_to.max(s.span.end);
        keep
    });
    out
}

#[derive(Debug, Clone, Copy)]
enum LineKind {
    Text,
    Byline(Byline),
    Date(Date),
}

#[derive(Debug, Clone, Copy)]
struct Line {
    span: Span,
    blank_before: bool,
    kind: LineKind,
}

/// The lines of the text that carry something, classified; boilerplate goes to `set_aside`.
fn lines(text: &str, addresses: &[Span], set_aside: &mut Vec<SetAside>) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut offset = 0;
    let mut blank = true;
    let mut address_idx = 0;
    // The caption text of the last credit-marker line: print archives repeat it on the next.
    let mut last_caption: Option<Span> = None;
    let mut push = |reason, span| set_aside.push(SetAside { reason, span });
    for raw in text.split_inclusive('\n') {
        let line = trim(text, Span::new(offset, offset + raw.len()));
        offset += raw.len();
        while address_idx < addresses.len() && addresses[address_idx].end <= line.start {
            address_idx += 1;
        }
        let in_line = addresses[address_idx..].iter().take_while(|a| a.start < line.end);
        let span = trim_addresses(text, line, in_line);
        if span.is_empty() {
            blank = true;
            continue;
        }
        let s = span.slice(text);
        let caption = last_caption.take();
        if !s.chars().any(char::is_alphanumeric) {
            push(SetAsideReason::Separator, span);
            blank = true;
            continue;
        }
        if boilerplate::is_footer(s) {
            push(SetAsideReason::Footer, span);
            blank = true;
            continue;
        }
        if let Some(marker) = boilerplate::credit_marker(text, span) {
            let before = trim(text, Span::new(span.start, marker.start));
            let after = trim(text, Span::new(marker.end, span.end));
            for part in [before, after] {
                if !part.is_empty() {
                    push(SetAsideReason::Caption, part);
                    last_caption = Some(part);
                }
            }
            push(SetAsideReason::Credit, marker);
            blank = true;
            continue;
        }
        let repeats_caption = caption.is_some_and(|c| {
            let c = c.slice(text);
            s.ends_with(c) && s.len() <= c.len() + 40
        });
        if boilerplate::is_credit_line(s) {
            push(SetAsideReason::Credit, span);
            blank = true;
            continue;
        }
        if repeats_caption || boilerplate::is_caption(s) {
            push(SetAsideReason::Caption, span);
            blank = true;
            continue;
        }
        let kind = if let Some(byline) = byline::read(text, span) {
            LineKind::Byline(byline)
        } else {
            match chunks(text, span).take(15).count() < 15 {
                true => match date::find(s) {
                    Some(found) if found.whole_line => LineKind::Date(found.date),
                    _ => LineKind::Text,
                },
                false => LineKind::Text,
            }
        };
        if let LineKind::Date(_) = kind {
            push(SetAsideReason::Metadata, span);
        }
        lines.push(Line { span, blank_before: blank, kind });
        blank = false;
    }
    lines
}

/// `span` without surrounding whitespace and control characters.
fn trim(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let start = span.start + (s.len() - s.trim_start_matches(is_space).len());
    let end = span.start + s.trim_end_matches(is_space).len();
    if start >= end { Span::new(start, start) } else { Span::new(start, end) }
}

/// `line` without addresses at either end (and the separators next to them): the byline
/// "- By Jane Doe in Oslo jane@example.com" keeps only "- By Jane Doe in Oslo".
fn trim_addresses<'a>(text: &str, line: Span, addresses: impl Iterator<Item = &'a Span>) -> Span {
    let addresses: Vec<Span> = addresses.copied().collect();
    if addresses.is_empty() {
        return line;
    }
    let junk = |c: char| is_space(c) || "|•·-–—,;/:()<>[]".contains(c);
    let mut span = line;
    for _ in 0..=addresses.len() {
        let s = span.slice(text);
        let start = span.start + (s.len() - s.trim_start_matches(junk).len());
        let end = span.start + s.trim_end_matches(junk).len();
        span = if start >= end { Span::new(start, start) } else { Span::new(start, end) };
        if let Some(a) = addresses.iter().find(|a| a.end == span.end && a.start >= span.start) {
            span = Span::new(span.start, a.start);
        } else if let Some(a) =
            addresses.iter().find(|a| a.start == span.start && a.end <= span.end)
        {
            span = Span::new(a.end, span.end);
        } else {
            break;
        }
    }
    trim(text, span)
}

#[derive(Debug, Clone, Copy)]
enum ParaKind {
    Text { lines: usize },
    Byline(Byline),
    Date(Date),
}

#[derive(Debug, Clone, Copy)]
struct Para {
    span: Span,
    kind: ParaKind,
}

/// Groups lines into paragraphs: a blank line always separates them, a line break does
/// unless the text is hard-wrapped or the next line continues a sentence in lower case.
fn paragraphs(text: &str, lines: &[Line]) -> Vec<Para> {
    let text_lines = || lines.iter().filter(|l| matches!(l.kind, LineKind::Text));
    let (count, max_len) = text_lines().fold((0, 0), |(n, max), l| (n + 1, max.max(l.span.len())));
    // Hard-wrapped text: short lines, most of them broken off in the middle of a sentence.
    // (Paragraphs one to a line end theirs with a full stop.)
    let broken = text_lines()
        .filter(|l| l.span.len() * 2 >= max_len && !ends_with_terminal(l.span.slice(text)))
        .count();
    let wrapped = max_len <= 100 && count >= 4 && broken * 2 >= count;
    let mut paras: Vec<Para> = Vec::new();
    let mut prev: Option<Line> = None;
    for &line in lines {
        let joins = match (prev, line.kind) {
            (Some(a), LineKind::Text) if !line.blank_before => {
                matches!(a.kind, LineKind::Text)
                    && ((wrapped && a.span.len() * 2 >= max_len)
                        || (first_char(line.span.slice(text)).is_some_and(char::is_lowercase)
                            && !ends_with_terminal(a.span.slice(text))))
            }
            _ => false,
        };
        match (joins, paras.last_mut()) {
            (true, Some(para)) => {
                para.span = para.span.cover(line.span);
                if let ParaKind::Text { lines } = &mut para.kind {
                    *lines += 1;
                }
            }
            _ => {
                let kind = match line.kind {
                    LineKind::Text => ParaKind::Text { lines: 1 },
                    LineKind::Byline(b) => ParaKind::Byline(b),
                    LineKind::Date(d) => ParaKind::Date(d),
                };
                paras.push(Para { span: line.span, kind });
            }
        }
        prev = Some(line);
    }
    paras
}

/// Decides what each paragraph is and fills `out`.
fn assign(text: &str, paras: &[Para], out: &mut Structure) {
    // The header: header-like paragraphs, bylines and date lines before the first story
    // paragraph, within reach of the top.
    let mut candidates: Vec<usize> = Vec::new();
    let mut body_from = None;
    for (idx, para) in paras.iter().enumerate().take(HEADER_REACH) {
        match para.kind {
            ParaKind::Byline(_) | ParaKind::Date(_) => {}
            ParaKind::Text { lines } => {
                let next = paras[idx + 1..]
                    .iter()
                    .find(|p| matches!(p.kind, ParaKind::Text { .. }))
                    .map(|p| p.span);
                if lines == 1 && candidates.len() < 3 && is_header_like(text, para.span, next) {
                    candidates.push(idx);
                } else {
                    body_from = Some(idx);
                    break;
                }
            }
        }
    }
    let header_end = match body_from {
        Some(idx) => idx,
        // No story paragraph near the top: no header either, all of it is the story.
        None => {
            candidates.clear();
            paras
                .iter()
                .take(HEADER_REACH)
                .take_while(|p| !matches!(p.kind, ParaKind::Text { .. }))
                .count()
        }
    };
    let mut kinds: Vec<Option<BlockKind>> = vec![None; paras.len()];
    match candidates.as_slice() {
        [] => {}
        [only] => kinds[*only] = Some(BlockKind::Headline),
        [first, second, ..] => {
            if is_outlet_like(text, paras[*first].span) {
                kinds[*first] = Some(BlockKind::Outlet);
                kinds[*second] = Some(BlockKind::Headline);
            } else {
                kinds[*first] = Some(BlockKind::Headline);
            }
        }
    }
    let last_text = paras.iter().rposition(|p| matches!(p.kind, ParaKind::Text { .. }));
    let mut seen_body = false;
    let mut body_dateline = false;
    for (idx, para) in paras.iter().enumerate() {
        let kind = match para.kind {
            ParaKind::Date(date) => {
                if idx <= header_end + 1 && out.date.is_none() {
                    out.date = Some(date);
                }
                continue;
            }
            ParaKind::Byline(byline) => {
                if idx < header_end && out.byline.is_none() {
                    out.byline = Some(byline.name);
                    if out.date.is_none() {
                        out.date = date::find(para.span.slice(text)).map(|f| f.date);
                    }
                    if out.dateline.is_none() {
                        out.dateline = byline.place;
                    }
                }
                BlockKind::Byline
            }
            ParaKind::Text { lines } => match kinds[idx] {
                Some(kind) => kind,
                None if seen_body
                    && lines == 1
                    && Some(idx) != last_text
                    && is_subheading(text, para.span) =>
                {
                    BlockKind::Subheading
                }
                None => BlockKind::Body,
            },
        };
        let mut text_start = para.span.start;
        match kind {
            BlockKind::Outlet => out.outlet = Some(para.span),
            BlockKind::Headline => out.headline = Some(para.span),
            // The dateline opens the story's first paragraph, which may follow a standfirst
            // that was taken for body.
            BlockKind::Body if !body_dateline && (!seen_body || idx <= header_end) => {
                seen_body = true;
                if let Some(found) = dateline::read(text, para.span) {
                    body_dateline = true;
                    // The dateline of the story wins over the byline's "in Moscow".
                    out.dateline = Some(found.place);
                    text_start = found.body_start;
                    if out.date.is_none() {
                        out.date = date::find(found.span.slice(text)).map(|f| f.date);
                    }
                }
            }
            BlockKind::Body => seen_body = true,
            _ => {}
        }
        if kind == BlockKind::Outlet {
            // The outlet's name is no part of the story: it is shown, not analysed.
            continue;
        }
        out.blocks.push(Block { kind, span: para.span });
        out.text_starts.push(text_start);
    }
}

/// One line that reads as a headline rather than as the story's first sentence. `next` is the
/// next text paragraph.
///
/// A short sentence with a full stop stays a story paragraph ("Call it a draw."): some
/// archives end headlines with one, but a body-only paste must keep its first paragraph.
fn is_header_like(text: &str, span: Span, next: Option<Span>) -> bool {
    let next_is_dateline = next.is_some_and(|next| dateline::read(text, next).is_some());
    let s = span.slice(text);
    let words = chunks(text, span).take(31).count();
    if words > 30 || first_char(s).is_some_and(char::is_lowercase) {
        return false;
    }
    let last = last_char(s.trim_end_matches(['”', '’', '"', '\'', ')', '»']));
    match last {
        Some('.') | Some('…') => {
            next_is_dateline
                || is_title_case(text, span)
                || (words <= 20 && (has_kicker(s) || has_single_quoted_phrase(s)))
        }
        Some('?') | Some('!') => words <= 15 || is_title_case(text, span),
        // "Candidates vie for support;" over a deck line: a headline, never a lede.
        Some(';') => words <= 15,
        Some(',') | Some(':') => false,
        _ => true,
    }
}

/// A headline's kicker: one to three words and a colon before the rest ("Poll: Clinton
/// leads."). A dateline ("MOSCOW: Russia said…") is read before this is asked.
fn has_kicker(s: &str) -> bool {
    s.split_once(": ").is_some_and(|(kicker, rest)| {
        !rest.is_empty()
            && kicker.split_whitespace().count() <= 3
            && kicker.chars().any(char::is_lowercase)
    })
}

/// Headlines quote with single marks ("Flynn says Trump ‘absolutely right’"); story text
/// uses double ones.
fn has_single_quoted_phrase(s: &str) -> bool {
    let open = s.char_indices().find(|&(_, c)| c == '‘' || c == '\'');
    let open = open.filter(|&(i, _)| i == 0 || s[..i].ends_with(' '));
    open.is_some_and(|(i, mark)| {
        let rest = &s[i + mark.len_utf8()..];
        rest.starts_with(|c: char| c.is_alphanumeric())
            && rest.find(['’', '\'']).is_some_and(|j| rest[..j].contains(' ') || j > 2)
    })
}

/// Most words capitalized, as in "Stealth Over Health: Hillary Clinton Was Headed to ER".
fn is_title_case(text: &str, span: Span) -> bool {
    let (mut capitalized, mut counted) = (0, 0);
    for word in chunks(text, span).skip(1) {
        let w = word.slice(text).trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() || is_minor_word(w) || !w.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        counted += 1;
        if is_capitalized(w) {
            capitalized += 1;
        }
    }
    counted >= 3 && capitalized * 5 >= counted * 4
}

/// A short name such as "The Daily Planet": a few capitalized words, no digits, no
/// punctuation at the end.
fn is_outlet_like(text: &str, span: Span) -> bool {
    let s = span.slice(text);
    let words: Vec<&str> = chunks(text, span).take(6).map(|w| w.slice(text)).collect();
    !words.is_empty()
        && words.len() <= 5
        && !s.chars().any(|c| c.is_ascii_digit() || matches!(c, ':' | ',' | ';' | '?' | '!'))
        && !ends_with_terminal(s)
        && words.iter().all(|w| is_capitalized(w) || is_minor_word(w) || *w == "&")
}

/// A short line between paragraphs that names what follows ("Advance notification").
fn is_subheading(text: &str, span: Span) -> bool {
    let s = span.slice(text);
    chunks(text, span).take(11).count() <= 10
        && first_char(s).is_some_and(char::is_uppercase)
        && !last_char(s).is_some_and(|c| {
            super::chars::is_terminal(c) || super::chars::is_quote_mark(c) || ",;:".contains(c)
        })
}
