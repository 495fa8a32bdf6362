#!/usr/bin/env bash
# `make bench`: release builds of the benchmark executables (gated behind ACTORGRAPH_BENCH so normal builds
# never compile them), each printing its figures next to the peers'. Peers are installed from PyPI here.
set -euo pipefail
cd "$(dirname "$0")/.."
export ACTORGRAPH_BENCH=1
python3 -m pip install -q networkx python-igraph >/dev/null 2>&1 || echo "bench: could not install python peers; their columns will be empty"
swift build -c release --product actorgraph
for bench in analysis extraction store render; do
    swift build -c release --product "$bench-bench"
done
for bench in analysis extraction store render; do
    script="Scripts/bench-$bench.sh"
    echo
    echo "=================== $bench"
    if [ -x "$script" ]; then bash "$script"; else ".build/release/$bench-bench"; fi
done
