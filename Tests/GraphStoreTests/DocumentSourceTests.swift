import ActorGraphCore
import Foundation
import GraphStore
import Testing

/// What the store keeps of a document beside its evidence: its source, what read it, and its identity.
@Suite("Documents: source metadata on every citation, re-extraction, moved files")
struct DocumentSourceTests {
    static let metadata = DocumentMetadata(
        title: "Russia expands its footprint", outlet: "Wire", author: "A. Reporter", published: "2024-03-01",
        url: "https://example.org/russia-mali")

    static func details(_ metadata: DocumentMetadata = metadata, version: String = "1-x", dictionary: String = "d")
        -> DocumentDetails
    {
        DocumentDetails(
            metadata: metadata, format: .text, path: "/corpus/a.txt", extractorVersion: version,
            dictionaryHash: dictionary)
    }

    @Test("A document's title, outlet, date and URL reach every evidence sentence read back")
    func metadataOnEvidence() throws {
        let store = try GraphStore.inMemory()
        let documents = Fixture.twoDocuments
        _ = try store.ingest([IncomingDocument(documents[0], details: Self.details()), IncomingDocument(documents[1])])
        let expected = Self.metadata.source(document: "a.txt")
        let supports = try #require(
            try store.relations(involving: "Russia").first { $0.type == .supports && $0.target == "Mali" })
        #expect(supports.evidence.map(\.source) == [expected, expected])
        let id = try #require(supports.id)
        #expect(try store.bestEvidence(for: id)?.source == expected)
        #expect(try store.evidence(for: id).allSatisfy { $0.source == expected })
        // A document without details is cited by its id alone.
        let niger = try #require(try store.relations(involving: "Niger").first)
        #expect(niger.evidence.first?.source == DocumentSource(document: "b.txt"))
        let listed = try #require(try store.documents().first)
        #expect(listed.metadata == Self.metadata && listed.format == .text && listed.path == "/corpus/a.txt")
        #expect(listed.entityCount == 3 && listed.relationCount == 3 && listed.evidenceCount == 4)
    }

    @Test("Same text read by another extractor, with another dictionary or date is read again, and says why")
    func reextraction() throws {
        let store = try GraphStore.inMemory()
        let document = Fixture.twoDocuments[0]
        _ = try store.ingest([IncomingDocument(document, details: Self.details())])
        let stored = try #require(try store.storedDocument(id: "a.txt"))
        #expect(
            stored.status(contentHash: document.contentHash, date: document.date, details: Self.details()) == .unchanged
        )
        #expect(
            stored.status(contentHash: document.contentHash, date: document.date, details: Self.details(version: "2-y"))
                == .outdated([.extractor]))
        #expect(
            stored.status(contentHash: document.contentHash, date: "2025-01-01", details: Self.details(dictionary: "e"))
                == .outdated([.dictionary, .date]))
        #expect(stored.status(contentHash: "other", date: nil, details: nil) == .changed)
        // Without details only the hash counts, as before the store kept them.
        #expect(stored.status(contentHash: document.contentHash, date: "2025-01-01", details: nil) == .unchanged)

        let again = try store.ingest([IncomingDocument(document, details: Self.details(dictionary: "e"))])
        #expect(again.documentsReextracted == 1 && again.reextractionReasons == [.dictionary: 1])
        #expect(again.documentsUnchanged == 0 && again.documentsReplaced == 0)
        #expect(try store.storedDocument(id: "a.txt")?.details.dictionaryHash == "e")
        #expect(try store.stats().evidence == 4)
        let same = try store.ingest([IncomingDocument(document, details: Self.details(dictionary: "e"))])
        #expect(same.documentsUnchanged == 1 && same.documentsReextracted == 0 && same.evidenceAdded == 0)
    }

    @Test("New metadata for an unchanged text is updated in place, its evidence untouched")
    func metadataUpdated() throws {
        let store = try GraphStore.inMemory()
        let document = Fixture.twoDocuments[0]
        _ = try store.ingest([IncomingDocument(document, details: Self.details())])
        var renamed = Self.metadata
        renamed.title = "A better headline"
        let summary = try store.ingest([IncomingDocument(document, details: Self.details(renamed))])
        #expect(summary.documentsUpdated == 1 && summary.documentsUnchanged == 1 && summary.evidenceAdded == 0)
        #expect(try store.relations().flatMap(\.evidence).allSatisfy { $0.source?.title == "A better headline" })
    }

    @Test("A moved file keeps its evidence and curations under its new id; a stale hint renames nothing")
    func moved() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        try store.rename("Mali", to: "Republic of Mali")
        var moved = Fixture.twoDocuments[0]
        moved.id = "2024/a.txt"
        moved.relations = moved.relations.map { relation in
            var copy = relation
            copy.evidence = copy.evidence.map { evidence in
                var e = evidence
                e.document = "2024/a.txt"
                return e
            }
            return copy
        }
        let refresh = try store.refresh([
            DocumentRefresh(
                id: "2024/a.txt", contentHash: moved.contentHash, details: Self.details(), movedFrom: "a.txt")
        ])
        #expect(refresh.documentsMoved == [DocumentMove(from: "a.txt", to: "2024/a.txt")])
        #expect(try store.documents().map(\.id) == ["2024/a.txt", "b.txt"])
        #expect(try store.stats().evidence == 6)
        #expect(try store.resolve("Bamako").name == "Republic of Mali")
        let cited = try store.relations(involving: "Russia").flatMap(\.evidence).map(\.document)
        #expect(cited.contains("2024/a.txt") && !cited.contains("a.txt"))
        // A hint naming a document of other content, or a taken id, changes nothing.
        let stale = try store.refresh([
            DocumentRefresh(id: "c.txt", contentHash: "unrelated", details: Self.details(), movedFrom: "b.txt"),
            DocumentRefresh(
                id: "b.txt", contentHash: moved.contentHash, details: Self.details(), movedFrom: "2024/a.txt"),
        ])
        #expect(stale.documentsMoved.isEmpty)
        #expect(try store.documents().map(\.id) == ["2024/a.txt", "b.txt"])
        // Moving inside an ingest batch, then reading it again with another extractor.
        var again = moved
        again.id = "archive/a.txt"
        again.relations = []
        let summary = try store.ingest([
            IncomingDocument(again, details: Self.details(version: "2-y"), movedFrom: "2024/a.txt")
        ])
        #expect(summary.documentsMoved == [DocumentMove(from: "2024/a.txt", to: "archive/a.txt")])
        #expect(summary.documentsReextracted == 1)
        #expect(try store.documents().map(\.id) == ["archive/a.txt", "b.txt"])
    }

    @Test("Opening a store of schema 3 adds the new columns; its documents keep everything, all counted")
    func schemaThreeMigrates() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("v3.sqlite").path
            _ = try GraphStore(path: path).ingest(Fixture.twoDocuments)
            try StoreTestHooks.execute(
                """
                DROP TRIGGER evidence_counts_once_per_cluster; DROP TABLE document_bands;
                DROP INDEX documents_by_content_hash; DROP INDEX documents_by_copy_of; DROP INDEX documents_by_source_path;
                ALTER TABLE evidence DROP COLUMN counted;
                ALTER TABLE documents DROP COLUMN title; ALTER TABLE documents DROP COLUMN outlet;
                ALTER TABLE documents DROP COLUMN author; ALTER TABLE documents DROP COLUMN published;
                ALTER TABLE documents DROP COLUMN url; ALTER TABLE documents DROP COLUMN format;
                ALTER TABLE documents DROP COLUMN source_path; ALTER TABLE documents DROP COLUMN extractor_version;
                ALTER TABLE documents DROP COLUMN dictionary_hash; ALTER TABLE documents DROP COLUMN fingerprint;
                ALTER TABLE documents DROP COLUMN copy_of; ALTER TABLE documents DROP COLUMN copy_similarity;
                DROP TABLE document_archive; ALTER TABLE curations DROP COLUMN document_id;
                ALTER TABLE curations DROP COLUMN sentence; ALTER TABLE curations DROP COLUMN start_offset;
                ALTER TABLE curations DROP COLUMN end_offset; ALTER TABLE curations DROP COLUMN undone_at;
                ALTER TABLE evidence DROP COLUMN curation_id; ALTER TABLE relations DROP COLUMN accepted;
                DELETE FROM grdb_migrations WHERE identifier IN ('v4-sources', 'v5-curation');
                UPDATE actorgraph_metadata SET value = '3' WHERE key = 'schema_version';
                """, inDatabaseAt: path)
            let store = try GraphStore(path: path)
            #expect(try store.count("SELECT value FROM actorgraph_metadata WHERE key = 'schema_version'") == 6)
            #expect(try store.stats().evidence == 6)
            #expect(try store.snapshot().edges.map(\.weight).reduce(0, +) == 6)
            let document = try #require(try store.storedDocument(id: "a.txt"))
            #expect(document.details == DocumentDetails())
            // Unknown extractor and dictionary, and no archive: a later ingest with details reads it again.
            #expect(
                document.status(contentHash: document.contentHash, date: document.date, details: Self.details())
                    == .outdated([.extractor, .dictionary, .archive]))
        }
    }
}
