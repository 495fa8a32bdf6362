import Foundation
import Testing

@testable import Language

/// The tagger over whole corpora, with tokens taken as given (spaCy's own, with its lexical attributes): the
/// share of tags identical to spaCy's, per corpus.
@Suite("Tagger agreement with spaCy")
struct TagAgreementTests {
    /// The agreement the port must reach (docs/language.md); a faithful port should reach 100 % bar near-ties.
    static let required = 0.995

    /// Tokens rebuilt from a fixture document's attributes, or nil if the fixture has none (shared texts).
    static func fixtureTokens(_ document: SpacyDocument) -> [Token]? {
        guard let norm = document.norm, let prefix = document.prefix, let suffix = document.suffix,
            let shape = document.shape
        else { return nil }
        return zip(document.tokenTexts, document.start.indices).map { text, index in
            Token(
                start: document.start[index], end: document.end[index], text: text,
                spaceAfter: document.space[index], norm: norm[index], lower: text.lowercased(),
                shape: shape[index], prefix: prefix[index], suffix: suffix[index],
                isSpace: !text.isEmpty && text.allSatisfy(\.isWhitespace))
        }
    }

    /// Tags the documents of `corpus` whose tokens `tokens` gives and compares them with spaCy's.
    static func measure(
        _ corpus: SpacyFixtures.Corpus, tokens: (SpacyDocument) throws -> [Token]?
    ) throws -> (agreeing: Int, total: Int, documents: Int, skipped: Int, firstDifference: String?) {
        let weights = try SharedModel.load()
        let tok2vec = try SharedModel.tok2vec.get()
        let tagger = try Tagger(weights: weights)
        var agreeing = 0
        var total = 0
        var firstDifference: String?
        var documents = 0
        var skipped = 0
        for document in try SpacyFixtures.documents(corpus) {
            guard let documentTokens = try tokens(document) else {
                skipped += 1
                continue
            }
            documents += 1
            try #require(documentTokens.count == document.tag.count, "\(document.name): token count differs")
            let tags = tagger(tok2vec(documentTokens))
            for (index, tag) in tags.enumerated() {
                total += 1
                if tag.rawValue == document.tag[index] {
                    agreeing += 1
                } else if firstDifference == nil {
                    firstDifference = describe(document, token: index, ours: tag)
                }
            }
        }
        return (agreeing, total, documents, skipped, firstDifference)
    }

    /// Where a differing tag is: the document, the sentence around the token, both tags.
    static func describe(_ document: SpacyDocument, token: Int, ours: Language.Tag) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let start = document.start[token]
        let sentence = document.sentences.first { $0[0] <= start && start < $0[1] } ?? [start, document.end[token]]
        let context = String(String.UnicodeScalarView(scalars[sentence[0]..<sentence[1]]))
        return "\(document.name) token \(token) \(document.tokenTexts[token].debugDescription): ours \(ours.rawValue), "
            + "spaCy \(document.tag[token]) — in: \(context)"
    }

    @Test("tags from spaCy's tokens match spaCy's tags", arguments: [SpacyFixtures.Corpus.seeds, .sentences])
    func agreement(corpus: SpacyFixtures.Corpus) throws {
        let result = try Self.measure(corpus, tokens: Self.fixtureTokens)
        try #require(result.total > 0, "\(corpus): no document with lexical attributes")
        try Self.report("spaCy's tokens", corpus, result)
    }

    @Test(
        "tags from our tokenizer's tokens match spaCy's in documents tokenized alike",
        arguments: SpacyFixtures.Corpus.allCases)
    func agreementFromTokenizer(corpus: SpacyFixtures.Corpus) throws {
        let tokenizer = try SharedTokenizer.get()
        let result = try Self.measure(corpus) { document in
            let tokens = tokenizer.tokenize(document.text)
            let alike = tokens.map(\.start) == document.start && tokens.map(\.end) == document.end
            return alike ? tokens : nil
        }
        // The dev texts live in ../shared; without it there is nothing to compare.
        guard result.total > 0 || corpus != .dev else { return }
        try #require(result.total > 0, "\(corpus): no document tokenized as spaCy does")
        try Self.report("our tokenizer", corpus, result)
    }

    static func report(
        _ source: String, _ corpus: SpacyFixtures.Corpus,
        _ result: (agreeing: Int, total: Int, documents: Int, skipped: Int, firstDifference: String?)
    ) throws {
        let share = Double(result.agreeing) / Double(result.total)
        print(
            "tag agreement, \(corpus), \(source): \(result.agreeing)/\(result.total) tokens = "
                + "\(String(format: "%.2f", 100 * share)) % over \(result.documents) documents"
                + (result.skipped > 0 ? " (\(result.skipped) tokenized differently, skipped)" : "")
                + (result.firstDifference.map { "; first difference: \($0)" } ?? ""))
        #expect(share >= Self.required, "\(corpus): first difference at \(result.firstDifference ?? "none")")
    }
}
