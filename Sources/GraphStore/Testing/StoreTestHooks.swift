import ActorGraphCore
import GRDB

/// Hooks for the package's own tests, which must not import GRDB: raw SQL on a file, integrity checks.
package enum StoreTestHooks {
    /// Runs `sql` on the SQLite file at `path` (created if missing), outside any ActorGraph checks.
    package static func execute(_ sql: String, inDatabaseAt path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: sql) }
    }
}

extension GraphStore {
    /// The result of `PRAGMA integrity_check` (`"ok"` for a sound file).
    package func integrityCheck() throws(GraphStoreError) -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// A single integer from an arbitrary read query, for tests that count rows.
    package func count(_ sql: String) throws(GraphStoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }
}

extension GraphStore {
    /// `PRAGMA synchronous` as the committing connection has it after GRDB's setup (2 = FULL, 1 = NORMAL).
    package func writerSynchronousLevel() throws(GraphStoreError) -> Int {
        try connections.writerSynchronousLevel()
    }
}

extension GraphStore {
    /// The stored graph as sorted text lines that leave out everything arrival order may change (row ids,
    /// batch numbers, timestamps): entities, alias owners and relations with their evidence.
    ///
    /// Two stores with equal dumps hold the same graph; the order-independence tests compare them.
    package func canonicalDump() throws(GraphStoreError) -> [String] {
        try read { db in
            var lines: [String] = []
            for row in try Row.fetchAll(
                db, sql: "SELECT name, type, COALESCE(subtype, '-'), mentions, type_curated FROM entities")
            {
                let (name, type, subtype, mentions, curated): (String, String, String, Int, Bool) = (
                    row[0], row[1], row[2], row[3], row[4]
                )
                lines.append("entity \(type) \(name) subtype=\(subtype) mentions=\(mentions) curated=\(curated)")
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT a.alias_key, a.alias, a.curated, e.type, e.name
                    FROM aliases a JOIN entities e ON e.id = a.entity_id
                    """)
            {
                let (key, alias, curated, type, name): (String, String, Bool, String, String) = (
                    row[0], row[1], row[2], row[3], row[4]
                )
                lines.append("alias \(key) '\(alias)' → \(type) \(name) curated=\(curated)")
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT f.type, f.form_key, f.surface, e.type, e.name
                    FROM entity_forms f JOIN entities e ON e.id = f.entity_id
                    """)
            {
                let (formType, key, surface, type, name): (String, String, String, String, String) = (
                    row[0], row[1], row[2], row[3], row[4]
                )
                lines.append("form \(formType) \(key) '\(surface)' → \(type) \(name)")
            }
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT s.name, r.type, t.name, r.confidence, r.rejected, r.id, r.accepted
                    FROM relations r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id
                    """)
            {
                var (source, typeName, target): (String, String, String) = (row[0], row[1], row[2])
                if RelationType(rawValue: typeName)?.isSymmetric == true && target < source {
                    swap(&source, &target)
                }
                let evidence = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT document_id, start_offset, end_offset, confidence, sentence, curation_id FROM evidence
                        WHERE relation_id = ? ORDER BY document_id, start_offset
                        """,
                    arguments: [row[5] as Int64]
                ).map { e in
                    "\(e[0] as String)@\(e[1] as Int)-\(e[2] as Int):\(e[3] as Double):\(e[4] as String)"
                        + ((e[5] as Int64?).map { " curation=\($0)" } ?? "")
                }
                lines.append(
                    "relation \(source) \(typeName) \(target) confidence=\(row[3] as Double) rejected=\(row[4] as Bool)"
                        + " accepted=\(row[6] as Bool)"
                        + " evidence=[\(evidence.joined(separator: "; "))]")
            }
            return lines.sorted()
        }
    }
}
