/// Hub and authority scores from `hits(_:)`.
public struct HubsAndAuthorities: Sendable, Hashable {
    public var hubs: NodeScores
    public var authorities: NodeScores
}

/// Options of `hits(_:)`.
public struct HITSOptions: Sendable, Hashable {
    /// Stop when the L1 change of the max-scaled hub vector is below this (default 1e-8, NetworkX's `tol`).
    public var tolerance: Double
    /// Iteration cap (default 100).
    public var maxIterations: Int
    /// Divide each vector by its sum (default true).
    public var normalized: Bool
    /// Use edge weights (default true, as NetworkX's adjacency matrix does).
    public var weighted: Bool
    public init(tolerance: Double = 1e-8, maxIterations: Int = 100, normalized: Bool = true, weighted: Bool = true) {
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.normalized = normalized
        self.weighted = weighted
    }
}

extension CSRGraph {
    /// Hubs and authorities: principal singular vectors of the adjacency matrix, each summing to 1.
    ///
    /// Source: Kleinberg 1999, "Authoritative sources in a hyperlinked environment", J. ACM 46(5):604–632, doi:10.1145/324133.324140
    ///
    /// Follows NetworkX `_hits_python` (power iteration, max-scaling, L1 stopping rule, sum normalisation).
    /// `nx.hits` itself calls SciPy's `svds`; both converge to the same vectors when the top singular value is
    /// simple, to within the tolerance.
    /// - Parameter options: tolerance, iteration cap, normalisation, weighting.
    /// - Returns: hubs and authorities.
    /// - Throws: ``AnalysisError/notConverged(algorithm:iterations:tolerance:)``.
    /// - Complexity: O(*m*) per iteration.
    public func hits(_ options: HITSOptions = .init()) throws(AnalysisError) -> HubsAndAuthorities {
        let n = nodeCount
        if n == 0 {
            return HubsAndAuthorities(
                hubs: NodeScores(values: [], labels: []), authorities: NodeScores(values: [], labels: []))
        }
        let useWeights = options.weighted && isWeighted
        var hubs = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<options.maxIterations {
            var authorities = inflow(hubs, weighted: useWeights)
            var next = outflow(authorities, weighted: useWeights)
            Self.scaleByMaximum(&next)
            Self.scaleByMaximum(&authorities)
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - hubs[v]) }
            hubs = next
            if change < options.tolerance {
                if options.normalized {
                    Self.scaleBySum(&hubs)
                    Self.scaleBySum(&authorities)
                }
                return HubsAndAuthorities(
                    hubs: NodeScores(values: hubs, labels: labels),
                    authorities: NodeScores(values: authorities, labels: labels))
            }
        }
        throw .notConverged(algorithm: "hits", iterations: options.maxIterations, tolerance: options.tolerance)
    }

    private static func scaleByMaximum(_ x: inout [Double]) {
        let top = x.max() ?? 0
        if top > 0 { for i in x.indices { x[i] /= top } }
    }

    private static func scaleBySum(_ x: inout [Double]) {
        let total = x.reduce(0, +)
        if total > 0 { for i in x.indices { x[i] /= total } }
    }
}
