//! The element tree of a page, as far as extracting its text needs it: each element's parent,
//! the range of its descendants, what kind of element it is, and the page's text as pieces in
//! document order, each tied to the element holding it. Also collects the metadata that sits in
//! tags (`<meta>`, `<time datetime>`, JSON-LD) on the way.
//!
//! Tree building is simpler than the HTML standard's: an end tag closes the nearest open
//! element of its name (and what is open inside it) or is ignored, a block element closes an
//! open `<p>`, and `/>` ends any element that does not hold raw text. Nothing recurses, so a page
//! nested a million deep costs what a flat one does.

use std::collections::HashMap;

use super::entities;
use super::tokens::{self, Tag, Token};

/// One element. Elements are numbered in document order; element 0 is the document itself.
#[derive(Debug, Clone)]
pub struct Node {
    pub parent: usize,
    /// One past the last descendant: the element's subtree is `index..end`.
    pub end: usize,
    /// Left out of the text by its own tag or attributes (the subtree follows in `dropped`).
    pub drop_self: bool,
    /// Starts a block of text: its start and end break the text into paragraphs.
    pub block: bool,
    pub kind: Kind,
    /// Its class or id names it as the story ("article-body", "story"): a readability hint.
    pub story_hint: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Document,
    Paragraph,
    Heading1,
    Link,
    Pre,
    Form,
    /// `<article>`: the page marks this as an article.
    Article,
    /// `itemprop="articleBody"`: the page marks this as the article's text.
    ArticleBody,
    Other,
}

/// A piece of the page's text, or a break between pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    /// `Document::text[range]`, held by element `node`.
    Text { node: usize, start: usize, end: usize },
    /// A line break (`<br>`).
    Line { node: usize },
    /// A paragraph break: a block element starts or ends.
    Paragraph { node: usize },
}

impl Item {
    pub fn node(&self) -> usize {
        match *self {
            Item::Text { node, .. } | Item::Line { node } | Item::Paragraph { node } => node,
        }
    }
}

/// Metadata as the page's tags give it, first occurrence of each, values decoded.
#[derive(Debug, Clone, Default)]
pub struct Tagged {
    pub og_title: Option<String>,
    pub site_name: Option<String>,
    pub application_name: Option<String>,
    pub title: Option<String>,
    pub published_time: Option<String>,
    pub json_ld_date: Option<String>,
    pub itemprop_date: Option<String>,
    /// Each `<time datetime>`: the element holding it and the value.
    pub times: Vec<(usize, String)>,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub nodes: Vec<Node>,
    pub items: Vec<Item>,
    /// The decoded text that `Item::Text` ranges point into.
    pub text: String,
    pub tagged: Tagged,
}

/// Elements left out of the article's text wherever they are: code, navigation, forms,
/// embedded media (whose content is a fallback for old browsers) and the document's head.
/// (A form that wraps the whole page is kept: see `content`.)
const DROPPED: [&str; 22] = [
    "head", "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select",
    "textarea", "iframe", "object", "svg", "math", "canvas", "video", "audio", "dialog", "menu",
    "title", "datalist",
];

/// ARIA roles of the parts of a page that are not its story.
const DROPPED_ROLES: [&str; 7] =
    ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu"];

/// Elements that have no content and no end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// Elements that start a new block of text.
const BLOCKS: [&str; 40] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
];

/// Class and id words of page furniture: readability's "unlikely candidates", trimmed.
const FURNITURE: [&str; 17] = [
    "comment",
    "related",
    "share",
    "social",
    "newsletter",
    "subscribe",
    "promo",
    "sponsor",
    "advert",
    "cookie",
    "breadcrumb",
    "sidebar",
    "menu",
    "popup",
    "pagination",
    "recommend",
    "signup",
];

/// Class and id words of the story itself; they keep an element that also has a furniture word
/// ("article-share-bar" is furniture, "story-body related-links" too, "article-body" not).
const STORY: [&str; 6] = ["article", "story", "content", "body", "entry", "post"];

fn any_word(haystack: &str, words: &[&str]) -> bool {
    words.iter().any(|word| haystack.contains(word))
}

/// Reads `html` into its element tree and text.
pub fn build(html: &str) -> Document {
    let mut builder = Builder {
        doc: Document {
            nodes: vec![Node {
                parent: 0,
                end: 1,
                drop_self: false,
                block: true,
                kind: Kind::Document,
                story_hint: false,
            }],
            items: Vec::new(),
            text: String::with_capacity(html.len() / 2),
            tagged: Tagged::default(),
        },
        stack: vec![0],
        names: HashMap::new(),
        open: Vec::new(),
        stack_names: vec![usize::MAX],
        in_content: vec![false],
        lower: String::new(),
        raw: Raw::Ignore,
    };
    for token in tokens::tokens(html) {
        match token {
            Token::Text(raw) => builder.text(raw),
            Token::Start(tag) => builder.start(&tag),
            Token::End(name) => builder.end(name),
            Token::Raw(raw) => builder.raw(raw),
        }
    }
    let Builder { mut doc, stack, .. } = builder;
    let len = doc.nodes.len();
    for &open in &stack {
        doc.nodes[open].end = len;
    }
    doc
}

