//! A tokenizer of HTML into start tags (with attributes), end tags, text and the raw text of
//! `<script>`, `<style>` and the like. Comments, doctypes and processing instructions give no
//! token. Knows nothing of the tree the tags make.
//!
//! It follows the HTML standard's tokenizer where that matters for what ends up as text (where
//! a tag starts and ends, quoted attribute values, which elements hold raw text until their
//! end tag) and simplifies the rest. Every byte is looked at a bounded number of times, so the
//! cost is linear; malformed input (an unclosed tag, quote or comment) runs to the end of the
//! input instead of failing. Slices are cut only next to ASCII bytes, so they are always on
//! char boundaries.

/// A start tag: `<a href="x" hidden>`. Names and values are as written (not lower-cased, with
/// character references not decoded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag<'a> {
    pub name: &'a str,
    pub attrs: Vec<(&'a str, &'a str)>,
    /// `<br/>`: the tag ends with `/>`.
    pub self_closing: bool,
}

impl<'a> Tag<'a> {
    /// The value of the first attribute with this (lower-case) name.
    pub fn attr(&self, name: &str) -> Option<&'a str> {
        self.attrs.iter().find(|(key, _)| key.eq_ignore_ascii_case(name)).map(|&(_, value)| value)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    Start(Tag<'a>),
    /// An end tag's name, as written.
    End(&'a str),
    /// Text between tags, with character references not decoded.
    Text(&'a str),
    /// What a raw-text element (`script`, `style`, `title`, `textarea`…) holds, up to its end
    /// tag; it follows that element's start tag.
    Raw(&'a str),
}

/// Elements whose content is not markup: everything up to their end tag is one raw token.
/// (`noscript` too, as in a browser that runs scripts.)
const RAW_TEXT: [&str; 9] =
    ["script", "style", "title", "textarea", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// Whether `name` holds raw text (see [`RAW_TEXT`]).
pub fn is_raw_text(name: &str) -> bool {
    RAW_TEXT.iter().any(|raw| raw.eq_ignore_ascii_case(name))
}

/// The tokens of `html`, in order.
pub fn tokens(html: &str) -> Tokens<'_> {
    Tokens { html, pos: 0, raw_until: None }
}

pub struct Tokens<'a> {
    html: &'a str,
    pos: usize,
    /// Set after the start tag of a raw-text element: its name, whose end tag ends the raw text.
    raw_until: Option<&'a str>,
}

fn is_space(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        if let Some(name) = self.raw_until.take() {
            let start = self.pos;
            self.pos = find_end_tag(self.html, start, name);
            if self.pos > start {
                return Some(Token::Raw(&self.html[start..self.pos]));
            }
        }
        let bytes = self.html.as_bytes();
        while self.pos < bytes.len() {
            let start = self.pos;
            if bytes[start] != b'<' || !opens_markup(bytes, start) {
                // Text runs to the next `<` that opens something; a lone `<` is text ("a < b").
                let mut end = start + 1;
                while let Some(idx) = bytes[end..].iter().position(|&b| b == b'<') {
                    end += idx;
                    if opens_markup(bytes, end) {
                        break;
                    }
                    end += 1;
                }
                if !bytes[end.min(bytes.len())..].starts_with(b"<") {
                    end = bytes.len();
                }
                self.pos = end;
                return Some(Token::Text(&self.html[start..end]));
            }
            match bytes.get(start + 1) {
                Some(b'!') if bytes[start..].starts_with(b"<!--") => {
                    self.pos = comment_end(bytes, start + 4);
                }
                Some(b'!' | b'?') => self.pos = after_gt(bytes, start + 2),
                Some(b'/') => match bytes.get(start + 2) {
                    Some(b) if b.is_ascii_alphabetic() => {
                        let name_end = name_end(bytes, start + 2);
                        let mut ignored = Vec::new();
                        let (end, _) = attributes(self.html, name_end, &mut ignored);
                        self.pos = end;
                        return Some(Token::End(&self.html[start + 2..name_end]));
                    }
                    // `</>` is dropped; `</3` and the like are bogus comments.
                    _ => self.pos = after_gt(bytes, start + 2),
                },
                _ => {
                    let name_end = name_end(bytes, start + 1);
                    let name = &self.html[start + 1..name_end];
                    let mut attrs = Vec::new();
                    let (end, self_closing) = attributes(self.html, name_end, &mut attrs);
                    self.pos = end;
                    if is_raw_text(name) {
                        self.raw_until = Some(name);
                    }
                    return Some(Token::Start(Tag { name, attrs, self_closing }));
                }
            }
        }
        None
    }
}

/// Whether the `<` at `at` opens a tag, an end tag, a comment, a doctype or a processing
/// instruction.
fn opens_markup(bytes: &[u8], at: usize) -> bool {
    match bytes.get(at + 1) {
        Some(b) if b.is_ascii_alphabetic() => true,
        Some(b'!' | b'?' | b'/') => true,
        _ => false,
    }
}

/// Where a tag name that starts at `start` ends.
fn name_end(bytes: &[u8], start: usize) -> usize {
    start
        + bytes[start..]
            .iter()
            .position(|&b| is_space(b) || b == b'/' || b == b'>')
            .unwrap_or(bytes.len() - start)
}

/// Just past the next `>` from `from`, or the end of the input.
fn after_gt(bytes: &[u8], from: usize) -> usize {
    let from = from.min(bytes.len());
    bytes[from..].iter().position(|&b| b == b'>').map_or(bytes.len(), |idx| from + idx + 1)
}

/// Just past the end of a comment whose text starts at `from` (after `<!--`).
fn comment_end(bytes: &[u8], from: usize) -> usize {
    let rest = &bytes[from.min(bytes.len())..];
    // `<!-->` and `<!--->` are empty comments.
    if rest.starts_with(b">") {
        return from + 1;
    }
    if rest.starts_with(b"->") {
        return from + 2;
    }
    rest.windows(3).position(|w| w == b"-->").map_or(bytes.len(), |idx| from + idx + 3)
}

/// Reads the attributes of a tag from `from` (just after its name) to its `>`; returns where
/// the tag ends and whether it ends with `/>`.
fn attributes<'a>(
    html: &'a str,
    from: usize,
    attrs: &mut Vec<(&'a str, &'a str)>,
) -> (usize, bool) {
    let bytes = html.as_bytes();
    let mut pos = from;
    let mut self_closing = false;
    loop {
        while pos < bytes.len() && (is_space(bytes[pos]) || bytes[pos] == b'/') {
            self_closing = bytes[pos] == b'/';
            pos += 1;
        }
        if pos >= bytes.len() {
            return (bytes.len(), false);
        }
        if bytes[pos] == b'>' {
            return (pos + 1, self_closing);
        }
        self_closing = false;
        // A name may start with `=`; it runs to a space, `/`, `>` or `=`.
        let name_start = pos;
        pos += 1;
        while pos < bytes.len()
            && !matches!(bytes[pos], b'/' | b'>' | b'=')
            && !is_space(bytes[pos])
        {
            pos += 1;
        }
        let name = &html[name_start..pos];
        while pos < bytes.len() && is_space(bytes[pos]) {
            pos += 1;
        }
        let mut value = "";
        if bytes.get(pos) == Some(&b'=') {
            pos += 1;
            while pos < bytes.len() && is_space(bytes[pos]) {
                pos += 1;
            }
            match bytes.get(pos) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let start = pos + 1;
                    let end = bytes[start..]
                        .iter()
                        .position(|&b| b == quote)
                        .map_or(bytes.len(), |idx| start + idx);
                    value = &html[start..end];
                    pos = (end + 1).min(bytes.len());
                }
                _ => {
                    let start = pos;
                    while pos < bytes.len() && bytes[pos] != b'>' && !is_space(bytes[pos]) {
                        pos += 1;
                    }
                    value = &html[start..pos];
                }
            }
        }
        attrs.push((name, value));
    }
}

