import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import Render
import Testing

@testable import ActorGraphKit

@Suite struct MapTests {
    @Test("The relation view shows exactly the actors of the k best paths, all highlighted, with their relations")
    func betweenView() throws {
        let analysis = try seedWorkspace.get().analysisGraph(GraphQuery(undirected: true))
        var request = MapRequest()
        request.between = ("Russia", "Niger")
        request.k = 2
        let model = try analysis.mapModel(request)
        let paths = try analysis.paths(
            from: "Russia", to: "Niger",
            request: {
                var request = PathRequest()
                request.k = 2
                return request
            }()
        ).paths
        #expect(paths.count == 2)
        let onPaths = Set(paths.flatMap { path in path.hops.flatMap { [$0.from, $0.to] } })
        #expect(Set(model.nodes.filter(\.highlighted).map(\.label)) == onPaths)
        #expect(Set(model.nodes.map(\.label)) == onPaths)
        let edges = model.edges.filter(\.highlighted)
        #expect(edges.count >= paths.map(\.hops.count).max() ?? 0)
        let ids = Set(model.nodes.map(\.id))
        #expect(model.edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
        #expect(model.title == "How Russia and Niger are connected")
    }

    @Test("The ego map holds the centre and its direct neighbours only")
    func egoView() throws {
        let workspace = try seedWorkspace.get()
        let analysis = try workspace.analysisGraph()
        var request = MapRequest()
        request.focus = "Moscow"
        request.depth = 1
        let model = try analysis.mapModel(request)
        let neighbours = Set(try workspace.relations(involving: "Russia").flatMap { [$0.source, $0.target] })
        #expect(Set(model.nodes.map(\.label)) == neighbours)
        let allHighlighted = model.nodes.allSatisfy { $0.highlighted }
        #expect(allHighlighted)
        let russia = try #require(model.nodes.first { $0.label == "Russia" }).id
        #expect(model.edges.allSatisfy { $0.highlighted == ($0.source == russia || $0.target == russia) })
        #expect(model.edges.contains { !$0.highlighted })
    }

    @Test("--top keeps the N highest PageRank actors; sizes are scaled to the largest")
    func topView() throws {
        let analysis = try seedWorkspace.get().analysisGraph()
        var request = MapRequest()
        request.top = 5
        let model = try analysis.mapModel(request)
        let top = try analysis.centrality(measure: .pagerank, top: 5).map(\.name)
        #expect(Set(model.nodes.map(\.label)).isSubset(of: Set(top)))
        #expect(model.nodes.map(\.size).max() == 1)
    }

    @Test("An edge list renders as a map too, its edges typed as the neutral cooperation type")
    func edgeListMap() throws {
        try withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("edges.txt")
            try "# a triangle and a tail\nA B 2\nB C\nC A\nC D\n".write(to: file, atomically: true, encoding: .utf8)
            let analysis = try AnalysisGraph.edgeList(path: file.path, query: GraphQuery(undirected: true))
            var request = MapRequest()
            request.format = .dot
            let output = try analysis.renderMap(request)
            #expect(output.nodes == 4 && output.edges == 4)
            let rows = try analysis.centrality(measure: .degree)
            #expect(rows.first == ScoreRow(name: "C", score: 1))
        }
    }
}
