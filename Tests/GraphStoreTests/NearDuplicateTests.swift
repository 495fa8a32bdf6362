import ActorGraphCore
import Foundation
import GraphStore
import Testing

/// Wire copies: near-identical documents are grouped, and a group counts once in weights.
@Suite("Near-duplicates: copies are found, grouped by their original, and counted once")
struct NearDuplicateTests {
    /// A story of some 150 words about `subject`; `variant` changes its first line only, as outlets do.
    static func story(_ subject: String, variant: Int) -> String {
        let body = (1...12).map { sentence in
            "In paragraph \(sentence) the report on \(subject) describes talks, supplies and troops near the border"
                + " while officials in several capitals weigh what comes next."
        }.joined(separator: " ")
        return "Wire copy \(variant) of the \(subject) story. " + body
    }

    /// A text of 150 words drawn from a seeded generator: unlike every story and every other seed.
    static func unrelated(_ seed: UInt64) -> String {
        var generator = SplitMix64(seed: seed)
        return (0..<150).map { _ in "w\(generator.next(below: 5000))" }.joined(separator: " ") + "."
    }

    /// A document of `text` with one relation Russia supports Mali read from one sentence at `start`.
    static func incoming(
        _ id: String, text: String, date: String? = nil, relations: [Relation]? = nil
    ) -> IncomingDocument {
        let document = ExtractedDocument(
            id: id, contentHash: SHA256.hex(of: Array(text.utf8)), length: text.unicodeScalars.count, date: date,
            entities: [Fixture.entity("Russia", .state), Fixture.entity("Mali", .state)],
            relations: relations ?? [Fixture.relation("Russia", .supports, "Mali", in: id, at: [40])])
        return IncomingDocument(document, details: DocumentDetails(fingerprint: TextFingerprint(text: text)))
    }

