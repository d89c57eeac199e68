SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := test
.DELETE_ON_ERROR:
MAKEFLAGS += --no-builtin-rules

export PATH := $(HOME)/.cargo/bin:$(PATH)

CARGO ?= cargo
SETUP := scripts/setup.sh
PORT ?= 8080
RULE ?= schengen
TODAY ?= $(shell date +%F)
STAYS ?= examples/stays.csv
CLI := ./target/release/staycalc
# The team file of 1,000,000 rows (100,000 people x 10 stays) of bench-report and bench-js.
TEAM_1M := target/team-1m.csv
CLIPPY := $(CARGO) clippy --all-targets -- -D warnings
# tests/wasm.rs under wasm-bindgen's runner in Node, or in headless Chromium with
# WASM_BINDGEN_USE_BROWSER=1: what `wasm-pack test --node` / `--headless --chrome` run, but
# building only that test for wasm32 (wasm-pack builds every test target, and the property
# tests' proptest does not build for wasm32). Both modules' exports (features `wasm` and
# `wasm-report`) in one test module; clippy also checks each feature alone, as pkg/ builds them
# (without the default feature `catalogue-translations`).
WASM_TEST := CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	$(CARGO) test --target wasm32-unknown-unknown --features wasm,wasm-report --test wasm
WASM_CLIPPY := for features in wasm wasm-report wasm,wasm-report wasm-trips wasm-documents; do \
	$(CARGO) clippy --target wasm32-unknown-unknown --no-default-features --features $$features \
	--lib --test wasm \
	-- -D warnings; done

# The web app (feature `ui`, with `split-langs`) into www/pkg/: built, split so that the
# Russian and Kazakh texts are chunks fetched when wanted, and bound by scripts/build-app.sh.
# No wasm-opt (Debian's breaks the app; shared/TOOLCHAIN.md).
APP_BUILD := scripts/build-app.sh
# The team page's bundle (feature `team`: the app with its team view) into www/team-pkg/, so the
# traveller page and the widget do not load the team view's code.
TEAM_BUILD := wasm-pack --quiet build . --target web --profile wasm-team --no-opt --no-typescript \
	--no-pack --out-dir www/team-pkg --features team
UI_CLIPPY := $(CARGO) clippy --target wasm32-unknown-unknown --features ui --lib -- -D warnings
TEAM_CLIPPY := $(CARGO) clippy --target wasm32-unknown-unknown --features team --lib -- -D warnings
# The traveller page as `make app` builds it (its languages in chunks of their own).
SPLIT_CLIPPY := $(CARGO) clippy --target wasm32-unknown-unknown --no-default-features \
	--features split-langs --lib -- -D warnings

# The fuzz targets in fuzz/ (cargo fuzz, libFuzzer, on stable with RUSTC_BOOTSTRAP=1):
# `make fuzz FUZZ_SECONDS=600` runs each for that long (scripts/fuzz.sh documents the rest).
FUZZ_SECONDS ?= 60

SETUP_PARTS := rust wasm browser npm fuzz deny
TEST_TARGETS := test-rust deny test-fuzz test-wasm test-js test-e2e

.PHONY: setup $(addprefix setup-,$(SETUP_PARTS)) test $(TEST_TARGETS) \
	serve serve-cli bench bench-report bench-report-zones bench-check fmt clippy clean pkg bench-js bench-app app fuzz test-fuzz \
	widget-size

setup: setup-rust

$(addprefix setup-,$(SETUP_PARTS)): setup-%:
	$(SETUP) $*

test: $(TEST_TARGETS)

test-rust: setup-rust
	$(CARGO) fmt --check
	$(CLIPPY)
	$(CARGO) test

# The JavaScript API: the wasm-bindgen tests, in Node and in headless Chromium.
test-wasm: setup-wasm setup-browser
	$(WASM_CLIPPY)
	$(WASM_TEST)
	WASM_BINDGEN_USE_BROWSER=1 $(WASM_TEST)

