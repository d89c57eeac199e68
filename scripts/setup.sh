#!/usr/bin/env bash
# Install what the build needs, skipping whatever is already there.
#
#   scripts/setup.sh [rust] [wasm] [browser] [npm] [fuzz] [deny] [all]    (default: rust)
#
#   rust     check cargo, rustfmt and clippy (installs nothing)
#   wasm     rustup target wasm32-unknown-unknown, wasm-pack, the
#            wasm-bindgen-cli whose version equals wasm-bindgen in Cargo.lock, and
#            wasm-split-cli (crate wasm_split_cli_support), which splits the traveller page's
#            wasm (scripts/build-app.sh), and npm's binaryen in scripts/binaryen (wasm-opt for
#            scripts/build-pkg.sh)
#   browser  Debian chromium + chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)
#   npm      npm ci / npm install in each of $NPM_DIRS (default: "tests/js tests/e2e")
#            that has a package.json and a missing or stale node_modules
#   fuzz     cargo-fuzz (cargo install, ~1-2 min); the fuzz targets run on the stable
#            toolchain with RUSTC_BOOTSTRAP=1 (scripts/fuzz.sh)
#   deny     cargo-deny (cargo install --locked, ~6-12 min): make deny checks licences
#            and sources offline
#
# Safe to run repeatedly and concurrently with an identical install started
# elsewhere: it waits for a running `cargo install <crate>` / apt-get / dpkg
# before deciding whether it still has work to do.
set -euo pipefail

export PATH="$HOME/.cargo/bin:$PATH"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: ERROR: %s\n' "$*" >&2; exit 1; }
have() { command -v "$1" >/dev/null 2>&1; }

# True while some other process's command line contains all the given words
# (in order). Reads /proc directly so it needs neither pgrep nor ps.
running() {
    local pattern="$*" f cmd
    for f in /proc/[0-9]*/cmdline; do
        [[ "${f#/proc/}" == "$$/cmdline" ]] && continue
        cmd="$(tr '\0' ' ' 2>/dev/null <"$f")" || continue
        [[ "$cmd" == *"$pattern"* ]] && return 0
    done
    return 1
}

# wait_for LABEL PATTERN...: block (max 30 min) while a process matching any PATTERN runs.
wait_for() {
    local label="$1" p busy waited=0
    shift
    while :; do
        busy=
        for p in "$@"; do running "$p" && busy=1 && break; done
        [[ -z "$busy" ]] && break
        ((waited == 0)) && log "waiting for a running $label to finish"
        ((waited >= 1800)) && die "gave up after ${waited}s waiting for $label"
        sleep 5
        waited=$((waited + 5))
    done
}

# ---------------------------------------------------------------- rust
setup_rust() {
    have cargo || die "cargo not found (expected the machine's rustup toolchain in ~/.cargo/bin)"
    cargo fmt --version >/dev/null 2>&1 || die "rustfmt missing (rustup component add rustfmt)"
    cargo clippy --version >/dev/null 2>&1 || die "clippy missing (rustup component add clippy)"
    log "$(cargo --version | cut -d' ' -f1-2), rustfmt and clippy present"
}

