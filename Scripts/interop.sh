#!/usr/bin/env bash
# `make interop`: exports the seed corpus in every format and loads each export into the tools users work
# in — NetworkX 2.8.8 (Debian 12's) and 3.6.1, python-igraph and Kùzu — comparing counts, attributes and
# centralities with the database and the CLI. Needs Python 3 and PyPI (each consumer gets its own venv
# under .build/interop/). Not part of `make test`: Swift tests never need Python.
#
#   GEXF_XSD=/path/to/gexf-1.3-schema-folder make interop   # also validates the GEXF against its XSD
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/actorgraph}
work=$PWD/.build/interop
rm -rf "$work/exports" "$work/demo.sqlite"*
mkdir -p "$work/exports"
db="$work/demo.sqlite"

"$bin" ingest seeds/ --db "$db" --quiet
for format in graphml gexf gexf-1.2 json csv cypher neo4j kuzu; do
    "$bin" export --db "$db" --format "$format" --out "$work/exports/$format/" --quiet
done

# What the database and the CLI say: counts, the (source, type, target) of every relation, the CLI's
# default centralities (directed, unweighted), all as one JSON file.
python3 - "$bin" "$db" "$work/cli.json" <<'PY'
import json, subprocess, sys
bin, db, out = sys.argv[1:4]
def run(*args):
    return json.loads(subprocess.check_output([bin, *args, "--db", db, "--json"]))
stats = run("stats")
relations = run("relations")
cli = {
    "entities": stats["entities"], "relations": stats["relations"],
    "triples": sorted([r["source"], r["type"], r["target"]] for r in relations),
    "weight_sum": sum(r["weight"] for r in relations),
    "centrality": {m: {row["name"]: row["score"] for row in run("centrality", "--measure", m, "--top", "0")}
                   for m in ("pagerank", "betweenness", "degree", "closeness")},
}
json.dump(cli, open(out, "w"))
PY

venv() {  # venv NAME PACKAGES…: a virtual environment with these packages, made once
    local dir="$work/venv-$1"; shift
    if [ ! -x "$dir/bin/python" ]; then
        python3 -m venv "$dir"
        "$dir/bin/pip" install --quiet "$@"
    fi
    echo "$dir/bin/python"
}

status=0
run_check() { (cd Scripts/interop && "$@") || status=1; }
echo "consumer       format   check                                        result"
run_check "$(venv nx28 networkx==2.8.8 numpy==1.24.4 scipy==1.10.1)" check.py "$work/exports" "$work/cli.json" networkx ""
run_check "$(venv nx36 networkx==3.6.1 numpy scipy lxml)" check.py "$work/exports" "$work/cli.json" networkx "${GEXF_XSD:-}"
run_check "$(venv igraph igraph networkx==3.6.1 numpy scipy)" check.py "$work/exports" "$work/cli.json" igraph
run_check "$(venv kuzu kuzu==0.11.3 networkx==3.6.1 numpy scipy)" check.py "$work/exports" "$work/cli.json" kuzu
exit $status
