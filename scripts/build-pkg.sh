#!/usr/bin/env bash
# Build the npm package `staycalc` into pkg/ from a clean directory:
#
#   1. wasm-pack, target `web` (an ES module whose default export `init` loads the .wasm beside
#      it by URL: browsers without a bundler, and bundlers that understand
#      `new URL(..., import.meta.url)`), with the profile `wasm-pkg` (stripped, LTO, abort on
#      panic, opt-level 3 for `report`'s speed: see Cargo.toml) and the `wasm` feature only.
#      No wasm-opt: Debian's breaks the output (shared/TOOLCHAIN.md), and npm's binaryen
#      (-O3 on an opt-level "s" build) made it 4% larger gzipped for a tenth of `report`'s time.
#   2. npm/node.js, the entry Node resolves through `exports`: it loads the .wasm synchronously.
#   3. npm/README.md, the README npm shows, in place of the crate's.
#   4. npm/package.mjs completes package.json (`exports`, `types`, `files`).
#
#   scripts/build-pkg.sh        (make pkg)
set -euo pipefail

export PATH="$HOME/.cargo/bin:$PATH"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

rm -rf pkg
wasm-pack --quiet build . --target web --profile wasm-pkg --no-opt \
    --out-dir pkg --out-name staycalc --features wasm
cp npm/node.js npm/README.md pkg/
node npm/package.mjs pkg/package.json

wasm=pkg/staycalc_bg.wasm
printf 'pkg: %s is %d bytes, %d gzipped\n' "$wasm" "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
