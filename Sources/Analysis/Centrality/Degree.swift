/// Which edges a degree counts.
public enum DegreeMode: String, Sendable, Hashable, CaseIterable {
    case all, `in`, out
}

extension CSRGraph {
    /// Degree centrality: each node's degree divided by n − 1.
    ///
    /// Source: Freeman 1979, "Centrality in social networks: conceptual clarification", Social Networks 1(3):215–239, doi:10.1016/0378-8733(78)90021-7
    ///
    /// Matches NetworkX `degree_centrality`, `in_degree_centrality` and `out_degree_centrality`: a self-loop adds 2
    /// to the total degree; graphs with at most one node score 1. On undirected graphs every mode is the degree.
    /// - Parameters:
    ///   - mode: in-, out- or total degree (default total).
    ///   - normalized: divide by n − 1 (default true).
    /// - Returns: one score per node.
    /// - Complexity: O(*n* + *m*).
    public func degreeCentrality(_ mode: DegreeMode = .all, normalized: Bool = true) -> NodeScores {
        let degrees = (0..<nodeCount).map { node -> Double in Double(degree(of: node, mode: mode)) }
        if !normalized { return NodeScores(values: degrees, labels: labels) }
        if nodeCount <= 1 { return NodeScores(values: [Double](repeating: 1, count: nodeCount), labels: labels) }
        let scale = 1 / Double(nodeCount - 1)
        return NodeScores(values: degrees.map { $0 * scale }, labels: labels)
    }

    /// The NetworkX degree of `node`: undirected self-loops count twice; directed total = in + out.
    func degree(of node: Int, mode: DegreeMode) -> Int {
        if !isDirected { return outDegree(node) + (hasSelfLoop(node) ? 1 : 0) }
        switch mode {
        case .all: return outDegree(node) + inDegree(node)
        case .in: return inDegree(node)
        case .out: return outDegree(node)
        }
    }

    /// Whether `node` has an edge to itself (binary search in its sorted row).
    func hasSelfLoop(_ node: Int) -> Bool {
        var low = outOffsets[node]
        var high = outOffsets[node + 1]
        let key = Int32(node)
        while low < high {
            let mid = (low + high) / 2
            if outTargets[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < outOffsets[node + 1] && outTargets[low] == key
    }
}