# ---------------------------------------------------------------- wasm
# Version of the wasm-bindgen crate recorded in Cargo.lock, or nothing.
locked_wasm_bindgen() {
    [[ -f Cargo.lock ]] || return 0
    awk '
        /^\[\[package\]\]/ { in_wb = 0 }
        /^name = "wasm-bindgen"$/ { in_wb = 1 }
        in_wb && /^version = / { gsub(/"/, "", $3); print $3; exit }
    ' Cargo.lock
}

# Version printed by the wasm-bindgen on PATH ("wasm-bindgen 0.2.130" -> 0.2.130), or nothing.
bindgen_version() {
    have wasm-bindgen || return 0
    wasm-bindgen --version 2>/dev/null | awk '{print $2; exit}' || true
}

setup_wasm() {
    have cargo || die "cargo not found"

    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
        log "rust target wasm32-unknown-unknown already installed"
    else
        log "adding rust target wasm32-unknown-unknown"
        rustup target add wasm32-unknown-unknown
    fi

    if ! have wasm-pack; then
        wait_for "cargo install wasm-pack" "cargo install wasm-pack"
    fi
    if have wasm-pack; then
        log "$(wasm-pack --version) already installed"
    else
        # The npm `wasm-pack` package downloads from GitHub, which is unreachable here.
        log "installing wasm-pack (cargo install --locked, ~4 min)"
        cargo install wasm-pack --locked
        log "$(wasm-pack --version) installed"
    fi

    # wasm-split-cli: the version scripts/build-app.sh was written against (--locked works).
    local split_version=0.2.4
    if ! cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
        wait_for "cargo install wasm_split_cli_support" "cargo install wasm_split_cli_support"
    fi
    if cargo install --list | grep -qx "wasm_split_cli_support v$split_version:"; then
        log "wasm-split-cli $split_version already installed"
    else
        log "installing wasm-split-cli $split_version (cargo install --locked, ~3 min)"
        cargo install wasm_split_cli_support --version "$split_version" --features build-binary --locked
        log "wasm-split-cli $split_version installed"
    fi

    # Binaryen's wasm-opt from npm (scripts/binaryen), for the npm package's size-tuned
    # modules (scripts/build-pkg.sh); Debian's binaryen 108 breaks wasm-bindgen's output.
    NPM_DIRS=scripts/binaryen setup_npm

    local want have_v
    want="$(locked_wasm_bindgen)"
    if [[ -z "$want" ]]; then
        log "wasm-bindgen-cli skipped: no wasm-bindgen entry in Cargo.lock yet"
        return 0
    fi
    have_v="$(bindgen_version)"
    if [[ "$have_v" != "$want" ]]; then
        wait_for "cargo install wasm-bindgen-cli" "cargo install wasm-bindgen-cli"
        have_v="$(bindgen_version)"
    fi
    if [[ "$have_v" == "$want" ]]; then
        log "wasm-bindgen $want already installed (matches Cargo.lock)"
    else
        # Must NOT be --locked: a locked dependency of wasm-bindgen-cli is missing from the registry.
        log "installing wasm-bindgen-cli $want (found: ${have_v:-none}; cargo install, ~5 min)"
        cargo install wasm-bindgen-cli --version "$want"
        have_v="$(bindgen_version)"
        [[ "$have_v" == "$want" ]] || die "wasm-bindgen --version prints '${have_v:-nothing}', expected $want (is another wasm-bindgen earlier on PATH?)"
        log "wasm-bindgen $want installed"
    fi
}

# ---------------------------------------------------------------- browser
browser_present() { [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]; }

setup_browser() {
    if ! browser_present; then
        wait_for "apt-get/dpkg" "apt-get " "apt " "/usr/bin/dpkg " "dpkg --"
    fi
    if browser_present; then
        log "chromium + chromedriver already installed ($(/usr/bin/chromedriver --version 2>/dev/null | awk '{print $2; exit}'))"
        return 0
    fi
    local sudo=()
    if [[ "$(id -u)" -ne 0 ]]; then
        have sudo || die "not root and sudo not found: cannot apt-get install chromium"
        sudo=(sudo)
    fi
    local apt=("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600)
    log "installing Debian chromium + chromium-driver (apt-get, ~1 min)"
    "${apt[@]}" update -qq
    "${apt[@]}" install -y -qq chromium chromium-driver
    browser_present || die "apt-get finished but /usr/bin/chromium or /usr/bin/chromedriver is missing"
    log "chromium + chromedriver installed ($(/usr/bin/chromedriver --version 2>/dev/null | awk '{print $2; exit}'))"
}

# ---------------------------------------------------------------- npm
setup_npm() {
    local dirs="${NPM_DIRS:-tests/js tests/e2e}" dir nm stale
    for dir in $dirs; do
        if [[ ! -f "$dir/package.json" ]]; then
            log "npm: $dir skipped (no package.json)"
            continue
        fi
        have npm || die "npm not found (needed for $dir)"
        nm="$dir/node_modules"
        stale=
        # npm writes node_modules/.package-lock.json on every install: a directory without
        # it (emptied, or left by an interrupted install) is installed again.
        if [[ ! -d "$nm" || ! -f "$nm/.package-lock.json" ]]; then
            stale=1
        elif [[ "$dir/package.json" -nt "$nm" ]]; then
            stale=1
        elif [[ -f "$dir/package-lock.json" && "$dir/package-lock.json" -nt "$nm" ]]; then
            stale=1
        fi
        if [[ -z "$stale" ]]; then
            log "npm: $dir up to date"
            continue
        fi
        if [[ -f "$dir/package-lock.json" ]]; then
            log "npm: npm ci in $dir"
            (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
        else
            log "npm: npm install in $dir (no package-lock.json)"
            (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
        fi
        # npm does not always bump the directory's mtime; mark it newer than the
        # manifests (including a package-lock.json that npm install just wrote).
        mkdir -p "$nm"
        touch "$nm"
    done
}

# ---------------------------------------------------------------- fuzz
setup_fuzz() {
    have cargo || die "cargo not found"
    if ! have cargo-fuzz; then
        wait_for "cargo install cargo-fuzz" "cargo install cargo-fuzz"
    fi
    if have cargo-fuzz; then
        log "$(cargo-fuzz --version) already installed"
        return 0
    fi
    log "installing cargo-fuzz (cargo install --locked, ~1-2 min)"
    cargo install cargo-fuzz --locked || cargo install cargo-fuzz
    log "$(cargo-fuzz --version) installed"
}

# ---------------------------------------------------------------- deny
setup_deny() {
    have cargo || die "cargo not found"
    if ! have cargo-deny; then
        wait_for "cargo install cargo-deny" "cargo install cargo-deny"
    fi
    if have cargo-deny; then
        log "$(cargo-deny --version) already installed"
        return 0
    fi
    log "installing cargo-deny (cargo install --locked, ~6-12 min)"
    cargo install cargo-deny --locked
    log "$(cargo-deny --version) installed"
}

# ---------------------------------------------------------------- main
parts=("$@")
((${#parts[@]})) || parts=(rust)
for part in "${parts[@]}"; do
    case "$part" in
        rust | wasm | browser | npm | fuzz | deny) ;;
        all) ;;
        -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) die "unknown part '$part' (expected: rust wasm browser npm fuzz deny all)" ;;
    esac
done
for part in "${parts[@]}"; do
    if [[ "$part" == all ]]; then
        setup_rust; setup_wasm; setup_browser; setup_npm; setup_fuzz; setup_deny
    else
        "setup_$part"
    fi
done
