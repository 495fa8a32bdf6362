import ActorGraphCore
import ActorGraphTestSupport
import Extraction
import Foundation
import GraphStore
import Testing

@testable import ActorGraphKit

/// A database made by the build before document identity and sources (schema 3), written by
/// `Scripts/fixtures/make-schema-3-store.sh` with that build's binary: it must migrate with nothing lost.
@Suite struct SchemaThreeMigrationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// Row counts per table, as the fixture script recorded them in `file` (`table count` lines).
    static func recordedCounts(_ file: String = "schema-3.counts") throws -> [String: Int] {
        let text = try String(contentsOf: fixtures.appendingPathComponent(file), encoding: .utf8)
        var counts: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let count = Int(parts[1]) { counts[String(parts[0])] = count }
        }
        return counts
    }

    @Test("A schema-3 database migrates with every row kept, then re-ingesting its files moves and re-reads them")
    func migratesWithNothingLost() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("old.sqlite").path
            try FileManager.default.copyItem(
                atPath: Self.fixtures.appendingPathComponent("schema-3.sqlite").path, toPath: path)
            let recorded = try Self.recordedCounts()
            #expect(recorded.count == 11)
            let workspace = try Workspace(databasePath: path)
            let store = workspace.store
            #expect(try store.count("SELECT value FROM actorgraph_metadata WHERE key = 'schema_version'") == 6)
            for (table, count) in recorded where table != "rejected" {
                #expect(try store.count("SELECT COUNT(*) FROM \(table)") == count, "\(table)")
            }
            #expect(try store.count("SELECT COUNT(*) FROM relations WHERE rejected = 1") == recorded["rejected"])
            // Every sentence still counts, the curations hold, the dictionary is kept.
            #expect(try store.count("SELECT COUNT(*) FROM evidence WHERE counted = 1") == recorded["evidence"])
            #expect(try workspace.resolve("Wagner Group").name == "The Wagner Group")
            #expect(try store.setting(Workspace.dictionarySetting)?.contains("Alliance of Sahel States") == true)
            let documents = try workspace.documents()
            #expect(documents.map(\.id) == ["000_2232b512bc44f881.txt", "002_e6b5395012050f71.txt"])
            #expect(documents.map(\.date) == [nil, "2024-03-01"])
            #expect(documents.allSatisfy { $0.title == nil && $0.path == nil && $0.extractorVersion == nil })
            // The visible relations weigh every sentence of the relations that are not rejected.
            let visible = try store.count(
                "SELECT COUNT(*) FROM evidence e JOIN relations r ON r.id = e.relation_id WHERE r.rejected = 0")
            #expect(visible > 0)
            #expect(try workspace.relations().map(\.weight).reduce(0, +) == visible)

            // The same files, in the folders they were ingested from: ids become paths, nothing is duplicated.
            let corpus = dir.appendingPathComponent("corpus")
            for (folder, name) in [("a", "000_2232b512bc44f881.txt"), ("b", "002_e6b5395012050f71.txt")] {
                try FileManager.default.createDirectory(
                    at: corpus.appendingPathComponent(folder), withIntermediateDirectories: true)
                try FileManager.default.copyItem(
                    at: RepositoryFiles.seedsDirectory.appendingPathComponent(name),
                    to: corpus.appendingPathComponent("\(folder)/\(name)"))
            }
            let report = try workspace.ingest(paths: [corpus.path])
            #expect(
                report.moved == [
                    MovedDocument(from: "000_2232b512bc44f881.txt", to: "a/000_2232b512bc44f881.txt"),
                    MovedDocument(from: "002_e6b5395012050f71.txt", to: "b/002_e6b5395012050f71.txt"),
                ])
            // Read by an unknown extractor with an unknown dictionary, and never archived: read again, once.
            #expect(report.documents == 2 && report.reextracted == 2)
            #expect(report.reextractionReasons == ["extractor": 2, "dictionary": 2, "archive": 2])
            #expect(try store.count("SELECT COUNT(*) FROM document_archive") == 2)
            let after = try workspace.documents()
            #expect(after.map(\.id) == ["a/000_2232b512bc44f881.txt", "b/002_e6b5395012050f71.txt"])
            #expect(after.map(\.date) == [nil, "2024-03-01"])
            #expect(after.allSatisfy { $0.extractorVersion == Extractor.version && $0.path != nil })
            #expect(try workspace.resolve("Wagner Group").name == "The Wagner Group")
            #expect(try workspace.ingest(paths: [corpus.path]).unchanged == 2)
        }
    }
}
