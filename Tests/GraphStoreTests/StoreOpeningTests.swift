import ActorGraphCore
import Foundation
import Glibc
import GraphStore
import Testing

/// What opening a store writes (nothing, unless it must), how durable its commits are, and what a damaged or
/// read-only file gets.
@Suite("Opening: durable commits, queries that write nothing, damaged files refused before a write")
struct StoreOpeningTests {
    @Test("synchronous = FULL is in effect on the committing connection after GRDB's WAL setup")
    func synchronousIsFull() throws {
        try withTemporaryStore { store, _ in
            _ = try store.ingest(Fixture.twoDocuments)
            // GRDB's WAL setup sets NORMAL (1), which can lose the last commits on power loss.
            #expect(try store.writerSynchronousLevel() == 2)
        }
        // A store reopened for writing gets FULL as well.
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("again.sqlite").path
            _ = try GraphStore(path: path).ingest(Fixture.twoDocuments)
            let reopened = try GraphStore(path: path)
            _ = try reopened.ingest([
                Fixture.document("c.txt", entities: [Fixture.entity("Chad", .state)], relations: [])
            ])
            #expect(try reopened.writerSynchronousLevel() == 2)
        }
    }

    @Test("Queries leave the file byte-identical: opening a current store writes nothing")
    func queriesWriteNothing() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("store.sqlite").path
            _ = try GraphStore(path: path).ingest(Fixture.twoDocuments)
            let before = try fileBytes(path)
            do {
                let store = try GraphStore(path: path)
                _ = try store.stats()
                _ = try store.entities()
                _ = try store.relations()
                _ = try store.snapshot()
                #expect(try store.resolve("Moscow").name == "Russia")
            }
            // GRDB's pool setup used to write (and checkpoint on close) at every open: the header changed.
            #expect(try fileBytes(path) == before)
        }
    }

    /// Root may write any file, so the permission bits mean nothing to it: the test runs for other users.
    @Test(
        "A read-only store file can be queried, and writing to it is refused in one line",
        .enabled(if: geteuid() != 0, "file permissions do not bind root"))
    func readOnlyStoreQueried() throws {
        try withTemporaryDirectory { directory in
            let folder = directory.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let path = folder.appendingPathComponent("store.sqlite").path
            _ = try GraphStore(path: path).ingest(Fixture.twoDocuments)
            chmod(path, 0o444)
            chmod(folder.path, 0o555)
            defer { chmod(folder.path, 0o755) }
            let before = try fileBytes(path)
            let store = try GraphStore(path: path)
            #expect(try store.stats().documents == 2)
            let error = #expect(throws: GraphStoreError.self) {
                try store.ingest([Fixture.document("c.txt", entities: [Fixture.entity("Chad", .state)], relations: [])])
            }
            #expect(error == .readOnly(path: path))
            #expect(error?.description.contains("queries work, but this command writes") == true)
            #expect(try fileBytes(path) == before)
        }
    }

    @Test("A refused WAL-mode file gets no -wal or -shm file beside it", arguments: ["foreign", "newer"])
    func refusedFilesGetNoSideFiles(kind: String) throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("\(kind).sqlite").path
            if kind == "foreign" {
                try StoreTestHooks.execute(
                    "PRAGMA journal_mode = WAL; CREATE TABLE customers (id INTEGER PRIMARY KEY)", inDatabaseAt: path)
            } else {
                _ = try GraphStore(path: path).ingest(Fixture.twoDocuments)
                try StoreTestHooks.execute(
                    "UPDATE actorgraph_metadata SET value = '9' WHERE key = 'schema_version'", inDatabaseAt: path)
            }
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
            let before = try fileBytes(path)
            #expect(throws: GraphStoreError.self) { try GraphStore(path: path) }
            #expect(try fileBytes(path) == before)
            #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
            #expect(!FileManager.default.fileExists(atPath: path + "-shm"))
        }
    }

    @Test("A damaged store is refused at the first write with a recovery hint, and nothing is written")
    func damagedStoreRefused() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("damaged.sqlite").path
            _ = try GraphStore(path: path).ingest(SyntheticCorpus.documents(count: 200))
            try Self.corruptMiddlePage(path)
            let before = try fileBytes(path)
            let store = try GraphStore(path: path)
            let error = #expect(throws: GraphStoreError.self) {
                try store.ingest([Fixture.document("c.txt", entities: [Fixture.entity("Chad", .state)], relations: [])])
            }
            guard case .damaged(let errorPath, _) = error else {
                Issue.record("expected .damaged, got \(String(describing: error))")
                return
            }
            #expect(errorPath == path)
            let message = error?.description ?? ""
            #expect(!message.contains("\n"))
            #expect(message.contains("nothing was written to it"))
            #expect(message.contains("sqlite3 \(path) .recover | sqlite3 recovered.sqlite"))
            #expect(try fileBytes(path) == before)
        }
    }

    @Test("A store of schema 2 is migrated: its actors keep their names and later documents merge into them")
    func versionOneMigrates() throws {
        try withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("v1.sqlite").path
            _ = try GraphStore(path: path).ingest(Fixture.twoDocuments)
            // Back to what a schema-2 build left: no forms, no per-document names.
            try StoreTestHooks.execute(
                """
                DROP TABLE entity_forms; DROP TABLE entity_names; DROP TABLE entity_name_totals;
                DELETE FROM grdb_migrations WHERE identifier = 'v3-entity-forms';
                UPDATE actorgraph_metadata SET value = '2' WHERE key = 'schema_version';
                """, inDatabaseAt: path)
            let store = try GraphStore(path: path)
            #expect(try store.count("SELECT COUNT(*) FROM entity_forms") > 0)
            #expect(
                try store.count("SELECT value FROM actorgraph_metadata WHERE key = 'schema_version'")
                    == GraphStore.schemaVersion)
            _ = try store.ingest([
                Fixture.document("c.txt", entities: [Fixture.entity("Bamako", .state, mentions: 1)], relations: [])
            ])
            #expect(try store.resolve("Bamako").name == "Mali")
            #expect(try store.resolve("Mali").mentions == 4)
        }
    }

    /// Overwrites the first bytes of a b-tree page in the middle of the file, as a torn write would.
    static func corruptMiddlePage(_ path: String) throws {
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: UInt64(size / 4096 / 2 * 4096))
        try handle.write(contentsOf: Data(repeating: 0xFF, count: 64))
    }

    @Test("A name with NUL is refused by ingest and rename instead of being stored cut short")
    func nulInNames() throws {
        let store = try GraphStore.inMemory()
        let document = Fixture.document(
            "a.txt", entities: [Fixture.entity("Wag\u{0}ner", .group), Fixture.entity("Mali", .state)], relations: [])
        #expect(
            throws: GraphStoreError.invalidDocument(
                id: "a.txt", problem: "the name 'Wag\u{0}ner' holds a NUL character, which cannot be stored")
        ) {
            try store.ingest([document])
        }
        #expect(try store.stats().documents == 0)
        _ = try store.ingest(Fixture.twoDocuments)
        #expect(throws: GraphStoreError.self) { try store.rename("Mali", to: "Ma\u{0}li") }
        #expect(try store.resolve("Mali").name == "Mali")
    }
}
