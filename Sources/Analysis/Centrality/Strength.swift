extension CSRGraph {
    /// Strength (weighted degree) of every node: the sum of the weights of its edges.
    ///
    /// Source: Barrat et al. 2004, "The architecture of complex weighted networks", PNAS 101(11):3747–3752, doi:10.1073/pnas.0400087101
    ///
    /// Matches NetworkX `G.degree(weight="weight")`: an undirected self-loop counts twice; directed strength is
    /// in-strength plus out-strength. Unweighted graphs give the degree.
    /// - Parameter mode: in-, out- or total strength (default total).
    /// - Returns: one score per node.
    /// - Complexity: O(*n* + *m*).
    public func strength(_ mode: DegreeMode = .all) -> NodeScores {
        var values = [Double](repeating: 0, count: nodeCount)
        for u in 0..<nodeCount {
            if mode != .in || !isDirected {
                for slot in outOffsets[u]..<outOffsets[u + 1] {
                    let w = weight(ofEdge: edgeID(outSlot: slot))
                    values[u] += w
                    if !isDirected && Int(outTargets[slot]) == u { values[u] += w }
                }
            }
            if isDirected && mode != .out {
                for slot in inOffsets[u]..<inOffsets[u + 1] { values[u] += weight(ofEdge: Int(inEdgeIDs[slot])) }
            }
        }
        return NodeScores(values: values, labels: labels)
    }
}
