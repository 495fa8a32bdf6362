import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

@Suite struct IngestUseCaseTests {
    @Test("Re-ingesting is a no-op; a changed document replaces its evidence; progress reaches the total")
    func incremental() throws {
        try withTemporaryDirectory { dir in
            let corpus = dir.appendingPathComponent("corpus", isDirectory: true)
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            for (name, text) in try RepositoryFiles.seedArticles() {
                try text.write(to: corpus.appendingPathComponent(name), atomically: true, encoding: .utf8)
            }
            let workspace = try Workspace(
                databasePath: dir.appendingPathComponent("g.sqlite").path, opening: .createIfMissing)
            var last: IngestProgress?
            let first = try workspace.ingest(paths: [corpus.path]) { last = $0 }
            #expect(first.documents == 5 && first.unchanged == 0)
            #expect(last?.done == 5 && last?.total == 5)
            let relations = try workspace.relations()

            let again = try workspace.ingest(paths: [corpus.path])
            #expect(again.documents == 0 && again.unchanged == 5)
            #expect(try workspace.relations() == relations)

            // Cut the longest article to its first paragraph: its old evidence must go.
            let changed = corpus.appendingPathComponent("004_f6b5611ee6b8a9b7.txt")
            let text = try String(contentsOf: changed, encoding: .utf8)
            let firstParagraph = String(text.prefix { $0 != "\n" })
            try firstParagraph.write(to: changed, atomically: true, encoding: .utf8)
            let replaced = try workspace.ingest(paths: [corpus.path])
            #expect(replaced.documents == 1 && replaced.unchanged == 4)
            let evidence = try workspace.relations().flatMap(\.evidence).filter {
                $0.document == changed.lastPathComponent
            }
            #expect(evidence.allSatisfy { $0.end <= firstParagraph.unicodeScalars.count })
        }
    }

    @Test("An empty file named directly stops the ingest and stores nothing of that call")
    func badFileKeepsEarlierBatches() throws {
        try withTemporaryDirectory { dir in
            let workspace = try Workspace(
                databasePath: dir.appendingPathComponent("g.sqlite").path, opening: .createIfMissing)
            let seed = RepositoryFiles.seedsDirectory.appendingPathComponent("000_2232b512bc44f881.txt").path
            _ = try workspace.ingest(paths: [seed])
            let before = try workspace.stats()
            let empty = dir.appendingPathComponent("empty.txt")
            try Data().write(to: empty)
            let other = RepositoryFiles.seedsDirectory.appendingPathComponent("001_3dc2b227b6bf868c.txt").path
            #expect(throws: ActorGraphKitError.emptyFile(empty.path)) {
                try workspace.ingest(paths: [other, empty.path])
            }
            #expect(try workspace.stats() == before)
        }
    }

    @Test("The summary line counts documents, entities, relations and warnings")
    func summary() {
        let report = IngestReport(
            documents: 3, unchanged: 2, entities: 40, relations: 61, warnings: ["x"], seconds: 0.25)
        #expect(report.summary == "ingested 3 documents (2 unchanged): 40 entities, 61 relations, 1 warning in 0.25 s")
        let one = IngestReport(documents: 1, unchanged: 0, entities: 1, relations: 1, warnings: [], seconds: 0.1)
        #expect(one.summary == "ingested 1 document: 1 entity, 1 relation, 0 warnings in 0.10 s")
    }
}
