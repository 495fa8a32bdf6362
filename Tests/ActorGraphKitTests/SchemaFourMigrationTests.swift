import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import GraphStore
import Testing

@testable import ActorGraphKit

/// A database made by the build before the curation archive (schema 4), written by
/// `Scripts/fixtures/make-schema-4-store.sh` with that build's binary: it must migrate to 5 with nothing lost,
/// read its documents again once to archive them, and then undo its curations.
@Suite struct SchemaFourMigrationTests {
    static let fixtures = SchemaThreeMigrationTests.fixtures

    /// Row counts, as the script recorded them from the schema-4 file.
    static func recordedCounts() throws -> [String: Int] {
        try SchemaThreeMigrationTests.recordedCounts("schema-4.counts")
    }

    /// What the script's queries count, by the names it wrote them under.
    static func counts(_ store: GraphStore) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in [
            "documents", "document_bands", "entities", "aliases", "relations", "evidence", "mentions", "entity_forms",
            "entity_names", "entity_name_totals", "curations", "settings",
        ] {
            counts[table] = try store.count("SELECT COUNT(*) FROM \(table)")
        }
        counts["rejected"] = try store.count("SELECT COUNT(*) FROM relations WHERE rejected = 1")
        counts["counted"] = try store.count("SELECT COUNT(*) FROM evidence WHERE counted = 1")
        counts["copies"] = try store.count("SELECT COUNT(*) FROM documents WHERE copy_of IS NOT NULL")
        counts["titled"] = try store.count("SELECT COUNT(*) FROM documents WHERE title IS NOT NULL")
        return counts
    }

    /// The actors (name, type, aliases) and relations (ends, type, weight), without ids.
    static func graph(_ workspace: Workspace) throws -> [String] {
        let actors = try workspace.entities().map { "\($0.name) \($0.type) \($0.aliases.sorted())" }
        let relations = try workspace.relations().map { "\($0.source) \($0.type) \($0.target) \($0.weight)" }
        return actors.sorted() + relations.sorted()
    }

    /// The corpus the script ingested, rebuilt under `directory`: the same ids and texts.
    static func corpus(in directory: URL) throws -> URL {
        let corpus = directory.appendingPathComponent("corpus")
        for folder in ["a", "b", "wire"] {
            try FileManager.default.createDirectory(
                at: corpus.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let seeds = RepositoryFiles.seedsDirectory
        for name in ["000_2232b512bc44f881.txt", "001_3dc2b227b6bf868c.txt"] {
            try FileManager.default.copyItem(
                at: seeds.appendingPathComponent(name), to: corpus.appendingPathComponent("a/\(name)"))
        }
        let story = try String(
            contentsOf: seeds.appendingPathComponent("002_e6b5395012050f71.txt"), encoding: .utf8)
        let frontMatter = """
            ---
            title: "Sahel states and Moscow"
            outlet: Seed Wire
            published: 2024-02-10
            url: https://example.org/sahel
            ---

            """
        try (frontMatter + story).write(
            to: corpus.appendingPathComponent("b/002_e6b5395012050f71.txt"), atomically: true, encoding: .utf8)
        try ("Reposted by a partner outlet.\n" + story).write(
            to: corpus.appendingPathComponent("wire/copy.txt"), atomically: true, encoding: .utf8)
        return corpus
    }

    /// A new store of the corpus, with the fixture's dictionary (written to `directory` first) and its rename,
    /// retype and rejection: every curation but the merge.
    static func reference(at path: URL, corpus: URL, in directory: URL) throws -> Workspace {
        let reference = try Workspace(databasePath: path.path, opening: .createIfMissing)
        _ = try reference.ingest(
            paths: [corpus.path], dictionaryPath: directory.appendingPathComponent("dictionary.json").path)
        try reference.rename("Wagner Group", to: "The Wagner Group")
        try reference.retype("Economic Community of West African States", to: .agreement)
        try reference.rejectRelation(source: "Russia", type: .supports, target: "Mali")
        return reference
    }

    @Test("A schema-4 database migrates to 6 with every row kept; read again once, its merge can be undone")
    func migratesWithNothingLost() throws {
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("old.sqlite").path
            try FileManager.default.copyItem(
                atPath: Self.fixtures.appendingPathComponent("schema-4.sqlite").path, toPath: path)
            let recorded = try Self.recordedCounts()
            #expect(recorded.count == 16)
            let workspace = try Workspace(databasePath: path)
            let store = workspace.store
            #expect(try store.count("SELECT value FROM actorgraph_metadata WHERE key = 'schema_version'") == 6)
            #expect(try Self.counts(store) == recorded)
            #expect(try store.count("SELECT COUNT(*) FROM document_archive") == 0)
            #expect(
                try workspace.curations().map(\.description) == [
                    "rename 'Wagner Group' to 'The Wagner Group'", "merge 'Sergei Lavrov' into 'Russia'",
                    "retype 'Economic Community of West African States' as agreement", "reject 'Russia supports Mali'",
                ])
            #expect(try workspace.curations().allSatisfy { $0.undoneAt == nil })
            let documents = try workspace.documents()
            #expect(
                documents.map(\.id) == [
                    "a/000_2232b512bc44f881.txt", "a/001_3dc2b227b6bf868c.txt", "b/002_e6b5395012050f71.txt",
                    "wire/copy.txt",
                ])
            #expect(documents.first { $0.id == "wire/copy.txt" }?.copyOf == "b/002_e6b5395012050f71.txt")
            #expect(documents.first { $0.id == "b/002_e6b5395012050f71.txt" }?.url == "https://example.org/sahel")
            // Nothing archived yet: undo is refused, naming the documents, and nothing changes.
            let before = try store.graphTablesDump()
            let graph = try Self.graph(workspace)
            #expect {
                try workspace.undo(curation: 2)
            } throws: { error in
                "\(error)".hasPrefix("4 documents were stored by an earlier actorgraph")
            }
            #expect(try store.graphTablesDump() == before)

            // The same files again: each is read once more to archive it, and nothing is lost or moved.
            let corpus = try Self.corpus(in: dir)
            let report = try workspace.ingest(paths: [corpus.path])
            #expect(report.moved.isEmpty)
            // A build whose extractor differs from the fixture's also reads them again for that; nothing else.
            #expect(report.reextracted == 4 && report.reextractionReasons["archive"] == 4)
            #expect(Set(report.reextractionReasons.keys).isSubset(of: ["archive", "extractor"]))
            #expect(report.summary.hasPrefix("ingested 4 documents (4 read again for"))
            let kept = ["documents", "curations", "settings", "copies", "titled", "rejected"]
            #expect(
                try Self.counts(store).filter { kept.contains($0.key) } == recorded.filter { kept.contains($0.key) })
            if report.reextractionReasons.keys.count == 1 {
                // The same extractor: read again, entities and relations get new ids; what they are and weigh stays.
                #expect(try Self.counts(store) == recorded)
                #expect(try Self.graph(workspace) == graph)
            }
            try store.setting(Workspace.dictionarySetting).map {
                try $0.write(to: dir.appendingPathComponent("dictionary.json"), atomically: true, encoding: .utf8)
            }
            // Whatever the extractor: the migrated store is what a new store given the four curations holds.
            let replayed = try Self.reference(at: dir.appendingPathComponent("all.sqlite"), corpus: corpus, in: dir)
            try replayed.merge("Russia", absorbing: "Sergei Lavrov")
            #expect(try Self.graph(workspace) == Self.graph(replayed))
            #expect(try store.count("SELECT COUNT(*) FROM document_archive") == 4)
            #expect(try workspace.ingest(paths: [corpus.path]).unchanged == 4)

            // Undoing the merge leaves what the other three curations alone give a new store.
            _ = try workspace.undo(curation: 2)
            #expect(try workspace.resolve("Sergei Lavrov").name == "Sergei Lavrov")
            let reference = try Self.reference(at: dir.appendingPathComponent("new.sqlite"), corpus: corpus, in: dir)
            #expect(try CurationUseCaseTests.picture(workspace) == CurationUseCaseTests.picture(reference))
        }
    }
}
