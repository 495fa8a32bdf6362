#!/usr/bin/env bash
# Fails if a module imports a module it may not (design guide §2): SwiftPM's own import check
# does not catch transitive imports, so the layering is checked here, by grep.
set -euo pipefail
cd "$(dirname "$0")/.."

allowed() {
    case "$1" in
        ActorGraphCore) echo "Foundation Synchronization" ;;
        Extraction)     echo "ActorGraphCore Foundation Dispatch Synchronization" ;;
        Analysis)       echo "ActorGraphCore Foundation Dispatch Synchronization" ;;
        GraphStore)     echo "ActorGraphCore GRDB Foundation Dispatch Synchronization" ;;
        Render)         echo "ActorGraphCore CGraphviz Foundation FoundationXML Dispatch Synchronization Glibc" ;;
        Interchange)    echo "ActorGraphCore Foundation FoundationXML" ;;
        ActorGraphKit)  echo "ActorGraphCore Extraction Analysis GraphStore Render Interchange Foundation Dispatch Synchronization Glibc" ;;
        actorgraph)     echo "ActorGraphKit ActorGraphCore ArgumentParser Foundation Glibc" ;;
        *) echo "" ;;
    esac
}

status=0
for dir in Sources/*/; do
    module=$(basename "$dir")
    [ "$module" = CGraphviz ] && continue
    permitted=" $(allowed "$module") "
    while IFS= read -r line; do
        file=${line%%:*}
        imported=$(echo "${line#*:}" | sed -E 's/^[[:space:]]*(@[A-Za-z_]+[[:space:]]+)*((public|package|internal|private|fileprivate)[[:space:]]+)?import[[:space:]]+(class |struct |enum |func |protocol |typealias |var |let )?([A-Za-z_][A-Za-z0-9_]*).*/\5/')
        if [[ "$permitted" != *" $imported "* ]]; then
            echo "layering: $file imports $imported, which $module may not import (allowed: $(allowed "$module"))"
            status=1
        fi
    done < <(grep -rHE '^[[:space:]]*(@[A-Za-z_]+[[:space:]]+)*((public|package|internal|private|fileprivate)[[:space:]]+)?import[[:space:]]' "$dir" --include='*.swift' | sed -E 's/^([^:]+):/\1:/')
done
[ $status -eq 0 ] && echo "layering: ok"
exit $status
