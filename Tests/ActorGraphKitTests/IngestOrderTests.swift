import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

/// Real articles through the whole ingest (extraction and store): the graph does not depend on the order of
/// folders or files, on how they were split across runs, or on what the store held before.
@Suite struct IngestOrderTests {
    static let unseen = RepositoryFiles.root.appendingPathComponent("Tests/ExtractionTests/Fixtures/unseen")

    /// Entities and relations with everything arrival order may change (ids, table order) left out.
    static func graph(_ workspace: Workspace) throws -> [String] {
        let entities = try workspace.entities().map {
            "entity \($0.type) \($0.name) aliases=\($0.aliases) mentions=\($0.mentions)"
        }
        let relations = try workspace.relations().map {
            "relation \($0.source) \($0.type) \($0.target) weight=\($0.weight) evidence=\($0.evidence.sorted())"
        }
        return (entities + relations).sorted()
    }

    static func files(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { folder.appendingPathComponent($0).path }
    }

    @Test("Folders in either order, file by file backwards, or three files per run: one graph")
    func anyOrderOneGraph() throws {
        let seeds = RepositoryFiles.seedsDirectory.path
        let reference = try Self.graph(Self.ingested([[seeds, Self.unseen.path]]))
        #expect(reference.count > 100)
        #expect(try Self.graph(Self.ingested([[Self.unseen.path, seeds]])) == reference)
        let all = try Self.files(RepositoryFiles.seedsDirectory) + Self.files(Self.unseen)
        #expect(try Self.graph(Self.ingested(all.reversed().map { [$0] })) == reference)
        var random = SplitMix64(seed: 11)
        var shuffled = all
        for i in stride(from: shuffled.count - 1, to: 0, by: -1) { shuffled.swapAt(i, random.next(below: i + 1)) }
        let runs = stride(from: 0, to: shuffled.count, by: 3).map { Array(shuffled[$0..<min($0 + 3, shuffled.count)]) }
        #expect(try Self.graph(Self.ingested(runs)) == reference)
    }

    /// A fresh in-memory workspace after one `ingest` call per element of `runs`.
    static func ingested(_ runs: [[String]]) throws -> Workspace {
        let workspace = try Workspace.inMemory()
        for paths in runs { _ = try workspace.ingest(paths: paths) }
        return workspace
    }
}
