import ActorGraphTestSupport
import Analysis
import Testing

/// Every centrality against the NetworkX oracle, over the whole graph catalogue.
@Suite struct CentralityOracleTests {
    @Test("degree centralities match NetworkX", arguments: Oracle.graphs)
    func degree(graph id: String) throws {
        let graph = try Oracle.graph(id)
        for (measure, mode) in [("degree", DegreeMode.all), ("in-degree", .in), ("out-degree", .out)] {
            guard let oracle = try Oracle.scores(id, measure) else { continue }
            expectScores(graph.degreeCentrality(mode), oracle.values, call: oracle.call)
        }
        let strength = try #require(try Oracle.scores(id, "strength"))
        expectScores(graph.strength(), strength.values, call: strength.call)
    }

    @Test("closeness and harmonic centrality match NetworkX (incoming distances)", arguments: Oracle.graphs)
    func closenessAndHarmonic(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let closeness = try #require(try Oracle.scores(id, "closeness"))
        expectScores(graph.closenessCentrality(), closeness.values, call: closeness.call)
        let harmonic = try #require(try Oracle.scores(id, "harmonic"))
        expectScores(graph.harmonicCentrality(), harmonic.values, call: harmonic.call)
        if let weighted = try Oracle.scores(id, "closeness-weighted") {
            expectScores(graph.closenessCentrality(.init(weighted: true)), weighted.values, call: weighted.call)
        }
        if let weighted = try Oracle.scores(id, "harmonic-weighted") {
            expectScores(graph.harmonicCentrality(weighted: true), weighted.values, call: weighted.call)
        }
    }

    @Test("betweenness matches NetworkX: normalised or not, with and without endpoints", arguments: Oracle.graphs)
    func betweenness(graph id: String) throws {
        let graph = try Oracle.graph(id)
        for normalized in [true, false] {
            for endpoints in [false, true] {
                let measure = "betweenness-\(normalized ? "norm" : "raw")-\(endpoints ? "ends" : "noends")"
                let oracle = try #require(try Oracle.scores(id, measure))
                let scores = try graph.betweennessCentrality(.init(normalized: normalized, endpoints: endpoints))
                expectScores(scores, oracle.values, call: oracle.call)
            }
        }
        if let weighted = try Oracle.scores(id, "betweenness-weighted") {
            expectScores(try graph.betweennessCentrality(.init(weighted: true)), weighted.values, call: weighted.call)
        }
    }

    @Test("edge betweenness matches NetworkX", arguments: Oracle.graphs)
    func edgeBetweenness(graph id: String) throws {
        let graph = try Oracle.graph(id)
        var cases: [(String, BetweennessOptions)] = [
            ("edge-betweenness-norm", .init()), ("edge-betweenness-raw", .init(normalized: false)),
        ]
        if try Oracle.isWeighted(id) { cases.append(("edge-betweenness-weighted", .init(weighted: true))) }
        for (measure, options) in cases {
            let oracle = try Oracle.load(id, measure, as: [EdgeScoreRow].self)
            let scores = try graph.edgeBetweennessCentrality(options)
            #expect(scores.values.count == oracle.expected.count, "edge count differs for \(oracle.call)")
            for row in oracle.expected {
                let got = try #require(
                    scores.score(source: row.source, target: row.target, directed: graph.isDirected),
                    "edge \(row.source)–\(row.target) missing")
                #expect(
                    isClose(got, row.score),
                    "\(row.source)–\(row.target): got \(got), NetworkX \(row.score) — \(oracle.call)")
            }
        }
    }

    @Test("PageRank matches NetworkX, plain and personalised", arguments: Oracle.graphs(with: "pagerank"))
    func pageRank(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let oracle = try #require(try Oracle.scores(id, "pagerank"))
        let scores = try graph.pageRank(.init(tolerance: 1e-12, maxIterations: 1000))
        expectScores(scores, oracle.values, call: oracle.call)
        let personal = try #require(try Oracle.scores(id, "pagerank-personalized"))
        var weights: [String: Double] = [:]
        for (index, label) in graph.labels.enumerated() { weights[label] = Double(index % 3) + 1 }
        let personalised = try graph.pageRank(
            .init(damping: 0.9, tolerance: 1e-12, maxIterations: 1000, personalization: weights))
        expectScores(personalised, personal.values, call: personal.call)
    }

    @Test("eigenvector centrality matches NetworkX step for step", arguments: Oracle.graphs(with: "eigenvector"))
    func eigenvector(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let options = PowerIterationOptions(tolerance: 1e-10, maxIterations: 1000, weighted: true)
        guard let oracle = try Oracle.scores(id, "eigenvector") else {
            #expect(
                throws: AnalysisError.notConverged(
                    algorithm: "eigenvector centrality", iterations: 1000, tolerance: 1e-10)
            ) {
                try graph.eigenvectorCentrality(options)
            }
            return
        }
        expectScores(try graph.eigenvectorCentrality(options), oracle.values, call: oracle.call)
    }

    @Test("Katz centrality matches NetworkX", arguments: Oracle.graphs(with: "katz"))
    func katz(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let options = KatzOptions(iteration: .init(tolerance: 1e-12, maxIterations: 10000, weighted: true))
        guard let oracle = try Oracle.scores(id, "katz") else {
            // α = 0.1 exceeds 1/λ_max on these weighted graphs: NetworkX fails to converge, and so must we.
            #expect(
                throws: AnalysisError.notConverged(algorithm: "katz centrality", iterations: 10000, tolerance: 1e-12)
            ) {
                try graph.katzCentrality(options)
            }
            return
        }
        expectScores(try graph.katzCentrality(options), oracle.values, call: oracle.call)
    }

    struct HITSFixture: Decodable {
        var hubs: [String: Double]
        var authorities: [String: Double]
    }

    @Test("HITS hubs and authorities match NetworkX's SVD", arguments: Oracle.graphs(with: "hits"))
    func hits(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let oracle = try Oracle.load(id, "hits", as: HITSFixture.self)
        let result = try graph.hits(.init(tolerance: 1e-13, maxIterations: 100_000))
        expectScores(result.hubs, oracle.expected.hubs, call: oracle.call, tolerance: 1e-9)
        expectScores(result.authorities, oracle.expected.authorities, call: oracle.call, tolerance: 1e-9)
        #expect(isClose(result.hubs.sum, 1, tolerance: 1e-12))
    }
}
