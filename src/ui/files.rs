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
pub fn decode(name: &str, bytes: &[u8]) -> Result<String, String> {
    let text = std::str::from_utf8(bytes).map_err(|err| {
        format!(
            "“{name}” was not loaded: it is not UTF-8 text (invalid byte at offset {}). \
             It may be a binary file or use another encoding; save it as UTF-8 text and drop \
             it again.",
            err.valid_up_to()
        )
    })?;
    if looks_binary(text) {
        return Err(format!(
            "“{name}” was not loaded: it looks like a binary file, not text. \
             Open or drop a .txt, .md or .html file, or paste the article."
        ));
    }
    // A byte-order mark says how the file is encoded; it is not part of the article.
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text).to_owned())
}

/// The message for a file too large to read.
pub fn too_large(name: &str, bytes: u64) -> String {
    format!(
        "“{name}” was not loaded: it is {}, and articles up to {} are accepted.",
        megabytes(bytes),
        megabytes(MAX_FILE_BYTES)
    )
}

/// Text never holds NUL, and holds few other control characters besides line breaks and tabs.
fn looks_binary(text: &str) -> bool {
    let control = text
        .chars()
        .filter(|&c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .take(9)
        .count();
    text.contains('\0') || control > 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_is_loaded_without_its_byte_order_mark() {
        assert_eq!(
            decode("a.txt", "\u{feff}“Hi,” she said.\n".as_bytes())
                .expect("UTF-8 text is accepted"),
            "“Hi,” she said.\n"
        );
    }

    #[test]
    fn latin1_is_refused_with_the_offset() {
        let message = decode("old.txt", b"caf\xe9 au lait").expect_err("Latin-1 is not UTF-8");
        assert!(message.contains("“old.txt”") && message.contains("offset 3"), "{message}");
    }

    #[test]
    fn binary_that_happens_to_be_utf8_is_refused() {
        let message = decode("x.txt", b"PK\x03\x04\0\0\x08\0").expect_err("NUL bytes mean binary");
        assert!(message.contains("binary"), "{message}");
    }

    #[test]
    fn a_stray_control_character_is_not_binary() {
        assert!(decode("a.md", b"Title\x0b\n\nBody text.").is_ok());
    }

    #[test]
    fn too_large_names_the_size() {
        assert!(too_large("big.txt", 30 * 1_048_576).contains("30.0 MB"));
    }
}