/// What to do with the raw text that follows a start tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Raw {
    Ignore,
    Title,
    JsonLd,
}

struct Builder {
    doc: Document,
    /// The open elements, innermost last.
    stack: Vec<usize>,
    /// Each lower-case tag name seen, numbered.
    names: HashMap<String, usize>,
    /// For each numbered name, how many elements of that name are open: an end tag with none
    /// open is ignored without searching the stack.
    open: Vec<usize>,
    /// The numbered name of each element on `stack`.
    stack_names: Vec<usize>,
    /// For each element on `stack`: whether it is inside an `<article>`, `<main>` or article
    /// body, where a `<header>` or `<footer>` belongs to the story.
    in_content: Vec<bool>,
    /// A buffer for lower-casing names.
    lower: String,
    raw: Raw,
}

impl Builder {
    fn top(&self) -> usize {
        *self.stack.last().expect("the document element is never popped")
    }

    fn name_id(&mut self, name: &str) -> usize {
        self.lower.clear();
        self.lower.extend(name.chars().map(|c| c.to_ascii_lowercase()));
        if let Some(&id) = self.names.get(self.lower.as_str()) {
            return id;
        }
        let id = self.names.len();
        self.names.insert(self.lower.clone(), id);
        self.open.push(0);
        id
    }

    fn text(&mut self, raw: &str) {
        let start = self.doc.text.len();
        entities::decode_into(raw, &mut self.doc.text);
        let end = self.doc.text.len();
        if end > start {
            self.doc.items.push(Item::Text { node: self.top(), start, end });
        }
    }

    fn raw(&mut self, raw: &str) {
        let tagged = &mut self.doc.tagged;
        match self.raw {
            Raw::Title if tagged.title.is_none() => tagged.title = Some(entities::decode(raw)),
            Raw::JsonLd if tagged.json_ld_date.is_none() => {
                tagged.json_ld_date =
                    json_string_after(raw, "\"datePublished\"").map(str::to_owned);
            }
            _ => {}
        }
        self.raw = Raw::Ignore;
    }

    fn start(&mut self, tag: &Tag<'_>) {
        let id = self.name_id(tag.name);
        let name = self.lower.clone();
        let name = name.as_str();
        self.metadata(name, tag);
        self.raw = match name {
            "title" => Raw::Title,
            "script"
                if tag
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json")) =>
            {
                Raw::JsonLd
            }
            _ => Raw::Ignore,
        };
        let block = BLOCKS.contains(&name);
        if VOID.contains(&name) {
            match name {
                "br" => self.doc.items.push(Item::Line { node: self.top() }),
                "hr" => self.doc.items.push(Item::Paragraph { node: self.top() }),
                _ => {}
            }
            return;
        }
        if block && self.open_count("p") > 0 {
            let p = self.names["p"];
            self.close(p);
        }
        let parent = self.top();
        let parent_content = *self.in_content.last().expect("one entry per open element");
        let kind = match name {
            "p" => Kind::Paragraph,
            "h1" => Kind::Heading1,
            "a" => Kind::Link,
            "pre" => Kind::Pre,
            "form" => Kind::Form,
            "article" => Kind::Article,
            _ if tag.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articleBody")) => {
                Kind::ArticleBody
            }
            _ => Kind::Other,
        };
        let class_id =
            format!("{} {}", tag.attr("class").unwrap_or(""), tag.attr("id").unwrap_or(""))
                .to_ascii_lowercase();
        let story_hint = any_word(&class_id, &STORY);
        let furniture = any_word(&class_id, &FURNITURE) && !story_hint;
        let is_content = matches!(kind, Kind::Article | Kind::ArticleBody) || name == "main";
        let structural = matches!(name, "html" | "body" | "main") || is_content;
        let drop_self = DROPPED.contains(&name)
            || (matches!(name, "header" | "footer") && !parent_content)
            || hidden(tag)
            || tag
                .attr("role")
                .is_some_and(|role| DROPPED_ROLES.iter().any(|r| role.eq_ignore_ascii_case(r)))
            || (furniture && !structural);
        let index = self.doc.nodes.len();
        self.doc.nodes.push(Node { parent, end: index + 1, drop_self, block, kind, story_hint });
        if block {
            self.doc.items.push(Item::Paragraph { node: index });
        }
        if tag.self_closing && !tokens::is_raw_text(name) {
            if block {
                self.doc.items.push(Item::Paragraph { node: index });
            }
            return;
        }
        self.stack.push(index);
        self.stack_names.push(id);
        self.in_content.push(parent_content || is_content);
        self.open[id] += 1;
    }

    fn open_count(&self, name: &str) -> usize {
        self.names.get(name).map_or(0, |&id| self.open[id])
    }

    fn end(&mut self, name: &str) {
        let id = self.name_id(name);
        if self.open[id] > 0 {
            self.close(id);
        } else if self.lower == "br" {
            // `</br>` is read as `<br>`, as browsers do.
            self.doc.items.push(Item::Line { node: self.top() });
        }
    }

    /// Closes the innermost open element named `id` and everything open inside it.
    fn close(&mut self, id: usize) {
        let len = self.doc.nodes.len();
        while self.stack.len() > 1 {
            let node = self.stack.pop().expect("the loop condition says it is there");
            let popped = self.stack_names.pop().expect("one name per open element");
            self.in_content.pop();
            self.open[popped] -= 1;
            self.doc.nodes[node].end = len;
            if self.doc.nodes[node].block {
                self.doc.items.push(Item::Paragraph { node });
            }
            if popped == id {
                break;
            }
        }
    }

    fn metadata(&mut self, name: &str, tag: &Tag<'_>) {
        let tagged = &mut self.doc.tagged;
        let decoded = |value: Option<&str>| value.map(entities::decode);
        let first = |slot: &mut Option<String>, value: Option<String>| {
            if slot.is_none() {
                *slot = value;
            }
        };
        if name == "meta" {
            let key = tag.attr("property").or_else(|| tag.attr("name")).unwrap_or("");
            let content = decoded(tag.attr("content"));
            match key.trim().to_ascii_lowercase().as_str() {
                "og:title" => first(&mut tagged.og_title, content),
                "og:site_name" => first(&mut tagged.site_name, content),
                "application-name" => first(&mut tagged.application_name, content),
                "article:published_time" => first(&mut tagged.published_time, content),
                _ => {}
            }
        }
        if tag.attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished")) {
            let value = decoded(tag.attr("datetime").or_else(|| tag.attr("content")));
            first(&mut tagged.itemprop_date, value);
        }
        if name == "time"
            && let Some(value) = tag.attr("datetime")
        {
            // The element about to be made for this tag holds the time.
            tagged.times.push((self.doc.nodes.len(), entities::decode(value)));
        }
    }
}

