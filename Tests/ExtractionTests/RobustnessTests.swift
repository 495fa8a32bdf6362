import ActorGraphCore
import Testing

@testable import Extraction

@Suite struct RobustnessTests {
    @Test("Empty text gives an empty document with the empty-text hash")
    func emptyText() throws {
        let document = try Shared.extract("")
        #expect(document.entities.isEmpty)
        #expect(document.relations.isEmpty)
        #expect(document.length == 0)
        #expect(document.contentHash == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test("Binary-looking text does not crash")
    func binaryText() throws {
        var generator = SplitMix64(seed: 42)
        let bytes = (0..<20_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let text = String(decoding: bytes, as: UTF8.self)
        let document = try Shared.extract(text)
        #expect(document.length == text.unicodeScalars.count)
    }

    @Test("A very long paragraph is read whole: the parser has no sentence-length limit")
    func veryLongSentence() throws {
        let text = Array(repeating: "Russia backed Mali and France", count: 500).joined(separator: " ,")
        let document = try Shared.extract(text)
        #expect(document.has("Russia", .supports, "Mali"))
        #expect(document.warnings.isEmpty)
        #expect(document.length == text.unicodeScalars.count)
    }

    @Test("Markup and control characters are plain text; invisible characters do not glue to words")
    func hostileMarkup() throws {
        let document = try Shared.extract("<script>alert('x')</script>\u{0}\u{7}\nRussia backed Mali.\u{202E}")
        #expect(document.has("Russia", .supports, "Mali"))
        let evidence = try #require(document.relations.first?.evidence.first)
        // Offsets still point into the original text, the override character included.
        #expect(evidence.sentence == "Russia backed Mali.")
        #expect(evidence.start == 30)
    }

    @Test("Output is deterministic, and the parallel corpus read equals the sequential one")
    func deterministic() throws {
        let extractor = try #require(Shared.extractor)
        let documents = (0..<12).map { i in
            SourceDocument(
                id: "d\(i).txt", text: "President Ali Bongo of Gabon met Bongo aides. Russia backed Mali. \(i)")
        }
        let parallel = extractor.extract(documents)
        let sequential = documents.map { extractor.extract($0) }
        #expect(parallel == sequential)
        #expect(extractor.extract(documents) == parallel)
    }
}
