#!/usr/bin/env bash
# Builds the app (release profile, as shipped) and serves it on http://127.0.0.1:8080,
# rebuilding on changes. Run through `make serve`, which installs what is missing first.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cd "$ROOT"
say "serving Parallax on http://127.0.0.1:8080 (Ctrl-C stops)"
exec trunk serve --release
