#!/usr/bin/env bash
# Every algorithm file in Analysis cites its paper in exactly one `/// Source:` line (design guide §5).
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for folder in Centrality Paths Structure Communities; do
    [ -d "Sources/Analysis/$folder" ] || continue
    for file in Sources/Analysis/$folder/*.swift; do
        count=$(grep -c '/// Source:' "$file" || true)
        if [ "$count" -lt 1 ]; then
            echo "sources: $file has no '/// Source:' line; cite the algorithm's paper"
            status=1
        fi
    done
done
[ $status -eq 0 ] && echo "sources: ok"
exit $status
