#!/usr/bin/env bash
# Run the fuzz targets of fuzz/ (cargo fuzz, libFuzzer) on the stable toolchain: cargo fuzz
# needs nightly flags, which RUSTC_BOOTSTRAP=1 allows.
#
#   scripts/fuzz.sh run SECONDS [TARGET...]   each target for SECONDS (make fuzz FUZZ_SECONDS=N;
#                                             make test-fuzz runs each for 20 s)
#   scripts/fuzz.sh replay [TARGET...]        each target over its kept corpus, once (seconds)
#   scripts/fuzz.sh cmin [TARGET...]          fold what runs found into fuzz/corpus/TARGET, minimised
#
# TARGET defaults to all of them: csv_reader dates cli_args engine report zones.
#
# No sanitizer by default (FUZZ_SANITIZER=address for AddressSanitizer): staycalc has no unsafe
# code, so ASan would only watch the standard library and the dependencies, at a quarter to a
# seventh of the speed and with builds twice as long (measured: engine 110 against 780 runs a
# second, a cold build of the five targets 206 s against 112 s).
#
# `run` reads the kept seed corpus fuzz/corpus/TARGET/ and writes what it finds to
# fuzz/target/corpus/TARGET/ (ignored by git), so runs build on each other and the kept corpus
# changes only through `cmin`. A crash stops that target and leaves its input in
# fuzz/artifacts/TARGET/ (`cargo fuzz run TARGET fuzz/artifacts/TARGET/crash-...` replays it);
# the other targets still run, and the script exits 1 at the end.
set -euo pipefail

export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT/fuzz"
sanitizer=(--sanitizer "${FUZZ_SANITIZER:-none}")

ALL=(csv_reader dates cli_args engine report zones)

# libFuzzer options per target. The engine's input is structured (`arbitrary`): long inputs
# from the start, or libFuzzer's slow length growth starves it of stays and versions.
flags() {
    local common=(-timeout=10 -rss_limit_mb=2048)
    case "$1" in
        engine | cli_args | zones) echo "${common[*]} -max_len=256 -len_control=0" ;;
        *) echo "${common[*]}" ;;
    esac
}

mode="${1:-}"
shift || true
case "$mode" in
    run)
        seconds="${1:?usage: scripts/fuzz.sh run SECONDS [TARGET...]}"
        shift
        ;;
    replay | cmin) ;;
    *) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 2 ;;
esac
targets=("$@")
((${#targets[@]})) || targets=("${ALL[@]}")

failed=()
for target in "${targets[@]}"; do
    mkdir -p "corpus/$target" "target/corpus/$target"
    started=$SECONDS
    # shellcheck disable=SC2046 # the flags are words
    case "$mode" in
        run)
            printf 'fuzz: %s for %ss\n' "$target" "$seconds"
            # Absolute corpus paths: the cli_args target works in a scratch directory, and
            # libFuzzer writes new inputs to the corpus path as given.
            cargo fuzz run "${sanitizer[@]}" "$target" "$PWD/target/corpus/$target" "$PWD/corpus/$target" -- \
                $(flags "$target") -max_total_time="$seconds" -print_final_stats=1 ||
                failed+=("$target")
            ;;
        replay)
            printf 'fuzz: %s over %s kept inputs\n' "$target" "$(ls "corpus/$target" | wc -l)"
            cargo fuzz run "${sanitizer[@]}" "$target" "$PWD/corpus/$target" -- $(flags "$target") -runs=0 ||
                failed+=("$target")
            ;;
        cmin)
            # The kept corpus and everything runs found, reduced to a small set with the same
            # code coverage: a greedy set cover of the edges (hit counts ignored), a few dozen
            # files where `cargo fuzz cmin` keeps hundreds.
            cargo fuzz build "${sanitizer[@]}" "$target"
            binary="target/$(rustc -vV | sed -n 's/^host: //p')/release/$target"
            kept="$(mktemp -d)"
            "$binary" -set_cover_merge=1 -use_counters=0 $(flags "$target") \
                "$kept" "$PWD/corpus/$target" "$PWD/target/corpus/$target" 2>&1 | tail -1
            rm -rf "corpus/$target"
            mv "$kept" "corpus/$target"
            chmod 755 "corpus/$target"
            printf 'fuzz: corpus/%s keeps %s inputs\n' "$target" "$(ls "corpus/$target" | wc -l)"
            ;;
    esac
    printf 'fuzz: %s took %ss\n' "$target" "$((SECONDS - started))"
done
if ((${#failed[@]})); then
    printf 'fuzz: FAILED: %s (inputs in fuzz/artifacts/)\n' "${failed[*]}" >&2
    exit 1
fi
