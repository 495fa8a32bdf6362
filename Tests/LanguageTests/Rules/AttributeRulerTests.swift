import Foundation
import Testing

@testable import Language

/// The attribute ruler and lemmatizer on hand-checked sentences, with spaCy 3.8.18's tags, labels, POS, morphology
/// and lemmas for each token (printed from `nlp(text)` with en_core_web_sm 3.8.0).
@Suite("Attribute ruler on hand-checked sentences")
struct AttributeRulerTests {
    /// (text, space after, tag, dep, expected POS, expected `str(token.morph)`, expected lemma) per token.
    typealias Expected = (
        text: String, space: Bool, tag: String, dep: String, pos: String, morphology: String, lemma: String
    )

    static let sentences: [(text: String, tokens: [Expected])] = [
        (
            "There are two options, but it's not over.",
            [
                ("There", true, "EX", "expl", "PRON", "", "there"),
                ("are", true, "VBP", "ROOT", "VERB", "Mood=Ind|Tense=Pres|VerbForm=Fin", "be"),
                ("two", true, "CD", "nummod", "NUM", "NumType=Card", "two"),
                ("options", false, "NNS", "attr", "NOUN", "Number=Plur", "option"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("but", true, "CC", "cc", "CCONJ", "ConjType=Cmp", "but"),
                ("it", false, "PRP", "nsubj", "PRON", "Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs", "it"),
                ("'s", true, "VBZ", "conj", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "be"),
                ("not", true, "RB", "neg", "PART", "Polarity=Neg", "not"),
                ("over", false, "RB", "advmod", "ADV", "", "over"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "He'd said they wouldn't go; we're gonna win, y'all.",
            [
                ("He", false, "PRP", "nsubj", "PRON", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs", "he"),
                ("'d", true, "MD", "aux", "AUX", "VerbForm=Fin", "would"),
                ("said", true, "VBD", "ccomp", "VERB", "Tense=Past|VerbForm=Fin", "say"),
                ("they", true, "PRP", "nsubj", "PRON", "Case=Nom|Number=Plur|Person=3|PronType=Prs", "they"),
                ("would", false, "MD", "aux", "AUX", "VerbForm=Fin", "would"),
                ("n't", true, "RB", "neg", "PART", "Polarity=Neg", "not"),
                ("go", false, "VB", "ccomp", "VERB", "VerbForm=Inf", "go"),
                (";", true, ":", "punct", "PUNCT", "", ";"),
                ("we", false, "PRP", "nsubj", "PRON", "Case=Nom|Number=Plur|Person=1|PronType=Prs", "we"),
                ("'re", true, "VBP", "aux", "AUX", "Mood=Ind|Tense=Pres|VerbForm=Fin", "be"),
                ("gon", false, "VBG", "ROOT", "VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part", "go"),
                ("na", true, "TO", "aux", "PART", "", "to"),
                ("win", false, "VB", "xcomp", "VERB", "VerbForm=Inf", "win"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("y'", false, "PRP", "dep", "PRON", "PronType=Prs", "you"),
                ("all", false, "DT", "appos", "PRON", "", "all"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "Let's go, we gotta leave.",
            [
                ("Let", false, "VB", "advcl", "VERB", "VerbForm=Inf", "let"),
                ("'s", true, "PRP", "nsubj", "PRON", "PronType=Prs", "us"),
                ("go", false, "VB", "ccomp", "VERB", "VerbForm=Inf", "go"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("we", true, "PRP", "nsubj", "PRON", "Case=Nom|Number=Plur|Person=1|PronType=Prs", "we"),
                ("got", false, "VBD", "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "get"),
                ("ta", true, "TO", "aux", "PART", "", "to"),
                ("leave", false, "VB", "xcomp", "VERB", "VerbForm=Inf", "leave"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "I ain't got nothin' to say to 'em.",
            [
                ("I", true, "PRP", "nsubj", "PRON", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "I"),
                ("ai", false, "VBP", "aux", "AUX", "Tense=Pres|VerbForm=Fin", "be"),
                ("n't", true, "RB", "neg", "PART", "Polarity=Neg", "not"),
                ("got", true, "VBD", "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "get"),
                ("nothin'", true, "NN", "nsubj", "NOUN", "Number=Sing", "nothing"),
                ("to", true, "TO", "aux", "PART", "", "to"),
                ("say", true, "VB", "ccomp", "VERB", "VerbForm=Inf", "say"),
                ("to", true, "IN", "prep", "ADP", "", "to"),
                ("'em", false, "PRP", "pobj", "PRON", "PronType=Prs", "them"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "She sings better than he does, but the better deal was rejected.",
            [
                ("She", true, "PRP", "nsubj", "PRON", "Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs", "she"),
                ("sings", true, "VBZ", "ROOT", "VERB", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "sing"),
                ("better", true, "RBR", "advmod", "ADV", "Degree=Cmp", "well"),
                ("than", true, "IN", "mark", "SCONJ", "", "than"),
                ("he", true, "PRP", "nsubj", "PRON", "Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs", "he"),
                ("does", false, "VBZ", "advcl", "VERB", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "do"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("but", true, "CC", "cc", "CCONJ", "ConjType=Cmp", "but"),
                ("the", true, "DT", "det", "DET", "Definite=Def|PronType=Art", "the"),
                ("better", true, "JJR", "amod", "ADJ", "Degree=Cmp", "well"),
                ("deal", true, "NN", "nsubjpass", "NOUN", "Number=Sing", "deal"),
                ("was", true, "VBD", "auxpass", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "be"),
                ("rejected", false, "VBN", "conj", "VERB", "Aspect=Perf|Tense=Past|VerbForm=Part", "reject"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "The leaders were better prepared than Mali's government.",
            [
                ("The", true, "DT", "det", "DET", "Definite=Def|PronType=Art", "the"),
                ("leaders", true, "NNS", "nsubj", "NOUN", "Number=Plur", "leader"),
                ("were", true, "VBD", "ROOT", "AUX", "Mood=Ind|Tense=Past|VerbForm=Fin", "be"),
                ("better", true, "RBR", "advmod", "ADV", "Degree=Cmp", "well"),
                ("prepared", true, "JJ", "acomp", "ADJ", "Degree=Pos", "prepared"),
                ("than", true, "IN", "prep", "ADP", "", "than"),
                ("Mali", false, "NNP", "poss", "PROPN", "Number=Sing", "Mali"),
                ("'s", true, "POS", "case", "PART", "", "'s"),
                ("government", false, "NN", "pobj", "NOUN", "Number=Sing", "government"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "Ghana's envoys, Lula da Silva and Goïta, met the U.S. delegates.",
            [
                ("Ghana", false, "NNP", "poss", "PROPN", "Number=Sing", "Ghana"),
                ("'s", true, "POS", "case", "PART", "", "'s"),
                ("envoys", false, "NNS", "nsubj", "NOUN", "Number=Plur", "envoy"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("Lula", true, "NNP", "compound", "PROPN", "Number=Sing", "Lula"),
                ("da", true, "NNP", "compound", "PROPN", "Number=Sing", "da"),
                ("Silva", true, "NNP", "appos", "PROPN", "Number=Sing", "Silva"),
                ("and", true, "CC", "cc", "CCONJ", "ConjType=Cmp", "and"),
                ("Goïta", false, "NNP", "conj", "PROPN", "Number=Sing", "Goïta"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("met", true, "VBD", "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "meet"),
                ("the", true, "DT", "det", "DET", "Definite=Def|PronType=Art", "the"),
                ("U.S.", true, "NNP", "compound", "PROPN", "Number=Sing", "U.S."),
                ("delegates", false, "NNS", "dobj", "NOUN", "Number=Plur", "delegate"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "The deal that was signed has been praised, being the first of its kind.",
            [
                ("The", true, "DT", "det", "DET", "Definite=Def|PronType=Art", "the"),
                ("deal", true, "NN", "nsubjpass", "NOUN", "Number=Sing", "deal"),
                ("that", true, "WDT", "nsubjpass", "PRON", "PronType=Rel", "that"),
                ("was", true, "VBD", "auxpass", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin", "be"),
                ("signed", true, "VBN", "relcl", "VERB", "Aspect=Perf|Tense=Past|VerbForm=Part", "sign"),
                ("has", true, "VBZ", "aux", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "have"),
                ("been", true, "VBN", "auxpass", "AUX", "Tense=Past|VerbForm=Part", "be"),
                ("praised", false, "VBN", "ROOT", "VERB", "Aspect=Perf|Tense=Past|VerbForm=Part", "praise"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("being", true, "VBG", "advcl", "AUX", "VerbForm=Ger", "be"),
                ("the", true, "DT", "det", "DET", "Definite=Def|PronType=Art", "the"),
                ("first", true, "JJ", "attr", "ADJ", "Degree=Pos", "first"),
                ("of", true, "IN", "prep", "ADP", "", "of"),
                ("its", true, "PRP$", "poss", "PRON", "Gender=Neut|Number=Sing|Person=3|Poss=Yes|PronType=Prs", "its"),
                ("kind", false, "NN", "pobj", "NOUN", "Number=Sing", "kind"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "All of them can't come, and that is what I told myself.",
            [
                ("All", true, "DT", "nsubj", "PRON", "", "all"),
                ("of", true, "IN", "prep", "ADP", "", "of"),
                ("them", true, "PRP", "pobj", "PRON", "Case=Acc|Number=Plur|Person=3|PronType=Prs", "they"),
                ("ca", false, "MD", "aux", "AUX", "VerbType=Mod", "can"),
                ("n't", true, "RB", "neg", "PART", "Polarity=Neg", "not"),
                ("come", false, "VB", "ROOT", "VERB", "VerbForm=Inf", "come"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("and", true, "CC", "cc", "CCONJ", "ConjType=Cmp", "and"),
                ("that", true, "DT", "nsubj", "PRON", "Number=Sing|PronType=Dem", "that"),
                ("is", true, "VBZ", "conj", "AUX", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "be"),
                ("what", true, "WP", "dative", "PRON", "", "what"),
                ("I", true, "PRP", "nsubj", "PRON", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "I"),
                ("told", true, "VBD", "ccomp", "VERB", "Tense=Past|VerbForm=Fin", "tell"),
                (
                    "myself", false, "PRP", "dobj", "PRON", "Case=Acc|Number=Sing|Person=1|PronType=Prs|Reflex=Yes",
                    "myself"
                ),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "The aides were “furious”,  sources said.",
            [
                ("The", true, "DT", "det", "DET", "Definite=Def|PronType=Art", "the"),
                ("aides", true, "NNS", "nsubj", "NOUN", "Number=Plur", "aide"),
                ("were", true, "VBD", "ccomp", "AUX", "Mood=Ind|Tense=Past|VerbForm=Fin", "be"),
                ("“", false, "``", "punct", "PUNCT", "PunctSide=Ini|PunctType=Quot", "\""),
                ("furious", false, "JJ", "acomp", "ADJ", "Degree=Pos", "furious"),
                ("”", false, "''", "punct", "PUNCT", "PunctSide=Fin|PunctType=Quot", "\""),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                (" ", false, "_SP", "dep", "SPACE", "", " "),
                ("sources", true, "NNS", "nsubj", "NOUN", "Number=Plur", "source"),
                ("said", false, "VBD", "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "say"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
        (
            "Did you see him?\n\nYes, I did.",
            [
                ("Did", true, "VBD", "aux", "AUX", "Tense=Past|VerbForm=Fin", "do"),
                ("you", true, "PRP", "nsubj", "PRON", "Case=Nom|Person=2|PronType=Prs", "you"),
                ("see", true, "VB", "ROOT", "VERB", "VerbForm=Inf", "see"),
                ("him", false, "PRP", "dobj", "PRON", "Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs", "he"),
                ("?", false, ".", "punct", "PUNCT", "PunctType=Peri", "?"),
                ("\n\n", false, "_SP", "dep", "SPACE", "", "\n\n"),
                ("Yes", false, "UH", "intj", "INTJ", "", "yes"),
                (",", true, ",", "punct", "PUNCT", "PunctType=Comm", ","),
                ("I", true, "PRP", "nsubj", "PRON", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "I"),
                ("did", false, "VBD", "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "do"),
                (".", false, ".", "punct", "PUNCT", "PunctType=Peri", "."),
            ]
        ),
    ]

    @Test("POS, morphology and lemma equal spaCy's", arguments: sentences)
    func sentence(text: String, expected: [Expected]) throws {
        let ruler = try BundledRules.ruler.get()
        let lemmatizer = try BundledRules.lemmatizer.get()
        let tokens = FixtureTokens.tokens(words: expected.map { ($0.text, $0.space) })
        #expect(tokens.map { $0.text + ($0.spaceAfter ? " " : "") }.joined() == text)
        let tags = try expected.map { try #require(Tag(rawValue: $0.tag)) }
        let labels = try expected.map { try #require(DependencyLabel(rawValue: $0.dep)) }
        let attributes = ruler(tokens, tags: tags, dependencies: labels)
        let lemmas = lemmatizer(tokens, attributes: attributes)
        for (index, token) in expected.enumerated() {
            #expect(attributes[index].pos.rawValue == token.pos, "POS of \(token.text.debugDescription)")
            #expect(
                attributes[index].morphology.features == token.morphology, "morph of \(token.text.debugDescription)")
            #expect(lemmas[index] == token.lemma, "lemma of \(token.text.debugDescription)")
            #expect(attributes[index].tag.rawValue == token.tag && attributes[index].dependency.rawValue == token.dep)
        }
    }

    @Test("a whitespace token the tagger did not tag _SP gets _SP, SPACE and the label dep")
    func whitespaceRetagged() throws {
        let ruler = try BundledRules.ruler.get()
        let tokens = FixtureTokens.tokens(words: [("Yes", false), ("\n", false), ("no", false)])
        let attributes = ruler(tokens, tags: [.UH, .NN, .UH], dependencies: [.root, .punct, .intj])
        #expect(attributes[1].tag == .space)
        #expect(attributes[1].pos == .SPACE)
        #expect(attributes[1].dependency == .dep)
        #expect(attributes[1].morphology == .empty)
        // A _SP tag on a token that is not whitespace is matched on the incoming tag: POS X.
        let odd = ruler(FixtureTokens.tokens(words: [("x", false)]), tags: [.space], dependencies: [.root])
        #expect(odd[0].pos == .X && odd[0].tag == .space && odd[0].dependency == .root)
    }

    @Test("rules read the document as it came, not as earlier rules changed it")
    func matchesBeforeApplying() throws {
        let ruler = try BundledRules.ruler.get()
        // `has` as VBZ gets AUX (rule 133); as a ROOT it is then VERB (rule 171), whatever rule 133 set.
        let tokens = FixtureTokens.tokens(words: [("It", true), ("has", true), ("rules", false)])
        let attributes = ruler(tokens, tags: [.PRP, .VBZ, .NNS], dependencies: [.nsubj, .root, .dobj])
        #expect(attributes.map(\.pos) == [.PRON, .VERB, .NOUN])
        #expect(attributes[1].lemma == "have")
        #expect(attributes[1].morphology.features == "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    }

    /// One rule per tag setting POS X: the smallest file the ruler accepts.
    private static let minimalRules = Tag.allCases.map {
        #"{"patterns":[[{"TAG":"\#($0.rawValue)"}]],"attrs":{"POS":"X"},"index":0}"#
    }

    private static func file(_ rules: [String]) -> Data {
        Data(#"{"patterns":[\#(rules.joined(separator: ","))]}"#.utf8)
    }

    @Test(
        "rules this matcher cannot honour are rejected when read",
        arguments: [
            #"{"patterns":[[{"LOWER":"a","OP":"?"}]],"attrs":{"POS":"X"},"index":0}"#,
            #"{"patterns":[[{"LEMMA":"be"}]],"attrs":{"POS":"X"},"index":0}"#,
            #"{"patterns":[[{"LOWER":{"FUZZY":"a"}}]],"attrs":{"POS":"X"},"index":0}"#,
            #"{"patterns":[[{"TAG":{"REGEX":"^N"}}]],"attrs":{"POS":"X"},"index":0}"#,
            #"{"patterns":[[{"LOWER":"a"}]],"attrs":{"POS":"NOPE"},"index":0}"#,
            #"{"patterns":[[{"LOWER":"a"}]],"attrs":{"NORM":"b"},"index":0}"#,
            #"{"patterns":[[{"LOWER":"a"}]],"attrs":{"MORPH":"Number"},"index":0}"#,
            #"{"patterns":[[{"LOWER":"a"},{"LOWER":"b"}]],"attrs":{"POS":"X"},"index":2}"#,
            #"{"patterns":[],"attrs":{"POS":"X"},"index":0}"#,
        ])
    func rejected(rule: String) throws {
        #expect(throws: Never.self) { try AttributeRuler(json: Self.file(Self.minimalRules)) }
        #expect(throws: LanguageError.self) { try AttributeRuler(json: Self.file(Self.minimalRules + [rule])) }
    }

    @Test("a tag without a rule that sets its POS fails the load")
    func everyTagNeedsPartOfSpeech() {
        #expect(throws: LanguageError.self) {
            try AttributeRuler(json: Self.file(Array(Self.minimalRules.dropFirst())))
        }
    }

    @Test("a later rule overwrites an earlier one; a negative index counts from the end of the match")
    func ruleOrderAndIndex() throws {
        let extra = [
            #"{"patterns":[[{"LOWER":"gon"},{"LOWER":"na"}]],"attrs":{"LEMMA":"to","POS":"PART"},"index":-1}"#,
            #"{"patterns":[[{"LOWER":"na"}]],"attrs":{"POS":"ADV","MORPH":"Foo=Bar"},"index":0}"#,
            #"{"patterns":[[{"LOWER":{"NOT_IN":["gon"]}}]],"attrs":{"LEMMA":""},"index":0}"#,
        ]
        let ruler = try AttributeRuler(json: Self.file(Self.minimalRules + extra))
        let tokens = FixtureTokens.tokens(words: [("gon", false), ("na", false)])
        let attributes = ruler(tokens, tags: [.VBG, .TO], dependencies: [.root, .aux])
        #expect(attributes[0].pos == .X && attributes[0].lemma == nil)
        #expect(attributes[1].pos == .ADV && attributes[1].morphology.features == "Foo=Bar")
        #expect(attributes[1].lemma == nil)  // the empty LEMMA of the last rule clears "to"
    }

    @Test("morphology strings parse as spaCy writes them")
    func morphology() throws {
        #expect(Morphology(parsing: "_") == .empty)
        let features = try #require(Morphology(parsing: "Aspect=Prog|Tense=Pres|VerbForm=Part"))
        #expect(features.tense == "Pres" && features.verbForm == "Part" && features.number == nil)
        #expect(features.description == "Aspect=Prog|Tense=Pres|VerbForm=Part")
        #expect(Morphology(parsing: "Number") == nil)
        #expect(Morphology(parsing: "Number=Sing|Number=Plur") == nil)
    }
}
