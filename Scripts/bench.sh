#!/usr/bin/env bash
# `make bench`: every layer's benchmark in a release build (gated behind ACTORGRAPH_BENCH so normal builds
# never compile them), each printing our figures next to its peers' (igraph, NetworkX, spaCy from PyPI).
# Run one layer with `bash Scripts/bench-<layer>.sh`. Exit status: non-zero if any layer failed.
set -uo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q networkx python-igraph >/dev/null 2>&1 || echo "bench: could not install python peers"
status=0
for layer in extraction parser store analysis render; do
    echo
    echo "=================== $layer"
    bash "Scripts/bench-$layer.sh" || { echo "bench: $layer failed"; status=1; }
done
exit $status
