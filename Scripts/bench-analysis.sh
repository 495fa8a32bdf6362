#!/usr/bin/env bash
# Builds analysis-bench in release mode, runs it and its peers (python-igraph, NetworkX) on the same seeded
# edge lists, one process per tool and size, and prints one side-by-side table.
#   Scripts/bench-analysis.sh [sizes…]      default: 10k 100k 1m
# Edge lists go to ${BENCH_DIR:-.build/bench-analysis} and are generated once.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10k 100k 1m}")
read -r -a sizes <<<"${sizes[*]}"
dir="${BENCH_DIR:-.build/bench-analysis}"
mkdir -p "$dir"
ACTORGRAPH_BENCH=1 swift build -c release --product analysis-bench >&2
bench="$(ACTORGRAPH_BENCH=1 swift build -c release --product analysis-bench --show-bin-path)/analysis-bench"
results="$dir/results.jsonl"
: >"$results"
status=0
for size in "${sizes[@]}"; do
    [[ -f "$dir/$size.edges" ]] || "$bench" generate "$size" "$dir"
    "$bench" run "$size" "$dir" | tee -a "$results" >&2 || status=1
    python3 Benchmarks/peers/analysis_peers.py igraph "$size" "$dir" | tee -a "$results" >&2 || status=1
    if [[ "$size" == "10k" ]]; then
        python3 Benchmarks/peers/analysis_peers.py networkx "$size" "$dir" | tee -a "$results" >&2 || status=1
    fi
done
python3 - "$results" <<'PY' || status=1
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
table = {}
for r in rows:
    table.setdefault((r["size"], r["task"]), {})[r["tool"]] = r["value"]
def fmt(task, v):
    if v is None: return "—"
    return f"{v:.0f} MiB" if task == "peak-rss-mib" else f"{v * 1000:.1f} ms"
print(f"| size | task | actorgraph | igraph | networkx | actorgraph / igraph |")
print(f"|---|---|---:|---:|---:|---:|")
for (size, task), tools in table.items():
    a, i, n = tools.get("actorgraph"), tools.get("igraph"), tools.get("networkx")
    ratio = f"{a / i:.2f}×" if a is not None and i else "—"
    print(f"| {size} | {task} | {fmt(task, a)} | {fmt(task, i)} | {fmt(task, n)} | {ratio} |")
PY
exit $status
