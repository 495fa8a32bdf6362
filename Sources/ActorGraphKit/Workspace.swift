import ActorGraphCore
import Foundation
import GraphStore

/// An open ActorGraph database and the use cases that run on it: the one door the CLI (and later an
/// HTTP API) goes through, so neither holds logic of its own.
public final class Workspace: Sendable {
    /// The database file's path.
    public let databasePath: String
    let store: GraphStore

    /// Opens the database at `databasePath`; only with `.createIfMissing` (ingest, import) is a missing one
    /// created.
    ///
    /// Reading a database never creates one: a mistyped path is an error naming it, and stays missing.
    /// - Throws: the store's error when the file is missing or empty (`.existing`), is not an ActorGraph
    ///   database, is newer, or cannot be opened.
    public init(databasePath: String, opening: DatabaseOpening = .existing) throws {
        self.databasePath = databasePath
        self.store = try GraphStore(
            path: databasePath, opening: opening == .createIfMissing ? .createIfMissing : .existing)
    }

    init(store: GraphStore, databasePath: String) {
        self.store = store
        self.databasePath = databasePath
    }

    /// A workspace on a private in-memory database, for evaluation and tests.
    public static func inMemory() throws -> Workspace {
        Workspace(store: try GraphStore.inMemory(), databasePath: ":memory:")
    }
}

/// Whether opening a workspace may create its database.
public enum DatabaseOpening: Sendable, Hashable {
    /// The database must exist (every command but ingest and import).
    case existing
    /// A missing or empty file becomes a new database.
    case createIfMissing
}
