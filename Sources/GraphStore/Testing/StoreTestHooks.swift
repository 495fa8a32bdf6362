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
