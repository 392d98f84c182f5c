//! Character references: `&amp;`, `&#8217;`, `&#x2019;`, `&nbsp;` → the characters they
//! stand for.
//!
//! Numeric references follow the HTML standard (including its reading of 128–159 as
//! Windows-1252, which old news pages rely on). Named references cover Latin-1 and the
//! punctuation and symbols news text uses, not the standard's 2,231 names: an unknown name is
//! left as written, which a reader can still read.

/// The names of U+00A0 to U+00FF, in order: Latin-1 has a name for every one.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

/// The other names news pages use.
const OTHER: [(&str, char); 45] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("hellip", '…'),
    ("bull", '•'),
    ("prime", '′'),
    ("Prime", '″'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("permil", '‰'),
    ("trade", '™'),
    ("euro", '€'),
    ("minus", '−'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200c}'),
    ("zwj", '\u{200d}'),
    ("lrm", '\u{200e}'),
    ("rlm", '\u{200f}'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("hearts", '♥'),
];

/// What the HTML standard reads numeric references 128–159 as (Windows-1252); `None` where
/// Windows-1252 has no character either.
const WINDOWS_1252: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The longest name worth looking up; a longer run of letters is not a reference.
const LONGEST_NAME: usize = 8;

/// Appends `raw` to `out` with its character references decoded.
pub fn decode_into(raw: &str, out: &mut String) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((c, used)) => {
                out.push(c);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
}

/// `raw` with its character references decoded.
pub fn decode(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    decode_into(raw, &mut out);
    out
}

/// The character a reference after `&` stands for, and how many bytes of `text` it takes.
fn reference(text: &str) -> Option<(char, usize)> {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b'#') {
        let hex = matches!(bytes.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let radix = if hex { 16 } else { 10 };
        let digits = bytes[start.min(bytes.len())..]
            .iter()
            .take_while(|b| if hex { b.is_ascii_hexdigit() } else { b.is_ascii_digit() })
            .count();
        if digits == 0 {
            return None;
        }
        // Saturating: an absurdly long number is out of range, not an overflow.
        let value = text[start..start + digits].bytes().fold(0u32, |acc, b| {
            let digit = char::from(b).to_digit(radix).unwrap_or(0);
            acc.saturating_mul(radix).saturating_add(digit).min(0x11_0000)
        });
        let end = start + digits;
        let used = if bytes.get(end) == Some(&b';') { end + 1 } else { end };
        return Some((numeric(value), used));
    }
    let name_len =
        bytes.iter().take(LONGEST_NAME + 1).take_while(|b| b.is_ascii_alphanumeric()).count();
    if name_len == 0 || name_len > LONGEST_NAME || bytes.get(name_len) != Some(&b';') {
        return None;
    }
    let name = &text[..name_len];
    named(name).map(|c| (c, name_len + 1))
}

/// The character a numeric reference stands for, as the HTML standard reads it.
fn numeric(value: u32) -> char {
    match value {
        0x80..=0x9f => WINDOWS_1252[(value - 0x80) as usize]
            .unwrap_or_else(|| char::from_u32(value).unwrap_or('\u{fffd}')),
        0 => '\u{fffd}',
        _ => char::from_u32(value).unwrap_or('\u{fffd}'),
    }
}

fn named(name: &str) -> Option<char> {
    if let Some(idx) = LATIN1.iter().position(|&n| n == name) {
        return char::from_u32(0xa0 + idx as u32);
    }
    OTHER.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn named_and_numeric_references() {
        assert_eq!(
            decode("Tom &amp; Jerry&#8217;s &#x201C;caf&eacute;&#x201d;"),
            "Tom & Jerry’s “café”"
        );
        assert_eq!(decode("a&nbsp;b"), "a\u{a0}b");
        assert_eq!(decode("&#150; &#146;"), "– ’", "128–159 read as Windows-1252");
    }

    #[test]
    fn what_is_not_a_reference_stays_as_written() {
        assert_eq!(
            decode("AT&T & co &unknown; &#; &#xZ; &amp"),
            "AT&T & co &unknown; &#; &#xZ; &amp"
        );
    }

    #[test]
    fn out_of_range_numbers_are_the_replacement_character() {
        assert_eq!(decode("&#0;&#xD800;&#99999999999999999999;"), "\u{fffd}\u{fffd}\u{fffd}");
    }
}
