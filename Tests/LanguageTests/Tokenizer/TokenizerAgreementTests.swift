import Foundation
import Testing

@testable import Language

@Suite("Tokenizer agreement with spaCy on the fixture corpora")
struct TokenizerAgreementTests {
    /// A token boundary as the fixtures record it.
    struct Boundary: Hashable, CustomStringConvertible {
        let start: Int
        let end: Int
        let space: Bool

        var description: String { "[\(start), \(end))\(space ? "+space" : "")" }
    }

    @Test("token boundaries (start, end, whitespace) equal spaCy's", arguments: SpacyFixtures.Corpus.allCases)
    func boundaries(corpus: SpacyFixtures.Corpus) throws {
        let tokenizer = try SharedTokenizer.get()
        let documents = try SpacyFixtures.documents(corpus)
        try #require(!documents.isEmpty || corpus == .dev, "no \(corpus) documents")
        var spacyCount = 0
        var agreeing = 0
        var identicalDocuments = 0
        var reports: [String] = []
        for document in documents {
            let tokens = tokenizer.tokenize(document.text)
            let ours = tokens.map { Boundary(start: $0.start, end: $0.end, space: $0.spaceAfter) }
            let theirs = (0..<document.start.count).map {
                Boundary(start: document.start[$0], end: document.end[$0], space: document.space[$0])
            }
            let oursSet = Set(ours)
            spacyCount += max(theirs.count, ours.count)
            agreeing += theirs.filter(oursSet.contains).count
            if ours == theirs {
                identicalDocuments += 1
            } else {
                reports.append(Self.firstDifference(document, ours: tokens, theirs: theirs))
            }
        }
        let percent = spacyCount == 0 ? 100 : 100 * Double(agreeing) / Double(spacyCount)
        print(
            "tokenizer boundaries, \(corpus): \(agreeing)/\(spacyCount) tokens = \(String(format: "%.3f", percent)) %,"
                + " \(identicalDocuments)/\(documents.count) documents identical")
        for report in reports { print(report) }
        #expect(percent >= 99.5, "\(corpus): \(reports.joined(separator: "\n"))")
    }

    @Test(
        "NORM, PREFIX, SUFFIX, SHAPE and attribute IDs equal spaCy's on the project texts",
        arguments: [
            SpacyFixtures.Corpus.seeds, .sentences,
        ])
    func lexicalAttributes(corpus: SpacyFixtures.Corpus) throws {
        let tokenizer = try SharedTokenizer.get()
        var compared = 0
        for document in try SpacyFixtures.documents(corpus) {
            let tokens = tokenizer.tokenize(document.text)
            guard tokens.map(\.start) == document.start, tokens.map(\.end) == document.end,
                let norm = document.norm, let prefix = document.prefix, let suffix = document.suffix,
                let shape = document.shape
            else { continue }
            let texts = document.tokenTexts
            for (index, token) in tokens.enumerated() {
                let expected = (norm[index], prefix[index], suffix[index], shape[index])
                let actual = (token.norm, token.prefix, token.suffix, token.shape)
                guard actual == expected else {
                    Issue.record(
                        """
                        \(document.name) token \(index) \(token.text.debugDescription): (norm, prefix, suffix, shape) \
                        \(actual) but spaCy has \(expected); context: \(Self.context(document, around: token.start))
                        """)
                    break
                }
                #expect(token.text == texts[index])
                #expect(token.attributeID(.norm) == StringKey.of(expected.0))
                #expect(token.attributeID(.prefix) == StringKey.of(expected.1))
                #expect(token.attributeID(.suffix) == StringKey.of(expected.2))
                #expect(token.attributeID(.shape) == StringKey.of(expected.3))
                #expect(token.attributeID(.spacy) == (document.space[index] ? 1 : 0))
                compared += 1
            }
        }
        print("tokenizer lexical attributes, \(corpus): \(compared) tokens compared")
        #expect(compared > 0)
    }

    /// The document, the sentence around the first differing token, and that token on both sides.
    static func firstDifference(_ document: SpacyDocument, ours: [Token], theirs: [Boundary]) -> String {
        let oursBoundaries = ours.map { Boundary(start: $0.start, end: $0.end, space: $0.spaceAfter) }
        let shared = min(oursBoundaries.count, theirs.count)
        let index = (0..<shared).first { oursBoundaries[$0] != theirs[$0] } ?? shared
        let scalars = Array(document.text.unicodeScalars)
        func text(_ boundary: Boundary) -> String {
            String(String.UnicodeScalarView(scalars[boundary.start..<boundary.end])).debugDescription
        }
        let mine = index < ours.count ? "\(text(oursBoundaries[index])) \(oursBoundaries[index])" : "(none)"
        let spacy = index < theirs.count ? "\(text(theirs[index])) \(theirs[index])" : "(none)"
        let offset = index < theirs.count ? theirs[index].start : (theirs.last?.end ?? 0)
        return """
            \(document.name): first difference at token \(index): ours \(mine), spaCy \(spacy)
              sentence: \(context(document, around: offset))
            """
    }

    /// The fixture sentence containing scalar `offset`, quoted.
    static func context(_ document: SpacyDocument, around offset: Int) -> String {
        let scalars = Array(document.text.unicodeScalars)
        let span =
            document.sentences.first { $0[0] <= offset && offset < $0[1] } ?? [
                max(0, offset - 60), min(scalars.count, offset + 60),
            ]
        return String(String.UnicodeScalarView(scalars[span[0]..<span[1]])).debugDescription
    }
}
