import Foundation
import Testing

@testable import Language

/// The rule lemmatizer on single words with a given POS and morphology, against spaCy's `rule_lemmatize`.
@Suite("Rule lemmatizer")
struct LemmatizerTests {
    /// (text, POS, morphology, spaCy 3.8.18's `EnglishLemmatizer.rule_lemmatize(token)[0]` with en_core_web_sm 3.8.0).
    static let words: [(text: String, pos: PartOfSpeech, morphology: String, lemma: String)] = [
        ("leaders", .NOUN, "Number=Plur", "leader"),
        ("Leaders", .NOUN, "Number=Plur", "leader"),
        ("was", .VERB, "Tense=Past|VerbForm=Fin", "be"),
        ("better", .ADJ, "Degree=Cmp", "well"),
        ("better", .ADV, "Degree=Cmp", "well"),
        ("best", .ADJ, "Degree=Sup", "good"),
        ("worse", .ADJ, "Degree=Cmp", "bad"),
        ("Goïta", .PROPN, "Number=Sing", "Goïta"),
        ("U.S.", .PROPN, "Number=Sing", "U.S."),
        ("Tshisekedis", .PROPN, "Number=Plur", "Tshisekedis"),
        ("“", .PUNCT, "PunctSide=Ini|PunctType=Quot", "\""),
        ("’", .PUNCT, "PunctSide=Fin|PunctType=Quot", "'"),
        ("--", .PUNCT, "", "--"),
        ("axes", .NOUN, "Number=Plur", "axis"),
        ("1990s", .NOUN, "Number=Plur", "1990"),
        ("taxes", .NOUN, "Number=Plur", "taxis"),
        ("ties", .VERB, "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "tie"),
        ("running", .VERB, "Aspect=Prog|Tense=Pres|VerbForm=Part", "run"),
        ("women", .NOUN, "Number=Plur", "woman"),
        ("mice", .NOUN, "Number=Plur", "mouse"),
        ("fastest", .ADV, "Degree=Sup", "fast"),
        ("slowest", .ADV, "Degree=Sup", "slowest"),
        ("e-mails", .NOUN, "Number=Plur", "e-mail"),
        ("cafés", .NOUN, "Number=Plur", "café"),
        ("xyzzies", .NOUN, "Number=Plur", "xyzzie"),
        ("blorged", .VERB, "Tense=Past|VerbForm=Fin", "blorge"),
        ("Sings", .VERB, "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "sing"),
        ("Sing", .VERB, "Tense=Pres|VerbForm=Fin", "sing"),
        ("Government", .NOUN, "Number=Sing", "government"),
        ("Bigger", .ADJ, "Degree=Cmp", "big"),
        ("Quickly", .ADV, "", "quickly"),
        ("Them", .PRON, "Case=Acc|Number=Plur|Person=3|PronType=Prs", "them"),
        ("\n", .SPACE, "", "\n"),
        ("Ships", .X, "", "ships"),
        ("s", .NOUN, "Number=Plur", "s"),
        ("ceasefires", .NOUN, "Number=Plur", "ceasefire"),
        ("men", .NOUN, "Number=Plur", "man"),
        ("Hidden", .VERB, "Aspect=Perf|Tense=Past|VerbForm=Part", "hide"),
        ("geese", .NOUN, "Number=Plur", "goose"),
        ("agreed", .VERB, "Tense=Past|VerbForm=Fin", "agree"),
        ("Brokered", .ADJ, "Degree=Pos", "brokered"),
        ("naïver", .ADJ, "Degree=Cmp", "naïv"),
        ("uses", .NOUN, "Number=Plur", "us"),
        ("uses", .VERB, "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "use"),
    ]

    @Test("lemma equals spaCy's", arguments: words)
    func word(text: String, pos: PartOfSpeech, morphology: String, lemma: String) throws {
        let lemmatizer = try BundledRules.lemmatizer.get()
        let token = try #require(FixtureTokens.tokens(words: [(text, false)]).first)
        let features = try #require(Morphology(parsing: morphology))
        #expect(lemmatizer.lemma(of: token, pos: pos, morphology: features) == lemma)
    }

    @Test("a lemma the attribute ruler set is kept")
    func rulerLemmaKept() throws {
        let lemmatizer = try BundledRules.lemmatizer.get()
        let tokens = FixtureTokens.tokens(words: [("ca", false), ("n't", false)])
        let attributes = [
            TokenAttributes(tag: .MD, pos: .AUX, morphology: .empty, dependency: .aux, lemma: "can"),
            TokenAttributes(tag: .RB, pos: .PART, morphology: .empty, dependency: .neg, lemma: nil),
        ]
        #expect(lemmatizer(tokens, attributes: attributes) == ["can", "n't"])
    }

    @Test("is_base_form as spacy/lang/en/lemmatizer.py defines it")
    func baseForms() throws {
        func base(_ pos: PartOfSpeech, _ features: String) throws -> Bool {
            Lemmatizer.isBaseForm(pos: pos, morphology: try #require(Morphology(parsing: features)))
        }
        #expect(try base(.NOUN, "Number=Sing"))
        #expect(try !base(.NOUN, "Number=Plur"))
        #expect(try base(.VERB, "Tense=Pres|VerbForm=Fin"))
        #expect(try !base(.VERB, "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"))
        #expect(try base(.AUX, "VerbForm=Inf"))
        #expect(try base(.ADV, "Degree=Pos"))
        #expect(try base(.PRON, "VerbForm=None"))
        #expect(try !base(.PROPN, "Number=Sing"))
    }

    @Test("isalpha follows Python: letters of any script, no digits, marks or punctuation")
    func alphabetic() {
        #expect(Lemmatizer.isAlphabetic("naïve"))
        #expect(Lemmatizer.isAlphabetic("Ελλάδα"))
        #expect(!Lemmatizer.isAlphabetic("e-mail"))
        #expect(!Lemmatizer.isAlphabetic("1990"))
        #expect(!Lemmatizer.isAlphabetic("nai\u{308}ve"))  // a combining mark is not a letter in Python either
        #expect(!Lemmatizer.isAlphabetic(""))
    }
}
