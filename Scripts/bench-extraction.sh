#!/usr/bin/env bash
# Extraction throughput on the seeds replicated to 20 MB (release build), then spaCy on the same text
# (installed from PyPI here; the small English model is not on PyPI, so spaCy runs its rule-based pipeline).
set -euo pipefail
cd "$(dirname "$0")/.."
ACTORGRAPH_BENCH=1 swift build -c release --product extraction-bench >&2
bin="$(ACTORGRAPH_BENCH=1 swift build -c release --product extraction-bench --show-bin-path)"
"$bin/extraction-bench" seeds 20 both
python3 -m pip install -q spacy >/dev/null 2>&1 || echo "bench: could not install spaCy from PyPI; no peer figure"
python3 Benchmarks/peers/spacy_extract.py seeds 20 || true
