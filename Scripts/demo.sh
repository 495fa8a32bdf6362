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

echo "== report"
"$bin" report --db "$db" --out exports/report.html --focus Russia --between Russia Mali
"$bin" report --db "$db" --out exports/report.md --focus Russia --between Russia Mali
# The README's picture of the report: its first screen and a half, as a browser shows it.
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -n "$chromium" ]; then
    "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1000,2300 \
        --user-data-dir="$(mktemp -d)" --screenshot="$PWD/exports/report.png" "file://$PWD/exports/report.html" >/dev/null 2>&1
    echo "wrote exports/report.png (screenshot of exports/report.html)"
fi
echo

echo "== how is Russia connected to Mali?"
"$bin" path Russia Mali --db "$db"
echo

echo "== top 10 actors by PageRank"
"$bin" centrality --db "$db" --measure pagerank --top 10
echo
echo "wrote exports/: influence-map.{dot,svg,png}, ego-russia.{svg,png}, russia-mali.{svg,png}, entities.json, relations.json, actorgraph.graphml, report.html, report.md (+ report-{map,ego,connection}.svg)"
echo "explore further: $bin relate Russia Mali --db $db"