/// Where the raw text that starts at `from` ends: at `</name` followed by a space, `/` or `>`,
/// or at the end of the input.
fn find_end_tag(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut pos = from;
    while let Some(idx) = html[pos..].find("</") {
        let at = pos + idx;
        let name_at = at + 2;
        let after = name_at + name.len();
        let matches = bytes
            .get(name_at..after)
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(name.as_bytes()));
        if matches && bytes.get(after).is_none_or(|&b| is_space(b) || b == b'/' || b == b'>') {
            return at;
        }
        pos = name_at;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(html: &str) -> Vec<Token<'_>> {
        tokens(html).collect()
    }

    #[test]
    fn tags_attributes_and_text() {
        let got = all("<p class=\"a b\" id=x hidden>Hi &amp; bye</p>");
        let tag = Tag {
            name: "p",
            attrs: vec![("class", "a b"), ("id", "x"), ("hidden", "")],
            self_closing: false,
        };
        assert_eq!(got, [Token::Start(tag), Token::Text("Hi &amp; bye"), Token::End("p")]);
    }

    #[test]
    fn script_content_is_raw_up_to_its_end_tag() {
        let got = all("<script>if (a<b) x='</p>';</SCRIPT >after");
        assert_eq!(got[1], Token::Raw("if (a<b) x='</p>';"));
        assert_eq!(got[2], Token::End("SCRIPT"));
        assert_eq!(got[3], Token::Text("after"));
    }

    #[test]
    fn comments_and_doctypes_give_nothing() {
        assert_eq!(
            all("<!doctype html><!-- <p>no</p> -->a<!-->b<?xml x?>"),
            [Token::Text("a"), Token::Text("b")]
        );
    }

    #[test]
    fn a_lone_angle_bracket_is_text() {
        assert_eq!(all("a < b <3"), [Token::Text("a < b <3")]);
    }

    #[test]
    fn unclosed_constructs_run_to_the_end() {
        assert_eq!(all("a<!-- never closed <p>x"), [Token::Text("a")]);
        let got = all("<img alt=\"never closed>text");
        assert!(
            matches!(&got[..], [Token::Start(tag)] if tag.attr("alt") == Some("never closed>text"))
        );
        assert_eq!(
            all("<style>p{}"),
            [
                Token::Start(Tag { name: "style", attrs: vec![], self_closing: false }),
                Token::Raw("p{}")
            ]
        );
    }

    #[test]
    fn self_closing_is_seen() {
        let got = all("<br/><svg />");
        assert!(got.iter().all(|t| matches!(t, Token::Start(tag) if tag.self_closing)));
    }
}
