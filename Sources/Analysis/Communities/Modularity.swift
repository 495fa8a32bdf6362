extension CSRGraph {
    /// The modularity of `partition` on this graph, weighted when the graph is.
    ///
    /// Source: Newman 2006, "Modularity and community structure in networks", PNAS 103(23):8577–8582, doi:10.1073/pnas.0601602103
    ///
    /// Matches NetworkX `modularity(G, communities, weight="weight", resolution)`: Σ_c L_c/m − γ·out_c·in_c/m² for
    /// directed graphs and Σ_c L_c/m − γ·(deg_c/2m)² for undirected ones, self-loops counted once in L_c and twice
    /// in undirected degrees.
    /// - Parameters:
    ///   - partition: a community per node.
    ///   - resolution: γ (default 1).
    /// - Returns: the modularity; 0 for a graph without edges.
    /// - Complexity: O(*n* + *m*).
    public func modularity(_ partition: Partition, resolution: Double = 1) -> Double {
        modularity(communityOf: partition.community, resolution: resolution)
    }

    func modularity(communityOf community: [Int], resolution: Double) -> Double {
        let count = (community.max() ?? -1) + 1
        var internalWeight = [Double](repeating: 0, count: count)
        var outTotal = [Double](repeating: 0, count: count)
        var inTotal = [Double](repeating: 0, count: count)
        var total = 0.0
        for u in 0..<nodeCount {
            for slot in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[slot])
                let w = weight(ofEdge: edgeID(outSlot: slot))
                if isDirected {
                    outTotal[community[u]] += w
                    inTotal[community[v]] += w
                    total += w
                    if community[u] == community[v] { internalWeight[community[u]] += w }
                } else {
                    // Each undirected edge sits in two rows; a self-loop in one but adds 2 to the degree.
                    let degreeShare = u == v ? 2 * w : w
                    outTotal[community[u]] += degreeShare
                    total += degreeShare
                    if community[u] == community[v] && u <= v { internalWeight[community[u]] += w }
                }
            }
        }
        guard total > 0 else { return 0 }
        let m = isDirected ? total : total / 2
        let norm = 1 / (total * total)
        var q = 0.0
        for c in 0..<count {
            let inSum = isDirected ? inTotal[c] : outTotal[c]
            q += internalWeight[c] / m - resolution * outTotal[c] * inSum * norm
        }
        return q
    }
}
