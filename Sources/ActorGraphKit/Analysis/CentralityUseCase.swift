import ActorGraphCore
import Analysis

/// One actor's score; JSON `{"name": …, "score": …}`.
public struct ScoreRow: Codable, Sendable, Equatable {
    public var name: String
    public var score: Double
}

/// The knobs of the centrality measures, with NetworkX's defaults.
public struct CentralityRequest: Sendable {
    public var normalized: Bool = true
    /// Betweenness: sample this many sources (nil: exact).
    public var samples: Int?
    public var seed: UInt64 = 42
    public var damping: Double = 0.85
    public var tolerance: Double?
    public var maxIterations: Int?
    /// PageRank personalisation: actor name → weight.
    public var personalization: [String: Double] = [:]
    public var alpha: Double = 0.1
    public var beta: Double = 1.0
    public init() {}
}

extension AnalysisGraph {
    /// The names of the measures `centrality` accepts.
    public static var centralityMeasures: [String] { CentralityMeasure.allCases.map(\.rawValue) }

    /// Scores every actor by `measure`, highest first (ties by name); `top` 0 keeps all.
    public func centrality(measure name: String, request: CentralityRequest = .init(), top: Int = 0) throws
        -> [ScoreRow]
    {
        guard let measure = CentralityMeasure(rawValue: name.lowercased()) else {
            throw ActorGraphKitError.invalidOption(
                name: "--measure", value: name, expected: Self.centralityMeasures.joined(separator: "|"))
        }
        var options = CentralityOptions()
        options.normalized = request.normalized
        options.weighted = query.weighted
        options.samples = request.samples
        options.seed = request.seed
        options.damping = request.damping
        if let tolerance = request.tolerance { options.tolerance = tolerance }
        if let maxIterations = request.maxIterations { options.maxIterations = maxIterations }
        options.alpha = request.alpha
        options.beta = request.beta
        if !request.personalization.isEmpty {
            var resolved: [String: Double] = [:]
            for (actor, weight) in request.personalization {
                resolved[label(try node(actor)), default: 0] += weight
            }
            options.personalization = resolved
        }
        let scores = try graph.centrality(measure, options: options)
        return scores.ranking(top: top).map { ScoreRow(name: $0.name, score: $0.score) }
    }
}
