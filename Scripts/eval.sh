#!/usr/bin/env bash
# `make eval`: the extractor's scores against every gold the project can read — the seeds, and the two
# development sets of ../shared/dev when that folder is present (never copied into the repository). Prints the
# per-type table and the confidence bands of `actorgraph eval` for each; the full lists of misses go to
# .build/eval/ (not committed). docs/extraction.md says which set is tuned on and which is the check.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/actorgraph}
out=.build/eval
mkdir -p "$out"
status=0
run() {
    local name=$1 gold=$2 docs=$3
    echo "== $name"
    if "$bin" eval --gold "$gold" --docs "$docs" > "$out/$name.txt"; then
        sed -n '1,/^$/p;/^confidence/,/^$/p' "$out/$name.txt"
        echo "(every miss and false positive: $out/$name.txt)"
    else
        status=1
    fi
    echo
}
run seeds ../shared/gold/seeds.json seeds/
for set in europe-americas asia-africa-mideast; do
    folder=../shared/dev/$set
    if [ -f "$folder/gold.json" ]; then
        run "$set" "$folder/gold.json" "$folder/docs"
    else
        echo "== $set: $folder not found (run beside ../shared); skipped"
    fi
done
exit $status
