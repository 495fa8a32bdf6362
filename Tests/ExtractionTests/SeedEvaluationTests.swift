import ActorGraphCore
import ActorGraphTestSupport
import Extraction
import Testing

/// The extractor scored against the hand-annotated gold of the five seed articles.
///
/// Floors are the measured values rounded down to two decimals: raise them as the extractor improves.
@Suite struct SeedEvaluationTests {
    @Test("Seed articles: entity, relation and edge F1 stay above their floors")
    func seedScores() throws {
        let report = try FixtureFiles.evaluate(
            try RepositoryFiles.seedArticles(), gold: try FixtureFiles.gold("seeds.json"))
        #expect(report.entityF1 >= 0.98)
        #expect(report.relationF1 >= 0.88)
        #expect(report.edgeF1 >= 0.92)
    }
}
