extension CSRGraph {
    /// The number of shortest paths (σ) from `source` to every node; 0 where unreachable, 1 at the source.
    ///
    /// Source: Brandes 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163–177, doi:10.1080/0022250X.2001.9990249
    ///
    /// Counts are `Double`: on a 37×37 grid the corner-to-corner count, C(72, 36) ≈ 4.4·10²⁰, overflows `Int64`.
    /// - Parameters:
    ///   - source: start node.
    ///   - weighted: count least-length paths with lengths 1/weight (default false: fewest hops).
    /// - Returns: one count per node; empty for an invalid source.
    /// - Complexity: O(*n* + *m*) unweighted, O(*m* log *n*) weighted.
    public func shortestPathCounts(from source: NodeIndex, weighted: Bool = false) -> [Double] {
        guard isValid(source) else { return [] }
        let useWeights = weighted && isWeighted
        var workspace = BrandesWorkspace(nodeCount: nodeCount, weighted: useWeights)
        if useWeights {
            workspace.searchByLength(from: source.int, graph: self, lengths: weights.map { 1 / $0 })
        } else {
            workspace.searchByHops(from: source.int, graph: self)
        }
        var counts = [Double](repeating: 0, count: nodeCount)
        for i in 0..<workspace.orderCount {
            let v = Int(workspace.order[i])
            counts[v] = workspace.pathCount[v]
        }
        return counts
    }
}