# The built npm package: node --test (API, errors, agreement with the command line's JSON,
# tsc --strict, the README's examples, Chromium without a bundler, and an app bundled by
# webpack 5 and by Vite run in Chromium: tests/js/bundlers).
test-js: pkg setup-browser
	NPM_DIRS="tests/js tests/js/bundlers" $(SETUP) npm
	$(CARGO) build --release --bin staycalc --example gen_team
	node --test tests/js/

# The npm package `staycalc` in pkg/, built from scratch.
pkg: setup-wasm
	scripts/build-pkg.sh

# evaluate per call in Node, 100,000 people x 10 stays in Node against native, and report on
# the 1,000,000-row team file in Node against `staycalc report` (tests/js/bench.mjs).
bench-js: pkg $(TEAM_1M)
	$(CARGO) build --release --example batch --bin staycalc
	node tests/js/bench.mjs

# The web app and the widget in headless Chromium (tests/e2e: playwright-core driving
# /usr/bin/chromium); the widget's answer is compared with the command line's JSON. No time
# or size bounds here: those are bench-app's.
test-e2e: app setup-browser
	$(UI_CLIPPY)
	$(TEAM_CLIPPY)
	$(SPLIT_CLIPPY)
	NPM_DIRS=tests/e2e $(SETUP) npm
	$(CARGO) build --release --bin staycalc --example gen_team
	cd tests/e2e && node --test --test-concurrency=1

# The app's size and speed, each against a baseline measured in the same run (tests/e2e/bench,
# not collected by node --test): the traveller page's transfer size, first answer and an edit
# with 200 stays; the team page on 1,000,000 rows against `staycalc report`, and its sorting,
# filtering and searching. Prints tables, targets as PASS or OVER; fails only on a broken run.
bench-app: app setup-browser $(TEAM_1M)
	NPM_DIRS=tests/e2e $(SETUP) npm
	$(CARGO) build --release --bin staycalc --example gen_team
	cd tests/e2e && node bench/traveller.bench.js
	cd tests/e2e && node bench/team.bench.js

# The web app, built into www/pkg/, and its team page's bundle into www/team-pkg/; then the list
# of files the service worker keeps offline, named by their hash (www/pkg/precache.js).
app: setup-wasm
	$(APP_BUILD)
	$(TEAM_BUILD)
	python3 scripts/precache.py

# What the widget (www/widget/) adds to the app it shares pkg/ and style.css with, gzipped.
widget-size: app
	@for file in www/widget/stay-calculator.js www/widget/stay-calculator.css www/widget/embed.js \
	  www/widget/embed.css www/style.css www/pkg/staycalc.js www/pkg/staycalc_bg.wasm; do \
	  printf '%8d bytes gzipped  %s\n' "$$(gzip -9 -c $$file | wc -c)" "$$file"; \
	done

# The web app on http://127.0.0.1:$(PORT)/ (PORT=9000 make serve for another port), sent with the
# headers of www/_headers (its Content-Security-Policy) as a static host would send them.
serve: app
	exec python3 scripts/serve.py $(PORT)

serve-cli: setup-rust
	$(CARGO) build --release
	$(CLI) check --rule $(RULE) --on $(TODAY) $(STAYS)
	$(CLI) check --rule $(RULE) --on $(TODAY) $(STAYS) --format json

bench: setup-rust
	$(CARGO) bench --bench engine
	$(CARGO) bench --bench zones

# `staycalc report` on 1,000,000 rows (100,000 people x 10 stays, each person's rows spread
# over the file), timed with peak memory by /usr/bin/time -v, in each output format.
$(TEAM_1M): examples/gen_team.rs
	$(CARGO) run --quiet --release --example gen_team -- $@

