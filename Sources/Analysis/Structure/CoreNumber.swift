extension CSRGraph {
    /// The core number of every node: the largest k such that the node belongs to a subgraph of minimum degree k.
    ///
    /// Source: Batagelj & Zaversnik 2003, "An O(m) algorithm for cores decomposition of networks", arXiv:cs/0310049
    ///
    /// Matches NetworkX `core_number` on the graph without self-loops (NetworkX raises on self-loops; we ignore
    /// them instead). Directed graphs use total degree, with neighbours counted once per in- and once per out-edge,
    /// as NetworkX's `all_neighbors` does.
    /// - Returns: one core number per node (as `Double` scores).
    /// - Complexity: O(*n* + *m*) with bucket sort by degree.
    public func coreNumbers() -> NodeScores {
        let n = nodeCount
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n { forEachNeighbor(of: v) { _ in degree[v] += 1 } }
        let maxDegree = degree.max() ?? 0
        // Bucket sort nodes by degree: `order` holds nodes by degree, `position` each node's place in it.
        var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { bucketStart[d + 1] += 1 }
        for d in 0...maxDegree { bucketStart[d + 1] += bucketStart[d] }
        var order = [Int](repeating: 0, count: n)
        var position = [Int](repeating: 0, count: n)
        var fill = bucketStart
        for v in 0..<n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        for i in 0..<n {
            let v = order[i]
            forEachNeighbor(of: v) { u in
                guard degree[u] > degree[v] else { return }
                // Move u to the front of its bucket, then shrink its degree by one.
                let du = degree[u]
                let front = bucketStart[du]
                let w = order[front]
                if w != u {
                    order[position[u]] = w
                    position[w] = position[u]
                    order[front] = u
                    position[u] = front
                }
                bucketStart[du] += 1
                degree[u] -= 1
            }
        }
        return NodeScores(values: degree.map(Double.init), labels: labels)
    }

    /// Calls `body` for each neighbour occurrence of `v` except v itself: out-row, plus in-row when directed.
    func forEachNeighbor(of v: Int, _ body: (Int) -> Void) {
        for slot in outOffsets[v]..<outOffsets[v + 1] where Int(outTargets[slot]) != v { body(Int(outTargets[slot])) }
        if isDirected {
            for slot in inOffsets[v]..<inOffsets[v + 1] where Int(inSources[slot]) != v { body(Int(inSources[slot])) }
        }
    }
}
