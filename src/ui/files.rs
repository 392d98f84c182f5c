//! Turning a dropped or picked file's bytes into text (an HTML page is then read for its story by
//! the worker), or into a message saying why not.
//!
//! Only the bytes are judged, not the file name: a `.txt` full of binary is refused, and a
//! UTF-8 file with another extension is accepted.

use super::components::labels::megabytes;

/// Files larger than this are refused before reading: the engine is built for articles, and
/// a file this large is almost certainly not one.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;

/// The text of a dropped file, or a message for the reader saying why it was not loaded.
///
/// Takes the bytes by value: a file of megabytes becomes its text without a copy.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    let mut text = String::from_utf8(bytes).map_err(|err| {
        format!(
            "“{name}” was not loaded: it is not UTF-8 text (invalid byte at offset {}). \
             It may be a binary file or use another encoding; save it as UTF-8 text and drop \
             it again.",
            err.utf8_error().valid_up_to()
        )
    })?;
    if looks_binary(&text) {
        return Err(format!(
            "“{name}” was not loaded: it looks like a binary file, not text. \
             Open or drop a .txt, .md or .html file, or paste the article."
        ));
    }
    // A byte-order mark says how the file is encoded; it is not part of the article.
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// The message for a file too large to read.
pub fn too_large(name: &str, bytes: u64) -> String {
    format!(
        "“{name}” was not loaded: it is {}, and articles up to {} are accepted.",
        megabytes(bytes),
        megabytes(MAX_FILE_BYTES)
    )
}

/// How much of a file [`looks_binary`] reads.
const BINARY_SCAN: usize = 1 << 20;

/// Text never holds NUL, and holds few other control characters besides line breaks and tabs.
///
/// Counted on bytes, not characters (much faster in the page's size-tuned build): in UTF-8 a
/// control character is one byte below 0x20 or 0x7F (C0), or 0xC2 then 0x80–0x9F (C1).
fn looks_binary(text: &str) -> bool {
    // The first megabyte tells: binary formats show NUL and control bytes from their start,
    // and scanning all of a 5 MB file held the page for 20 ms.
    let bytes = &text.as_bytes()[..text.len().min(BINARY_SCAN)];
    let mut control = 0;
    // A plain loop: the page's size-tuned build does not inline iterator adapters.
    for (idx, &byte) in bytes.iter().enumerate() {
        let c1 =
            byte == 0xc2 && bytes.get(idx + 1).is_some_and(|next| (0x80..=0x9f).contains(next));
        if byte == 0 {
            return true;
        }
        if matches!(byte, 0x01..=0x08 | 0x0b | 0x0e..=0x1f | 0x7f) || c1 {
            control += 1;
            if control > 8 {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_is_loaded_without_its_byte_order_mark() {
        assert_eq!(
            decode("a.txt", "\u{feff}“Hi,” she said.\n".into()).expect("UTF-8 text is accepted"),
            "“Hi,” she said.\n"
        );
    }

    #[test]
    fn latin1_is_refused_with_the_offset() {
        let message =
            decode("old.txt", b"caf\xe9 au lait".to_vec()).expect_err("Latin-1 is not UTF-8");
        assert!(message.contains("“old.txt”") && message.contains("offset 3"), "{message}");
    }

    #[test]
    fn binary_that_happens_to_be_utf8_is_refused() {
        let message =
            decode("x.txt", b"PK\x03\x04\0\0\x08\0".to_vec()).expect_err("NUL bytes mean binary");
        assert!(message.contains("binary"), "{message}");
    }

    #[test]
    fn a_stray_control_character_is_not_binary() {
        assert!(decode("a.md", b"Title\x0b\n\nBody text.".to_vec()).is_ok());
    }

    #[test]
    fn control_characters_are_counted_as_characters_are() {
        // C0 and DEL one byte each, C1 two bytes; line breaks, tabs and form feeds are text.
        let samples = ["a\u{1}b\u{7f}c\u{85}d\u{9f}e", "\n\r\t\u{c}x", "é\u{a0}ü\u{80}"];
        for sample in samples {
            let by_chars = sample
                .chars()
                .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
                .count();
            let text = sample.repeat(3);
            assert_eq!(looks_binary(&text), by_chars * 3 > 8, "{sample:?}");
        }
    }

    #[test]
    fn too_large_names_the_size() {
        assert!(too_large("big.txt", 30 * 1_048_576).contains("30.0 MB"));
    }
}
