public import ActorGraphCore

/// Options of `betweennessCentrality(_:)` and `edgeBetweennessCentrality(_:)`, defaulting as NetworkX does.
public struct BetweennessOptions: Sendable, Hashable {
    /// Divide by the number of (s, t) pairs, NetworkX's `normalized` (default true).
    public var normalized: Bool
    /// Count path ends as passing through, NetworkX's `endpoints` (default false; node betweenness only).
    public var endpoints: Bool
    /// Use edge lengths 1/weight and Dijkstra instead of hops (default false).
    public var weighted: Bool
    /// Number of sampled sources, NetworkX's `k`; `nil` or ≥ n is exact (default nil).
    public var samples: Int?
    /// Seed of the source sample (default 42); the same seed gives the same sample.
    public var seed: UInt64
    /// Worker threads (default: active cores); 1 is sequential.
    public var parallelism: Int
    /// Advanced by one per source searched, after `begin("sources", total:)` (nil: not reported).
    public var progress: WorkProgress?

    public init(
        normalized: Bool = true, endpoints: Bool = false, weighted: Bool = false, samples: Int? = nil,
        seed: UInt64 = 42, parallelism: Int = 0, progress: WorkProgress? = nil
    ) {
        self.progress = progress
        self.normalized = normalized
        self.endpoints = endpoints
        self.weighted = weighted
        self.samples = samples
        self.seed = seed
        self.parallelism = parallelism
    }
}

extension CSRGraph {
    /// Shortest-path betweenness of every node: the share of shortest paths between other pairs that pass through it.
    ///
    /// Source: Brandes 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163–177, doi:10.1080/0022250X.2001.9990249
    ///
    /// Matches NetworkX `betweenness_centrality(G, k, normalized, weight, endpoints, seed)` including its `_rescale`
    /// (undirected halving, sampled-source correction). With `weighted`, edge length is 1/weight. Sampled sources
    /// come from `SplitMix64(seed)`, so they differ from NetworkX's `random.sample` for the same seed.
    /// - Parameter options: normalisation, endpoints, weighting, sampling and threads.
    /// - Returns: one score per node.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a negative sample count.
    /// - Complexity: O(*nm*) unweighted, O(*nm* + *n*² log *n*) weighted; *k* sources instead of *n* when sampled.
    public func betweennessCentrality(_ options: BetweennessOptions = .init()) throws(AnalysisError) -> NodeScores {
        let sources = try betweennessSources(options)
        let raw = brandes(sources: sources.nodes, options: options, trackEdges: false).nodes
        let scores = Self.rescaleBetweenness(
            raw, nodeCount: nodeCount, normalized: options.normalized, directed: isDirected,
            endpoints: options.endpoints, sampled: sources.sampled ? sources.nodes : nil)
        return NodeScores(values: scores, labels: labels)
    }

    /// The sources to run from: every node, or a seeded sample.
    func betweennessSources(_ options: BetweennessOptions) throws(AnalysisError) -> (nodes: [Int], sampled: Bool) {
        if let k = options.samples {
            guard k >= 0 else { throw .invalidOption(name: "samples", value: String(k), expected: "a count ≥ 0") }
            // NetworkX treats k == n as exact ("the result is the same regardless").
            if k < nodeCount {
                var generator = SplitMix64(seed: options.seed)
                return (generator.sample(k, from: nodeCount), true)
            }
        }
        return (Array(0..<nodeCount), false)
    }

    /// Node and edge dependency sums over `sources`, split across workers by interleaving sources.
    func brandes(sources: [Int], options: BetweennessOptions, trackEdges: Bool) -> (nodes: [Double], edges: [Double]) {
        let graph = self
        let weighted = options.weighted && isWeighted
        let lengths: [Double]? = weighted ? weights.map { 1 / $0 } : nil
        let workers = max(
            1, min(options.parallelism > 0 ? options.parallelism : Parallel.defaultWorkers, sources.count))
        let endpoints = options.endpoints && !trackEdges
        let progress = options.progress
        progress?.begin("sources", total: sources.count)
        let parts = Parallel.map(workers: workers) { worker -> [[Double]] in
            var nodeScores = [Double](repeating: 0, count: graph.nodeCount)
            var index = worker
            if lengths == nil && !trackEdges {
                var workspace = BrandesWorkspace(packedFor: graph.nodeCount)
                while index < sources.count {
                    workspace.betweennessByHops(
                        from: sources[index], graph: graph, endpoints: endpoints, nodeScores: &nodeScores)
                    progress?.advance()
                    index += workers
                }
                return [nodeScores, []]
            }
            var workspace = BrandesWorkspace(nodeCount: graph.nodeCount, weighted: weighted)
            var edgeScores = trackEdges ? [Double](repeating: 0, count: graph.edgeCount) : []
            while index < sources.count {
                let source = sources[index]
                if let lengths {
                    workspace.searchByLength(from: source, graph: graph, lengths: lengths)
                } else {
                    workspace.searchByHops(from: source, graph: graph)
                }
                workspace.accumulate(
                    source: source, graph: graph, lengths: lengths, endpoints: endpoints, nodeScores: &nodeScores,
                    edgeScores: &edgeScores)
                progress?.advance()
                index += workers
            }
            return [nodeScores, edgeScores]
        }
        let nodes = Parallel.sum(parts.map { $0[0] })
        let edges = trackEdges ? Parallel.sum(parts.map { $0[1] }) : []
        return (nodes.isEmpty ? [Double](repeating: 0, count: nodeCount) : nodes, edges)
    }

    /// NetworkX's `_rescale`, including the separate factor for sampled sources when endpoints are excluded.
    static func rescaleBetweenness(
        _ raw: [Double], nodeCount n: Int, normalized: Bool, directed: Bool, endpoints: Bool, sampled: [Int]?
    ) -> [Double] {
        var scores = raw
        let pairsEnd = endpoints ? n : n - 1  // N: valid targets per source
        if pairsEnd < 2 { return scores }
        let sourceCount = sampled?.count ?? pairsEnd  // K_source
        let correction: Double = directed ? 1 : 2
        if sampled == nil || endpoints {
            let scale =
                normalized
                ? 1 / (Double(sourceCount) * Double(pairsEnd - 1))
                : Double(pairsEnd) / (Double(sourceCount) * correction)
            if scale != 1 { for i in scores.indices { scores[i] *= scale } }
            return scores
        }
        let k = Double(sourceCount)
        let scaleSource: Double
        let scaleOther: Double
        if normalized {
            scaleSource = sourceCount > 1 ? 1 / ((k - 1) * Double(pairsEnd - 1)) : .nan
            scaleOther = 1 / (k * Double(pairsEnd - 1))
        } else {
            scaleSource = sourceCount > 1 ? Double(pairsEnd) / ((k - 1) * correction) : .nan
            scaleOther = Double(pairsEnd) / (k * correction)
        }
        var isSource = [Bool](repeating: false, count: n)
        for s in sampled ?? [] { isSource[s] = true }
        for i in scores.indices { scores[i] *= isSource[i] ? scaleSource : scaleOther }
        return scores
    }
}
