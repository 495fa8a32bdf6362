import ActorGraphKit
import ActorGraphTestSupport
import Foundation
import Testing

/// docs/interchange.md's conventions, checked against NetworkX: a multigraph written by NetworkX, with
/// symmetric and parallel relations and weights, imported, gives the centralities NetworkX computes on
/// actorgraph's view of it (Scripts/fixtures/interchange_conventions.py).
@Suite struct ConventionsTests {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    private func expected() throws -> [String: [String: [String: Double]]] {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("conventions.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        var views: [String: [String: [String: Double]]] = [:]
        for view in ["directed", "undirected", "weighted"] {
            views[view] = try #require(object[view] as? [String: [String: Double]])
        }
        return views
    }

    @Test(
        "NetworkX on an export's recipe gives the CLI's centralities (directed, undirected, weighted)",
        arguments: ["directed", "undirected", "weighted"])
    func centralitiesMatchNetworkX(view: String) throws {
        let workspace = try Workspace.inMemory()
        let source = try ImportSource.file(path: Self.fixtures.appendingPathComponent("conventions.graphml").path)
        _ = try workspace.importGraph(source)
        let query = GraphQuery(undirected: view == "undirected", weighted: view == "weighted")
        let analysis = try workspace.analysisGraph(query)
        let oracle = try #require(try expected()[view])
        for (name, measure) in [
            ("pagerank", Measure.pagerank), ("betweenness", .betweenness),
            ("degree", .degree), ("closeness", .closeness),
        ] {
            let scores = try #require(oracle[name])
            let rows = try analysis.centrality(measure: measure)
            #expect(rows.count == scores.count)
            for row in rows {
                let networkx = try #require(scores[row.name])
                #expect(abs(row.score - networkx) <= 1e-9, "\(view) \(name) of \(row.name)")
            }
        }
    }
}
