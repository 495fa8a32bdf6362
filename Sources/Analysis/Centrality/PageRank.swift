/// Options of `pageRank(_:)`, defaulting as NetworkX's `pagerank` does.
public struct PageRankOptions: Sendable, Hashable {
    /// Probability of following an edge, NetworkX's `alpha` (default 0.85).
    public var damping: Double
    /// Convergence when the L1 change is below nodeCount × tolerance (default 1e-6).
    public var tolerance: Double
    /// Iteration cap (default 100).
    public var maxIterations: Int
    /// Use edge weights (default true, as NetworkX's `weight="weight"`); unweighted graphs weigh 1.
    public var weighted: Bool
    /// Teleport distribution by node name; missing nodes get 0 and the vector is rescaled to sum 1 (default uniform).
    public var personalization: [String: Double]?

    public init(
        damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 100, weighted: Bool = true,
        personalization: [String: Double]? = nil
    ) {
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.weighted = weighted
        self.personalization = personalization
    }
}

extension CSRGraph {
    /// PageRank of every node by power iteration; the scores sum to 1.
    ///
    /// Source: Page, Brin, Motwani & Winograd 1999, "The PageRank citation ranking: bringing order to the Web", Stanford InfoLab
    ///
    /// Matches NetworkX `pagerank(G, alpha, personalization, max_iter, tol, weight)`: starts uniform, sends the mass
    /// of dangling nodes (no out-weight) along the personalisation vector, and stops when the L1 change is below
    /// N × tol. Undirected edges count in both directions.
    /// - Parameter options: damping, tolerance, iteration cap, weighting, personalisation.
    /// - Returns: one score per node.
    /// - Throws: ``AnalysisError/notConverged(algorithm:iterations:tolerance:)``,
    ///   ``AnalysisError/invalidOption(name:value:expected:)``, ``AnalysisError/unknownNode(name:suggestions:)``.
    /// - Complexity: O(*m*) per iteration.
    public func pageRank(_ options: PageRankOptions = .init()) throws(AnalysisError) -> NodeScores {
        let n = nodeCount
        if n == 0 { return NodeScores(values: [], labels: labels) }
        guard options.damping >= 0 && options.damping <= 1 else {
            throw .invalidOption(name: "damping", value: "\(options.damping)", expected: "a number in [0, 1]")
        }
        let teleport = try personalizationVector(options.personalization)
        let useWeights = options.weighted && isWeighted
        // Inverse out-strength; 0 marks a dangling node.
        var inverseOut = [Double](repeating: 0, count: n)
        for u in 0..<n {
            var total = 0.0
            for slot in outOffsets[u]..<outOffsets[u + 1] {
                total += useWeights ? weights[edgeID(outSlot: slot)] : 1
            }
            inverseOut[u] = total != 0 ? 1 / total : 0
        }
        let dangling = (0..<n).filter { inverseOut[$0] == 0 }
        let inWeights: [Double] = useWeights ? inEdgeIDs.map { weights[Int($0)] } : []
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        var share = [Double](repeating: 0, count: n)
        let alpha = options.damping
        for _ in 0..<options.maxIterations {
            var danglingMass = 0.0
            for u in dangling { danglingMass += rank[u] }
            for u in 0..<n { share[u] = rank[u] * inverseOut[u] }
            let error = Self.pageRankStep(
                graph: self, share: share, inWeights: inWeights, teleport: teleport, danglingMass: danglingMass,
                alpha: alpha, rank: rank, next: &next)
            swap(&rank, &next)
            if error < Double(n) * options.tolerance { return NodeScores(values: rank, labels: labels) }
        }
        throw .notConverged(algorithm: "pagerank", iterations: options.maxIterations, tolerance: options.tolerance)
    }

    /// One pull step: next[v] = α(Σ share[u]·w(u,v) + dangling·p[v]) + (1−α)p[v]; returns the L1 change.
    private static func pageRankStep(
        graph: CSRGraph, share shareArray: [Double], inWeights weightArray: [Double], teleport teleportArray: [Double],
        danglingMass: Double, alpha: Double, rank rankArray: [Double], next nextArray: inout [Double]
    ) -> Double {
        let offsets = graph.inOffsets.span
        let sources = graph.inSources.span
        let share = shareArray.span
        let inWeights = weightArray.span
        let teleport = teleportArray.span
        let rank = rankArray.span
        var next = nextArray.mutableSpan
        let weighted = !weightArray.isEmpty
        var error = 0.0
        for v in 0..<graph.nodeCount {
            var sum = 0.0
            if weighted {
                for slot in offsets[v]..<offsets[v + 1] { sum += share[Int(sources[slot])] * inWeights[slot] }
            } else {
                for slot in offsets[v]..<offsets[v + 1] { sum += share[Int(sources[slot])] }
            }
            let value = alpha * (sum + danglingMass * teleport[v]) + (1 - alpha) * teleport[v]
            error += abs(value - rank[v])
            next[v] = value
        }
        return error
    }

    /// The personalisation vector by node index, scaled to sum 1; uniform when `nil`.
    func personalizationVector(_ byName: [String: Double]?) throws(AnalysisError) -> [Double] {
        let n = nodeCount
        guard let byName else { return [Double](repeating: 1 / Double(n), count: n) }
        var vector = [Double](repeating: 0, count: n)
        for (name, value) in byName.sorted(by: { $0.key < $1.key }) {
            guard value >= 0, value.isFinite else {
                throw .invalidOption(name: "personalization[\(name)]", value: "\(value)", expected: "a number ≥ 0")
            }
            vector[try nodeIndex(named: name).int] = value
        }
        let total = vector.reduce(0, +)
        guard total > 0 else {
            throw .invalidOption(name: "personalization", value: "all zero", expected: "a positive total")
        }
        return vector.map { $0 / total }
    }
}
