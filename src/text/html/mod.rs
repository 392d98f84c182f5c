//! HTML pages → article text: a page saved from a news site becomes the story's text, with the
//! headline, outlet and publication date its tags give.
//!
//! - `tokens`: tags, attributes and text, linear and never failing on malformed input;
//! - `entities`: character references;
//! - `tree`: the element tree, what each element is, and the metadata in tags;
//! - `content`: which elements are the story (readability-style), and their text.
//!
//! Nothing here renders or runs the page: scripts, styles, `<noscript>`, templates, navigation,
//! headers and footers outside the article, asides, forms, comments and hidden elements give no
//! text, and attributes (`onerror`, `href`) are never part of it. The text is plain: the
//! paragraphs separated by blank lines, character references decoded (so `&lt;b&gt;` in a page
//! is the text `<b>`). The engine then reads that text like any pasted article; its spans point
//! into it.
//!
//! Written here rather than taken from a crate: dom_smoothie (html5ever and a CSS selector
//! engine underneath) added 309 kB gzip to the worker's wasm, this module 10 kB (measured with
//! `trunk build --release`), and readability's choice needs only a few counts per element.

mod content;
mod entities;
mod tokens;
mod tree;

use super::Date;

/// What a page gives: its story's text and what its tags say about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The story's text: paragraphs separated by blank lines, no markup.
    pub text: String,
    /// From `og:title`, else the first `<h1>`, else `<title>` without its " - Outlet" suffix.
    pub headline: Option<String>,
    /// From `og:site_name`, else `application-name`, else the `<title>`'s " - Outlet" or
    /// " | Outlet" suffix.
    pub outlet: Option<String>,
    /// From `article:published_time`, else JSON-LD `datePublished`, else
    /// `itemprop="datePublished"`, else the story's first `<time datetime>`.
    pub date: Option<Date>,
}

/// File names that say a file is HTML.
const EXTENSIONS: [&str; 4] = [".html", ".htm", ".xhtml", ".shtml"];

/// Whether a file (or pasted text, with an empty name) is an HTML page: its name ends in
/// `.html`, `.htm`, `.xhtml` or `.shtml`, or its text starts with `<!doctype html` or `<html` (case-insensitive,
/// after spaces and a byte-order mark).
pub fn is_html(name: &str, text: &str) -> bool {
    let name = name.to_ascii_lowercase();
    EXTENSIONS.iter().any(|ext| name.ends_with(ext)) || looks_like_html(text)
}

/// Whether `text` starts like an HTML page: `<!doctype html` or `<html`.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let head = start.as_bytes().get(..14).unwrap_or(start.as_bytes());
    let starts =
        |prefix: &[u8]| head.get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix));
    starts(b"<!doctype html")
        || (starts(b"<html") && head.get(5).is_none_or(|&b| b == b'>' || b.is_ascii_whitespace()))
}

/// Reads a page. Never fails: a page with no story gives its visible text, and text with no
/// tags gives itself with its spaces collapsed.
///
/// Cost is linear in the page's length: one tokenizer pass, a few passes over the elements
/// and the text pieces.
pub fn extract(html: &str) -> Page {
    let doc = tree::build(html);
    let choice = content::choose(&doc);
    let text = content::render(&doc, &choice);
    let tagged = &doc.tagged;
    let clean = |value: &Option<String>| {
        value.as_deref().map(content::collapse).filter(|value| !value.is_empty())
    };
    let title = clean(&tagged.title);
    let title_parts = title.as_deref().and_then(split_title);
    let outlet = clean(&tagged.site_name)
        .or_else(|| clean(&tagged.application_name))
        .or_else(|| title_parts.map(|(_, outlet)| outlet.to_owned()));
    let heading = content::first_heading(&doc, &choice).map(|node| content::line(&doc, node));
    let headline = clean(&tagged.og_title)
        .or(heading.filter(|h| !h.is_empty()))
        .or_else(|| title_parts.map(|(headline, _)| headline.to_owned()).or(title.clone()))
        .map(|headline| without_outlet(headline, outlet.as_deref()));
    let story_time = tagged.times.iter().find(|(node, _)| {
        !choice.dropped[*node]
            && choice.roots.iter().any(|&root| root <= *node && *node < doc.nodes[root].end)
    });
    let any_time = tagged.times.iter().find(|(node, _)| !choice.dropped[*node]);
    let date = [
        tagged.published_time.as_deref(),
        tagged.json_ld_date.as_deref(),
        tagged.itemprop_date.as_deref(),
        story_time.or(any_time).map(|(_, value)| value.as_str()),
    ]
    .into_iter()
    .flatten()
    .find_map(day);
    Page { text, headline, outlet, date }
}

/// The separators between a headline and the outlet in a page's `<title>`.
const TITLE_SEPARATORS: [&str; 5] = [" | ", " - ", " – ", " — ", " · "];

/// A `<title>` cut at its last separator into the headline and the outlet.
fn split_title(title: &str) -> Option<(&str, &str)> {
    let at = TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|at| (at, sep.len())))
        .max_by_key(|&(at, _)| at)?;
    let (headline, outlet) = (title[..at.0].trim(), title[at.0 + at.1..].trim());
    (!headline.is_empty() && !outlet.is_empty()).then_some((headline, outlet))
}

/// The headline without a trailing " | Outlet" that some pages put in `og:title` too.
fn without_outlet(headline: String, outlet: Option<&str>) -> String {
    let Some(outlet) = outlet else { return headline };
    match split_title(&headline) {
        Some((rest, suffix)) if suffix == outlet => rest.to_owned(),
        _ => headline,
    }
}

/// The day an ISO 8601 date or date-time starts with: `2026-03-14T09:30:00Z` → 2026-03-14.
fn day(value: &str) -> Option<Date> {
    let value = value.trim();
    Date::from_iso(value.get(..10).unwrap_or(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_told_by_name_or_by_its_first_tag() {
        assert!(is_html("Page.HTML", "plain"));
        assert!(is_html("", "\u{feff}  <!DOCTYPE html><p>x"));
        assert!(is_html("", "<html lang=en>"));
        assert!(!is_html("a.txt", "<htmlish> is not a tag we know"));
        assert!(!is_html("notes.md", "Text that mentions <html> later."));
    }

    #[test]
    fn titles_split_at_their_last_separator() {
        assert_eq!(
            split_title("Floods - what we know | The Courier"),
            Some(("Floods - what we know", "The Courier"))
        );
        assert_eq!(split_title("No outlet here"), None);
        assert_eq!(split_title(" | Outlet"), None);
    }

    #[test]
    fn dates_are_read_to_the_day() {
        assert_eq!(
            day("2026-03-14T23:30:00-05:00").map(|d| d.iso()).as_deref(),
            Some("2026-03-14")
        );
        assert_eq!(day("yesterday"), None);
    }
}
