#!/usr/bin/env bash
# `make demo`: fresh database from seeds/, the three maps and the JSON exports in exports/, then a summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/actorgraph}
db=${2:-exports/demo.sqlite}

mkdir -p exports
rm -f "$db" "$db-wal" "$db-shm"

echo "== ingest seeds/ into $db"
"$bin" ingest seeds/ --db "$db"
echo
"$bin" stats --db "$db"
echo

echo "== maps"
"$bin" render --db "$db" --format dot --out exports/influence-map.dot
"$bin" render --db "$db" --format svg --out exports/influence-map.svg
"$bin" render --db "$db" --format png --out exports/influence-map.png
"$bin" render --db "$db" --format svg --out exports/ego-russia.svg --focus Russia --depth 1
"$bin" render --db "$db" --format png --out exports/ego-russia.png --focus Russia --depth 1
"$bin" render --db "$db" --format svg --out exports/russia-mali.svg --between Russia Mali --k 3
"$bin" render --db "$db" --format png --out exports/russia-mali.png --between Russia Mali --k 3
"$bin" entities --db "$db" --json > exports/entities.json
"$bin" relations --db "$db" --json > exports/relations.json
"$bin" export --db "$db" --format graphml --out exports/actorgraph.graphml
echo

echo "== how is Russia connected to Mali?"
"$bin" path Russia Mali --db "$db"
echo

echo "== top 10 actors by PageRank"
"$bin" centrality --db "$db" --measure pagerank --top 10
echo
echo "wrote exports/: influence-map.{dot,svg,png}, ego-russia.{svg,png}, russia-mali.{svg,png}, entities.json, relations.json, actorgraph.graphml"
echo "explore further: $bin relate Russia Mali --db $db"
