import Analysis

/// One relation's score; JSON `{"source": …, "target": …, "score": …}`.
public struct EdgeScoreRow: Codable, Sendable, Equatable {
    public var source: String
    public var target: String
    public var score: Double
}

extension AnalysisGraph {
    /// Edge betweenness of every relation (NetworkX `edge_betweenness_centrality`), highest first; `top` 0 keeps all.
    public func edgeBetweenness(normalized: Bool = true, top: Int = 0) throws -> [EdgeScoreRow] {
        var options = BetweennessOptions()
        options.normalized = normalized
        options.weighted = query.weighted
        let scores = try graph.edgeBetweennessCentrality(options)
        let rows = zip(scores.values, scores.endpoints).map { score, ends in
            EdgeScoreRow(source: scores.labels[ends.source.int], target: scores.labels[ends.target.int], score: score)
        }.sorted { ($0.score, $1.source, $1.target) > ($1.score, $0.source, $0.target) }
        return top > 0 ? Array(rows.prefix(top)) : rows
    }

    /// Local clustering coefficient of every actor (NetworkX `clustering`, undirected), highest first.
    public func clustering(top: Int = 0) -> [ScoreRow] {
        graph.clustering().ranking(top: top).map { ScoreRow(name: $0.name, score: $0.score) }
    }
}
