#!/usr/bin/env bash
# Every algorithm file in Analysis cites its paper in exactly one `/// Source:` line (design guide §5), and the
# command line writes to the terminal only through its Output/ folder.
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
# The command line writes to the terminal only through Output/ (Terminal escapes what documents put in names).
while IFS= read -r hit; do
    echo "sources: $hit writes to the terminal directly; use Terminal.say, printError or printJSON (Output/)"
    status=1
done < <(grep -rnE '(^|[^.[:alnum:]_])print\(|FileHandle\.standard(Output|Error)' Sources/actorgraph --include='*.swift' \
    | grep -v '^Sources/actorgraph/Output/' || true)
[ $status -eq 0 ] && echo "sources: ok"
exit $status
