import ActorGraphCore
import ActorGraphTestSupport
import Testing

@testable import ActorGraphKit

@Suite struct RelateTests {
    @Test(
        "Shared neighbours are classed by the polarity of both links",
        arguments: [
            ([RelationType.supports], [RelationType.cooperatesWith], "common partner"),
            ([.opposes], [.withdrewFrom], "common adversary"),
            ([.memberOf], [.memberOf, .deployedIn], "common affiliation"),
            ([.supports, .memberOf], [.cooperatesWith], "common partner"),
            ([.supports], [.opposes], "mixed"),
        ])
    func roles(first: [RelationType], second: [RelationType], role: String) {
        #expect(Workspace.role(first, second) == role)
    }

    @Test("The summary line states direct relations with their evidence counts, then shared neighbours")
    func summarySentence() {
        let evidence = [
            Evidence(document: "a.txt", sentence: "s", start: 0, end: 1),
            Evidence(document: "a.txt", sentence: "t", start: 2, end: 3),
            Evidence(document: "b.txt", sentence: "u", start: 0, end: 1),
        ]
        let direct = [
            DirectRelation(
                relationID: 1, sourceID: 1, source: "Russia", type: .supports, targetID: 2, target: "Mali",
                polarity: .cooperation, weight: 3, confidence: 0.9,
                firstSeen: nil, lastSeen: nil, evidence: evidence)
        ]
        let shared = [
            SharedNeighbour(
                role: "common affiliation", actorID: 3, name: "Alliance of Sahel States", type: .group,
                withFirst: [.supports],
                withSecond: [.memberOf])
        ]
        #expect(
            RelateSummary.sentence(first: "Russia", second: "Mali", direct: direct, shared: shared, indirect: [])
                == "Russia supports Mali (3 sentences in 2 documents); both are connected to Alliance of Sahel States.")
        #expect(
            RelateSummary.sentence(first: "Chad", second: "Mali", direct: [], shared: [], indirect: [])
                == "Chad and Mali have no direct relation.")
    }

    @Test("relate Moscow goita: names resolve through aliases; every sentence slices back from its offsets")
    func relateOnSeeds() throws {
        let workspace = try seedWorkspace.get()
        let report = try workspace.relate("moscow", "Mali", k: 3)
        #expect(report.first == "Russia" && report.second == "Mali")
        #expect(report.summary.hasPrefix("Mali cooperates with Russia") || report.summary.hasPrefix("Russia "))
        #expect(report.direct.contains { $0.source == "Russia" && $0.type == .supports && $0.target == "Mali" })
        #expect(report.indirect.count == 3)
        #expect(report.indirect.allSatisfy { $0.hops.count >= 2 })
        #expect(report.indirect.map(\.hops.count) == report.indirect.map(\.hops.count).sorted())
        let texts = try seedScalars()
        for relation in report.direct {
            #expect(relation.weight == relation.evidence.count)
            for evidence in relation.evidence {
                #expect(
                    slice(try #require(texts[evidence.document]), evidence.start, evidence.end) == evidence.sentence)
            }
        }
        #expect(throws: ActorGraphKitError.sameActor("Moscow", "Russia")) { try workspace.relate("Moscow", "Russia") }
    }
}
