import ActorGraphCore
import Foundation
import GraphStore
import Testing

/// Opening for reading never creates a store; a store made by the schema-3 build migrates and keeps its
/// curations.
@Suite("Existing stores: a missing one stays missing, a schema-3 one keeps its curations")
struct ExistingStoreTests {
    @Test("A missing store is refused for reading, naming the path; nothing is created")
    func missingStaysMissing() throws {
        try withTemporaryDirectory { (directory: URL) throws in
            let path = directory.appendingPathComponent("typo.sqlite").path
            let error = #expect(throws: GraphStoreError.self) { try GraphStore(path: path, opening: .existing) }
            #expect(error == .missingDatabase(path: path))
            #expect(
                error?.description
                    == "\(path): no database at this path; ingest documents to create it, or check the path")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        }
    }

    @Test("An empty file is refused for reading and left at zero bytes")
    func emptyFileLeftAlone() throws {
        try withTemporaryDirectory { (directory: URL) throws in
            let path = directory.appendingPathComponent("empty.sqlite").path
            #expect(FileManager.default.createFile(atPath: path, contents: Data()))
            #expect(throws: GraphStoreError.emptyDatabase(path: path)) {
                try GraphStore(path: path, opening: .existing)
            }
            #expect(try fileBytes(path).isEmpty)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["empty.sqlite"])
        }
    }

    @Test("A current store opens for reading as before")
    func existingOpens() throws {
        try withTemporaryStore { store, path in
            _ = try store.ingest(Fixture.twoDocuments)
            #expect(try GraphStore(path: path, opening: .existing).stats().documents == 2)
        }
    }

    /// `Tests/StoreFixtures/v3-curations/store.sqlite`, written by `Scripts/fixtures/make-v3-store.sh` with the
    /// schema-3 build.
    static let schema3Fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("StoreFixtures/v3-curations/store.sqlite").path

    /// A copy of the committed schema-3 fixture, in a fresh folder.
    static func withSchema3Copy(_ body: (String) throws -> Void) throws {
        try withTemporaryDirectory { (directory: URL) throws in
            let path = directory.appendingPathComponent("store.sqlite").path
            try FileManager.default.copyItem(atPath: schema3Fixture, toPath: path)
            try body(path)
        }
    }

    @Test("A store made by the schema-3 build migrates: its curations are listed and replayed as before")
    func schema3CurationsKept() throws {
        try Self.withSchema3Copy { path in
            let store = try GraphStore(path: path)
            #expect(
                try store.count("SELECT value FROM actorgraph_metadata WHERE key = 'schema_version'")
                    == GraphStore.schemaVersion)
            #expect(
                try store.curations().map(\.action) == [
                    .rename(from: "Wagner Group", to: "Wagner"), .merge(keep: "Russia", absorbed: "Sergei Lavrov"),
                    .retype(name: "Economic Community of West African States", to: .agreement),
                    .rejectRelation(source: "Mali", type: .opposes, target: "France"),
                ])
            #expect(try store.curations().allSatisfy(\.isActive))
            #expect(try store.resolve("Wagner Group").name == "Wagner")
            #expect(try store.resolve("Sergei Lavrov").name == "Russia")
            #expect(try store.resolve("ECOWAS").type == .agreement)
            #expect(!(try store.relationLines()).contains { $0.hasPrefix("Mali opposes France") })
            #expect(try store.stats().rejectedRelations == 1)
            #expect(try store.integrityCheck() == "ok")

            // Its documents have no archive yet: undo says so and changes nothing.
            let before = try store.graphTablesDump()
            #expect(throws: GraphStoreError.notArchived(documents: ["alpha.txt", "beta.txt"])) {
                try store.undo(curation: 2)
            }
            #expect(try store.graphTablesDump() == before)
            // And a new curation on top of the old ones works and is listed after them.
            try store.acceptRelation(source: "Niger", type: .opposes, target: "France")
            #expect(try store.curations().map(\.id) == [1, 2, 3, 4, 5])
        }
    }
}
