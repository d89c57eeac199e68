#!/usr/bin/env bash
# Build the npm package `staycalc` into pkg/ from a clean directory:
#
#   1. wasm-pack, target `web` (an ES module whose default export `init` loads the .wasm beside
#      it by URL: browsers without a bundler, and bundlers that understand
#      `new URL(..., import.meta.url)`), with the size-tuned profile `wasm-release` and the
#      `wasm` feature only. No wasm-opt: Debian's breaks the output, and `strip = true` in the
#      profile comes within about 1% of `wasm-opt -Oz` gzipped (see shared/TOOLCHAIN.md).
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
wasm-pack --quiet build . --target web --profile wasm-release --no-opt \
    --out-dir pkg --out-name staycalc --features wasm
cp npm/node.js npm/README.md pkg/
node npm/package.mjs pkg/package.json

wasm=pkg/staycalc_bg.wasm
printf 'pkg: %s is %d bytes, %d gzipped\n' "$wasm" "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
