//! What is on the page but not the story, recognised line by line: print-edition and website
//! footers ("Newspapers in English", "Copyright …", "Reporting by …"), photo credit markers
//! ("?? AFP ??", as print archives render a picture), and caption lines ("Photo: …").
//! General patterns only; nothing here names a particular outlet.

use super::Span;
use super::chars::at_most_words;

/// Whether a line is boilerplate around the story rather than part of it.
pub fn is_footer(line: &str) -> bool {
    // Agency credit lines can be long: "(Reporting by A in B; Editing by C)".
    const CREDITS: [&str; 8] = [
        "reporting by",
        "(reporting by",
        "additional reporting by",
        "(additional reporting by",
        "editing by",
        "writing by",
        "compiled by",
        "(editing by",
    ];
    if CREDITS.iter().any(|p| starts_with_ci(line, p)) && at_most_words(line, 40) {
        return true;
    }
    // The print-archive footer names a language or a country, nothing more.
    if (starts_with_ci(line, "newspapers in ") || starts_with_ci(line, "newspapers from "))
        && at_most_words(line, 5)
        && !super::chars::ends_with_terminal(line)
    {
        return true;
    }
    if !at_most_words(line, 15) {
        return false;
    }
    const PREFIXES: [&str; 33] = [
        "copyright ",
        "copyright:",
        "©",
        "(c) ",
        "all rights reserved",
        "follow us",
        "follow the author",
        "sign up for",
        "sign up to",
        "subscribe to",
        "read more:",
        "read more at",
        "read the full",
        "click here",
        "share this",
        "share on",
        "related:",
        "related articles",
        "related stories",
        "more from ",
        "this article first appeared",
        "this article was originally",
        "this story was originally",
        "this story has been updated",
        "a version of this article appears",
        "published in print",
        "printed from",
        "contact the author",
        "listen to this article",
        "download the app",
        "story continues below",
        "image source",
        "our standards:",
    ];
    if PREFIXES.iter().any(|p| starts_with_ci(line, p)) {
        return true;
    }
    if contains_ci(line, "all rights reserved") {
        return true;
    }
    const WHOLE: [&str; 8] = [
        "advertisement",
        "advertising",
        "continue reading",
        "continue reading below",
        "share",
        "comments",
        "loading...",
        "related",
    ];
    WHOLE.iter().any(|w| line.trim().eq_ignore_ascii_case(w))
}

/// Whether a line is a photo caption or picture credit by its label: "Photo: …",
/// "PHOTO: …", "(Photo by …)", "Image: …", "Caption: …".
pub fn is_caption(line: &str) -> bool {
    const LABELS: [&str; 10] = [
        "photo:",
        "photo by",
        "(photo",
        "photograph:",
        "photos:",
        "picture:",
        "image:",
        "caption:",
        "file photo",
        "image caption",
    ];
    // Most lines have no colon: one pass over their bytes spares two searches for a label.
    LABELS.iter().any(|p| starts_with_ci(line, p))
        || (line.as_bytes().contains(&b':')
            && (line.contains(" Photo: ") || line.contains(" PHOTO: "))
            && at_most_words(line, 40))
}

/// Whether a short line is a picture credit: "Getty Images", "AFP/Getty Images",
/// "REUTERS/Jane Doe", "AP Photo/John Roe", "Photograph: Jane Doe/Shutterstock".
pub fn is_credit_line(line: &str) -> bool {
    const AGENCIES: [&str; 10] = [
        "Getty",
        "AP Photo",
        "Shutterstock",
        "iStock",
        "Reuters/",
        "REUTERS/",
        "AFP/",
        "EPA/",
        "/AFP",
        "/Reuters",
    ];
    at_most_words(line, 6)
        && !line.trim_end_matches('.').contains(['.', ',', '?', '!'])
        && AGENCIES.iter().any(|a| line.contains(a))
        && line.split_whitespace().all(|w| w.contains('/') || !w.starts_with(char::is_lowercase))
}

/// A credit marker inside `text[line]`: a short credit between runs of question marks, as
/// print archives render the picture it belonged to ("?? AFP ??", "?? REUTERS ??").
pub fn credit_marker(text: &str, line: Span) -> Option<Span> {
    let s = line.slice(text);
    let open = s.find("??")?;
    let inner_start = open + s[open..].bytes().take_while(|&b| b == b'?').count();
    let close = inner_start + s[inner_start..].find("??")?;
    let inner = s[inner_start..close].trim();
    let close_end = close + s[close..].bytes().take_while(|&b| b == b'?').count();
    let short = !inner.is_empty() && inner.len() <= 60 && at_most_words(inner, 6);
    short.then(|| Span::new(line.start + open, line.start + close_end))
}

fn starts_with_ci(line: &str, prefix: &str) -> bool {
    line.len() >= prefix.len()
        && line.is_char_boundary(prefix.len())
        && line[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn contains_ci(line: &str, needle: &str) -> bool {
    let Some(&first) = needle.as_bytes().first() else { return true };
    line.as_bytes()
        .windows(needle.len())
        .any(|w| w[0].eq_ignore_ascii_case(&first) && w.eq_ignore_ascii_case(needle.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footers() {
        assert!(is_footer("Newspapers in English"));
        assert!(is_footer("Newspapers from Narnia"));
        assert!(is_footer("Copyright 2021 The Daily Planet. All rights reserved."));
        assert!(is_footer("(Reporting by Jane Doe in Oslo; Editing by John Roe)"));
        assert!(is_footer("Advertisement"));
        assert!(!is_footer("Newspapers in English-speaking countries have long argued the point."));
        assert!(!is_footer("Follow the money, she said."));
    }

    #[test]
    fn credit_markers_and_captions() {
        let line = " ?? AFP ?? A guard stands outside.";
        let span = credit_marker(line, Span::new(1, line.len())).expect("a marker");
        assert_eq!(span.slice(line), "?? AFP ??");
        let plain = "Is it? Who knows?? Nobody.";
        assert_eq!(credit_marker(plain, Span::new(0, plain.len())), None);
        assert!(is_caption("Photo: Jane Doe/Example Agency"));
        assert!(is_caption("Crowds gather in the square on Monday. Photo: Example Agency"));
        assert!(!is_caption("Photographers gathered outside."));
        assert!(is_credit_line("Getty/Instagram."));
        assert!(is_credit_line("AFP/Getty Images"));
        assert!(!is_credit_line("Getty said the images were sold."));
    }
}