bench-report: setup-rust $(TEAM_1M)
	$(CARGO) build --quiet --release --bin staycalc
	for format in csv json text; do \
	  echo "staycalc report --format $$format $(TEAM_1M):"; \
	  /usr/bin/time -v $(CLI) report --on 2026-01-15 --rule schengen --format $$format \
	    $(TEAM_1M) 2>&1 >/dev/null | grep -E 'staycalc:|User time|System time|Elapsed|Maximum resident'; \
	done

# `staycalc report` by zone on 1,000,000 rows with a country on each and a nationality per
# person (gen_team --countries: the same people and dates as $(TEAM_1M)), against the same
# run's baseline: $(TEAM_1M) by rule (one line per person where by zone there is one per
# person and zone, about 3.7 a person).
TEAM_1M_ZONES := target/team-1m-zones.csv
$(TEAM_1M_ZONES): examples/gen_team.rs
	$(CARGO) run --quiet --release --example gen_team -- $@ 100000 10 --countries

bench-report-zones: setup-rust $(TEAM_1M) $(TEAM_1M_ZONES)
	$(CARGO) build --quiet --release --bin staycalc
	for format in csv text; do \
	  /usr/bin/time -f "baseline, by rule, --format $$format: %es (%Us user) %MKB" $(CLI) report \
	    --on 2026-01-15 --rule schengen --format $$format $(TEAM_1M) 2>&1 >/dev/null | tail -1; \
	  /usr/bin/time -f "by zone, --format $$format: %es (%Us user) %MKB" $(CLI) report \
	    --on 2026-01-15 --format $$format $(TEAM_1M_ZONES) 2>&1 >/dev/null | tail -2; \
	done

# `staycalc check` on 1,000,000 rows, timed with peak memory: bad rows (each an unreadable date)
# against good ones (one-day stays from 1950) as the same run's baseline. The stays reader keeps
# the first 1,000 problems and counts the rest, so bad rows cost far less than good ones.
CHECK_1M_BAD := target/check-1m-bad.csv
CHECK_1M_GOOD := target/check-1m-good.csv
$(CHECK_1M_BAD):
	python3 -c 'print("entry,exit"); [print(f"2025-01-{32 + i % 60},2025-01-02") for i in range(10**6)]' >$@
$(CHECK_1M_GOOD):
	python3 -c 'import datetime as d; print("entry,exit"); \
	  [print(f"{day},{day}") for i in range(10**6) for day in [d.date(1950, 1, 1) + d.timedelta(i * 3 // 40)]]' >$@

bench-check: setup-rust $(CHECK_1M_BAD) $(CHECK_1M_GOOD)
	$(CARGO) build --quiet --release --bin staycalc
	for file in $(CHECK_1M_GOOD) $(CHECK_1M_BAD); do \
	  /usr/bin/time -f "staycalc check $$file: %es %MKB" $(CLI) check --rule schengen \
	    --on 2180-01-01 $$file 2>&1 >/dev/null | tail -1 || [ $$? -eq 2 ]; \
	done

# Licences, sources and one wasm-bindgen, for every crate of Cargo.lock and fuzz/Cargo.lock,
# by deny.toml (DEPENDENCIES.md). No advisory database is fetched (GitHub is out of reach):
# only crates.io is needed, for crates not yet downloaded.
deny: setup-deny
	for manifest in Cargo.toml fuzz/Cargo.toml; do \
	  $(CARGO) deny --manifest-path $$manifest --config deny.toml check licenses bans sources; \
	done

# Each fuzz target for FUZZ_SECONDS, from the kept corpus fuzz/corpus/TARGET/.
fuzz: setup-fuzz
	scripts/fuzz.sh run $(FUZZ_SECONDS)

# Each fuzz target for 20 s from its kept corpus (about 6 minutes on a fresh machine, with
# the cargo-fuzz install and a cold build).
test-fuzz: setup-fuzz
	scripts/fuzz.sh run 20

fmt:
	$(CARGO) fmt

clippy:
	$(CLIPPY)

clean:
	$(CARGO) clean
	rm -rf pkg www/pkg www/team-pkg
