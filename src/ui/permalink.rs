//! Permalinks: the articles themselves in the page address, after `#a=`, so that a link opens
//! the same articles in another browser. Browsers never send the fragment (the part after
//! `#`) to a server; anyone who has the link can read the articles in it.
//!
//! The fragment is `a=` and the [`Session`] as JSON, raw-deflated by the browser
//! (`super::deflate`) and written in base64url without padding.

use super::deflate::{self, Unpacking};
use super::session::Session;

/// What starts a permalink's fragment (after the `#`).
pub const PREFIX: &str = "a=";

/// Links longer than this (in characters) are cut short or refused by some apps and sites.
pub const LONG: usize = 32 * 1024;

/// The fragment (without the `#`) that carries `session`.
pub async fn fragment(session: &Session) -> Result<String, String> {
    // Plain data with string keys: serialising it cannot fail.
    let json = serde_json::to_string(session).expect("a session serialises");
    let compressed = deflate::compress(&json)
        .await
        .map_err(|_| "this browser cannot compress the articles".to_owned())?;
    Ok(format!("{PREFIX}{}", base64url_encode(&compressed)))
}

/// The most a link may unpack to: far more than a link can carry (deflate packs prose about
/// three to one, and browsers take addresses of a few megabytes), far less than a crafted one
/// could make.
const MAX_UNPACKED: usize = 32 << 20;

/// The articles a permalink's fragment (without the `#`) carries, or the message for the
/// reader saying why it cannot be opened.
pub async fn open(fragment: &str) -> Result<Session, String> {
    let failed = |why: &str| {
        format!("The articles in this link could not be opened: {why}. Nothing else changed.")
    };
    let encoded = fragment.strip_prefix(PREFIX).ok_or_else(|| failed("it is not a permalink"))?;
    let compressed =
        base64url_decode(encoded).ok_or_else(|| failed("it has been cut short or changed"))?;
    let json = deflate::decompress(&compressed, MAX_UNPACKED).await.map_err(|why| match why {
        Unpacking::Damaged => failed("its data is damaged, perhaps cut short"),
        Unpacking::TooBig => failed(&format!(
            "it unpacks to more than {} MB, more than a real link carries",
            MAX_UNPACKED >> 20
        )),
    })?;
    // From text, as the session kept between visits is: one JSON reader in the page's wasm.
    let session: Session =
        serde_json::from_str(&json).map_err(|_| failed("it does not hold articles"))?;
    if session.articles.is_empty() {
        return Err(failed("it holds no articles"));
    }
    Ok(session)
}

/// The base64url alphabet (RFC 4648 §5): safe in a URL as it is.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// `bytes` in base64url, without padding.
fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().fold(0u32, |group, &byte| (group << 8) | u32::from(byte));
        let group = group << (8 * (3 - chunk.len()));
        // A chunk of n bytes makes n + 1 characters.
        for position in 0..=chunk.len() {
            let sextet = (group >> (18 - 6 * position)) & 63;
            out.push(char::from(ALPHABET[sextet as usize]));
        }
    }
    out
}

/// The bytes `text` encodes in base64url without padding; `None` for any other character, or
/// a length no encoding has.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    if text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() / 4 * 3 + 2);
    for chunk in text.as_bytes().chunks(4) {
        let mut group = 0u32;
        for &char in chunk {
            let sextet = ALPHABET.iter().position(|&c| c == char)?;
            group = (group << 6) | sextet as u32;
        }
        group <<= 6 * (4 - chunk.len());
        // n characters carry n - 1 bytes.
        for position in 0..chunk.len() - 1 {
            out.push((group >> (16 - 8 * position)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_the_rfc_examples_without_padding() {
        // RFC 4648 §10, in the URL-safe alphabet and without "=".
        let cases = [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg")];
        for (bytes, text) in cases {
            assert_eq!(base64url_encode(bytes.as_bytes()), text);
            assert_eq!(base64url_decode(text).as_deref(), Some(bytes.as_bytes()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff, 0xbf]), "-_-_");
    }

    #[test]
    fn base64url_round_trips_every_byte() {
        let bytes: Vec<u8> = (0..=255).chain((0..=255).rev()).collect();
        for len in 0..bytes.len() {
            let text = base64url_encode(&bytes[..len]);
            assert!(text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            assert_eq!(base64url_decode(&text).as_deref(), Some(&bytes[..len]));
        }
    }

    #[test]
    fn base64url_refuses_what_it_cannot_have_written() {
        assert_eq!(base64url_decode("Zm9v+g"), None, "standard base64's '+'");
        assert_eq!(base64url_decode("Zm9vY"), None, "a length no encoding has");
        assert_eq!(base64url_decode("Zm9v%20"), None);
    }
}
