//! Marked text: an article's text cut into a tree of plain runs and marked spans (entities,
//! quotes, the passage a finding points at), and cut into chunks that render one at a time.
//!
//! Pure Rust, no browser: the article view renders the tree. Spans may nest (an entity inside a
//! quote) or cross (two spans that overlap without one holding the other); a crossing span is
//! clipped to the span that holds it, so the runs of a tree concatenate back to the text exactly,
//! with nothing repeated and nothing lost.

use std::cmp::Reverse;
use std::ops::Range;

use crate::sorting;

/// What a marked span is, in the order a span wins over another with the same extent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Label {
    /// The passage the reader jumped to from a finding.
    Target,
    /// Quote `quote` of the article.
    Quote(usize),
    /// A mention of entity `entity` of the article.
    Entity(usize),
}

/// A span of the article's text with its label. Offsets are byte offsets into the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub label: Label,
}

/// A piece of the marked text: a plain run, or a marked span with what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(Range<usize>),
    Mark(Label, Vec<Segment>),
}

/// The marks in `range` of `text` as a tree. `marks` may come in any order; marks that are
/// empty, outside the text, or not on char boundaries are left out.
pub fn tree(text: &str, marks: &[Mark], range: Range<usize>) -> Vec<Segment> {
    let valid = |m: &&Mark| {
        m.start < m.end
            && m.end <= text.len()
            && text.is_char_boundary(m.start)
            && text.is_char_boundary(m.end)
            && m.start < range.end
            && m.end > range.start
    };
    let mut sorted: Vec<Mark> = marks
        .iter()
        .filter(valid)
        .map(|m| Mark { start: m.start.max(range.start), end: m.end.min(range.end), ..*m })
        .collect();
    // Outer spans first: earlier start, then longer, then the label that should hold the other.
    sorting::sort_by_key(&mut sorted, |m| (m.start, Reverse(m.end), m.label));

    let mut root = Vec::new();
    // The open marks, outermost first: label, end, children so far.
    let mut stack: Vec<(Label, usize, Vec<Segment>)> = Vec::new();
    let mut pos = range.start;
    for mark in sorted {
        while stack.last().is_some_and(|open| open.1 <= mark.start) {
            close(&mut stack, &mut root, &mut pos);
        }
        let end = stack.last().map_or(mark.end, |open| mark.end.min(open.1));
        if mark.start >= end {
            continue;
        }
        let children = stack.last_mut().map_or(&mut root, |open| &mut open.2);
        push_text(children, pos..mark.start);
        pos = mark.start;
        stack.push((mark.label, end, Vec::new()));
    }
    while !stack.is_empty() {
        close(&mut stack, &mut root, &mut pos);
    }
    push_text(&mut root, pos..range.end);
    root
}

/// Ends the innermost open mark: its text up to its end, then the mark into its parent.
fn close(stack: &mut Vec<(Label, usize, Vec<Segment>)>, root: &mut Vec<Segment>, pos: &mut usize) {
    let Some((label, end, mut children)) = stack.pop() else {
        return;
    };
    push_text(&mut children, *pos..end);
    *pos = end;
    let parent = stack.last_mut().map_or(root, |open| &mut open.2);
    parent.push(Segment::Mark(label, children));
}

fn push_text(into: &mut Vec<Segment>, range: Range<usize>) {
    if range.start < range.end {
        into.push(Segment::Text(range));
    }
}

/// Cuts `text` into chunks of about `size` bytes, each ending after a line break where there is
/// one near (else after a space, else at a char boundary). Linear in the text's length.
pub fn chunks(text: &str, size: usize) -> Vec<Range<usize>> {
    let size = size.max(1);
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let soft = start + size;
        if soft >= text.len() {
            out.push(start..text.len());
            break;
        }
        let hard = (start + 2 * size).min(text.len());
        let after =
            |byte: u8| bytes[soft..hard].iter().position(|&b| b == byte).map(|i| soft + i + 1);
        let mut end = after(b'\n').or_else(|| after(b' ')).unwrap_or(hard);
        while !text.is_char_boundary(end) {
            end += 1;
        }
        out.push(start..end);
        start = end;
    }
    out
}

/// For each chunk, the indices of the marks that overlap it (a mark across a chunk boundary is
/// in both). `chunks` must be in order and cover the text; linear in marks and chunks.
pub fn assign(marks: &[Mark], chunks: &[Range<usize>]) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); chunks.len()];
    for (idx, mark) in marks.iter().enumerate() {
        let first = chunks.partition_point(|chunk| chunk.end <= mark.start);
        for (chunk, list) in chunks.iter().zip(out.iter_mut()).skip(first) {
            if chunk.start >= mark.end {
                break;
            }
            list.push(idx);
        }
    }
    out
}

