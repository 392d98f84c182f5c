//! E-mail addresses and URLs in a text: found once, in one pass over its whitespace-separated
//! chunks, so that they are set aside and never tokenised ("renqi@example.com" is no sentence
//! break and no entity).

use super::Span;
use super::chars::{is_closing_quote_mark, is_opening_quote_mark, is_space};

/// The addresses in `text`, in text order.
pub fn find(text: &str) -> Vec<Span> {
    let mut found = Vec::new();
    let mut chunk_start = None;
    for (pos, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (is_space(c), chunk_start) {
            (true, Some(start)) => {
                if let Some(span) = address_in(text, Span::new(start, pos)) {
                    found.push(span);
                }
                chunk_start = None;
            }
            (false, None) => chunk_start = Some(pos),
            _ => {}
        }
    }
    found
}

/// The address a chunk holds once opening and closing punctuation is trimmed off, if any.
fn address_in(text: &str, chunk: Span) -> Option<Span> {
    let raw = chunk.slice(text);
    // An e-mail address has an @, a URL a dot ("www.") or a slash ("http://"): most words
    // have none of them and are settled here.
    if !raw.bytes().any(|b| matches!(b, b'@' | b'.' | b'/')) {
        return None;
    }
    let lead = raw.len()
        - raw
            .trim_start_matches(|c: char| {
                is_opening_quote_mark(c) || matches!(c, '(' | '<' | '[' | '"' | '\'')
            })
            .len();
    let body = raw[lead..].trim_end_matches(|c: char| {
        is_closing_quote_mark(c)
            || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '>' | ']' | '"' | '\'')
    });
    let start = chunk.start + lead;
    let span = Span::new(start, start + body.len());
    (is_url(body) || is_email(body)).then_some(span)
}

fn is_url(s: &str) -> bool {
    let lower_prefix = |prefix: &str| {
        s.len() > prefix.len()
            && s.is_char_boundary(prefix.len())
            && s[..prefix.len()].eq_ignore_ascii_case(prefix)
    };
    lower_prefix("http://") || lower_prefix("https://") || lower_prefix("www.")
}

fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else { return false };
    let local_ok =
        !local.is_empty() && local.chars().all(|c| c.is_alphanumeric() || "._%+-".contains(c));
    let domain_ok = domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain.chars().all(|c| c.is_alphanumeric() || ".-".contains(c))
        && domain.rsplit('.').next().is_some_and(|tld| tld.chars().all(char::is_alphabetic));
    local_ok && domain_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn addresses(text: &str) -> Vec<&str> {
        find(text).into_iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn finds_emails_and_urls_without_their_punctuation() {
        assert_eq!(
            addresses("- By JANE DOE in Oslo jane.doe@example.co.uk"),
            ["jane.doe@example.co.uk"]
        );
        assert_eq!(
            addresses("see (https://example.org/a?b=1). Or www.example.com, now"),
            ["https://example.org/a?b=1", "www.example.com"]
        );
    }

    #[test]
    fn ignores_handles_and_ordinary_words() {
        assert!(addresses("@someone said U.S. prices rose 3.5% at Amazon.com").is_empty());
        assert!(addresses("a@b @ c@.x").is_empty());
    }
}
