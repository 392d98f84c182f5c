//! Which part of a page is the story, and its text.
//!
//! The choice is readability's, simplified: an element the page marks as the article
//! (`itemprop="articleBody"`, else `<article>`) when it holds a fair share of the page's text;
//! otherwise the element whose paragraphs score highest (each paragraph of 25 characters or more
//! scores for its parent and, halved, its grandparent: one point, one per comma, one per 100
//! characters up to three; less for text in links), with those of its siblings that score at
//! least a fifth as much. Dropped elements (see `tree`) and `<h1>` (the headline, which the page
//! gives apart) are never part of it. Every step is one pass over the elements or the text.

use super::tree::{Document, Item, Kind};

/// A paragraph shorter than this (in characters other than spaces) scores nothing: captions,
/// labels and links are short.
const MIN_PARAGRAPH: usize = 25;

/// What a page's text is made of, per element.
struct Measures {
    /// Whether each element is left out (by itself or an ancestor).
    dropped: Vec<bool>,
    /// Characters other than spaces in each element's subtree, outside dropped elements.
    length: Vec<usize>,
    /// The same, inside links only.
    link_length: Vec<usize>,
    /// Each element's readability score.
    score: Vec<f64>,
}

/// The part of a page that is its story.
pub struct Choice {
    /// The elements whose subtrees make the story, in document order, not nested.
    pub roots: Vec<usize>,
    /// Whether each element is left out of the text, by itself or through an ancestor.
    pub dropped: Vec<bool>,
}

/// Chooses the story's elements.
pub fn choose(doc: &Document) -> Choice {
    let mut measures = measure(doc, &[]);
    // A form that holds most of the page's text wraps the whole page (as ASP.NET pages do):
    // it is not a form to leave out.
    let wrappers: Vec<bool> = (0..doc.nodes.len())
        .map(|n| doc.nodes[n].kind == Kind::Form && measures.length[n] * 2 >= measures.length[0])
        .collect();
    if wrappers.contains(&true) {
        measures = measure(doc, &wrappers);
    }
    let best = (0..doc.nodes.len())
        .filter(|&n| !measures.dropped[n])
        .max_by(|&a, &b| measures.score[a].total_cmp(&measures.score[b]).then(b.cmp(&a)));
    let best = best.filter(|&n| measures.score[n] > 0.0);
    let mut chosen = match best {
        Some(0) | None => vec![0],
        Some(top) => {
            let parent = doc.nodes[top].parent;
            let floor = measures.score[top] * 0.2;
            // Siblings that score well, and long paragraphs beside the top element that are
            // not lists of links.
            let sibling = |n: usize| {
                let prose = doc.nodes[n].kind == Kind::Paragraph
                    && measures.length[n] >= 80
                    && measures.link_length[n] * 4 < measures.length[n];
                doc.nodes[n].parent == parent
                    && !measures.dropped[n]
                    && (measures.score[n] >= floor || prose)
            };
            (1..doc.nodes.len()).filter(|&n| n == top || sibling(n)).collect()
        }
    };
    let chosen_length: usize = chosen.iter().map(|&n| measures.length[n]).sum();
    let marked = |kind: Kind| {
        (1..doc.nodes.len())
            .filter(|&n| doc.nodes[n].kind == kind && !measures.dropped[n])
            .max_by_key(|&n| (measures.length[n], std::cmp::Reverse(n)))
    };
    // A marked element wins unless it holds little of the text (a teaser in a list of them).
    if let Some(mark) = marked(Kind::ArticleBody).or_else(|| marked(Kind::Article))
        && measures.length[mark] * 3 >= chosen_length
        && measures.length[mark] > 0
    {
        chosen = vec![mark];
    }
    Choice { roots: chosen, dropped: measures.dropped }
}

/// The text of the chosen subtrees: paragraphs separated by a blank line, spaces collapsed as a
/// browser shows them (kept as line breaks in `<pre>`), `<br>` as a line break.
pub fn render(doc: &Document, choice: &Choice) -> String {
    let (chosen, dropped) = (&choice.roots, &choice.dropped);
    let (heading, pre) = (inside(doc, Kind::Heading1), inside(doc, Kind::Pre));
    let mut out = Writer::default();
    let mut next = 0;
    for item in &doc.items {
        let node = item.node();
        // `chosen` is in document order and its subtrees do not overlap.
        while next < chosen.len() && node >= doc.nodes[chosen[next]].end {
            next += 1;
        }
        let Some(&root) = chosen.get(next) else { break };
        if node < root || dropped[node] {
            continue;
        }
        match *item {
            Item::Text { start, end, node } => {
                if !heading[node] {
                    out.text(&doc.text[start..end], pre[node]);
                }
            }
            Item::Line { .. } => out.newlines(1),
            Item::Paragraph { .. } => out.newlines(2),
        }
    }
    out.text
}

/// The text of one element's subtree on one line, for a headline.
pub fn line(doc: &Document, node: usize) -> String {
    let mut out = String::new();
    let end = doc.nodes[node].end;
    for item in &doc.items {
        if let Item::Text { node: holder, start, end: text_end } = *item
            && holder >= node
            && holder < end
        {
            out.push_str(&doc.text[start..text_end]);
            out.push(' ');
        }
    }
    collapse(&out)
}

