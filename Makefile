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
CLIPPY := $(CARGO) clippy --all-targets -- -D warnings

SETUP_PARTS := rust wasm browser npm
TEST_TARGETS := test-rust

.PHONY: setup $(addprefix setup-,$(SETUP_PARTS)) test $(TEST_TARGETS) \
	serve serve-cli bench fmt clippy clean

setup: setup-rust

$(addprefix setup-,$(SETUP_PARTS)): setup-%:
	$(SETUP) $*

test: $(TEST_TARGETS)

test-rust: setup-rust
	$(CARGO) fmt --check
	$(CLIPPY)
	$(CARGO) test

serve: serve-cli

serve-cli: setup-rust
	$(CARGO) build --release
	$(CLI) check --rule $(RULE) --on $(TODAY) $(STAYS)
	$(CLI) check --rule $(RULE) --on $(TODAY) $(STAYS) --format json

bench: setup-rust
	$(CARGO) bench --bench engine

fmt:
	$(CARGO) fmt

clippy:
	$(CLIPPY)

clean:
	$(CARGO) clean
	rm -rf pkg
