//! Raw deflate of text through the browser's own `CompressionStream` and
//! `DecompressionStream`, so the page's wasm carries no compressor (and the browser encodes
//! and decodes the UTF-8). Browser only: natively these calls fail.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ReadableWritablePair, Response};

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

/// The text that `bytes` are the compressed UTF-8 of; errs when they are not raw deflate (a
/// link cut short or changed).
pub async fn decompress(bytes: &[u8]) -> Result<String, JsValue> {
    let input = Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?;
    let output = transform(&input, DecompressionStream::new(FORMAT)?.unchecked_into())?;
    let text = JsFuture::from(output.text()?).await?;
    text.as_string().ok_or_else(|| "the stream gave no text".into())
}

/// What comes out of `stream` when `input` goes in.
fn transform(input: &Blob, stream: ReadableWritablePair) -> Result<Response, JsValue> {
    Response::new_with_opt_readable_stream(Some(&input.stream().pipe_through(&stream)))
}
