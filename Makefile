# The two commands in the README. Each installs whatever is missing first (scripts/setup.sh).
.PHONY: serve test setup bench-browser bench-check bench-baseline

## Build the app and serve it with the example on http://127.0.0.1:8080.
serve: setup
	scripts/serve.sh

## Run every check: fmt, clippy (native, all features, wasm32), native tests, browser tests,
## the release build and the end-to-end tests.
test: setup
	scripts/test.sh

## Install the tools (skipping what is present at the right version).
setup:
	scripts/setup.sh

## Measure the engine in headless Chromium (needs ../shared/data): see BENCHMARKS.md.
bench-browser: setup
	scripts/bench-browser.sh

## Native benchmarks per engine stage and of the recogniser, compared with bench/baseline.json:
## fails if any throughput fell by more than 20 %.
bench-check:
	cargo bench --bench stages --bench ner
	node bench/check.mjs

## The same benchmarks, recorded as the new baseline (commit bench/baseline.json).
bench-baseline:
	cargo bench --bench stages --bench ner
	node bench/check.mjs --record
