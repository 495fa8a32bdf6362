import ActorGraphCore
import Foundation
import GraphStore

/// An open ActorGraph database and the use cases that run on it: the one door the CLI (and later an
/// HTTP API) goes through, so neither holds logic of its own.
public final class Workspace: Sendable {
    /// The database file's path.
    public let databasePath: String
    let store: GraphStore

    /// Opens (creating if needed) the database at `databasePath`.
    ///
    /// - Throws: the store's error when the file is not an ActorGraph database, is newer, or cannot be opened.
    public init(databasePath: String) throws {
        self.databasePath = databasePath
        self.store = try GraphStore(path: databasePath)
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
