import Foundation
import GRDB

/// The embedded graph database: one SQLite file holding documents, actors, relations and their evidence.
///
/// File databases run in WAL mode, so readers see the last committed state while an ingest writes. Every
/// mutating call is one transaction: it commits whole or not at all. Queries go through a read-only pool and
/// never write; the first write of a session first runs `PRAGMA quick_check` (see `docs/store.md`).
public final class GraphStore: Sendable {
    /// The schema version this build reads and writes (see `docs/store.md`, "Migration policy").
    public static let schemaVersion = Schema.version

    /// The database file, or `:memory:`.
    public let path: String
    let connections: StoreConnections

    /// Opens the store at `path`, creating and migrating it if needed.
    ///
    /// A current store is opened for reading only; the writable connection is opened by the first write.
    /// - Throws: ``GraphStoreError/notSQLite(path:)``, ``GraphStoreError/notAnActorGraphDatabase(path:)``,
    ///   ``GraphStoreError/newerSchema(path:found:supported:)`` or
    ///   ``GraphStoreError/unknownMigrations(path:identifiers:)`` for a file it must not touch (left unmodified,
    ///   with no `-wal` or `-shm` file created), ``GraphStoreError/damaged(path:problem:)`` for an older store
    ///   that fails `quick_check`, ``GraphStoreError/cannotOpen(path:reason:)`` if SQLite fails.
    ///
    ///   With `opening: .existing` (what reading commands use) a missing file throws
    ///   ``GraphStoreError/missingDatabase(path:)`` and an empty one ``GraphStoreError/emptyDatabase(path:)``;
    ///   neither is created or changed. An older store that is read-only throws
    ///   ``GraphStoreError/needsUpgrade(path:)``.
    public init(path: String, opening: StoreOpening = .createIfMissing) throws(GraphStoreError) {
        self.connections = try StoreConnections.open(path: path, opening: opening)
        self.path = path
    }

    private init(connections: StoreConnections) {
        self.connections = connections
        self.path = connections.path
    }

    /// A fresh store that lives in memory only, for tests and dry runs.
    public static func inMemory() throws(GraphStoreError) -> GraphStore {
        GraphStore(connections: try StoreConnections.inMemory())
    }

    /// Runs `body` in one read transaction, mapping errors to ``GraphStoreError``.
    func read<T>(_ body: (Database) throws -> T) throws(GraphStoreError) -> T {
        do {
            return try connections.reader.read(body)
        } catch {
            throw GraphStoreError.wrapping(error, path: path)
        }
    }

    /// Runs `body` in one write transaction (rolled back if it throws), mapping errors to ``GraphStoreError``.
    ///
    /// The first call of a session opens the writable connection, after `quick_check` has passed.
    func write<T>(_ body: (Database) throws -> T) throws(GraphStoreError) -> T {
        let writer = try connections.writer()
        do {
            return try writer.write(body)
        } catch {
            throw GraphStoreError.wrapping(error, path: path)
        }
    }
}

/// Whether opening a store file may create it.
public enum StoreOpening: Sendable, Hashable {
    /// A missing or empty file becomes a new store (ingest, import).
    case createIfMissing
    /// The store must exist already (queries, curation); a missing or empty file is refused and left alone.
    case existing
}

/// The current time as ISO 8601 UTC, for `ingested_at` and `created_at`.
func timestampNow() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
}
