extension CSRGraph {
    /// Shortest-path betweenness of every edge: the share of shortest paths between pairs that use it.
    ///
    /// Source: Brandes 2008, "On variants of shortest-path betweenness centrality and their generic computation", Social Networks 30(2):136–145, doi:10.1016/j.socnet.2007.11.001
    ///
    /// Matches NetworkX `edge_betweenness_centrality(G, k, normalized, weight, seed)`: normalised by n(n−1),
    /// unnormalised undirected values halved. `options.endpoints` is ignored, as in NetworkX.
    /// - Parameter options: normalisation, weighting, sampling and threads.
    /// - Returns: one score per CSR edge id.
    /// - Throws: ``AnalysisError/invalidOption(name:value:expected:)`` for a negative sample count.
    /// - Complexity: as `betweennessCentrality(_:)`.
    public func edgeBetweennessCentrality(_ options: BetweennessOptions = .init()) throws(AnalysisError) -> EdgeScores {
        let sources = try betweennessSources(options)
        var scores = brandes(sources: sources.nodes, options: options, trackEdges: true).edges
        if scores.isEmpty { scores = [Double](repeating: 0, count: edgeCount) }
        scores = Self.rescaleBetweenness(
            scores, nodeCount: nodeCount, normalized: options.normalized, directed: isDirected, endpoints: true,
            sampled: sources.sampled ? sources.nodes : nil)
        let ends = (0..<edgeCount).map { endpoints(ofEdge: $0) }
        return EdgeScores(values: scores, endpoints: ends, labels: labels)
    }
}
