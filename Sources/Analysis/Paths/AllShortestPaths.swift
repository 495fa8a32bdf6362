extension CSRGraph {
    /// The relative tolerance within which two weighted path lengths count as equal: 1e-12.
    ///
    /// Lengths are sums of 1/weight, and two sums of the same lengths in another order can differ in their last
    /// bits; such paths are ties. (NetworkX compares exactly; on graphs without such near-ties both agree.)
    public static let pathLengthTolerance = 1e-12

    /// Every shortest path from `source` to `target`, sorted by node sequence.
    ///
    /// Source: Dijkstra 1959, Numer. Math. 1:269–271 (predecessor DAG enumerated as NetworkX `all_shortest_paths` does)
    ///
    /// An edge (u, v) is on a shortest path when `dist(u) + length(u, v)` equals `dist(v)` within
    /// ``pathLengthTolerance`` *and* u was settled before v. The second condition keeps the predecessor graph
    /// acyclic when an edge is so short next to the distances that adding it changes nothing (1 + 1e-300 == 1):
    /// without it the walk went round such an edge for ever and memory grew without bound. Every node met
    /// walking back from the target has a predecessor, so the walk never meets a dead end: time and memory are
    /// proportional to the paths returned, at most `limit` of them (their number can grow exponentially).
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
        let (distance, settled) = settleOrderFrom(s, weighted: weighted)
        guard distance[t].isFinite else { return [] }
        func onShortestPath(_ u: Int, _ v: Int, _ edge: Int) -> Bool {
            guard u != v, settled[u] >= 0, settled[u] < settled[v] else { return false }
            let through = distance[u] + edgeLength(edge, weighted: weighted)
            return through == distance[v]
                || abs(through - distance[v]) <= Self.pathLengthTolerance * max(through, distance[v])
        }
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
            if onShortestPath(u, v, edge) {
                nodeStack.append(u)
                edgeStack.append(edge)
                slotStack.append(inOffsets[u])
            }
        }
        return paths.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
    }

    /// Distances from `source` and the rank at which each node was settled (-1 when unreachable).
    func settleOrderFrom(_ source: Int, weighted: Bool) -> (distance: [Double], settled: [Int32]) {
        var distance = [Double](repeating: .infinity, count: nodeCount)
        var settled = [Int32](repeating: -1, count: nodeCount)
        var rank: Int32 = 0
        distance[source] = 0
        if weighted && isWeighted {
            var heap = MinHeap()
            heap.push(0, Int32(source))
            while let (d, node) = heap.pop() {
                let v = Int(node)
                if settled[v] >= 0 || d > distance[v] { continue }
                settled[v] = rank
                rank += 1
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
                settled[v] = rank
                rank += 1
                for slot in outOffsets[v]..<outOffsets[v + 1] where distance[Int(outTargets[slot])] == .infinity {
                    let w = Int(outTargets[slot])
                    distance[w] = distance[v] + 1
                    queue.append(w)
                }
            }
        }
        return (distance, settled)
    }
}
