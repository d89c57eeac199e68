#!/usr/bin/env bash
# The dependency check of DEPENDENCIES.md, offline: every crate in Cargo.lock (all features,
# every target, dev-dependencies included) and in fuzz/Cargo.lock must
#
#   - have a licence whose SPDX expression is satisfied by the allow-list below
#     (`A OR B`: either side; `A AND B`: both; `MIT/Apache-2.0` is read as `MIT OR Apache-2.0`);
#   - come from crates.io (no git or other registry), or be staycalc's own crates;
#   - and the wasm build must resolve to one wasm-bindgen version (the one wasm-bindgen-cli
#     matches).
#
#   scripts/check-licences.sh        (make test-deps; part of make test)
#
# Reads `cargo metadata --format-version 1 --locked`: no advisory database or other service,
# and it fails if a Cargo.lock is stale.
set -euo pipefail

export PATH="$HOME/.cargo/bin:$PATH"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

ALLOWED="MIT Apache-2.0 Apache-2.0-WITH-LLVM-exception BSD-2-Clause BSD-3-Clause ISC Zlib \
Unicode-3.0 Unicode-DFS-2016 BSL-1.0 CC0-1.0 Unlicense NCSA"

# Offline when every crate is already downloaded; else cargo fetches the missing ones from
# crates.io, as a build would (the check itself needs no other service).
metadata() {
    local args=(--format-version 1 --locked --all-features --manifest-path "$1")
    cargo metadata "${args[@]}" --offline 2>/dev/null || cargo metadata "${args[@]}"
}

check() {
    local manifest="$1"
    metadata "$manifest" | ALLOWED="$ALLOWED" MANIFEST="$manifest" python3 -c '
import json, os, re, sys

allowed = set(os.environ["ALLOWED"].split())
meta = json.load(sys.stdin)
members = set(meta["workspace_members"])
problems = []


def tokens(expression):
    expression = expression.replace("/", " OR ")
    expression = re.sub(r"\s+WITH\s+", "-WITH-", expression)
    return re.findall(r"\(|\)|[^\s()]+", expression)


def satisfied(expression):
    """Whether the allow-list satisfies an SPDX expression (AND binds tighter than OR)."""
    items = tokens(expression)
    position = 0

    def primary():
        nonlocal position
        token = items[position]
        position += 1
        if token == "(":
            value = either()
            position += 1  # the closing parenthesis
            return value
        return token in allowed

    def both():
        nonlocal position
        value = primary()
        while position < len(items) and items[position] == "AND":
            position += 1
            value = primary() and value
        return value

    def either():
        nonlocal position
        value = both()
        while position < len(items) and items[position] == "OR":
            position += 1
            value = both() or value
        return value

    try:
        return either() and position == len(items)
    except IndexError:
        return False


for package in meta["packages"]:
    name = "{} {}".format(package["name"], package["version"])
    own = package["id"] in members or package["source"] is None
    source = package["source"] or ""
    if not own and not source.startswith("registry+https://github.com/rust-lang/crates.io-index"):
        problems.append("{}: from {}, not crates.io".format(name, source))
    licence = package.get("license")
    if not licence:
        problems.append("{}: no licence field (license-file: {})".format(name, package.get("license_file")))
    elif not satisfied(licence):
        problems.append("{}: licence {!r} is not in the allow-list".format(name, licence))

versions = {p["version"] for p in meta["packages"] if p["name"] == "wasm-bindgen"}
if len(versions) > 1:
    problems.append("wasm-bindgen resolves to {} versions: {}".format(len(versions), sorted(versions)))

label = os.environ["MANIFEST"]
if problems:
    for problem in problems:
        print("check-licences: {}: {}".format(label, problem), file=sys.stderr)
    sys.exit(1)
print("check-licences: {}: {} crates, every licence allowed, all from crates.io".format(
    label, len(meta["packages"])))
'
}

check Cargo.toml
if [[ -f fuzz/Cargo.lock ]]; then
    check fuzz/Cargo.toml
fi
