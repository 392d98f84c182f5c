#!/usr/bin/env bash
# `make bench-browser`: builds the engine for the browser (the app worker's wasm-worker profile
# and wasm-opt -Os, with JS-callable entry points: src/bin/bench-engine.rs), bundles the peers
# (bench/peers.js: compromise and wink-nlp, dev dependencies) and runs bench/browser.mjs,
# which measures them all in one page in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

out="$ROOT/target/bench-web"
say "building the engine for the browser"
cargo build --profile wasm-worker --target wasm32-unknown-unknown --features ui --bin bench-engine
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/wasm-worker/bench-engine.wasm
wasm-opt -Os --enable-simd --enable-bulk-memory --enable-multivalue --enable-nontrapping-float-to-int \
  --enable-reference-types --enable-sign-ext --enable-mutable-globals "$out/bench-engine_bg.wasm" -o "$out/bench-engine_bg.wasm"
say "bundling the peers (compromise, wink-nlp) for the page"
esbuild bench/peers.js --bundle --format=esm --minify --log-level=error --outfile="$out/peers.js"
say "building the app (trunk build --release) for the first-findings and 5 MB measures"
trunk build --release
say "measuring in headless Chromium"
node bench/browser.mjs "$@"
