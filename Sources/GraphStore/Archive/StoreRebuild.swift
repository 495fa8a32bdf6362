import ActorGraphCore
import GRDB

/// Rebuilding the graph from the archived documents and the curations in force.
///
/// The graph (entities, aliases, forms, names, relations, evidence, mentions) is emptied and every archived
/// document is stored again, in the order the documents first arrived, with the id counters reset; then the
/// curations in force are replayed. The result is the store that ingesting the same documents into a new
/// store and then making the same curations gives, row for row. It is how a curation is undone: no record of
/// what a merge moved is needed, and what later ingests added on top of it is read again as well.
enum StoreRebuild {
    /// How many documents a rebuild stored again, and the curations it could not replay.
    struct Result {
        var documents: Int
        var warnings: [String]
    }

    /// Rebuilds inside the caller's transaction.
    ///
    /// - Throws: ``GraphStoreError/notArchived(documents:)`` before changing anything when a document was
    ///   stored by a build that kept no archive.
    static func rebuild(_ db: Database) throws -> Result {
        let unarchived = try DocumentArchive.unarchived(db)
        guard unarchived.isEmpty else { throw GraphStoreError.notArchived(documents: unarchived) }
        try db.execute(
            sql: """
                DELETE FROM evidence;
                DELETE FROM relations;
                DELETE FROM mentions;
                DELETE FROM entity_names;
                DELETE FROM entity_descriptions;
                DELETE FROM entity_name_totals;
                DELETE FROM entity_forms;
                DELETE FROM aliases;
                DELETE FROM entities;
                DELETE FROM sqlite_sequence WHERE name IN ('entities', 'relations');
                """)
        var transaction = try IngestTransaction(db)
        let rules = try IngestRules.load(db)
        let documents = try DocumentArchive.forEach(db) { document in
            try transaction.storeContents(rules.apply(to: document))
            // The copy clusters are kept (they are document rows); which member's sentences count is chosen again.
            transaction.copies.evidenceChanged(document.id)
        }
        // The documents' own warnings were reported when they were first ingested; only the replay's are new.
        let documentWarnings = transaction.summary.warnings.count
        try transaction.finish()
        return Result(
            documents: documents, warnings: Array(transaction.summary.warnings.dropFirst(documentWarnings)))
    }
}
