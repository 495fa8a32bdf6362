extension CSRGraph {
    /// Every shortest path from `source` to `target`, sorted by node sequence.
    ///
    /// Source: Dijkstra 1959, Numer. Math. 1:269–271 (predecessor DAG enumerated as NetworkX `all_shortest_paths` does)
    ///
    /// Equal lengths are compared exactly, as NetworkX does, so weighted ties that differ in the last bit are not
    /// ties. Stops after `limit` paths (their number can grow exponentially).
    /// - Parameters:
    ///   - source: start node.
    ///   - target: end node.
    ///   - weighted: use edge lengths 1/weight (default false).
    ///   - limit: the most paths to return (default 100 000).
    /// - Returns: the paths, empty when `target` is unreachable.
    /// - Complexity: one shortest-path search plus output size.
    public func allShortestPaths(
        from source: NodeIndex, to target: NodeIndex, weighted: Bool = false, limit: Int = 100_000
    ) -> [PathResult] {
        guard isValid(source), isValid(target) else { return [] }
        let s = source.int
        let t = target.int
        if s == t { return [PathResult(nodes: [source], edges: [], length: 0)] }
        let distance = distancesFrom(s, weighted: weighted)
        guard distance[t].isFinite else { return [] }
        // Walk the predecessor DAG backwards from the target with an explicit stack of (node, next in-slot).
        var paths: [PathResult] = []
        var nodeStack = [t]
        var edgeStack: [Int] = []
        var slotStack = [inOffsets[t]]
        while let v = nodeStack.last, paths.count < limit {
            if v == s {
                let nodes = nodeStack.reversed().map { NodeIndex($0) }
                let edges = Array(edgeStack.reversed())
                paths.append(PathResult(nodes: nodes, edges: edges, length: pathLength(edges, weighted: weighted)))
                nodeStack.removeLast()
                slotStack.removeLast()
                if !edgeStack.isEmpty { edgeStack.removeLast() }
                continue
            }
            let slot = slotStack[slotStack.count - 1]
            if slot == inOffsets[v + 1] {
                nodeStack.removeLast()
                slotStack.removeLast()
                if !edgeStack.isEmpty { edgeStack.removeLast() }
                continue
            }
            slotStack[slotStack.count - 1] += 1
            let u = Int(inSources[slot])
            let edge = Int(inEdgeIDs[slot])
            if u != v && distance[u].isFinite && distance[u] + edgeLength(edge, weighted: weighted) == distance[v] {
                nodeStack.append(u)
                edgeStack.append(edge)
                slotStack.append(inOffsets[u])
            }
        }
        return paths.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
    }

    /// Distances from `source` to every node (infinity when unreachable), by hops or by 1/weight.
    func distancesFrom(_ source: Int, weighted: Bool) -> [Double] {
        var distance = [Double](repeating: .infinity, count: nodeCount)
        distance[source] = 0
        if weighted && isWeighted {
            var settled = [Bool](repeating: false, count: nodeCount)
            var heap = MinHeap()
            heap.push(0, Int32(source))
            while let (d, node) = heap.pop() {
                let v = Int(node)
                if settled[v] || d > distance[v] { continue }
                settled[v] = true
                for slot in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[slot])
                    let candidate = d + 1 / weights[edgeID(outSlot: slot)]
                    if candidate < distance[w] {
                        distance[w] = candidate
                        heap.push(candidate, Int32(w))
                    }
                }
            }
        } else {
            var queue = [source]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for slot in outOffsets[v]..<outOffsets[v + 1] where distance[Int(outTargets[slot])] == .infinity {
                    let w = Int(outTargets[slot])
                    distance[w] = distance[v] + 1
                    queue.append(w)
                }
            }
        }
        return distance
    }
}
