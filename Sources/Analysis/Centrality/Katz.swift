/// Options of `katzCentrality(_:)`, defaulting as NetworkX's `katz_centrality` does.
public struct KatzOptions: Sendable, Hashable {
    /// Attenuation factor α (default 0.1); must be below 1/λ_max to converge.
    public var alpha: Double
    /// Base score β given to every node (default 1).
    public var beta: Double
    /// L2-normalise the result (default true).
    public var normalized: Bool
    /// Tolerance, iteration cap and weighting (default 1e-6, 1000, unweighted).
    public var iteration: PowerIterationOptions

    public init(
        alpha: Double = 0.1, beta: Double = 1, normalized: Bool = true,
        iteration: PowerIterationOptions = .init(tolerance: 1e-6, maxIterations: 1000)
    ) {
        self.alpha = alpha
        self.beta = beta
        self.normalized = normalized
        self.iteration = iteration
    }
}

extension CSRGraph {
    /// Katz centrality: β plus α times the scores of in-neighbours, iterated to a fixed point.
    ///
    /// Source: Katz 1953, "A new status index derived from sociometric analysis", Psychometrika 18(1):39–43, doi:10.1007/BF02289026
    ///
    /// Matches NetworkX `katz_centrality(G, alpha, beta, max_iter, tol, normalized, weight)` step for step: starts
    /// at 0, stops when the L1 change is below N × tol, then divides by the Euclidean norm if `normalized`.
    /// - Parameter options: α, β, normalisation, tolerance, iteration cap, weighting.
    /// - Returns: one score per node.
    /// - Throws: ``AnalysisError/notConverged(algorithm:iterations:tolerance:)``.
    /// - Complexity: O(*m*) per iteration.
    public func katzCentrality(_ options: KatzOptions = .init()) throws(AnalysisError) -> NodeScores {
        let n = nodeCount
        if n == 0 { return NodeScores(values: [], labels: labels) }
        let useWeights = options.iteration.weighted && isWeighted
        var x = [Double](repeating: 0, count: n)
        for _ in 0..<options.iteration.maxIterations {
            var next = inflow(x, weighted: useWeights)
            var change = 0.0
            for v in 0..<n {
                next[v] = options.alpha * next[v] + options.beta
                change += abs(next[v] - x[v])
            }
            x = next
            if change < Double(n) * options.iteration.tolerance {
                if options.normalized {
                    let norm = euclideanNorm(x)
                    let scale = norm == 0 ? 1 : 1 / norm
                    for v in 0..<n { x[v] *= scale }
                }
                return NodeScores(values: x, labels: labels)
            }
        }
        throw .notConverged(
            algorithm: "katz centrality", iterations: options.iteration.maxIterations,
            tolerance: options.iteration.tolerance)
    }
}
