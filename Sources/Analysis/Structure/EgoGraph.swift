extension CSRGraph {
    /// The nodes within `radius` hops of `center` (following edge direction) and the edges among them.
    ///
    /// Source: NetworkX `ego_graph(G, n, radius, undirected=False)`; breadth-first search, Moore 1959, "The shortest path through a maze"
    ///
    /// - Parameters:
    ///   - center: the ego.
    ///   - radius: maximum hop distance (0 gives the centre alone, with its self-loop if any).
    /// - Returns: members sorted by index, their distances, and the induced CSR edge ids.
    /// - Complexity: O(size of the ball and its edges).
    public func egoNetwork(center: NodeIndex, radius: Int) -> EgoNetwork {
        guard center.rawValue >= 0, center.int < nodeCount else {
            return EgoNetwork(center: center, nodes: [], distances: [], edges: [])
        }
        var distance: [Int: Int] = [center.int: 0]
        var frontier = [center.int]
        var level = 0
        while level < radius && !frontier.isEmpty {
            var next: [Int] = []
            for v in frontier {
                for slot in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[slot])
                    if distance[w] == nil {
                        distance[w] = level + 1
                        next.append(w)
                    }
                }
            }
            frontier = next
            level += 1
        }
        let members = distance.keys.sorted()
        var edges: [Int] = []
        for v in members {
            for slot in outOffsets[v]..<outOffsets[v + 1] where distance[Int(outTargets[slot])] != nil {
                let edge = edgeID(outSlot: slot)
                // Undirected edges appear in both rows; keep each once.
                if isDirected || v <= Int(outTargets[slot]) { edges.append(edge) }
            }
        }
        return EgoNetwork(
            center: center, nodes: members.map { NodeIndex($0) }, distances: members.map { distance[$0] ?? 0 },
            edges: edges.sorted())
    }
}
