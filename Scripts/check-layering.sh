#!/usr/bin/env bash
# Fails if a module imports a module it may not (design guide §2): SwiftPM's own import check
# does not catch transitive imports, so the layering is checked here, by grep.
set -euo pipefail
cd "$(dirname "$0")/.."

# Modules whose use is policed: ours and the third-party ones. System modules (Foundation, Dispatch,
# Glibc, Synchronization, …) may be imported anywhere.
policed=" ActorGraphCore LanguageKernels Language Extraction Analysis GraphStore Render Interchange ActorGraphKit actorgraph CGraphviz CLibXML2 CZlib GRDB ArgumentParser "

allowed() {
    case "$1" in
        ActorGraphCore) echo "" ;;
        LanguageKernels) echo "" ;;
        Language)       echo "ActorGraphCore LanguageKernels" ;;
        Extraction)     echo "ActorGraphCore Language" ;;
        Analysis)       echo "ActorGraphCore" ;;
        GraphStore)     echo "ActorGraphCore GRDB CZlib" ;;
        Render)         echo "ActorGraphCore CGraphviz" ;;
        Interchange)    echo "ActorGraphCore" ;;
        ActorGraphKit)  echo "ActorGraphCore Extraction Analysis GraphStore Render Interchange CLibXML2" ;;
        actorgraph)     echo "ActorGraphKit ActorGraphCore ArgumentParser" ;;
        *) echo "" ;;
    esac
}

status=0
for dir in Sources/*/; do
    module=$(basename "$dir")
    [ "$module" = CGraphviz ] || [ "$module" = CLibXML2 ] || [ "$module" = CZlib ] && continue
    permitted=" $(allowed "$module") "
    while IFS= read -r line; do
        file=${line%%:*}
        imported=$(echo "${line#*:}" | sed -E 's/^[[:space:]]*(@[A-Za-z_]+[[:space:]]+)*((public|package|internal|private|fileprivate)[[:space:]]+)?import[[:space:]]+(class |struct |enum |func |protocol |typealias |var |let )?([A-Za-z_][A-Za-z0-9_]*).*/\5/')
        [[ "$policed" == *" $imported "* ]] || continue
        if [[ "$permitted" != *" $imported "* ]]; then
            echo "layering: $file imports $imported, which $module may not import (allowed: $(allowed "$module"))"
            status=1
        fi
    done < <(grep -rHE '^[[:space:]]*(@[A-Za-z_]+[[:space:]]+)*((public|package|internal|private|fileprivate)[[:space:]]+)?import[[:space:]]' "$dir" --include='*.swift' | sed -E 's/^([^:]+):/\1:/')
done
# Inside Render, only the Graphviz/ folder touches the C API (one lock, one context live there).
while IFS= read -r file; do
    echo "layering: $file imports CGraphviz; only Sources/Render/Graphviz/ may"
    status=1
done < <(grep -rlE '^[[:space:]]*((public|package|internal)[[:space:]]+)?import[[:space:]]+CGraphviz' Sources/Render --include='*.swift' | grep -v '^Sources/Render/Graphviz/' || true)
# Inside the Kit, only the HTML reader touches libxml2's C API.
while IFS= read -r file; do
    echo "layering: $file imports CLibXML2; only Sources/ActorGraphKit/Ingest/Formats/HTML/ may"
    status=1
done < <(grep -rlE '^[[:space:]]*((public|package|internal)[[:space:]]+)?import[[:space:]]+CLibXML2' Sources --include='*.swift' | grep -v '^Sources/ActorGraphKit/Ingest/Formats/HTML/' || true)
[ $status -eq 0 ] && echo "layering: ok"
exit $status
