extension CSRGraph {
    /// One shortest path from `source` to `target`: fewest hops, or least total length 1/weight when `weighted`.
    ///
    /// Source: Dijkstra 1959, Numer. Math. 1:269–271
    ///
    /// Breadth-first search when unweighted; Dijkstra with a lazily-deleted binary heap otherwise. Among equally
    /// short paths it returns the one whose hops go to the lowest-index neighbour first found, which may differ from
    /// NetworkX's bidirectional search; the length always matches `nx.shortest_path_length`.
    /// - Parameters:
    ///   - source: start node.
    ///   - target: end node.
    ///   - weighted: use edge lengths 1/weight (default false).
    /// - Returns: the path with its CSR edge ids, or `nil` if `target` is unreachable or either index is invalid.
    /// - Complexity: O(*n* + *m*) unweighted, O(*m* log *n*) weighted.
    public func shortestPath(from source: NodeIndex, to target: NodeIndex, weighted: Bool = false) -> PathResult? {
        guard isValid(source), isValid(target) else { return nil }
        return shortestPathAvoiding(
            from: source.int, to: target.int, weighted: weighted, blockedNodes: nil, blockedEdges: [])
    }

    func isValid(_ node: NodeIndex) -> Bool { node.rawValue >= 0 && node.int < nodeCount }

    /// Edge lengths: 1/weight when weighted (and the graph has weights), else 1.
    func edgeLength(_ edge: Int, weighted: Bool) -> Double { weighted && isWeighted ? 1 / weights[edge] : 1 }

    /// A shortest path that avoids `blockedNodes` (by index) and `blockedEdges` (edge ids); used by Yen's algorithm.
    func shortestPathAvoiding(
        from source: Int, to target: Int, weighted: Bool, blockedNodes: [Bool]?, blockedEdges: Set<Int>
    ) -> PathResult? {
        if source == target { return PathResult(nodes: [NodeIndex(source)], edges: [], length: 0) }
        var parentSlot = [Int](repeating: -1, count: nodeCount)
        var parentNode = [Int32](repeating: -1, count: nodeCount)
        var distance = [Double](repeating: .infinity, count: nodeCount)
        var settled = [Bool](repeating: false, count: nodeCount)
        distance[source] = 0
        var found = false
        if weighted && isWeighted {
            var heap = MinHeap()
            heap.push(0, Int32(source))
            while let (d, node) = heap.pop() {
                let v = Int(node)
                if settled[v] || d > distance[v] { continue }
                settled[v] = true
                if v == target {
                    found = true
                    break
                }
                for slot in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[slot])
                    let edge = edgeID(outSlot: slot)
                    if settled[w] || blockedNodes?[w] == true || blockedEdges.contains(edge) { continue }
                    let candidate = d + 1 / weights[edge]
                    if candidate < distance[w] {
                        distance[w] = candidate
                        parentSlot[w] = slot
                        parentNode[w] = node
                        heap.push(candidate, Int32(w))
                    }
                }
            }
        } else {
            var queue = [source]
            var head = 0
            settled[source] = true
            search: while head < queue.count {
                let v = queue[head]
                head += 1
                for slot in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[slot])
                    let edge = edgeID(outSlot: slot)
                    if settled[w] || blockedNodes?[w] == true || blockedEdges.contains(edge) { continue }
                    settled[w] = true
                    distance[w] = distance[v] + 1
                    parentSlot[w] = slot
                    parentNode[w] = Int32(v)
                    if w == target {
                        found = true
                        break search
                    }
                    queue.append(w)
                }
            }
        }
        guard found else { return nil }
        var nodes = [NodeIndex(target)]
        var edges: [Int] = []
        var v = target
        while v != source {
            edges.append(edgeID(outSlot: parentSlot[v]))
            v = Int(parentNode[v])
            nodes.append(NodeIndex(v))
        }
        nodes.reverse()
        edges.reverse()
        return PathResult(nodes: nodes, edges: edges, length: pathLength(edges, weighted: weighted))
    }

    /// The length of a path given by its edges: hop count, or the sum of 1/weight in path order.
    func pathLength(_ edges: [Int], weighted: Bool) -> Double {
        guard weighted && isWeighted else { return Double(edges.count) }
        var total = 0.0
        for edge in edges { total += 1 / weights[edge] }
        return total
    }
}
