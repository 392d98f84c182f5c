//! Raw deflate through the browser's own `CompressionStream` and `DecompressionStream`, so
//! the page's wasm carries no compressor. Browser only: natively these calls fail.

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

pub async fn compress(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    transform(bytes, CompressionStream::new(FORMAT)?.unchecked_into()).await
}

/// Errs when `bytes` are not raw deflate (a link cut short or changed).
pub async fn decompress(bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
    transform(bytes, DecompressionStream::new(FORMAT)?.unchecked_into()).await
}

/// Pipes `bytes` through `stream` and collects what comes out.
async fn transform(bytes: &[u8], stream: ReadableWritablePair) -> Result<Vec<u8>, JsValue> {
    let input = Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?;
    let output =
        Response::new_with_opt_readable_stream(Some(&input.stream().pipe_through(&stream)))?;
    let buffer = JsFuture::from(output.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
