import ActorGraphCore
import GraphStore
import Testing

/// `addRelation`: evidence checked word for word against the stored text, the schema's type constraints, the
/// curated mark, and replay after re-ingest.
@Suite("Adding a relation by hand")
struct AddRelationTests {
    /// The document's text, with offsets in Unicode scalars.
    ///
    /// Its first sentence and space take 25 scalars, the second and its space 22 more.
    static let text = "Assimi Goïta leads Mali. Russia supports Mali. Niger cooperates with Russia."

    static func document(text: String? = AddRelationTests.text, version: String = "v1") -> ExtractedDocument {
        var document = Fixture.document(
            "t.txt", version: version,
            entities: [
                Fixture.entity("Assimi Goïta", .person), Fixture.entity("Mali", .state),
                Fixture.entity("Russia", .state), Fixture.entity("Niger", .state),
            ],
            relations: [
                Relation(
                    source: "Russia", type: .supports, target: "Mali", confidence: 0.7,
                    evidence: [Evidence(document: "t.txt", sentence: "Russia supports Mali.", start: 25, end: 46)])
            ])
        document.text = text
        return document
    }

    @Test("The sentence is found where it stands; the edge is marked curated, with confidence 1")
    func citesVerbatim() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.document()])
        let record = try store.addRelation(
            source: "Russia", type: .supports, target: "Niger", document: "t.txt",
            evidence: "Niger cooperates with Russia.")
        let cited = Evidence(
            document: "t.txt", sentence: "Niger cooperates with Russia.", start: 47, end: 76, curated: true)
        #expect(record.action == .addRelation(source: "Russia", type: .supports, target: "Niger", evidence: cited))
        let relation = try #require(try store.relations(involving: "Niger").first)
        #expect("\(relation.source) \(relation.type) \(relation.target)" == "Russia supports Niger")
        // Read back, the sentence carries its document's source (nothing but its id is known here).
        var stored = cited
        stored.source = DocumentSource(document: "t.txt", provenance: .extracted)
        #expect(relation.evidence == [stored])
        #expect(relation.evidence.first?.provenance == .curated)
        #expect(relation.confidence == 1)
        // Only the hand-added sentence is curated; the extracted relation is as it was.
        #expect(try store.relations(involving: "Mali").flatMap(\.evidence).allSatisfy { !$0.curated })
    }

    @Test("Evidence that is not word for word in the text is refused in one line naming the document")
    func notVerbatimRefused() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.document()])
        let before = try store.canonicalDump()
        for sentence in ["Niger cooperates with Russia!", "niger cooperates with russia.", "Niger  cooperates", ""] {
            let error = #expect(throws: GraphStoreError.self) {
                try store.addRelation(
                    source: "Russia", type: .supports, target: "Niger", document: "t.txt", evidence: sentence)
            }
            #expect(error == .evidenceNotInDocument(document: "t.txt", evidence: sentence))
            let message = error?.description ?? ""
            #expect(message.hasPrefix("t.txt: the evidence “"))
            #expect(!message.contains("\n"))
        }
        #expect(try store.curations().isEmpty)
        #expect(try store.canonicalDump() == before)
    }

    @Test("Type constraints, unknown documents and documents without text are refused")
    func otherRefusals() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.document()])
        #expect(
            throws: GraphStoreError.inadmissibleRelation(
                source: "Russia", sourceType: .state, type: .leads, target: "Mali", targetType: .state)
        ) {
            try store.addRelation(
                source: "Russia", type: .leads, target: "Mali", document: "t.txt", evidence: "Russia supports Mali.")
        }
        #expect(throws: GraphStoreError.unknownDocument(id: "s.txt", suggestions: ["t.txt"])) {
            try store.addRelation(
                source: "Russia", type: .supports, target: "Niger", document: "s.txt", evidence: "Russia")
        }
        #expect(
            throws: GraphStoreError.conflictingCuration(
                name: "Russia",
                reason:
                    "'Russia supports Mali' already has this sentence of t.txt as evidence; accept the relation instead"
            )
        ) {
            try store.addRelation(
                source: "Russia", type: .supports, target: "Mali", document: "t.txt", evidence: "Russia supports Mali.")
        }
        var bare = Fixture.document("bare.txt", entities: [Fixture.entity("Chad", .state)], relations: [])
        bare.text = nil
        _ = try store.ingest([bare])
        #expect(throws: GraphStoreError.noStoredText(document: "bare.txt")) {
            try store.addRelation(
                source: "Chad", type: .supports, target: "Mali", document: "bare.txt", evidence: "Chad")
        }
        #expect(try store.curations().isEmpty)
    }

    @Test("Replayed after re-ingest: found again where a changed document moved it, dropped with a warning when gone")
    func replayedAfterReingest() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.document()])
        try store.addRelation(
            source: "Russia", type: .supports, target: "Niger", document: "t.txt",
            evidence: "Niger cooperates with Russia.")
        _ = try store.ingest([Self.document(text: "Update. " + Self.text, version: "v2")])
        let moved = try store.relations(involving: "Niger").flatMap(\.evidence)
        #expect(moved.map { "\($0.start)-\($0.end) \($0.curated)" } == ["55-84 true"])

        let gone = try store.ingest([Self.document(text: "Assimi Goïta leads Mali.", version: "v3")])
        #expect(gone.warnings.count == 1)
        #expect(gone.warnings.first?.hasPrefix("curation 1 not replayed: t.txt: the evidence “") == true)
        #expect(try store.relations(involving: "Niger").isEmpty)
    }

    @Test("A merge keeps the curated mark when it unions the hand-added relation into another")
    func survivesMerge() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Self.document()])
        try store.addRelation(
            source: "Russia", type: .supports, target: "Niger", document: "t.txt",
            evidence: "Niger cooperates with Russia.")
        try store.merge("Mali", absorbing: "Niger")
        let evidence = try #require(try store.relations(involving: "Mali").first { $0.type == .supports }).evidence
        #expect(evidence.map { "\($0.start) \($0.provenance)" } == ["25 extracted", "47 curated"])
        _ = try store.ingest([Self.document(version: "v2")])
        #expect(try store.relations(involving: "Mali").flatMap(\.evidence).filter(\.curated).count == 1)
    }
}
