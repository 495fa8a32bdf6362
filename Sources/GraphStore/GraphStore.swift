import Foundation
import GRDB

/// The embedded graph database: one SQLite file holding documents, actors, relations and their evidence.
///
/// File databases run in WAL mode through a `DatabasePool`, so readers see the last committed state while
/// an ingest writes. Every mutating call is one transaction: it commits whole or not at all.
public final class GraphStore: Sendable {
    /// The schema version this build reads and writes (see `docs/store.md`, "Migration policy").
    public static let schemaVersion = Schema.version

    /// The database file, or `:memory:`.
    public let path: String
    let writer: any DatabaseWriter

    /// Opens the store at `path`, creating and migrating it if needed.
    ///
    /// - Throws: ``GraphStoreError/notSQLite(path:)``, ``GraphStoreError/notAnActorGraphDatabase(path:)`` or
    ///   ``GraphStoreError/newerSchema(path:found:supported:)`` for a file it must not touch (left unmodified),
    ///   ``GraphStoreError/cannotOpen(path:reason:)`` if SQLite fails.
    public init(path: String) throws(GraphStoreError) {
        try FileInspection.check(path: path)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a second CLI run) may hold the write lock for a while: wait rather than fail.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            // FULL: a commit that returned is on disk even if the machine loses power, not only the process.
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // 32 MiB of page cache per connection (SQLite's default is 2 MiB): a 10,000-document store's
            // indexes then stay in memory during an ingest instead of being re-read page by page.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            try Schema.migrator.migrate(pool)
            self.writer = pool
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
        self.path = path
    }

    private init(memoryWriter: any DatabaseWriter) {
        self.writer = memoryWriter
        self.path = ":memory:"
    }

    /// A fresh store that lives in memory only, for tests and dry runs.
    public static func inMemory() throws(GraphStoreError) -> GraphStore {
        do {
            let queue = try DatabaseQueue()
            try Schema.migrator.migrate(queue)
            return GraphStore(memoryWriter: queue)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: String(describing: error))
        }
    }

    /// Runs `body` in one read transaction, mapping errors to ``GraphStoreError``.
    func read<T>(_ body: (Database) throws -> T) throws(GraphStoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw GraphStoreError.wrapping(error)
        }
    }

    /// Runs `body` in one write transaction (rolled back if it throws), mapping errors to ``GraphStoreError``.
    func write<T>(_ body: (Database) throws -> T) throws(GraphStoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw GraphStoreError.wrapping(error)
        }
    }
}

extension GraphStoreError {
    /// Keeps our own errors; wraps SQLite's with GRDB's one-line description.
    static func wrapping(_ error: any Error) -> GraphStoreError {
        if let own = error as? GraphStoreError { return own }
        return .database(underlying: String(describing: error))
    }
}

/// The current time as ISO 8601 UTC, for `ingested_at` and `created_at`.
func timestampNow() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
}