/// `text` with runs of spaces made one space, and trimmed.
pub fn collapse(text: &str) -> String {
    let mut out = Writer::default();
    out.text(text, false);
    out.text
}

/// Whether each element is left out, by itself or through an ancestor; `kept` marks elements
/// kept whatever their own tag says (empty: none).
fn dropped(doc: &Document, kept: &[bool]) -> Vec<bool> {
    let mut dropped = vec![false; doc.nodes.len()];
    for (idx, node) in doc.nodes.iter().enumerate().skip(1) {
        let keep = kept.get(idx).copied().unwrap_or(false);
        dropped[idx] = (node.drop_self && !keep) || dropped[node.parent];
    }
    dropped
}

/// The first `<h1>` that is not left out: inside the story if it has one, else anywhere.
pub fn first_heading(doc: &Document, choice: &Choice) -> Option<usize> {
    let kept = |n: &usize| doc.nodes[*n].kind == Kind::Heading1 && !choice.dropped[*n];
    let inside = choice.roots.iter().find_map(|&root| (root..doc.nodes[root].end).find(kept));
    inside.or_else(|| (1..doc.nodes.len()).find(kept))
}

/// For each element, whether it is or is inside an element of `kind`.
fn inside(doc: &Document, kind: Kind) -> Vec<bool> {
    let mut inside = vec![false; doc.nodes.len()];
    for (idx, node) in doc.nodes.iter().enumerate().skip(1) {
        inside[idx] = node.kind == kind || inside[node.parent];
    }
    inside
}

fn measure(doc: &Document, kept: &[bool]) -> Measures {
    let count = doc.nodes.len();
    let dropped = dropped(doc, kept);
    let mut length = vec![0usize; count];
    let mut link_length = vec![0usize; count];
    // Text and commas per paragraph: the nearest block holding the text.
    let mut paragraph = vec![(0usize, 0usize); count];
    let in_link = inside(doc, Kind::Link);
    let mut block_of = vec![0usize; count];
    for (idx, node) in doc.nodes.iter().enumerate().skip(1) {
        block_of[idx] = if node.block { idx } else { block_of[node.parent] };
    }
    for item in &doc.items {
        if let Item::Text { node, start, end } = *item {
            if dropped[node] {
                continue;
            }
            let text = &doc.text[start..end];
            let chars = text.chars().filter(|c| !c.is_whitespace()).count();
            length[node] += chars;
            if in_link[node] {
                link_length[node] += chars;
            }
            let unit = &mut paragraph[block_of[node]];
            unit.0 += chars;
            unit.1 += text.chars().filter(|&c| matches!(c, ',' | '，' | '、')).count();
        }
    }
    for idx in (1..count).rev() {
        let parent = doc.nodes[idx].parent;
        length[parent] += length[idx];
        link_length[parent] += link_length[idx];
    }
    let mut score = vec![0.0f64; count];
    for (idx, &(chars, commas)) in paragraph.iter().enumerate().skip(1) {
        if chars < MIN_PARAGRAPH || dropped[idx] || doc.nodes[idx].kind == Kind::Heading1 {
            continue;
        }
        let points = 1.0 + commas as f64 + (chars / 100).min(3) as f64;
        let parent = doc.nodes[idx].parent;
        score[parent] += points;
        if parent != 0 {
            score[doc.nodes[parent].parent] += points / 2.0;
        }
    }
    for idx in 1..count {
        if score[idx] > 0.0 {
            let density = link_length[idx] as f64 / length[idx].max(1) as f64;
            let hint = if doc.nodes[idx].story_hint { 1.25 } else { 1.0 };
            score[idx] *= (1.0 - density) * hint;
        }
    }
    Measures { dropped, length, link_length, score }
}

/// Builds text with collapsed spaces and at most one blank line between paragraphs.
#[derive(Default)]
struct Writer {
    text: String,
    /// A space is owed before the next word.
    space: bool,
    /// Line breaks owed before the next word (0, 1 or 2).
    newlines: usize,
}

impl Writer {
    fn text(&mut self, text: &str, pre: bool) {
        for c in text.chars() {
            if pre && c == '\n' {
                self.newlines(1);
            } else if c.is_whitespace() {
                self.space = true;
            } else if matches!(c, '\u{ad}' | '\u{200b}' | '\u{feff}') {
                // Soft hyphens and zero-width spaces only guide line breaking.
            } else {
                self.word_char(if c == '\0' { '\u{fffd}' } else { c });
            }
        }
    }

    fn word_char(&mut self, c: char) {
        if !self.text.is_empty() {
            if self.newlines > 0 {
                self.text.push_str(if self.newlines > 1 { "\n\n" } else { "\n" });
            } else if self.space {
                self.text.push(' ');
            }
        }
        self.newlines = 0;
        self.space = false;
        self.text.push(c);
    }

    fn newlines(&mut self, count: usize) {
        self.newlines = self.newlines.max(count);
    }
}