/// Whether the tag hides its element: `hidden`, `aria-hidden="true"`, or an inline style with
/// `display: none` or `visibility: hidden`.
fn hidden(tag: &Tag<'_>) -> bool {
    if tag.attr("hidden").is_some()
        || tag.attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    tag.attr("style").is_some_and(|style| {
        let compact: String =
            style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        compact.contains("display:none") || compact.contains("visibility:hidden")
    })
}

/// The JSON string value that follows `key` in `json` (`"key": "value"`), without parsing the
/// rest: JSON-LD blocks are often large, and only one field is wanted.
fn json_string_after<'a>(json: &'a str, key: &str) -> Option<&'a str> {
    let at = json.find(key)? + key.len();
    let rest = json[at..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    rest.find('"').map(|end| &rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &Document) -> Vec<&str> {
        doc.items
            .iter()
            .filter_map(|item| match *item {
                Item::Text { start, end, .. } => Some(&doc.text[start..end]),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn subtrees_are_ranges_and_end_tags_close_what_is_open_inside() {
        let doc = build("<div><p>a<b>b</div><p>c");
        // document, div, p, b, p
        assert_eq!(doc.nodes.len(), 5);
        assert_eq!(doc.nodes[1].end, 4, "</div> closes the p and the b inside it");
        assert_eq!(doc.nodes[4].parent, 0);
        assert_eq!(texts(&doc), ["a", "b", "c"]);
    }

    #[test]
    fn a_block_closes_an_open_paragraph() {
        let doc = build("<p>one<div>two</div>");
        assert_eq!(doc.nodes[2].parent, 0, "the div is not inside the p");
    }

    #[test]
    fn stray_end_tags_are_ignored() {
        let doc = build("</p></div>text</span>");
        assert_eq!(doc.nodes.len(), 1);
        assert_eq!(texts(&doc), ["text"]);
    }

    #[test]
    fn furniture_and_hidden_elements_are_marked() {
        let doc = build(
            "<div class=share-bar>x</div><div class='article-body share'>y</div>\
             <p hidden>z</p><span style='DISPLAY: none'>w</span><header>h</header>\
             <article><header>kept</header></article>",
        );
        let dropped: Vec<bool> = doc.nodes[1..].iter().map(|n| n.drop_self).collect();
        assert_eq!(dropped, [true, false, true, true, true, false, false]);
    }

    #[test]
    fn metadata_is_collected_from_tags() {
        let doc = build(
            "<head><title>A &amp; B - Outlet</title><meta property='og:site_name' content='The Post'>\
             <script type='application/ld+json'>{\"@type\":\"NewsArticle\", \"datePublished\" : \"2026-03-14T08:00:00Z\"}</script>\
             </head><time datetime='2026-03-15'>x</time>",
        );
        assert_eq!(doc.tagged.title.as_deref(), Some("A & B - Outlet"));
        assert_eq!(doc.tagged.site_name.as_deref(), Some("The Post"));
        assert_eq!(doc.tagged.json_ld_date.as_deref(), Some("2026-03-14T08:00:00Z"));
        assert_eq!(doc.tagged.times.len(), 1);
    }
}
