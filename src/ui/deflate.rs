//! Raw deflate of text through the browser's own `CompressionStream` and
//! `DecompressionStream`, so the page's wasm carries no compressor (and the browser encodes
//! and decodes the UTF-8). Browser only: natively these calls fail.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableStreamDefaultReader, ReadableWritablePair, Response};

#[wasm_bindgen]
extern "C" {
    /// A transform stream: bytes in, compressed bytes out.
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    /// A transform stream: compressed bytes in, bytes out; it errors on bytes that are not
    /// in its format.
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;
}

/// The format: deflate without the zlib header and checksum, the shortest of the three.
const FORMAT: &str = "deflate-raw";

/// `text`, UTF-8 encoded and compressed.
pub async fn compress(text: &str) -> Result<Vec<u8>, JsValue> {
    let input = Blob::new_with_str_sequence(&Array::of1(&JsValue::from_str(text)))?;
    let output = transform(&input, CompressionStream::new(FORMAT)?.unchecked_into())?;
    let buffer = JsFuture::from(output.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Why compressed bytes gave no text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpacking {
    /// They are not raw deflate of UTF-8 text (a link cut short or changed).
    Damaged,
    /// They unpack to more than the limit: deflate packs repeated bytes about a thousand to
    /// one, so a short link could otherwise make the page fill gigabytes.
    TooBig,
}

/// The text that `bytes` are the compressed UTF-8 of, read a chunk at a time and given up as
/// soon as it would pass `limit` bytes.
pub async fn decompress(bytes: &[u8], limit: usize) -> Result<String, Unpacking> {
    let damaged = |_| Unpacking::Damaged;
    let input =
        Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes))).map_err(damaged)?;
    let stream = DecompressionStream::new(FORMAT).map_err(damaged)?;
    let output = transform(&input, stream.unchecked_into()).map_err(damaged)?;
    let body = output.body().ok_or(Unpacking::Damaged)?;
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut text = Vec::new();
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(damaged)?;
        if Reflect::get(&chunk, &"done".into()).map_err(damaged)?.is_truthy() {
            break;
        }
        let value: Uint8Array =
            Reflect::get(&chunk, &"value".into()).map_err(damaged)?.unchecked_into();
        if text.len() + value.length() as usize > limit {
            // Stops the stream's work; its outcome does not matter any more.
            let _ = reader.cancel();
            return Err(Unpacking::TooBig);
        }
        text.extend(value.to_vec());
    }
    String::from_utf8(text).map_err(|_| Unpacking::Damaged)
}

/// What comes out of `stream` when `input` goes in.
fn transform(input: &Blob, stream: ReadableWritablePair) -> Result<Response, JsValue> {
    Response::new_with_opt_readable_stream(Some(&input.stream().pipe_through(&stream)))
}
