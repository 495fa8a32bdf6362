extension CSRGraph {
    /// Local clustering coefficient of every node: the share of pairs of neighbours that are themselves linked.
    ///
    /// Source: Watts & Strogatz 1998, "Collective dynamics of 'small-world' networks", Nature 393:440–442, doi:10.1038/30918
    ///
    /// Matches NetworkX `clustering(G)` on undirected graphs (self-loops ignored). Directed graphs are read as their
    /// undirected view; NetworkX's directed variant is not implemented.
    /// - Returns: one coefficient per node; 0 for degree below 2.
    /// - Complexity: O(*m* · d_max) with a marker array.
    public func clustering() -> NodeScores {
        let graph = isDirected ? undirected() : self
        let n = graph.nodeCount
        var mark = [Int32](repeating: -1, count: n)
        var values = [Double](repeating: 0, count: n)
        for v in 0..<n {
            var degree = 0
            for slot in graph.outOffsets[v]..<graph.outOffsets[v + 1] where Int(graph.outTargets[slot]) != v {
                mark[Int(graph.outTargets[slot])] = Int32(v)
                degree += 1
            }
            guard degree >= 2 else { continue }
            var links = 0
            for slot in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let u = Int(graph.outTargets[slot])
                if u == v { continue }
                for inner in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                    let w = Int(graph.outTargets[inner])
                    if w != u && w != v && mark[w] == Int32(v) { links += 1 }
                }
            }
            // Each triangle edge among neighbours was seen from both ends.
            values[v] = Double(links) / Double(degree * (degree - 1))
        }
        return NodeScores(values: values, labels: labels)
    }
}
