import ActorGraphCore
import ActorGraphTestSupport
import Testing

@testable import Extraction

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        let tokens = Tokenizer.tokenize(scalars)
        return SentenceSplitter.split(tokens).map { s in
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<s.end])
            return String(v)
        }
    }

    @Test("Abbreviations do not end sentences")
    func abbreviations() {
        let text = "Gen. Smith met Mr. Jones and Dr. Brown in the U.S. capital. Then they left."
        #expect(sentences(text) == ["Gen. Smith met Mr. Jones and Dr. Brown in the U.S. capital.", "Then they left."])
    }

    @Test("A dotted abbreviation before a sentence starter ends the sentence")
    func dottedAbbreviationAtEnd() {
        #expect(sentences("Troops left the U.S. The talks went on.") == ["Troops left the U.S.", "The talks went on."])
    }

    @Test("Curly closing quotes stay with their sentence")
    func curlyQuotes() {
        let text = "He said “we will stay.” The minister disagreed. “Never,” she said."
        #expect(sentences(text) == ["He said “we will stay.”", "The minister disagreed.", "“Never,” she said."])
    }

    @Test("Line breaks end headlines and a period glued to a capital still splits")
    func lineBreaksAndGluedSentences() {
        let text = "Headline Without Period\nBody text here.Next sentence starts."
        #expect(sentences(text) == ["Headline Without Period", "Body text here.", "Next sentence starts."])
    }

    @Test("Evidence offsets are Unicode-scalar offsets that slice back to the sentence exactly")
    func evidenceOffsetsSliceBack() throws {
        let extractor = try #require(Shared.extractor)
        for (name, text) in try RepositoryFiles.seedArticles() {
            let scalars = Array(text.unicodeScalars)
            let document = extractor.extract(SourceDocument(id: name, text: text))
            #expect(!document.relations.isEmpty)
            for relation in document.relations {
                for evidence in relation.evidence {
                    var slice = String.UnicodeScalarView()
                    slice.append(contentsOf: scalars[evidence.start..<evidence.end])
                    #expect(String(slice) == evidence.sentence)
                    #expect(evidence.document == name)
                }
            }
        }
    }

    @Test("Offsets count scalars, not UTF-16 units or bytes")
    func offsetsCountScalars() throws {
        let text = "Goïta 👍 spoke. Russia backed Mali."
        let document = try Shared.extract(text)
        let relation = try #require(document.relations.first { $0.source == "Russia" })
        let evidence = try #require(relation.evidence.first)
        #expect(evidence.start == 15)
        #expect(evidence.end == text.unicodeScalars.count)
        #expect(evidence.sentence == "Russia backed Mali.")
    }
}
