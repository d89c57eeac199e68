#!/usr/bin/env bash
# Build the traveller page's WebAssembly (feature `ui` with `split-langs`) into www/pkg/, split
# so that the first load holds only what the first answer needs: the Russian and Kazakh texts
# are fetched when that language is first wanted, the paste and file readers when first used,
# the rest of the page just after it has answered, and the widget's own code only by a widget
# (DESIGN.md "How big is the traveller page?"). Run by `make app`.
#
#   1. cargo builds the crate for wasm32 with the profile `wasm-app`, linked with
#      `--emit-relocs` and not stripped: wasm-split-cli reads the relocations and symbols.
#   2. wasm-split-cli (crate wasm_split_cli_support, installed by scripts/setup.sh wasm) moves
#      each function marked `wasm_split` (src/web/i18n/by_lang.rs, src/web/traveller/readers.rs,
#      src/web/traveller/ui/later.rs, src/web/widget/ui/mod.rs), with all that only it reaches,
#      into a module of its own (split_ru.wasm, split_kk.wasm, split_readers.wasm,
#      split_later.wasm, split_widget.wasm, and chunk_N.wasm for what several share), and writes
#      __wasm_split.js, which fetches and instantiates them.
#   3. wasm-bindgen (the CLI pinned to Cargo.lock's version) makes the main module's glue, as
#      wasm-pack did, dropping the function names and producers.
#   4. npm/strip-sections.mjs drops what nothing reads at run time from every module.
#
#   scripts/build-app.sh [OUT]    (default: www/pkg)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-www/pkg}"
target="$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')"
wasm="$target/wasm32-unknown-unknown/wasm-app/staycalc.wasm"
split="$target/wasm-split"

RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=--emit-relocs" CARGO_PROFILE_WASM_APP_STRIP=false \
    cargo build --quiet --lib --target wasm32-unknown-unknown --profile wasm-app \
    --no-default-features --features split-langs

rm -rf "$split"
mkdir -p "$split"
wasm-split-cli "$wasm" "$split" --target web --out-name staycalc

mkdir -p "$out"
rm -f "$out"/*.wasm "$out"/*.js
wasm-bindgen --target web --no-typescript --keep-lld-exports --remove-name-section \
    --remove-producers-section --out-dir "$out" --out-name staycalc "$split/staycalc.wasm"
cp "$split"/__wasm_split.js "$out"/
for chunk in "$split"/*.wasm; do
    [[ "$(basename "$chunk")" == staycalc.wasm ]] || cp "$chunk" "$out"/
done
node npm/strip-sections.mjs "$out"/*.wasm
