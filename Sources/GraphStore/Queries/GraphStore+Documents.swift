import ActorGraphCore
import GRDB

extension GraphStore {
    /// Stored documents sorted by id, with their source metadata, what read them, the copies among them,
    /// and the actors, relations and evidence sentences each contributes.
    public func documents() throws(GraphStoreError) -> [DocumentInfo] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.*,
                        (SELECT COUNT(*) FROM evidence WHERE document_id = d.id) AS evidence_count,
                        (SELECT COUNT(*) FROM evidence WHERE document_id = d.id AND counted = 1) AS counted_evidence,
                        (SELECT COUNT(*) FROM mentions WHERE document_id = d.id) AS entity_count,
                        (SELECT COUNT(DISTINCT ev.relation_id) FROM evidence ev JOIN relations r ON r.id = ev.relation_id
                            WHERE ev.document_id = d.id AND r.rejected = 0) AS relation_count,
                        (SELECT COUNT(*) FROM documents c WHERE c.copy_of = d.id) AS copies
                    FROM documents d ORDER BY d.id
                    """
            ).map { row in
                DocumentInfo(
                    id: row["id"], contentHash: row["content_hash"], length: row["length"], date: row["date"],
                    batch: row["batch"], ingestedAt: row["ingested_at"], evidenceCount: row["evidence_count"],
                    provenance: Provenance(rawValue: row["provenance"]) ?? .extracted,
                    metadata: DocumentRows.metadata(row),
                    format: (row["format"] as String?).flatMap(DocumentFormat.init(rawValue:)),
                    path: row["source_path"], extractorVersion: row["extractor_version"],
                    dictionaryHash: row["dictionary_hash"], entityCount: row["entity_count"],
                    relationCount: row["relation_count"], countedEvidence: row["counted_evidence"],
                    copyOf: row["copy_of"], copySimilarity: row["copy_similarity"], copies: row["copies"])
            }
        }
    }

    /// A stored setting, such as the user dictionary as JSON; `nil` if unset.
    public func setting(_ key: String) throws(GraphStoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) }
    }

    /// Stores a setting; `nil` removes it.
    public func setSetting(_ key: String, _ value: String?) throws(GraphStoreError) {
        try write { db in
            if let value {
                try db.execute(
                    sql:
                        "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key])
            }
        }
    }
}

extension GraphStore {
    /// How many stored documents are near-identical copies of another.
    public func copyCount() throws(GraphStoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE copy_of IS NOT NULL") ?? 0 }
    }
}
