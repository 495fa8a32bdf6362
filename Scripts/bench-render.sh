#!/usr/bin/env bash
# Render timings for small, medium, dense and large (5,000 nodes / 20,000 edges) maps, release build.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORGRAPH_BENCH=1 swift build -c release --product render-bench >&2
bin="$(ACTORGRAPH_BENCH=1 swift build -c release --product render-bench --show-bin-path)"
"$bin/render-bench"
