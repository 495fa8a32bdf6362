#!/usr/bin/env bash
# `make fuzz` / `make fuzz-smoke`: builds the libFuzzer harnesses with -sanitize=fuzzer,address into their own
# scratch path (.build/fuzz, so the normal build is untouched) and runs each on its committed seed corpus.
#
#   bash Scripts/fuzz.sh                 every harness, 1,000,000 executions each (FUZZ_RUNS to change)
#   bash Scripts/fuzz.sh smoke           every harness for FUZZ_SECONDS (default 5) seconds: what CI can afford
#   bash Scripts/fuzz.sh run NAME ARGS…  one harness with libFuzzer's own flags
#
# Budgets per input: 2 s (-timeout) and 1 GB (-rss_limit_mb); a slower or bigger input is a finding.
# New inputs go to .build/fuzz/corpus-NAME; findings (crash-*, timeout-*, leak-*, oom-*) to .build/fuzz/findings.
# Exit status: non-zero if libFuzzer reported anything.
set -euo pipefail
cd "$(dirname "$0")/.."
harnesses=(edge-list)
scratch=.build/fuzz
ACTORGRAPH_FUZZ=1 swift build --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address \
    $(for name in "${harnesses[@]}"; do echo "--product fuzz-$name"; done) 2>&1 | { grep -vE "ld.gold: warning" >&2 || true; }
binary() { echo "$scratch/x86_64-unknown-linux-gnu/debug/fuzz-$1"; }
run() {
    local name=$1
    shift
    mkdir -p "$scratch/corpus-$name" "$scratch/findings"
    "$(binary "$name")" "$scratch/corpus-$name" "Fuzz/Corpus/$name" -dict="Fuzz/$name.dict" \
        -timeout=2 -rss_limit_mb=1024 -max_len=8192 -print_final_stats=1 \
        -artifact_prefix="$scratch/findings/$name-" "$@"
}
case "${1:-full}" in
    smoke) for name in "${harnesses[@]}"; do run "$name" -max_total_time="${FUZZ_SECONDS:-5}"; done ;;
    run) shift; run "$@" ;;
    *) for name in "${harnesses[@]}"; do run "$name" -runs="${FUZZ_RUNS:-1000000}"; done ;;
esac
