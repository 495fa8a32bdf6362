import ActorGraphTestSupport
import Analysis
import Testing

/// Hand-checked betweenness values on tiny graphs (NetworkX's `test_betweenness_centrality.py` cases).
@Suite struct BetweennessTests {
    static func path3(directed: Bool) throws -> CSRGraph {
        try CSRGraph(
            nodeNames: ["a", "b", "c"], edges: [.init(source: 0, target: 1), .init(source: 1, target: 2)],
            directed: directed)
    }

    //  a — b — c
    @Test("P3: the middle node carries every path")
    func p3() throws {
        let graph = try Self.path3(directed: false)
        #expect(try graph.betweennessCentrality().values == [0, 1, 0])
        #expect(try graph.betweennessCentrality(.init(normalized: false)).values == [0, 1, 0])
        // With endpoints each node also counts the paths it starts or ends: NetworkX gives 2/3, 1, 2/3 normalised.
        let ends = try graph.betweennessCentrality(.init(endpoints: true)).values
        #expect(isClose(ends[0], 2.0 / 3) && isClose(ends[1], 1) && isClose(ends[2], 2.0 / 3))
    }

    //  a → b → c
    @Test("directed P3: only a→c passes through b")
    func directedP3() throws {
        let graph = try Self.path3(directed: true)
        #expect(try graph.betweennessCentrality().values == [0, 0.5, 0])
        #expect(try graph.betweennessCentrality(.init(normalized: false)).values == [0, 1, 0])
    }

    //  K5: every pair adjacent, so no node lies between others.
    @Test("K5: all zero")
    func k5() throws {
        var edges: [WeightedEdge] = []
        for u in 0..<5 { for v in (u + 1)..<5 { edges.append(.init(source: u, target: v)) } }
        let graph = try CSRGraph(nodeNames: ["a", "b", "c", "d", "e"], edges: edges, directed: false)
        #expect(try graph.betweennessCentrality().values == [0, 0, 0, 0, 0])
        #expect(try graph.edgeBetweennessCentrality().values.allSatisfy { isClose($0, 0.1) })
    }

    @Test("null and one-node graphs have nothing to measure")
    func degenerate() throws {
        let null = try CSRGraph(nodeNames: [], edges: [])
        #expect(try null.betweennessCentrality().values.isEmpty)
        #expect(try null.pageRank().values.isEmpty)
        #expect(null.weaklyConnectedComponents().count == 0)
        #expect(throws: AnalysisError.undefined(algorithm: "eigenvector centrality", reason: "the graph has no nodes"))
        {
            try null.eigenvectorCentrality()
        }
        let one = try CSRGraph(nodeNames: ["solo"], edges: [])
        #expect(try one.betweennessCentrality().values == [0])
        #expect(one.degreeCentrality().values == [1])
        #expect(try one.pageRank().values == [1])
    }

    @Test("a negative sample count is rejected")
    func negativeSamples() throws {
        let graph = try Self.path3(directed: false)
        #expect(throws: AnalysisError.invalidOption(name: "samples", value: "-1", expected: "a count ≥ 0")) {
            try graph.betweennessCentrality(.init(samples: -1))
        }
    }
}
