public import ActorGraphCore
import GRDB

extension GraphStore {
    /// Whether `id` is stored, and with this content hash.
    public func documentState(id: String, contentHash: String) throws(GraphStoreError) -> DocumentState {
        try read { db in try DocumentStates.state(db, id: id, contentHash: contentHash) }
    }

    /// Stores a batch of extracted documents in one transaction.
    ///
    /// Unchanged documents (same id and hash) are skipped; a changed one first retracts its old evidence and
    /// mentions. Incoming entities merge into stored ones through their folded name or aliases when the
    /// types agree (or the alias or type was curated). Symmetric relations are stored once. Relations and
    /// entities left without support are deleted, and the stored curations are replayed.
    ///
    /// - Throws: ``GraphStoreError/invalidDocument(id:problem:)`` if a relation names an entity its document
    ///   does not list; ``GraphStoreError/database(underlying:)`` on SQLite errors. Nothing of the batch is
    ///   stored when it throws.
    public func ingest(_ documents: [ExtractedDocument]) throws(GraphStoreError) -> IngestSummary {
        try ingest(documents.map { IncomingDocument($0) }, beforeCommit: {})
    }

    /// Stores a batch of documents with their details (source metadata, path, extractor version, dictionary
    /// hash, fingerprint) in one transaction, as ``ingest(_:)-([ExtractedDocument])`` does.
    ///
    /// A document is unchanged only when its text, extractor version, dictionary and date all are: otherwise
    /// it is read again (``IngestSummary/documentsReextracted``). Changed details alone are updated in place.
    /// A document whose `movedFrom` names the same content stored under its old path is renamed first. Wire
    /// copies are grouped and counted once (docs/store.md, "Near-duplicates").
    public func ingest(_ documents: [IncomingDocument]) throws(GraphStoreError) -> IngestSummary {
        try ingest(documents, beforeCommit: {})
    }

    /// ``ingest(_:)`` with a hook run inside the transaction just before it commits, for tests of
    /// concurrent readers and rollback.
    package func ingest(
        _ documents: [ExtractedDocument], beforeCommit: () throws -> Void
    ) throws(GraphStoreError) -> IngestSummary {
        try ingest(documents.map { IncomingDocument($0) }, beforeCommit: beforeCommit)
    }

    package func ingest(
        _ documents: [IncomingDocument], beforeCommit: () throws -> Void
    ) throws(GraphStoreError) -> IngestSummary {
        try write { db in
            var transaction = try IngestTransaction(db)
            let rules = try IngestRules.load(db)
            for incoming in documents where try transaction.ingest(rules.apply(to: incoming)) != .unchanged {
                try DocumentArchive.keep(db, incoming.document)
            }
            try transaction.finish()
            try beforeCommit()
            return transaction.summary
        }
    }

    /// Renames moved documents and updates the stored details of unchanged ones, in one transaction, without
    /// reading any of them again; a refresh whose content hash is not the stored one is left out.
    public func refresh(_ documents: [DocumentRefresh]) throws(GraphStoreError) -> IngestSummary {
        try write { db in
            var transaction = try IngestTransaction(db)
            for document in documents { try transaction.refresh(document) }
            try transaction.finish()
            return transaction.summary
        }
    }

    /// The document last read from `path` (an absolute path), nil when none was.
    public func storedDocument(path: String) throws(GraphStoreError) -> StoredDocumentState? {
        try read { db in try DocumentRows.state(db, path: path) }
    }

    /// What is stored under `id`: content hash, date and details; nil when nothing is.
    public func storedDocument(id: String) throws(GraphStoreError) -> StoredDocumentState? {
        try read { db in try DocumentRows.state(db, id: id) }
    }

    /// The documents stored with this content hash, sorted by id: where a moved file was stored before.
    public func storedDocuments(contentHash: String) throws(GraphStoreError) -> [StoredDocumentState] {
        try read { db in try DocumentRows.states(db, contentHash: contentHash) }
    }

    /// Removes a document, its evidence and mentions, and the relations and actors left with none.
    ///
    /// Curations stay recorded.
    ///
    /// - Throws: ``GraphStoreError/unknownDocument(id:suggestions:)`` if no such document is stored.
    public func removeDocument(_ id: String) throws(GraphStoreError) -> RemovalSummary {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE id = ?", arguments: [id]) != nil else {
                let ids = try String.fetchAll(db, sql: "SELECT id FROM documents ORDER BY id")
                throw GraphStoreError.unknownDocument(id: id, suggestions: NameKey.closest(to: id, among: ids))
            }
            var touched = TouchedRows()
            var copies = NearDuplicates()
            let evidence = try Retraction.retract(db, document: id, into: &touched)
            try copies.detach(db, document: id)
            try db.execute(sql: "DELETE FROM documents WHERE id = ?", arguments: [id])
            try copies.finish(db)
            let pruned = try Retraction.prune(db, touched)
            try Canonicalisation.refresh(db, entities: touched.entities, extraKeys: pruned.deletedKeys)
            // A recomputed name may undo a rename: the curations are replayed as after an ingest.
            _ = try CurationReplay.replayAll(db)
            return RemovalSummary(
                document: id, evidenceRemoved: evidence, relationsDeleted: pruned.relationsDeleted,
                entitiesDeleted: pruned.entitiesDeleted)
        }
    }
}
