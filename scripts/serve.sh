#!/usr/bin/env bash
# Builds the app (release profile, as shipped) and serves it on http://127.0.0.1:8080,
# rebuilding on changes (reload the page to see them). Run through `make serve`, which
# installs what is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
say "serving Parallax on http://127.0.0.1:8080 (Ctrl-C stops)"
# No reload script: Trunk writes it inline and fills it in as it serves the page, and the
# page's Content-Security-Policy allows no inline script. Reload the page after a rebuild.
exec trunk serve --release --no-autoreload
