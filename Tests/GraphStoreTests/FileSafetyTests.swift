import ActorGraphCore
import Foundation
import GraphStore
import Testing

@Suite("Opening files: refuse what is not ours, never modify it")
struct FileSafetyTests {
    @Test("A SQLite database of another program is refused and left byte-identical")
    func foreignDatabaseRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("other.sqlite").path
            try StoreTestHooks.execute(
                "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers VALUES (1, 'Ann');",
                inDatabaseAt: path)
            let before = try fileBytes(path)
            let error = #expect(throws: GraphStoreError.self) { try GraphStore(path: path) }
            #expect(error == .notAnActorGraphDatabase(path: path))
            #expect(
                error?.description
                    == "\(path): not an ActorGraph database (it has tables of another program); choose another database file"
            )
            #expect(try fileBytes(path) == before)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        }
    }

    @Test("A database of a newer schema version is refused and left byte-identical")
    func newerSchemaRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("future.sqlite").path
            do {
                let store = try GraphStore(path: path)
                _ = try store.ingest(Fixture.twoDocuments)
            }
            try StoreTestHooks.execute(
                "PRAGMA journal_mode = DELETE; UPDATE actorgraph_metadata SET value = '7' WHERE key = 'schema_version'",
                inDatabaseAt: path)
            let before = try fileBytes(path)
            let error = #expect(throws: GraphStoreError.self) { try GraphStore(path: path) }
            #expect(error == .newerSchema(path: path, found: 7, supported: GraphStore.schemaVersion))
            #expect(error?.description.hasSuffix("; upgrade actorgraph") == true)
            #expect(try fileBytes(path) == before)
        }
    }

    @Test("A file written by a newer actorgraph's migration is refused even at the same version number")
    func unknownMigrationRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("future.sqlite").path
            _ = try GraphStore(path: path)
            try StoreTestHooks.execute(
                "PRAGMA journal_mode = DELETE; INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')",
                inDatabaseAt: path)
            let before = try fileBytes(path)
            let error = #expect(throws: GraphStoreError.self) { try GraphStore(path: path) }
            #expect(error == .unknownMigrations(path: path, identifiers: ["v99-future"]))
            // Not "schema version 2 is newer than version 2": the message names what it does not know.
            #expect(
                error?.description
                    == "\(path): written by a newer actorgraph (schema migrations this build does not know:"
                    + " v99-future); upgrade actorgraph")
            #expect(try fileBytes(path) == before)
        }
    }

    @Test("A file that is not SQLite is refused and left byte-identical")
    func notSQLiteRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("notes.txt").path
            try Data("just some notes, not a database at all".utf8).write(to: URL(fileURLWithPath: path))
            let before = try fileBytes(path)
            #expect(throws: GraphStoreError.notSQLite(path: path)) { try GraphStore(path: path) }
            #expect(try fileBytes(path) == before)
        }
    }

    @Test("An empty file and an empty SQLite database become stores")
    func emptyFilesAccepted() throws {
        try withTemporaryDirectory { directory in
            let empty = directory.appendingPathComponent("empty.sqlite").path
            #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
            #expect(try GraphStore(path: empty).stats().documents == 0)
            let blank = directory.appendingPathComponent("blank.sqlite").path
            try StoreTestHooks.execute("PRAGMA user_version = 0", inDatabaseAt: blank)
            #expect(try GraphStore(path: blank).stats().entities == 0)
        }
    }

    @Test("A directory is refused with a reason")
    func directoryRefused() throws {
        try withTemporaryDirectory { directory in
            #expect(throws: GraphStoreError.cannotOpen(path: directory.path, reason: "it is a directory")) {
                try GraphStore(path: directory.path)
            }
        }
    }
}
