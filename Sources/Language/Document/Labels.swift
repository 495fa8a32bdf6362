/// The label sets of en_core_web_sm 3.8, as closed enums: a model whose labels differ fails to load, and a rule
/// naming a label that does not exist fails when it is read, not silently at match time.

/// Penn Treebank fine-grained tags (OntoNotes 5 set, with spaCy's `_SP` for whitespace and `XX`).
public enum Tag: String, Sendable, CaseIterable, Codable {
    case dollar = "$"
    case closingQuote = "''"
    case comma = ","
    case leftBracket = "-LRB-"
    case rightBracket = "-RRB-"
    case period = "."
    case colon = ":"
    case ADD, AFX, CC, CD, DT, EX, FW, HYPH, IN, JJ, JJR, JJS, LS, MD, NFP, NN, NNP, NNPS, NNS, PDT, POS, PRP
    case possessivePronoun = "PRP$"
    case RB, RBR, RBS, RP, SYM, TO, UH, VB, VBD, VBG, VBN, VBP, VBZ, WDT, WP
    case possessiveWhPronoun = "WP$"
    case WRB, XX
    case space = "_SP"
    case openingQuote = "``"
}

/// Universal Dependencies coarse parts of speech, plus spaCy's `SPACE`.
public enum PartOfSpeech: String, Sendable, CaseIterable, Codable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X, SPACE
}

/// ClearNLP dependency labels, the set en_core_web_sm's parser predicts (after deprojectivisation).
public enum DependencyLabel: String, Sendable, CaseIterable, Codable {
    case acl, acomp, advcl, advmod, agent, amod, appos, attr, aux, auxpass, `case`, cc, ccomp, compound, conj
    case csubj, csubjpass, dative, dep, det, dobj, expl, intj, mark, meta, neg, nmod, npadvmod, nsubj, nsubjpass
    case nummod, oprd, parataxis, pcomp, pobj, poss, preconj, predet, prep, prt, punct, quantmod, relcl, xcomp
    case root = "ROOT"
}

/// OntoNotes 5 named-entity labels.
public enum EntityLabel: String, Sendable, CaseIterable, Codable {
    case CARDINAL, DATE, EVENT, FAC, GPE, LANGUAGE, LAW, LOC, MONEY, NORP, ORDINAL, ORG, PERCENT, PERSON, PRODUCT
    case QUANTITY, TIME
    case workOfArt = "WORK_OF_ART"
}
