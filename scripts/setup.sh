#!/usr/bin/env bash
# Installs what building, serving and testing Parallax need, skipping whatever is already
# present at the right version. Safe to run again; `make serve` and `make test` run it first.
# The recipe (and why prebuilt downloads are avoided) is in ../shared/TOOLCHAIN.md.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Debian packages: Chromium and its WebDriver for the browser tests; node and npm if missing.
apt_missing=()
command -v chromium >/dev/null || apt_missing+=(chromium)
command -v chromedriver >/dev/null || apt_missing+=(chromium-driver)
command -v node >/dev/null || apt_missing+=(nodejs)
command -v npm >/dev/null || apt_missing+=(npm)
if [ ${#apt_missing[@]} -gt 0 ]; then
  say "installing ${apt_missing[*]} (apt)"
  sudo_if_needed apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${apt_missing[@]}"
else
  say "have chromium, chromedriver, node and npm"
fi

# Rust: the wasm target and the components the checks use.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "installing the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "installing $component"
    rustup component add "$component"
  fi
done

# Trunk, built from crates.io (0.22 needs a newer rustc).
if [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  say "have trunk $TRUNK_VERSION"
else
  say "installing trunk $TRUNK_VERSION (cargo install, about 8-14 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli at exactly the Cargo.lock version (also provides wasm-bindgen-test-runner).
if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WASM_BINDGEN_VERSION" ] &&
  command -v wasm-bindgen-test-runner >/dev/null; then
  say "have wasm-bindgen-cli $WASM_BINDGEN_VERSION"
else
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, about 3 minutes)"
  # --locked can fail when a pinned dependency is newer than the registry has.
  cargo install --locked wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" ||
    cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm: playwright-core for the end-to-end tests, binaryen for wasm-opt; exactly as locked.
npm_current() {
  node -e '
    const lock = require("./package-lock.json").packages;
    for (const [path, entry] of Object.entries(lock)) {
      // Optional packages for other platforms (the esbuild binaries) are never installed.
      if (!path || (entry.optional && !require("fs").existsSync(path))) continue;
      const installed = require("./" + path + "/package.json").version;
      if (installed !== entry.version) process.exit(1);
    }' 2>/dev/null
}
if npm_current && [ "$(wasm-opt --version 2>/dev/null)" = "wasm-opt version $BINARYEN_VERSION (version_$BINARYEN_VERSION)" ]; then
  say "have npm packages (playwright-core, binaryen $BINARYEN_VERSION)"
else
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
fi

# Trunk builds offline, so every crate must already be downloaded.
say "fetching crates (cargo fetch --locked)"
cargo fetch --locked
