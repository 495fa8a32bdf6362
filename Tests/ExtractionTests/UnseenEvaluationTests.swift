import ActorGraphCore
import ActorGraphTestSupport
import Extraction
import Testing

/// Generalisation check: five articles about other regions and actors, annotated before tuning.
///
/// Floors are the measured values rounded down to two decimals: raise them as the extractor improves.
@Suite struct UnseenEvaluationTests {
    @Test("Unseen articles: entity, relation and edge F1 stay above their floors")
    func unseenScores() throws {
        let report = try FixtureFiles.evaluate(
            try FixtureFiles.unseenArticles(), gold: try FixtureFiles.gold("unseen.json"))
        #expect(report.entityF1 >= 0.98)
        #expect(report.relationF1 >= 0.75)
        #expect(report.edgeF1 >= 0.78)
    }
}
