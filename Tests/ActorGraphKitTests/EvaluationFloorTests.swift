import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

/// The `eval` command's own path (ingest into a scratch database, read back, score) against the gold files.
///
/// Floors are measured values rounded down; raise them as the extractor improves, never lower them.
@Suite struct EvaluationFloorTests {
    private let fixtures = RepositoryFiles.root.appendingPathComponent("Tests/ExtractionTests/Fixtures")

    @Test("Seeds through the store: entity F1 ≥ 0.98, relation F1 ≥ 0.88, untyped edge F1 ≥ 0.92")
    func seeds() throws {
        let result = try Workspace.evaluate(
            goldPath: fixtures.appendingPathComponent("gold/seeds.json").path,
            documentsPath: RepositoryFiles.seedsDirectory.path)
        #expect(result.entityF1 >= 0.98)
        #expect(result.relationF1 >= 0.88)
        #expect(result.untypedEdgeF1 >= 0.92)
        #expect(result.table.hasPrefix("category "))
        #expect(result.table.contains("\nmisses ("))
    }

    @Test("Unseen articles of the same genre through the store: entity F1 ≥ 0.98, relation F1 ≥ 0.75")
    func unseen() throws {
        let result = try Workspace.evaluate(
            goldPath: fixtures.appendingPathComponent("gold/unseen.json").path,
            documentsPath: fixtures.appendingPathComponent("unseen").path)
        #expect(result.entityF1 >= 0.98)
        #expect(result.relationF1 >= 0.75)
        #expect(result.untypedEdgeF1 >= 0.78)
    }
}
