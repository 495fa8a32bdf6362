import ActorGraphTestSupport
import Analysis
import Testing

/// Shortest, all-shortest, k-shortest and bounded simple paths, and ego networks, against NetworkX.
@Suite struct PathOracleTests {
    struct PathSet: Decodable {
        var length: Double?
        var allShortest: [[String]]
        var kShortestLengths: [Double]
        enum CodingKeys: String, CodingKey {
            case length
            case allShortest = "all_shortest"
            case kShortestLengths = "k_shortest_lengths"
        }
    }
    struct Ego: Decodable {
        var nodes: [String]
        var edges: Int
    }
    struct PairFixture: Decodable {
        var source: String
        var target: String
        var hops: PathSet
        var weighted: PathSet?
        var allSimpleCutoff4: [[String]]?
        var egoRadius2: Ego
        enum CodingKeys: String, CodingKey {
            case source, target, hops, weighted
            case allSimpleCutoff4 = "all_simple_cutoff_4"
            case egoRadius2 = "ego_radius_2"
        }
    }

    /// Checks that a path is connected edge by edge and that its length is the sum of its hops.
    static func expectWellFormed(_ path: PathResult, in graph: CSRGraph, weighted: Bool) {
        #expect(path.edges.count == path.nodes.count - 1)
        var length = 0.0
        for (i, edge) in path.edges.enumerated() {
            let ends = graph.endpoints(ofEdge: edge)
            let (a, b) = (path.nodes[i], path.nodes[i + 1])
            let joins =
                (ends.source == a && ends.target == b) || (!graph.isDirected && ends.source == b && ends.target == a)
            #expect(joins, "edge \(edge) does not join \(a) and \(b)")
            length += weighted ? 1 / graph.weights[edge] : 1
        }
        #expect(isClose(length, path.length))
    }

    static func names(_ path: PathResult, _ graph: CSRGraph) -> [String] { path.nodes.map { graph.labels[$0.int] } }

    @Test("paths match NetworkX", arguments: Oracle.graphs(with: "paths"))
    func paths(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let oracle = try Oracle.load(id, "paths", as: [PairFixture].self)
        for pair in oracle.expected {
            let s = try graph.nodeIndex(named: pair.source)
            let t = try graph.nodeIndex(named: pair.target)
            for (weighted, expected) in [(false, pair.hops), (true, pair.weighted)] {
                guard let expected else { continue }
                let path = graph.shortestPath(from: s, to: t, weighted: weighted)
                #expect(
                    path?.length == expected.length || isClose(path?.length ?? .nan, expected.length ?? .nan),
                    "\(id) \(pair.source)→\(pair.target) weighted \(weighted): \(String(describing: path?.length))")
                if let path { Self.expectWellFormed(path, in: graph, weighted: weighted) }
                let all = graph.allShortestPaths(from: s, to: t, weighted: weighted)
                #expect(
                    all.map { Self.names($0, graph) }.sorted { $0.lexicographicallyPrecedes($1) }
                        == expected.allShortest,
                    "\(id) all shortest \(pair.source)→\(pair.target) weighted \(weighted)")
                let k = graph.shortestSimplePaths(from: s, to: t, k: 6, weighted: weighted)
                #expect(k.count == expected.kShortestLengths.count)
                for (ours, theirs) in zip(k.map(\.length), expected.kShortestLengths) {
                    #expect(isClose(ours, theirs), "\(id) Yen \(pair.source)→\(pair.target): \(ours) vs \(theirs)")
                }
                for path in k { Self.expectWellFormed(path, in: graph, weighted: weighted) }
                #expect(Set(k.map(\.nodes)).count == k.count, "Yen paths are distinct")
            }
            if let simple = pair.allSimpleCutoff4 {
                let ours = graph.allSimplePaths(from: s, to: t, maxLength: 4).map { Self.names($0, graph) }
                #expect(
                    ours.sorted { $0.lexicographicallyPrecedes($1) } == simple,
                    "\(id) simple paths \(pair.source)→\(pair.target)")
            }
            let ego = graph.egoNetwork(center: s, radius: 2)
            #expect(
                ego.nodes.map { graph.labels[$0.int] }.sorted() == pair.egoRadius2.nodes, "\(id) ego of \(pair.source)")
            #expect(ego.edges.count == pair.egoRadius2.edges, "\(id) ego edges of \(pair.source)")
        }
    }

    @Test("undirected paths report the original edge of each hop, whichever way it is walked")
    func undirectedOrigins() throws {
        // a → b (original 0), c → b (original 1): walking a–b–c crosses edge 1 against its direction.
        let graph = try CSRGraph(
            nodeNames: ["a", "b", "c"], edges: [.init(source: 0, target: 1), .init(source: 2, target: 1)],
            directed: false)
        let path = try #require(graph.shortestPath(from: NodeIndex(0), to: NodeIndex(2)))
        #expect(path.nodes == [NodeIndex(0), NodeIndex(1), NodeIndex(2)])
        #expect(path.edges.map { graph.originalEdge($0) } == [0, 1])
    }

    @Test("a 37×37 grid's corner-to-corner path count does not overflow")
    func gridPathCount() throws {
        let side = 37
        var edges: [WeightedEdge] = []
        for r in 0..<side {
            for c in 0..<side {
                let v = r * side + c
                if c + 1 < side { edges.append(.init(source: v, target: v + 1)) }
                if r + 1 < side { edges.append(.init(source: v, target: v + side)) }
            }
        }
        let graph = try CSRGraph(nodeNames: (0..<(side * side)).map(String.init), edges: edges, directed: false)
        let scores = try graph.betweennessCentrality(.init(normalized: false))
        let allHold = scores.values.allSatisfy { $0.isFinite && $0 >= 0 }
        #expect(allHold)
        // Symmetry of the grid: opposite corners' neighbours score the same.
        #expect(isClose(scores.values[1], scores.values[side * side - 2], tolerance: 1e-6))
        // C(72, 36) ≈ 4.4e20 shortest paths join the corners: more than Int64 holds.
        let counts = graph.shortestPathCounts(from: NodeIndex(0))
        let expected = 442_512_540_276_836_779_204.0
        #expect(abs(counts[side * side - 1] - expected) / expected < 1e-12)
    }
}