    /// The band index holds exactly 32 rows per fingerprinted document, each naming the document's cluster.
    static func expectBandsConsistent(_ store: GraphStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let fingerprinted = try store.count("SELECT COUNT(*) FROM documents WHERE fingerprint IS NOT NULL")
        #expect(
            try store.count("SELECT COUNT(*) FROM document_bands") == 32 * fingerprinted, sourceLocation: sourceLocation
        )
        let misfiled = try store.count(
            """
            SELECT COUNT(*) FROM document_bands b JOIN documents d ON d.id = b.document_id
            WHERE b.cluster <> COALESCE(d.copy_of, d.id)
            """)
        #expect(misfiled == 0, sourceLocation: sourceLocation)
    }

    static func weight(_ store: GraphStore, _ type: RelationType = .supports) throws -> Double? {
        try store.snapshot().edges.first { $0.type == type }?.weight
    }

    @Test("100 copies of one story give the weight one document gives, and list their original")
    func hundredCopiesCountOnce() throws {
        try withTemporaryStore { store, _ in
            let copies = (0..<100).map {
                Self.incoming(String(format: "copy-%03d.txt", $0), text: Self.story("Mali", variant: $0))
            }
            for batch in stride(from: 0, to: copies.count, by: 32) {
                _ = try store.ingest(Array(copies[batch..<min(batch + 32, copies.count)]))
            }
            // One document alone gives weight 1 for its one sentence.
            #expect(try Self.weight(store) == 1)
            let relation = try #require(try store.relations(involving: "Russia").first)
            #expect(relation.weight == 1)
            #expect(relation.evidence.map(\.document) == ["copy-000.txt"])
            let documents = try store.documents()
            #expect(documents.count == 100)
            #expect(documents.filter { $0.copyOf == "copy-000.txt" }.count == 99)
            #expect(documents.first { $0.id == "copy-000.txt" }?.copies == 99)
            #expect(documents.allSatisfy { ($0.copySimilarity ?? 1) >= TextFingerprint.copyThreshold })
            #expect(try store.copyCount() == 99)
            // All 100 sentences are kept; one counts.
            #expect(try store.stats().evidence == 100)
            #expect(documents.map(\.countedEvidence).reduce(0, +) == 1)
            try Self.expectBandsConsistent(store)
        }
    }

    @Test("A later copy with more sentences for a relation takes over its count; other relations stay")
    func laterCopyTakesOverOneRelation() throws {
        let store = try GraphStore.inMemory()
        let first = [
            Self.incoming("a.txt", text: Self.story("Mali", variant: 1), date: "2024-01-01"),
            Self.incoming(
                "b.txt", text: Self.story("Mali", variant: 2), date: "2024-01-02",
                relations: [
                    Fixture.relation("Russia", .supports, "Mali", in: "b.txt", at: [40]),
                    Fixture.relation("Russia", .cooperatesWith, "Mali", in: "b.txt", at: [300, 600]),
                ]),
        ]
        _ = try store.ingest(first)
        // A later batch: c is a copy too, with two supporting sentences where a and b have one.
        _ = try store.ingest([
            Self.incoming(
                "c.txt", text: Self.story("Mali", variant: 3), date: "2024-01-03",
                relations: [Fixture.relation("Russia", .supports, "Mali", in: "c.txt", at: [40, 700])])
        ])
        #expect(try store.documents().filter { $0.copyOf == "a.txt" }.map(\.id).sorted() == ["b.txt", "c.txt"])
        let supports = try #require(try store.relations().first { $0.type == .supports })
        #expect(supports.evidence.map(\.document) == ["c.txt", "c.txt"])
        #expect(try Self.weight(store) == 2)
        let cooperation = try #require(try store.relations().first { $0.type == .cooperatesWith })
        #expect(cooperation.evidence.map(\.document) == ["b.txt", "b.txt"])
        // The same documents in one batch, in another order, give the same counts.
        let together = try GraphStore.inMemory()
        _ = try together.ingest(
            [
                Self.incoming(
                    "c.txt", text: Self.story("Mali", variant: 3), date: "2024-01-03",
                    relations: [Fixture.relation("Russia", .supports, "Mali", in: "c.txt", at: [40, 700])])
            ] + first.reversed())
        #expect(try together.relations().map(\.evidence) == store.relations().map(\.evidence))
        try Self.expectBandsConsistent(store)
    }

    @Test("A sentence only a copy has still counts; different stories stay apart")
    func copyAddsItsOwnSentence() throws {
        let store = try GraphStore.inMemory()
        let extra = Fixture.relation("Russia", .cooperatesWith, "Mali", in: "b.txt", at: [900])
        _ = try store.ingest([
            Self.incoming("a.txt", text: Self.story("Mali", variant: 1)),
            Self.incoming(
                "b.txt", text: Self.story("Mali", variant: 2),
                relations: [Fixture.relation("Russia", .supports, "Mali", in: "b.txt", at: [40]), extra]),
            Self.incoming("c.txt", text: Self.unrelated(3)),
        ])
        let documents = Dictionary(uniqueKeysWithValues: try store.documents().map { ($0.id, $0) })
        #expect(documents["b.txt"]?.copyOf == "a.txt")
        #expect(documents["c.txt"]?.copyOf == nil)
        // a and b are one story (1), c another (1).
        #expect(try Self.weight(store) == 2)
        #expect(try Self.weight(store, .cooperatesWith) == 1)
        let supports = try #require(try store.relations().first { $0.type == .supports })
        #expect(supports.evidence.map(\.document) == ["a.txt", "c.txt"])
    }

    @Test("The original is the earliest dated copy, whatever the order the copies arrive in")
    func orderIndependent() throws {
        let texts = (0..<12).map { Self.story("Mali", variant: $0) }
        let dated = texts.enumerated().map { index, text in
            Self.incoming("d\(index).txt", text: text, date: index == 7 ? "2024-01-01" : "2024-02-0\(index % 9 + 1)")
        }
        let others = [Self.incoming("x.txt", text: Self.unrelated(4))]
        func summary(_ order: [IncomingDocument], batch: Int) throws -> [String] {
            let store = try GraphStore.inMemory()
            for start in stride(from: 0, to: order.count, by: batch) {
                _ = try store.ingest(Array(order[start..<min(start + batch, order.count)]))
            }
            try Self.expectBandsConsistent(store)
            let weights = try store.snapshot().edges.map { "\($0.type) \($0.weight)" }
            return try store.documents().map { "\($0.id) → \($0.copyOf ?? "-") \($0.countedEvidence)" } + weights
        }
        var generator = SplitMix64(seed: 7)
        let expected = try summary(dated + others, batch: 100)
        #expect(expected.contains("d7.txt → - 1"))
        #expect(expected.contains("d0.txt → d7.txt 0"))
        #expect(expected.contains("supports 2.0"))
        for batch in [1, 3, 5] {
            #expect(try summary((dated + others).shuffled(using: &generator), batch: batch) == expected)
        }
    }

    @Test("Removing the original makes the next copy the original; a changed copy leaves the group")
    func removalAndChangeRegroup() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest((0..<5).map { Self.incoming("c\($0).txt", text: Self.story("Mali", variant: $0)) })
        _ = try store.removeDocument("c0.txt")
        var documents = try store.documents()
        #expect(documents.map { $0.copyOf ?? "-" } == ["-", "c1.txt", "c1.txt", "c1.txt"])
        try Self.expectBandsConsistent(store)
        #expect(try Self.weight(store) == 1)
        #expect(try store.relations().first?.evidence.map(\.document) == ["c1.txt"])
        // c1 now holds another story: it leaves, c2 becomes the original of the rest.
        _ = try store.ingest([Self.incoming("c1.txt", text: Self.unrelated(5))])
        documents = try store.documents()
        #expect(documents.map { $0.copyOf ?? "-" } == ["-", "-", "c2.txt", "c2.txt"])
        #expect(try Self.weight(store) == 2)
        try Self.expectBandsConsistent(store)
        // An earlier-dated copy arriving later becomes the original of the group it joins.
        _ = try store.ingest([Self.incoming("z.txt", text: Self.story("Mali", variant: 7), date: "2020-01-01")])
        documents = try store.documents()
        #expect(documents.map { $0.copyOf ?? "-" } == ["-", "z.txt", "z.txt", "z.txt", "-"])
        try Self.expectBandsConsistent(store)
        // Short texts have no fingerprint and are never copies.
        #expect(TextFingerprint(text: "Russia supports Mali.") == nil)
    }

    @Test("A chain of copies is one group; taking out its middle splits it in two")
    func chainSplits() throws {
        var generator = SplitMix64(seed: 21)
        var words = (0..<400).map { _ in "w\(generator.next(below: 5000))" }
        func text() -> String { words.joined(separator: " ") + "." }
        let a = text()
        for position in [10, 70, 130, 190, 250, 310] { words[position] = "b\(position)" }
        let b = text()
        for position in [40, 100, 160, 220, 280, 340] { words[position] = "c\(position)" }
        let c = text()
        let (fa, fb, fc) = (
            try #require(TextFingerprint(text: a)), try #require(TextFingerprint(text: b)),
            try #require(TextFingerprint(text: c))
        )
        // The chain this test needs: a and b alike, b and c alike, a and c not.
        try #require(fa.similarity(to: fb) >= TextFingerprint.copyThreshold)
        try #require(fb.similarity(to: fc) >= TextFingerprint.copyThreshold)
        try #require(fa.similarity(to: fc) < TextFingerprint.copyThreshold)
        let store = try GraphStore.inMemory()
        _ = try store.ingest([
            Self.incoming("a.txt", text: a), Self.incoming("b.txt", text: b), Self.incoming("c.txt", text: c),
        ])
        #expect(try store.documents().map { $0.copyOf ?? "-" } == ["-", "a.txt", "a.txt"])
        #expect(try Self.weight(store) == 1)
        _ = try store.removeDocument("b.txt")
        #expect(try store.documents().map { $0.copyOf ?? "-" } == ["-", "-"])
        #expect(try Self.weight(store) == 2)
        try Self.expectBandsConsistent(store)
        // Back in, b joins them again, whatever the order.
        _ = try store.ingest([Self.incoming("b.txt", text: b)])
        #expect(try store.documents().map { $0.copyOf ?? "-" } == ["-", "a.txt", "a.txt"])
        try Self.expectBandsConsistent(store)
    }

    @Test("A merge that unions two relations still counts one sentence per group of copies")
    func mergeKeepsCountingOnce() throws {
        let store = try GraphStore.inMemory()
        let copies = (0..<3).map { index -> IncomingDocument in
            let id = "m\(index).txt"
            var document = Self.incoming(id, text: Self.story("Mali", variant: index)).document
            document.entities = [
                Fixture.entity("Russia", .state), Fixture.entity("Mali", .state), Fixture.entity("Moskva", .state),
            ]
            document.relations = [
                Fixture.relation("Russia", .supports, "Mali", in: id, at: [40]),
                Fixture.relation("Moskva", .supports, "Mali", in: id, at: [300]),
            ]
            return IncomingDocument(
                document,
                details: DocumentDetails(fingerprint: TextFingerprint(text: Self.story("Mali", variant: index))))
        }
        _ = try store.ingest(copies)
        #expect(try store.snapshot().edges.map(\.weight) == [1, 1])
        try store.merge("Russia", absorbing: "Moskva")
        // One relation now, with two sentences from each copy: one copy's two count.
        let relation = try #require(try store.relations().first)
        #expect(relation.weight == 2)
        #expect(Set(relation.evidence.map(\.document)) == ["m0.txt"])
        #expect(try store.snapshot().edges.map(\.weight) == [2])
    }
}
