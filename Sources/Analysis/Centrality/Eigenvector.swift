/// Options of the power iterations `eigenvectorCentrality(_:)` and `katzCentrality(_:)`.
public struct PowerIterationOptions: Sendable, Hashable {
    /// Convergence when the L1 change is below nodeCount × tolerance (default 1e-6).
    public var tolerance: Double
    /// Iteration cap (default 100; NetworkX uses 1000 for Katz).
    public var maxIterations: Int
    /// Use edge weights (default false, as NetworkX's `weight=None`).
    public var weighted: Bool
    public init(tolerance: Double = 1e-6, maxIterations: Int = 100, weighted: Bool = false) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.weighted = weighted
    }
}

extension CSRGraph {
    /// Eigenvector centrality: the principal left eigenvector of the adjacency matrix, L2-normalised.
    ///
    /// Source: Bonacich 1987, "Power and centrality: a family of measures", Am. J. Sociol. 92(5):1170–1182, doi:10.1086/228631
    ///
    /// Matches NetworkX `eigenvector_centrality(G, max_iter, tol, weight)` step for step: iterates with A + I from
    /// the uniform vector, normalises by the Euclidean norm, stops when the L1 change is below N × tol. On directed
    /// graphs a node's score comes from its in-edges.
    /// - Parameter options: tolerance, iteration cap, weighting.
    /// - Returns: one score per node.
    /// - Throws: ``AnalysisError/undefined(algorithm:reason:)`` for the null graph,
    ///   ``AnalysisError/notConverged(algorithm:iterations:tolerance:)``.
    /// - Complexity: O(*m*) per iteration.
    public func eigenvectorCentrality(_ options: PowerIterationOptions = .init()) throws(AnalysisError) -> NodeScores {
        let n = nodeCount
        guard n > 0 else { throw .undefined(algorithm: "eigenvector centrality", reason: "the graph has no nodes") }
        let useWeights = options.weighted && isWeighted
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<options.maxIterations {
            var next = inflow(x, weighted: useWeights)
            for v in 0..<n { next[v] += x[v] }
            var norm = euclideanNorm(next)
            if norm == 0 { norm = 1 }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            x = next
            if change < Double(n) * options.tolerance { return NodeScores(values: x, labels: labels) }
        }
        throw .notConverged(
            algorithm: "eigenvector centrality", iterations: options.maxIterations, tolerance: options.tolerance)
    }

    /// y[v] = Σ over edges u→v of x[u]·w(u, v): one multiplication xᵀA along in-edges.
    func inflow(_ x: [Double], weighted: Bool) -> [Double] {
        var y = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            var sum = 0.0
            for slot in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inSources[slot])
                sum += weighted ? x[u] * weights[Int(inEdgeIDs[slot])] : x[u]
            }
            y[v] = sum
        }
        return y
    }

    /// y[u] = Σ over edges u→v of x[v]·w(u, v): one multiplication Ax along out-edges.
    func outflow(_ x: [Double], weighted: Bool) -> [Double] {
        var y = [Double](repeating: 0, count: nodeCount)
        for u in 0..<nodeCount {
            var sum = 0.0
            for slot in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[slot])
                sum += weighted ? x[v] * weights[edgeID(outSlot: slot)] : x[v]
            }
            y[u] = sum
        }
        return y
    }
}

/// The Euclidean norm, scaled to avoid overflow (Python's `math.hypot` is similarly careful).
func euclideanNorm(_ x: [Double]) -> Double {
    let scale = x.reduce(0) { max($0, abs($1)) }
    if scale == 0 || !scale.isFinite { return scale }
    var sum = 0.0
    for value in x {
        let scaled = value / scale
        sum += scaled * scaled
    }
    return scale * sum.squareRoot()
}
