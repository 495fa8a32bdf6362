import ActorGraphCore
import GRDB

extension GraphStore {
    /// Stored documents sorted by id, with the number of evidence sentences each contributes.
    public func documents() throws(GraphStoreError) -> [DocumentInfo] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.*, (SELECT COUNT(*) FROM evidence WHERE document_id = d.id) AS evidence_count
                    FROM documents d ORDER BY d.id
                    """
            ).map { row in
                DocumentInfo(
                    id: row["id"], contentHash: row["content_hash"], length: row["length"], date: row["date"],
                    batch: row["batch"], ingestedAt: row["ingested_at"], evidenceCount: row["evidence_count"],
                    provenance: Provenance(rawValue: row["provenance"]) ?? .extracted)
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
