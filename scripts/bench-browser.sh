#!/usr/bin/env bash
# `make bench-browser`: builds the engine for the browser (the app's wasm-release profile and
# wasm-opt -Oz, with JS-callable entry points: src/bin/bench-engine.rs) and runs
# bench/browser.mjs, which measures it in headless Chromium.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

out="$ROOT/target/bench-web"
say "building the engine for the browser"
cargo build --profile wasm-release --target wasm32-unknown-unknown --features ui --bin bench-engine
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  target/wasm32-unknown-unknown/wasm-release/bench-engine.wasm
wasm-opt -Oz --enable-bulk-memory --enable-multivalue --enable-nontrapping-float-to-int \
  --enable-reference-types --enable-sign-ext --enable-mutable-globals "$out/bench-engine_bg.wasm" -o "$out/bench-engine_bg.wasm"
say "measuring in headless Chromium"
node bench/browser.mjs "$@"
