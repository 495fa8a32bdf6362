public import ActorGraphCore
import Analysis

/// One actor's score; JSON `{"actor_id": …, "name": …, "score": …}` (`actor_id` null for an edge list).
public struct ScoreRow: Codable, Sendable, Equatable {
    /// The store's id of the actor; nil when the graph came from an edge list.
    public var actorID: Int64?
    public var name: String
    public var score: Double

    public init(actorID: Int64? = nil, name: String, score: Double) {
        self.actorID = actorID
        self.name = name
        self.score = score
    }
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
    /// Advanced as the path-based measures search from each actor, for a progress display.
    public var progress: WorkProgress?
    public init() {}
}

extension AnalysisGraph {
    /// Scores every actor by `measure`, highest first (ties by name); `top` 0 keeps all.
    public func centrality(measure: Measure, request: CentralityRequest = .init(), top: Int = 0) throws
        -> [ScoreRow]
    {
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
        options.progress = request.progress
        if !request.personalization.isEmpty {
            var resolved: [String: Double] = [:]
            for (actor, weight) in request.personalization {
                resolved[label(try node(actor)), default: 0] += weight
            }
            options.personalization = resolved
        }
        let scores = try graph.centrality(measure.analysis, options: options)
        return scores.ranking(top: top).map { scoreRow(name: $0.name, score: $0.score) }
    }
}

extension AnalysisGraph {
    /// A score row with the actor's store id when the graph came from the store.
    func scoreRow(name: String, score: Double) -> ScoreRow {
        ScoreRow(actorID: ids[name]?.rawValue, name: name, score: score)
    }
}
