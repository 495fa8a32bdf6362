public import ActorGraphCore

/// The centralities the `centrality(_:options:)` dispatcher can compute, named as on the command line.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case strength, closeness, harmonic, betweenness, eigenvector, pagerank, katz, hubs, authorities
}

/// One bag of options for every measure; each measure reads the fields it understands.
public struct CentralityOptions: Sendable, Hashable {
    /// Normalise (degree, betweenness, Katz); default true.
    public var normalized: Bool
    /// Use weights (lengths 1/weight for path-based measures); default false.
    public var weighted: Bool
    /// Sampled betweenness sources (`nil` = exact).
    public var samples: Int?
    /// Seed for sampling (default 42).
    public var seed: UInt64
    /// PageRank damping (default 0.85).
    public var damping: Double
    /// Convergence tolerance of iterative measures (default 1e-6).
    public var tolerance: Double
    /// Iteration cap of iterative measures (default 1000).
    public var maxIterations: Int
    /// PageRank teleport weights by node name.
    public var personalization: [String: Double]?
    /// Katz α (default 0.1).
    public var alpha: Double
    /// Katz β (default 1).
    public var beta: Double
    /// Advanced as the path-based measures (betweenness, closeness, harmonic) search from each source.
    public var progress: WorkProgress?

    public init(
        normalized: Bool = true, weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 42,
        damping: Double = 0.85, tolerance: Double = 1e-6, maxIterations: Int = 1000,
        personalization: [String: Double]? = nil, alpha: Double = 0.1, beta: Double = 1,
        progress: WorkProgress? = nil
    ) {
        self.progress = progress
        self.normalized = normalized
        self.weighted = weighted
        self.samples = samples
        self.seed = seed
        self.damping = damping
        self.tolerance = tolerance
        self.maxIterations = maxIterations
        self.personalization = personalization
        self.alpha = alpha
        self.beta = beta
    }
}

extension CSRGraph {
    /// Computes `measure` with the relevant fields of `options`.
    ///
    /// Source: dispatcher only; each measure's method carries its own paper and NetworkX definition (docs/definitions.md)
    ///
    /// - Parameters:
    ///   - measure: which centrality.
    ///   - options: shared options; see each measure's own method for its exact definition.
    /// - Returns: one score per node.
    /// - Throws: whatever the measure throws (convergence, unknown personalisation names, bad options).
    public func centrality(
        _ measure: CentralityMeasure, options: CentralityOptions = .init()
    ) throws(AnalysisError) -> NodeScores {
        let iteration = PowerIterationOptions(
            tolerance: options.tolerance, maxIterations: options.maxIterations, weighted: options.weighted)
        switch measure {
        case .degree: return degreeCentrality(.all, normalized: options.normalized)
        case .inDegree: return degreeCentrality(.in, normalized: options.normalized)
        case .outDegree: return degreeCentrality(.out, normalized: options.normalized)
        case .strength: return strength()
        case .closeness:
            return closenessCentrality(ClosenessOptions(weighted: options.weighted, progress: options.progress))
        case .harmonic: return harmonicCentrality(weighted: options.weighted, progress: options.progress)
        case .betweenness:
            return try betweennessCentrality(
                BetweennessOptions(
                    normalized: options.normalized, weighted: options.weighted, samples: options.samples,
                    seed: options.seed, progress: options.progress))
        case .eigenvector: return try eigenvectorCentrality(iteration)
        case .pagerank:
            return try pageRank(
                PageRankOptions(
                    damping: options.damping, tolerance: options.tolerance, maxIterations: options.maxIterations,
                    weighted: options.weighted, personalization: options.personalization))
        case .katz:
            return try katzCentrality(
                KatzOptions(
                    alpha: options.alpha, beta: options.beta, normalized: options.normalized, iteration: iteration))
        case .hubs, .authorities:
            let result = try hits(
                HITSOptions(
                    tolerance: options.tolerance, maxIterations: options.maxIterations, weighted: options.weighted))
            return measure == .hubs ? result.hubs : result.authorities
        }
    }
}
