#!/usr/bin/env bash
# Every check, in order, stopping at the first failure: formatting, lints (native, all
# features, wasm32), native tests, browser tests, the release build, end-to-end tests.
# Run through `make test`, which installs what is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

step() {
  say "$*"
  local start=$SECONDS
  "$@"
  printf '    (%ss)\n' $((SECONDS - start))
}

step cargo fmt --check
step cargo clippy --all-targets -- -D warnings
step cargo clippy --all-targets --all-features -- -D warnings
# proptest (a native-only dev-dependency) does not build for wasm32, so the wasm lints cover
# the library, the binaries and the browser tests rather than --all-targets.
step cargo clippy --target wasm32-unknown-unknown --features ui --lib --bins --test web -- -D warnings
step cargo test
# The UI's own unit tests (state, file decoding) need the `ui` feature; they run natively.
step cargo test --features ui --lib ui::
step cargo test --target wasm32-unknown-unknown --features ui --test web
step trunk build --release
step node --test tests/e2e/
say "all checks passed"
