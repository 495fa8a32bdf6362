import ActorGraphCore
import ActorGraphTestSupport
import Analysis
import Testing

/// Cross-checks that cannot be faked: internal consistency between variants of the same measure.
@Suite struct CrossCheckTests {
    /// A seeded random directed graph with random weights.
    static func randomGraph(nodes: Int, edges: Int, seed: UInt64, weights: Bool) throws -> CSRGraph {
        var generator = SplitMix64(seed: seed)
        let list = (0..<edges).map { _ in
            WeightedEdge(
                source: generator.next(below: nodes), target: generator.next(below: nodes),
                weight: weights ? Double(1 + generator.next(below: 5)) : 1)
        }
        return try CSRGraph(nodeNames: (0..<nodes).map { "n\($0)" }, edges: list, weighted: weights)
    }

    @Test("Florentine families: the Medici have the highest betweenness")
    func medici() throws {
        let graph = try Oracle.graph("florentine")
        let ranking = try graph.betweennessCentrality().ranking(top: 3)
        #expect(ranking.first?.name == "Medici")
        #expect(ranking.count == 3)
    }

    @Test("weighted measures with every weight 1 equal the unweighted ones", arguments: [false, true])
    func allOnes(directed: Bool) throws {
        let plain = try Self.randomGraph(nodes: 60, edges: 240, seed: 3, weights: false)
        let base = directed ? plain : plain.undirected()
        let ones = try CSRGraph(
            nodeNames: base.labels,
            edges: (0..<base.edgeCount).map {
                let ends = base.endpoints(ofEdge: $0)
                return WeightedEdge(source: ends.source.int, target: ends.target.int, weight: 1)
            }, directed: directed, weighted: true)
        #expect(ones.isWeighted)
        let unweighted = try base.betweennessCentrality()
        let weighted = try ones.betweennessCentrality(.init(weighted: true))
        for i in 0..<base.nodeCount { #expect(isClose(unweighted.values[i], weighted.values[i], tolerance: 1e-12)) }
        let closeness = base.closenessCentrality()
        let closenessW = ones.closenessCentrality(.init(weighted: true))
        for i in 0..<base.nodeCount { #expect(isClose(closeness.values[i], closenessW.values[i], tolerance: 1e-12)) }
        let edgeB = try base.edgeBetweennessCentrality().values
        let edgeW = try ones.edgeBetweennessCentrality(.init(weighted: true)).values
        for i in edgeB.indices { #expect(isClose(edgeB[i], edgeW[i], tolerance: 1e-12)) }
    }

    @Test("sampled betweenness with samples == n equals exact")
    func samplesEqualN() throws {
        let graph = try Self.randomGraph(nodes: 50, edges: 200, seed: 5, weights: true)
        let exact = try graph.betweennessCentrality()
        let sampled = try graph.betweennessCentrality(.init(samples: graph.nodeCount, seed: 9))
        #expect(exact == sampled)
        for endpoints in [false, true] {
            let all = try graph.betweennessCentrality(.init(endpoints: endpoints, weighted: true))
            let k = try graph.betweennessCentrality(.init(endpoints: endpoints, weighted: true, samples: 50))
            for i in 0..<graph.nodeCount { #expect(isClose(all.values[i], k.values[i], tolerance: 1e-12)) }
        }
    }

    @Test("sampled betweenness is deterministic for a seed and differs across seeds")
    func sampledDeterministic() throws {
        let graph = try Self.randomGraph(nodes: 200, edges: 800, seed: 11, weights: false)
        let a = try graph.betweennessCentrality(.init(samples: 20, seed: 1))
        let b = try graph.betweennessCentrality(.init(samples: 20, seed: 1))
        let c = try graph.betweennessCentrality(.init(samples: 20, seed: 2))
        #expect(a == b)
        #expect(a != c)
        let allHold = a.values.allSatisfy { $0.isFinite && $0 >= 0 }
        #expect(allHold)
    }

    @Test("parallel betweenness equals sequential", arguments: [false, true])
    func parallelEqualsSequential(weighted: Bool) throws {
        let graph = try Self.randomGraph(nodes: 300, edges: 1500, seed: 13, weights: true)
        let sequential = try graph.betweennessCentrality(.init(weighted: weighted, parallelism: 1))
        let parallel = try graph.betweennessCentrality(.init(weighted: weighted, parallelism: 4))
        for i in 0..<graph.nodeCount {
            #expect(isClose(sequential.values[i], parallel.values[i], tolerance: 1e-12), "\(graph.labels[i])")
        }
        let edgeSequential = try graph.edgeBetweennessCentrality(.init(parallelism: 1)).values
        let edgeParallel = try graph.edgeBetweennessCentrality(.init(parallelism: 2)).values
        for i in edgeSequential.indices { #expect(isClose(edgeSequential[i], edgeParallel[i], tolerance: 1e-12)) }
        let closeness1 = graph.closenessCentrality(.init(weighted: weighted, parallelism: 1))
        let closeness2 = graph.closenessCentrality(.init(weighted: weighted, parallelism: 3))
        #expect(closeness1 == closeness2)
    }

    @Test("PageRank sums to 1, with and without dangling nodes and personalisation")
    func pageRankSumsToOne() throws {
        let graph = try Self.randomGraph(nodes: 500, edges: 900, seed: 17, weights: true)
        for weighted in [false, true] {
            let scores = try graph.pageRank(.init(tolerance: 1e-12, maxIterations: 1000, weighted: weighted))
            #expect(isClose(scores.sum, 1, tolerance: 1e-9))
        }
        let personal = try graph.pageRank(.init(personalization: ["n1": 1, "n2": 3]))
        #expect(isClose(personal.sum, 1, tolerance: 1e-6))
    }

    @Test("the dispatcher computes what the specific methods compute", arguments: CentralityMeasure.allCases)
    func dispatcher(measure: CentralityMeasure) throws {
        let graph = try Oracle.graph("karate")
        let scores = try graph.centrality(measure)
        #expect(scores.values.count == 34)
        let allHold = scores.values.allSatisfy(\.isFinite)
        #expect(allHold)
        switch measure {
        case .betweenness:
            let direct = try graph.betweennessCentrality()
            #expect(scores == direct)
        case .pagerank:
            let direct = try graph.pageRank(.init(maxIterations: 1000, weighted: false))
            #expect(scores == direct)
        case .degree: #expect(scores == graph.degreeCentrality())
        default: break
        }
    }

    @Test("ranking sorts by score, then name, and top 0 means all")
    func ranking() {
        let scores = NodeScores(values: [0.5, 0.9, 0.5, 0.1], labels: ["b", "x", "a", "c"])
        #expect(scores.ranking(top: 2) == [RankedScore(name: "x", score: 0.9), RankedScore(name: "a", score: 0.5)])
        #expect(scores.ranking(top: 0).map(\.name) == ["x", "a", "b", "c"])
    }

    @Test("PageRank reports non-convergence as NetworkX does")
    func notConverged() throws {
        let graph = try Oracle.graph("karate")
        #expect(throws: AnalysisError.notConverged(algorithm: "pagerank", iterations: 2, tolerance: 1e-12)) {
            try graph.pageRank(.init(tolerance: 1e-12, maxIterations: 2))
        }
    }
}
