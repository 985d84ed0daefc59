# Two commands set up a fresh Debian machine and do their job (see README.md):
#   make run    build the release app and serve it on http://127.0.0.1:8080
#   make test   every test: pure core (native), storage in the browser (wasm), end to end
# Each installs what is missing first: Chromium and chromedriver (apt), Node.js and npm (apt),
# pdftotext to read back the printed decision memo (apt, poppler-utils),
# the fonts of the app's font stack that Debian has (Inter, and Liberation Sans for Arial: apt),
# the wasm32 target (rustup), Trunk and wasm-bindgen-cli (cargo), wasm-opt (npm, tools/).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
CARGO_DENY_VERSION := 0.20.2
# Splits the release wasm per part of the app (tools/finish-build.sh). Not --locked, as its
# own lock file is not what was measured to work; the version is pinned.
WASM_SPLIT_VERSION := 0.2.3
# wasm-bindgen-cli must match the wasm-bindgen the app links: read it from Cargo.lock.
WASM_BINDGEN_VERSION = $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/"/, "", $$3); print $$3 }' Cargo.lock)

CARGO_HOME ?= $(HOME)/.cargo
export PATH := $(CURDIR)/tools/node_modules/.bin:$(CARGO_HOME)/bin:$(PATH)
# Trunk must never reach the network: every tool it needs is on PATH.
export TRUNK_OFFLINE := true
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: help run example screenshots test dist bench setup lint test-core test-wasm test-e2e clean \
	setup-apt setup-rust setup-trunk setup-wasm-bindgen setup-wasm-split setup-npm setup-deny setup-bench deny

help:
	@echo "make run    build the release app and serve it on http://127.0.0.1:8080"
	@echo "make test   lint, then every test (core, wasm in Chromium, end to end)"
	@echo "make dist   release build into dist/"
	@echo "make example  the example host page on http://localhost:9090/ framing the app"
	@echo "make screenshots  every page at 375 and 1280 px, light and dark, into target/screenshots/"
	@echo "make bench  what each route loads before it is interactive, against its budget; timings; Lighthouse"

setup: setup-apt setup-rust setup-trunk setup-wasm-bindgen setup-wasm-split setup-npm setup-deny

setup-apt:
	@missing=""; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	command -v chromedriver >/dev/null || missing="$$missing chromium-driver"; \
	command -v npm >/dev/null || missing="$$missing nodejs npm"; \
	command -v cc >/dev/null || missing="$$missing build-essential"; \
	command -v pdftotext >/dev/null || missing="$$missing poppler-utils"; \
	fc-list 2>/dev/null | grep -q "/Inter" || missing="$$missing fonts-inter"; \
	fc-list 2>/dev/null | grep -q "LiberationSans" || missing="$$missing fonts-liberation2"; \
	if [ -n "$$missing" ]; then \
		echo "Installing from apt:$$missing"; \
		$(SUDO) apt-get update -qq; \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi

setup-rust:
	@command -v rustup >/dev/null || { echo "rustup is missing: install Rust with rustup first"; exit 1; }
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown

setup-trunk:
	@[ "$$(trunk --version 2>/dev/null)" = "trunk $(TRUNK_VERSION)" ] || \
		cargo install trunk --version $(TRUNK_VERSION) --locked

# Not --locked: its lock file names a webpki-roots release the registry does not serve.
setup-wasm-bindgen:
	@[ -n "$(WASM_BINDGEN_VERSION)" ] || { echo "no wasm-bindgen in Cargo.lock"; exit 1; }
	@[ "$$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $(WASM_BINDGEN_VERSION)" ] || \
		cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION) --force

# The installed binary has no --version: a stamp file beside it records which one it is.
setup-wasm-split:
	@[ -x "$(CARGO_HOME)/bin/wasm-split-cli" ] && \
		[ "$$(cat "$(CARGO_HOME)/bin/.wasm-split-cli.version" 2>/dev/null)" = "$(WASM_SPLIT_VERSION)" ] || { \
		cargo install wasm_split_cli_support --version $(WASM_SPLIT_VERSION) --features build-binary --force && \
		echo "$(WASM_SPLIT_VERSION)" >"$(CARGO_HOME)/bin/.wasm-split-cli.version"; }

setup-deny:
	@[ "$$(cargo deny --version 2>/dev/null)" = "cargo-deny $(CARGO_DENY_VERSION)" ] || \
		cargo install cargo-deny --version $(CARGO_DENY_VERSION) --locked

# wasm-opt from npm's binaryen 132 (Debian's binaryen 108 produces a wasm that fails to start),
# terser, which minifies the release build's JavaScript, and axe-core, which the end-to-end tests
# inject to check accessibility.
setup-npm:
	@[ -x tools/node_modules/.bin/wasm-opt ] && [ -x tools/node_modules/.bin/terser ] && \
		[ -f tools/node_modules/axe-core/axe.min.js ] || \
		npm ci --prefix tools --no-audit --no-fund

dist: setup
	trunk build --release --public-url ./

run: dist
	cargo run --example serve -- dist 8080

# The example consultancy page (embed/index.html) on another site, localhost:9090, framing the
# app served on 127.0.0.1:8080.
example: dist
	cargo build --example serve
	cargo run --example serve -- dist 8080 & trap 'kill $$!' EXIT; \
		cargo run --example serve -- embed 9090

# Full-page PNGs of every page (and of the example host page framing the app) at 375 and 1280 px
# wide, light and dark, into target/screenshots/: tools/screenshots.rs.
screenshots: dist
	cargo run --locked --example screenshots

lint: setup-rust
	cargo fmt --all -- --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --test storage_browser --locked -- -D warnings

# Licences, banned or duplicate crates, and sources (crates.io only): see deny.toml. Advisories
# are left out: their database is a download the build machines cannot make.
deny: setup-deny
	cargo fetch --locked
	cargo deny --offline check bans licenses sources

test-core:
	cargo test --locked --lib --bins --test stored_documents --test outside_input --test architecture

test-wasm: setup
	cargo test --locked --target wasm32-unknown-unknown --test storage_browser

test-e2e: dist
	cargo test --locked --test e2e --test assessment --test calculator --test workspace --test embed --test offline --test parts --test two_tabs --test design -- --test-threads=2

test: setup lint deny test-core test-wasm test-e2e

# Lighthouse, for `make bench` only (tools/bench).
setup-bench: setup
	@[ -f tools/bench/node_modules/lighthouse/cli/index.js ] || \
		npm ci --prefix tools/bench --no-audit --no-fund

bench: dist setup-bench
	cargo bench --locked --bench core
	cargo bench --locked --bench load

clean:
	cargo clean
	rm -rf dist
