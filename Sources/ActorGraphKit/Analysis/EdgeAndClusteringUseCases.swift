public import ActorGraphCore
import Analysis

/// One relation's score; JSON `{"source_id", "source", "target_id", "target", "score"}` (ids null for an edge list).
public struct EdgeScoreRow: Codable, Sendable, Equatable {
    public var sourceID: Int64?
    public var source: String
    public var targetID: Int64?
    public var target: String
    public var score: Double
}

extension AnalysisGraph {
    /// Edge betweenness of every relation (NetworkX `edge_betweenness_centrality`), highest first; `top` 0 keeps all.
    public func edgeBetweenness(normalized: Bool = true, top: Int = 0, progress: WorkProgress? = nil) throws
        -> [EdgeScoreRow]
    {
        var options = BetweennessOptions()
        options.progress = progress
        options.normalized = normalized
        options.weighted = query.weighted
        let scores = try graph.edgeBetweennessCentrality(options)
        let rows = zip(scores.values, scores.endpoints).map { score, ends in
            let source = scores.labels[ends.source.int]
            let target = scores.labels[ends.target.int]
            return EdgeScoreRow(
                sourceID: ids[source]?.rawValue, source: source, targetID: ids[target]?.rawValue, target: target,
                score: score)
        }.sorted { ($0.score, $1.source, $1.target) > ($1.score, $0.source, $0.target) }
        return top > 0 ? Array(rows.prefix(top)) : rows
    }

    /// Local clustering coefficient of every actor (NetworkX `clustering`, undirected), highest first.
    public func clustering(top: Int = 0) -> [ScoreRow] {
        graph.clustering().ranking(top: top).map { scoreRow(name: $0.name, score: $0.score) }
    }
}
