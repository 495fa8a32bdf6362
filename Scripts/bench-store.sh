#!/usr/bin/env bash
# Ingests 10,000 generated documents (the seeds with their states swapped from the gazetteer) into a fresh
# database; reports documents/s, database size and `relate` latency (target < 50 ms).
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORGRAPH_BENCH=1 swift build -c release --product store-bench >&2
bin="$(ACTORGRAPH_BENCH=1 swift build -c release --product store-bench --show-bin-path)"
"$bin/store-bench" "${STORE_BENCH_DOCUMENTS:-10000}" seeds Sources/Extraction/Resources/en/states.json
