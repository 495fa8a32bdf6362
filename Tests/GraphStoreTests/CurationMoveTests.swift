import ActorGraphCore
import GraphStore
import Testing

/// Curations that cite a document (`addRelation`) follow it when its file moves, when it is read again, and
/// when it is removed and ingested again; a rebuild (undo) reads the archive under the document's new id.
@Suite("Curations follow their documents")
struct CurationMoveTests {
    /// `AddRelationTests.document()` under another id: same text and content hash, evidence naming `id`.
    static func document(id: String) -> ExtractedDocument {
        var document = AddRelationTests.document()
        document.id = id
        for r in document.relations.indices {
            for e in document.relations[r].evidence.indices { document.relations[r].evidence[e].document = id }
        }
        return document
    }

    static func details(version: String = "1-x") -> DocumentDetails {
        DocumentDetails(format: .text, path: "/corpus/t.txt", extractorVersion: version, dictionaryHash: "d")
    }

    /// The hand-added relation's evidence documents, and whether each is curated.
    static func handAdded(_ store: GraphStore) throws -> [String] {
        try store.relations().filter { $0.source == "Russia" && $0.target == "Niger" }.flatMap(\.evidence)
            .map { "\($0.document) \($0.provenance)" }
    }

    @Test("A moved file takes its add-relation curation along; undo then rebuilds under the new id")
    func movedThenUndone() throws {
        let store = try GraphStore.inMemory()
        let original = AddRelationTests.document()
        _ = try store.ingest([IncomingDocument(original, details: Self.details())])
        _ = try store.addRelation(
            source: "Russia", type: .supports, target: "Niger", document: "t.txt",
            evidence: "Niger cooperates with Russia.")
        try store.rename("Mali", to: "Republic of Mali")

        let moved = try store.refresh([
            DocumentRefresh(
                id: "2024/t.txt", contentHash: original.contentHash, details: Self.details(), movedFrom: "t.txt")
        ])
        #expect(moved.documentsMoved == [DocumentMove(from: "t.txt", to: "2024/t.txt")])
        guard case .addRelation(_, _, _, let cited) = try store.curations()[0].action else {
            Issue.record("curation 1 is not an added relation")
            return
        }
        #expect(cited.document == "2024/t.txt" && cited.start == 47 && cited.end == 76)
        #expect(try Self.handAdded(store) == ["2024/t.txt curated"])

        // Undoing the rename rebuilds from the archive, which was written under the old id.
        _ = try store.undo(curation: 2)
        #expect(try Self.handAdded(store) == ["2024/t.txt curated"])
        let extracted = try store.relations(involving: "Mali").flatMap(\.evidence).map(\.document)
        #expect(extracted == ["2024/t.txt"])
        let fresh = try GraphStore.inMemory()
        _ = try fresh.ingest([IncomingDocument(Self.document(id: "2024/t.txt"), details: Self.details())])
        _ = try fresh.addRelation(
            source: "Russia", type: .supports, target: "Niger", document: "2024/t.txt",
            evidence: "Niger cooperates with Russia.")
        #expect(try store.graphTablesDump() == fresh.graphTablesDump())
    }

    @Test("Read again by another extractor, or removed and ingested again, the curation applies again")
    func rereadAndRemoved() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([IncomingDocument(AddRelationTests.document(), details: Self.details())])
        _ = try store.addRelation(
            source: "Russia", type: .supports, target: "Niger", document: "t.txt",
            evidence: "Niger cooperates with Russia.")

        let reread = try store.ingest([
            IncomingDocument(AddRelationTests.document(), details: Self.details(version: "2-y"))
        ])
        #expect(reread.documentsReextracted == 1 && reread.warnings.isEmpty)
        #expect(try Self.handAdded(store) == ["t.txt curated"])

        _ = try store.removeDocument("t.txt")
        #expect(try Self.handAdded(store).isEmpty)
        #expect(try store.curations().map(\.isActive) == [true])
        _ = try store.ingest([IncomingDocument(AddRelationTests.document(), details: Self.details(version: "2-y"))])
        #expect(try Self.handAdded(store) == ["t.txt curated"])
    }
}
