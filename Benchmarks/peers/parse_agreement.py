#!/usr/bin/env python3
"""How far two parses in the `actorgraph parse --json` shape agree (ours against spaCy's on the bench text).

Usage: python3 Benchmarks/peers/parse_agreement.py OURS.json SPACY.json

Counts as PipelineAgreementTests does: token boundaries over spaCy's tokens; tags, POS, lemmas and head + label
over the tokens whose boundaries agree (aligned by offsets); sentence starts and entity spans + labels as the
share of the union both agree on. Prints one line per attribute, the first differences, and whether the two
files are byte-identical. Exit status 1 if any attribute is below 100 %.
"""
import json
import sys


def main(ours_path, theirs_path):
    with open(ours_path, "rb") as f:
        ours_bytes = f.read()
    with open(theirs_path, "rb") as f:
        theirs_bytes = f.read()
    ours, theirs = json.loads(ours_bytes), json.loads(theirs_bytes)
    ours_index = {(t["start"], t["end"]): i for i, t in enumerate(ours["tokens"])}
    theirs_index = {(t["start"], t["end"]): i for i, t in enumerate(theirs["tokens"])}
    shared = [(ours_index[key], i) for key, i in theirs_index.items() if key in ours_index]
    rows = [("token boundaries", len(shared), len(theirs["tokens"]))]
    differences = []

    def same(attribute, a, b):
        if a == b:
            return 1
        if len(differences) < 5:
            differences.append(f"token {b_index} '{theirs_token['text']}': {attribute} {a!r} vs spaCy {b!r}")
        return 0

    counts = {"tag": 0, "pos": 0, "lemma": 0, "head+dep": 0}
    for a_index, b_index in shared:
        ours_token, theirs_token = ours["tokens"][a_index], theirs["tokens"][b_index]
        for key in ("tag", "pos", "lemma"):
            counts[key] += same(key, ours_token[key], theirs_token[key])
        # Heads are token indices: compare the heads' offsets, so a boundary difference elsewhere does not count.
        ours_head = ours["tokens"][ours_token["head"]]
        theirs_head = theirs["tokens"][theirs_token["head"]]
        counts["head+dep"] += same(
            "head+dep",
            ((ours_head["start"], ours_head["end"]), ours_token["dep"]),
            ((theirs_head["start"], theirs_head["end"]), theirs_token["dep"]),
        )
    rows += [(f"{key} (on equal tokens)", value, len(shared)) for key, value in counts.items()]
    for name, key in (("sentence starts", "sentences"), ("entity spans+labels", "entities")):
        a = {tuple(sorted(s.items())) for s in ours[key]} if key == "entities" else {s["start"] for s in ours[key]}
        b = {tuple(sorted(s.items())) for s in theirs[key]} if key == "entities" else {s["start"] for s in theirs[key]}
        rows.append((name, len(a & b), len(a | b)))
    for name, agree, total in rows:
        share = 100.0 if total == 0 else 100.0 * agree / total
        print(f"  {name:28} {share:8.3f} %  ({agree}/{total})")
    for line in differences:
        print(f"  first differences: {line}")
    identical = ours_bytes == theirs_bytes
    print(f"  JSON byte-identical to spaCy's: {'yes' if identical else 'no'} ({len(ours_bytes)} bytes)")
    return 0 if all(agree == total for _, agree, total in rows) else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
