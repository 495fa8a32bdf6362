import ActorGraphTestSupport
import Foundation
import Testing

@testable import ActorGraphKit

/// The `eval` command's own path (ingest into a scratch database, read back, score) against the gold files.
///
/// Floors are measured values rounded down; raise them as the extractor improves, never lower them.
@Suite struct EvaluationFloorTests {
    private let fixtures = RepositoryFiles.root.appendingPathComponent("Tests/ExtractionTests/Fixtures")

    /// The seeds' floors, lowered once for entities by a deliberate change.
    ///
    /// Entity F1 was 0.982 while a surname in one article ("President Bazoum") was resolved to a full name
    /// met in an earlier article of the same batch. That merge depended on the order articles arrived in,
    /// so ingest now extracts each article on its own (issue 14, docs/store.md "Order independence"): the
    /// seeds measure 0.973, and the floor follows that deliberate change once.
    @Test("Seeds through the store: entity F1 ≥ 0.97, relation F1 ≥ 0.88, untyped edge F1 ≥ 0.92")
    func seeds() throws {
        let result = try Workspace.evaluate(
            goldPath: fixtures.appendingPathComponent("gold/seeds.json").path,
            documentsPath: RepositoryFiles.seedsDirectory.path)
        #expect(result.entityF1 >= 0.97)
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
