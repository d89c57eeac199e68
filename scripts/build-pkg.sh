#!/usr/bin/env bash
# Build the npm package `staycalc` into pkg/ from a clean directory. It holds two WebAssembly
# modules, so that a page that needs one traveller's answers loads only the small one:
#
#   1. `staycalc` (feature `wasm`: evaluate, planCheck, timeline, earliestEntry, rules, version,
#      isStaycalcError, Traveller) into pkg/, with the profile `wasm-pkg` (opt-level "z", stripped, LTO,
#      abort on panic: see Cargo.toml).
#      Both modules without the default feature `catalogue-translations`: `rules()` answers
#      in English, and the rules' Russian and Kazakh texts are about 60 KB (Cargo.toml).
#   2. `staycalc/report` (feature `wasm-report`: report, evaluateMany, and Traveller again,
#      built for speed) into pkg/report/, with the profile
#      `wasm-pkg-report` (the same at opt-level 3, so that `report` on a large team file stays
#      within 2x of the native command line: tests/js/bench.mjs).
#   2b. `staycalc/trips` (feature `wasm-trips`: evaluateTrips, a travel log across countries)
#      into pkg/trips/, with the profile `wasm-pkg` (size-tuned, like the main module): the
#      country table would take the main module over its budget.
#   2c. `staycalc/documents` (feature `wasm-documents`: evaluateDocuments, stays with a passport,
#      visas, permits and events) into pkg/documents/, with the profile `wasm-pkg`: the
#      documents' checks and holiday tables took the main module from 59.9 to 70.3 KB gzipped.
#   2d. npm/strip-sections.mjs drops the custom sections nothing reads at run time (function
#      names, producers, target features) from the four .wasm files: 330 bytes gzipped of the
#      main module.
#   2g. Binaryen's wasm-opt -Oz (npm, scripts/binaryen) on the main and documents modules.
#   2e. npm/fast-evaluate.mjs puts npm/evaluate.js, `evaluate`'s reader of plain requests in
#      JavaScript, into the main module's glue in place of wasm-bindgen's `evaluate` (which it
#      still asks for anything else and for every error).
#   2f. npm/fast-traveller.mjs makes `Traveller`'s `daysUsed` and `daysRemaining`, in the glue
#      of the main module and of `staycalc/report`, answer a day number in one call into the
#      module (its private `travellerDays`, through npm/traveller.js, appended), and go on as
#      wasm-bindgen wrote them for anything else.
#   3. npm/node.js, npm/report-node.js (as pkg/report/node.js) and npm/trips-node.js (as
#      pkg/trips/node.js), the entries Node's `import` resolves
#      through `exports`: each loads its .wasm synchronously; and beside each a node.cjs, the
#      entry of Node's `require`, written from wasm-bindgen's glue by npm/commonjs.mjs (Node
#      before 20.19 cannot `require` an ES module).
#   4. npm/README.md, the README npm shows, in place of the crate's.
#   5. npm/package.mjs completes package.json (`exports` with the subpath `./report`, `types`,
#      `files`).
#   6. The sizes, and a failure when the main module is over its budget of 61,440 bytes
#      gzipped.
#
# Both modules by wasm-pack, target `web`: an ES module whose default export `init` loads the
# .wasm beside it by URL (browsers without a bundler, and bundlers that understand
# `new URL(..., import.meta.url)`: tests/js/bundlers). wasm-pack's own wasm-opt step is off
# (Debian's binaryen breaks the output: shared/TOOLCHAIN.md); npm's binaryen runs -Oz on the
# main and documents modules after 2d (2g above), not on `staycalc/report`: -O3 on an opt-level "s"
# build made that module 4% larger gzipped for a tenth of `report`'s time.
#
#   scripts/build-pkg.sh        (make pkg)
set -euo pipefail

export PATH="$HOME/.cargo/bin:$PATH"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

rm -rf pkg
wasm-pack --quiet build . --target web --profile wasm-pkg --no-opt \
    --out-dir pkg --out-name staycalc --no-default-features --features wasm
wasm-pack --quiet build . --target web --profile wasm-pkg-report --no-opt --no-pack \
    --no-gitignore --out-dir pkg/report --out-name staycalc_report --no-default-features \
    --features wasm-report
wasm-pack --quiet build . --target web --profile wasm-pkg --no-opt --no-pack \
    --no-gitignore --out-dir pkg/trips --out-name staycalc_trips --no-default-features \
    --features wasm-trips
wasm-pack --quiet build . --target web --profile wasm-pkg --no-opt --no-pack \
    --no-gitignore --out-dir pkg/documents --out-name staycalc_documents --no-default-features \
    --features wasm-documents
node npm/strip-sections.mjs pkg/staycalc_bg.wasm pkg/report/staycalc_report_bg.wasm \
    pkg/trips/staycalc_trips_bg.wasm pkg/documents/staycalc_documents_bg.wasm >/dev/null
# The main and documents modules through Binaryen's wasm-opt -Oz (npm's binaryen,
# scripts/binaryen): measured on this stop's build, gzipped, main 61,566 -> 60,463 B, documents
# 86,587 -> 85,083 B; not trips, which it made 8% smaller but 1% larger gzipped (97,918 ->
# 98,909 B). The features are those rustc's wasm32 target enables.
WASM_OPT=scripts/binaryen/node_modules/.bin/wasm-opt
[ -x "$WASM_OPT" ] || { echo "pkg: no $WASM_OPT: run scripts/setup.sh wasm" >&2; exit 1; }
for wasm in pkg/staycalc_bg.wasm pkg/documents/staycalc_documents_bg.wasm; do
    "$WASM_OPT" -Oz --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
        --enable-nontrapping-float-to-int --enable-multivalue --enable-reference-types \
        "$wasm" -o "$wasm"
done
node npm/fast-evaluate.mjs pkg/staycalc.js
node npm/fast-traveller.mjs pkg/staycalc.js
node npm/fast-traveller.mjs pkg/report/staycalc_report.js
cp npm/node.js npm/README.md pkg/
cp npm/report-node.js pkg/report/node.js
cp npm/trips-node.js pkg/trips/node.js
cp npm/documents-node.js pkg/documents/node.js
node npm/commonjs.mjs pkg/staycalc.js pkg/node.cjs staycalc_bg.wasm
node npm/commonjs.mjs pkg/report/staycalc_report.js pkg/report/node.cjs staycalc_report_bg.wasm
node npm/commonjs.mjs pkg/trips/staycalc_trips.js pkg/trips/node.cjs staycalc_trips_bg.wasm
node npm/commonjs.mjs pkg/documents/staycalc_documents.js pkg/documents/node.cjs \
    staycalc_documents_bg.wasm
node npm/package.mjs pkg/package.json

for wasm in pkg/staycalc_bg.wasm pkg/report/staycalc_report_bg.wasm pkg/trips/staycalc_trips_bg.wasm \
    pkg/documents/staycalc_documents_bg.wasm; do
    printf 'pkg: %s is %d bytes, %d gzipped\n' "$wasm" "$(wc -c <"$wasm")" "$(gzip -9 -c "$wasm" | wc -c)"
done

# The main module's budget: 60 KiB gzipped (what a page that needs one traveller's answers
# loads). Over it, the build fails rather than grow unnoticed.
BUDGET=61440
main_size="$(gzip -9 -c pkg/staycalc_bg.wasm | wc -c)"
if [ "$main_size" -gt "$BUDGET" ]; then
    echo "pkg: pkg/staycalc_bg.wasm is $main_size bytes gzipped, over its budget of $BUDGET" >&2
    exit 1
fi
