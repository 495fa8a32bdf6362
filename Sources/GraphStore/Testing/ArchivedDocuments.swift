import ActorGraphCore
import GRDB

extension GraphStore {
    /// Every archived document with its text and stored details, in the order the documents first arrived.
    ///
    /// For `store-bench --replay`: ingesting them into a new store measures the store alone, without
    /// extraction, on the documents a real ingest stored (and must give the same graph).
    package func archivedDocuments() throws(GraphStoreError) -> [IncomingDocument] {
        try read { db in
            var documents: [IncomingDocument] = []
            try DocumentArchive.forEach(db) { document in
                var document = document
                document.text = try DocumentArchive.text(db, document: document.id)
                documents.append(
                    IncomingDocument(document, details: try DocumentRows.state(db, id: document.id)?.details))
            }
            return documents
        }
    }
}
