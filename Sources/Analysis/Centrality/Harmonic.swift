public import ActorGraphCore

extension CSRGraph {
    /// Harmonic centrality of every node: the sum of 1/d(u, v) over the other nodes u.
    ///
    /// Source: Marchiori & Latora 2000, "Harmony in the small-world", Physica A 285(3–4):539–546, doi:10.1016/S0378-4371(00)00311-3
    ///
    /// Matches NetworkX `harmonic_centrality(G, distance=…)`: distances run *to* the node on directed graphs, and the
    /// sum is not normalised.
    /// - Parameters:
    ///   - weighted: use edge lengths 1/weight instead of hops (default false).
    ///   - progress: advanced by one per node searched from (nil: not reported).
    /// - Returns: one score per node.
    /// - Complexity: O(*nm*) unweighted, O(*nm* log *n*) weighted.
    public func harmonicCentrality(weighted: Bool = false, progress: WorkProgress? = nil) -> NodeScores {
        let summaries = incomingDistanceSummaries(weighted: weighted, progress: progress)
        return NodeScores(values: summaries.map(\.inverseTotal), labels: labels)
    }
}
