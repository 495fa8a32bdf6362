import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

/// The curation use cases on real articles: the two short ones of the schema-3 fixture, read by the extractor.
@Suite("Kit: curations listed, undone, added by hand, reviewed; reads never create a database")
struct CurationUseCaseTests {
    static var articles: String { RepositoryFiles.schema3Store.appendingPathComponent("articles").path }

    /// A new database in `directory` holding the fixture's articles.
    static func ingested(_ directory: URL, _ name: String = "g.sqlite") throws -> Workspace {
        let workspace = try Workspace(
            databasePath: directory.appendingPathComponent(name).path, opening: .createIfMissing)
        _ = try workspace.ingest(paths: [articles])
        return workspace
    }

    /// Everything a user can see of the graph, ids included.
    static func picture(_ workspace: Workspace) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let entities = try encoder.encode(try workspace.entities())
        let relations = try encoder.encode(try workspace.relations())
        return String(decoding: entities, as: UTF8.self) + "\n" + String(decoding: relations, as: UTF8.self)
    }

    @Test("A missing database is an error naming the path, and it stays missing")
    func missingDatabase() throws {
        try withTemporaryDirectory { (dir: URL) throws in
            let path = dir.appendingPathComponent("typo.sqlite").path
            #expect {
                try Workspace(databasePath: path)
            } throws: { error in
                "\(error)" == "\(path): no database at this path; ingest documents to create it, or check the path"
            }
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        }
    }

    @Test("Undo of a merge and of a rename: the database equals one where only the others were made")
    func undoMergeAndRename() throws {
        try withTemporaryDirectory { (dir: URL) throws in
            let reference = try Self.ingested(dir, "reference.sqlite")
            try reference.rename("Wagner Group", to: "Wagner")

            let workspace = try Self.ingested(dir)
            try workspace.merge("Russia", absorbing: "Sergei Lavrov")
            try workspace.rename("Wagner Group", to: "Wagner")
            #expect(try workspace.resolve("Sergei Lavrov").name == "Russia")
            let undone = try workspace.undo(curation: 1)
            #expect(undone.curation.description == "merge 'Sergei Lavrov' into 'Russia'")
            #expect(undone.curation.undoneAt != nil)
            #expect(undone.documentsReread == 2)
            #expect(try Self.picture(workspace) == Self.picture(reference))
            #expect(try workspace.resolve("Sergei Lavrov").type == .person)

            _ = try workspace.undo(curation: 2)
            let fresh = try Self.ingested(dir, "fresh.sqlite")
            #expect(try Self.picture(workspace) == Self.picture(fresh))
            #expect(
                try workspace.curations().map { "\($0.id) \($0.kind.rawValue) \($0.undoneAt != nil)" } == [
                    "1 merge true", "2 rename true",
                ])
        }
    }

    @Test("A database made by the schema-3 build: curations kept; undo once its documents were read again")
    func schema3Database() throws {
        try withTemporaryDirectory { (dir: URL) throws in
            let path = dir.appendingPathComponent("old.sqlite").path
            try FileManager.default.copyItem(
                atPath: RepositoryFiles.schema3Store.appendingPathComponent("store.sqlite").path, toPath: path)
            let workspace = try Workspace(databasePath: path)
            #expect(
                try workspace.curations().map(\.description) == [
                    "rename 'Wagner Group' to 'Wagner'", "merge 'Sergei Lavrov' into 'Russia'",
                    "retype 'Economic Community of West African States' as agreement", "reject 'Mali opposes France'",
                ])
            #expect {
                try workspace.undo(curation: 2)
            } throws: { error in
                "\(error)".hasPrefix("2 documents were stored by an earlier actorgraph")
            }
            // Ingesting the same folder reads both again (they had no archive), and the curations still hold.
            let report = try workspace.ingest(paths: [Self.articles])
            #expect(report.documents == 2)
            #expect(report.unchanged == 0)
            #expect(try workspace.resolve("Sergei Lavrov").name == "Russia")
            #expect(try workspace.ingest(paths: [Self.articles]).unchanged == 2)
            _ = try workspace.undo(curation: 2)

            let reference = try Self.ingested(dir)
            try reference.rename("Wagner Group", to: "Wagner")
            try reference.retype("Economic Community of West African States", to: .agreement)
            try reference.rejectRelation(source: "Mali", type: .opposes, target: "France")
            #expect(try Self.picture(workspace) == Self.picture(reference))
        }
    }

    @Test("add-relation: verbatim evidence is marked curated in relations, exports and maps; other text is refused")
    func addRelation() throws {
        try withTemporaryDirectory { (dir: URL) throws in
            let workspace = try Self.ingested(dir)
            let request = AddRelationRequest(
                source: "Russia", type: .supports, target: "Niger", document: "beta.txt",
                evidence: "Niger cooperates with Russia.")
            let row = try workspace.addRelation(request)
            // "Date: 2024-05-10\n\n" is 18 scalars; the sentence follows.
            #expect(row.evidence?.start == 18)
            #expect(row.evidence?.end == 47)
            let added = try #require(try workspace.relations(involving: "Niger").first { $0.type == .supports })
            #expect(added.evidence.map(\.provenance) == [.curated])

            let csv = try workspace.export(format: .csv).first { $0.name == "edges.csv" }
            let edges = String(decoding: try #require(csv).bytes, as: UTF8.self).split(separator: "\n")
            #expect(edges.filter { $0.contains(",curated,") }.count == 1)
            #expect(edges.first { $0.contains(",curated,") }?.contains("supports") == true)
            var map = MapRequest()
            map.format = .dot
            let dot = String(decoding: try workspace.analysisGraph(GraphQuery()).renderMap(map).bytes, as: UTF8.self)
            #expect(dot.contains("(beta.txt, cited by hand)"))

            var wrong = request
            wrong.evidence = "Niger cooperates with Moscow."
            #expect {
                try workspace.addRelation(wrong)
            } throws: { error in
                "\(error)".hasPrefix("beta.txt: the evidence “Niger cooperates with Moscow.” is not in the document's")
            }
            #expect(try workspace.curations().count == 1)
        }
    }

    @Test("review: lowest confidence first; a relation added against an extracted one is a contradiction")
    func review() throws {
        try withTemporaryDirectory { (dir: URL) throws in
            let workspace = try Self.ingested(dir)
            let all = try workspace.review(ReviewRequest())
            #expect(all.total == all.items.count)
            #expect(all.items.map(\.confidence) == all.items.map(\.confidence).sorted())
            #expect(all.items.allSatisfy { $0.reasons.contains(.singleSentence) && $0.evidence != nil })
            #expect(try workspace.review(ReviewRequest(only: .contradiction)).items.isEmpty)

            _ = try workspace.addRelation(
                AddRelationRequest(
                    source: "Russia", type: .opposes, target: "Mali", document: "alpha.txt",
                    evidence: "Russia supports Mali."))
            let contradictions = try workspace.review(ReviewRequest(only: .contradiction)).items
            #expect(contradictions.map { "\($0.source) \($0.type) \($0.target)" } == ["Russia supports Mali"])
            #expect(contradictions.first?.contradicts == ["Russia opposes Mali"])
            try workspace.acceptRelation(source: "Russia", type: .supports, target: "Mali")
            #expect(try workspace.review(ReviewRequest(only: .contradiction)).items.isEmpty)
            #expect(try workspace.review(ReviewRequest()).total == all.total - 1)
        }
    }

    @Test("Undo on a database that holds an imported graph: the import is read again from the archive too")
    func undoWithImport() throws {
        try withTemporaryDirectory { (dir: URL) throws in
            let source = try Self.ingested(dir, "source.sqlite")
            let graphml = try #require(try source.export(format: .graphml).first).bytes
            let imported = { (name: String) throws -> Workspace in
                let workspace = try Workspace(
                    databasePath: dir.appendingPathComponent(name).path, opening: .createIfMissing)
                _ = try workspace.importGraph(ImportSource(name: "g.graphml", bytes: graphml, format: .graphml))
                return workspace
            }
            let reference = try imported("reference.sqlite")
            let workspace = try imported("g.sqlite")
            try workspace.merge("Niger", absorbing: "Mali")
            #expect(try Self.picture(workspace) != Self.picture(reference))
            let undone = try workspace.undo(curation: 1)
            #expect(undone.documentsReread == 1)
            #expect(try Self.picture(workspace) == Self.picture(reference))
            #expect(try workspace.relations().flatMap(\.evidence).allSatisfy { $0.provenance == .imported })
        }
    }
}