/// The chunk holding byte `offset`.
pub fn chunk_of(chunks: &[Range<usize>], offset: usize) -> usize {
    chunks.partition_point(|chunk| chunk.end <= offset).min(chunks.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn flatten(text: &str, segments: &[Segment], out: &mut String) {
        for segment in segments {
            match segment {
                Segment::Text(range) => out.push_str(&text[range.clone()]),
                Segment::Mark(_, children) => flatten(text, children, out),
            }
        }
    }

    fn mark(start: usize, end: usize, label: Label) -> Mark {
        Mark { start, end, label }
    }

    #[test]
    fn an_entity_inside_a_quote_nests() {
        let text = "He said “Anna Vell left” today.";
        let quote = text.find("Anna").expect("in the text")..text.find("” today").expect("in");
        let name = quote.start..quote.start + "Anna Vell".len();
        let marks = [
            mark(name.start, name.end, Label::Entity(0)),
            mark(quote.start, quote.end, Label::Quote(0)),
        ];
        let segments = tree(text, &marks, 0..text.len());
        assert_eq!(
            segments,
            [
                Segment::Text(0..quote.start),
                Segment::Mark(
                    Label::Quote(0),
                    vec![
                        Segment::Mark(Label::Entity(0), vec![Segment::Text(name.clone())]),
                        Segment::Text(name.end..quote.end),
                    ]
                ),
                Segment::Text(quote.end..text.len()),
            ]
        );
    }

    #[test]
    fn a_crossing_span_is_clipped_to_its_holder() {
        let text = "abcdefghij";
        let marks = [mark(2, 6, Label::Quote(0)), mark(4, 8, Label::Entity(1))];
        let segments = tree(text, &marks, 0..text.len());
        assert_eq!(
            segments,
            [
                Segment::Text(0..2),
                Segment::Mark(
                    Label::Quote(0),
                    vec![
                        Segment::Text(2..4),
                        Segment::Mark(Label::Entity(1), vec![Segment::Text(4..6)]),
                    ]
                ),
                Segment::Text(6..10),
            ]
        );
    }

    #[test]
    fn chunks_end_after_line_breaks_and_cover_the_text() {
        let text = "one two\n\nthree four\n\nfive";
        let cut = chunks(text, 5);
        // After the line break near 5, after the space near 13 (no line break near), after the
        // line break near 20, then the rest.
        assert_eq!(cut, [0..8, 8..15, 15..21, 21..25]);
        assert_eq!(chunk_of(&cut, 10), 1);
        let marks = [mark(6, 12, Label::Entity(0))];
        assert_eq!(assign(&marks, &cut), [vec![0], vec![0], vec![], vec![]]);
    }

    /// Texts with multi-byte characters and line breaks, and marks anywhere in them.
    fn text_and_marks() -> impl Strategy<Value = (String, Vec<Mark>)> {
        "[a-zé“”\n ]{0,60}".prop_flat_map(|text| {
            let len = text.len();
            let marks = prop::collection::vec((0..=len + 2, 0..=len + 2, 0..3usize), 0..12);
            (Just(text), marks).prop_map(|(text, raw)| {
                let marks = raw
                    .into_iter()
                    .map(|(a, b, kind)| {
                        let label = match kind {
                            0 => Label::Target,
                            1 => Label::Quote(a),
                            _ => Label::Entity(b),
                        };
                        mark(a.min(b), a.max(b), label)
                    })
                    .collect();
                (text, marks)
            })
        })
    }

    proptest! {
        #[test]
        fn segments_concatenate_back_to_the_text((text, marks) in text_and_marks(), size in 1..20usize) {
            let cut = chunks(&text, size);
            let lists = assign(&marks, &cut);
            let mut whole = String::new();
            for (chunk, list) in cut.iter().zip(&lists) {
                let chunk_marks: Vec<Mark> = list.iter().map(|&idx| marks[idx]).collect();
                let mut piece = String::new();
                flatten(&text, &tree(&text, &chunk_marks, chunk.clone()), &mut piece);
                prop_assert_eq!(&piece, &text[chunk.clone()]);
                whole.push_str(&piece);
            }
            prop_assert_eq!(whole, text);
        }
    }
}
