import Foundation
import Testing

@testable import Language

/// The attribute ruler and lemmatizer against spaCy's output on the fixture corpora, given spaCy's tags and labels.
@Suite("Attribute ruler and lemmatizer agreement with spaCy")
struct RulesAgreementTests {
    @Test("POS and lemmas agree with spaCy on each corpus", arguments: SpacyFixtures.Corpus.allCases)
    func agreement(corpus: SpacyFixtures.Corpus) throws {
        // Without ../shared the development articles are not here to compare (CI has them).
        guard SpacyFixtures.isAvailable(corpus) else { return }
        let ruler = try BundledRules.ruler.get()
        let lemmatizer = try BundledRules.lemmatizer.get()
        let documents = try SpacyFixtures.documents(corpus)
        try #require(!documents.isEmpty || corpus == .dev, "no \(corpus) documents")
        var tokens = 0
        var posAgreeing = 0
        var lemmasAgreeing = 0
        var reported = 0
        for document in documents {
            let words = FixtureTokens.tokens(of: document)
            let tags = try FixtureTokens.tags(of: document).map { try #require($0, "\(document.name): unknown tag") }
            let labels = try FixtureTokens.dependencies(of: document).map {
                try #require($0, "\(document.name): unknown label")
            }
            let attributes = ruler(words, tags: tags, dependencies: labels)
            let lemmas = lemmatizer(words, attributes: attributes)
            var firstDifference: String?
            for index in words.indices {
                let posAgrees = attributes[index].pos.rawValue == document.pos[index]
                let lemmaAgrees =
                    if let expected = document.lemma { lemmas[index] == expected[index] } else {
                        SpacyDocument.lemmaKey(lemmas[index]) == document.lemmaKey?[index]
                    }
                tokens += 1
                posAgreeing += posAgrees ? 1 : 0
                lemmasAgreeing += lemmaAgrees ? 1 : 0
                if firstDifference == nil, !posAgrees || !lemmaAgrees {
                    let context = words[max(0, index - 3)..<min(words.count, index + 4)].map(\.text)
                    firstDifference =
                        "token \(index) \(words[index].text.debugDescription) tag \(tags[index].rawValue) "
                        + "dep \(labels[index].rawValue): POS \(attributes[index].pos.rawValue) (spaCy "
                        + "\(document.pos[index])), lemma \(lemmas[index].debugDescription)"
                        + (document.lemma.map { " (spaCy \($0[index].debugDescription))" } ?? " (spaCy's differs)")
                        + "; context \(context)"
                }
            }
            if let firstDifference, reported < 20 {
                reported += 1
                print("[rules] \(corpus) \(document.name): \(firstDifference)")
            }
        }
        let posShare = Double(posAgreeing) / Double(max(tokens, 1))
        let lemmaShare = Double(lemmasAgreeing) / Double(max(tokens, 1))
        print(
            "[rules] \(corpus): \(documents.count) documents, \(tokens) tokens; POS \(posAgreeing)/\(tokens) "
                + "(\(String(format: "%.3f", posShare * 100)) %), lemmas \(lemmasAgreeing)/\(tokens) "
                + "(\(String(format: "%.3f", lemmaShare * 100)) %)")
        #expect(posShare >= 0.995, "POS agreement on \(corpus)")
        #expect(lemmaShare >= 0.995, "lemma agreement on \(corpus)")
    }
}
