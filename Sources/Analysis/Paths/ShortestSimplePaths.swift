extension CSRGraph {
    /// The `k` shortest loopless paths from `source` to `target`, shortest first.
    ///
    /// Source: Yen 1971, Management Science 17(11):712–716
    ///
    /// Same lengths, in the same order, as the first `k` of NetworkX `shortest_simple_paths`; among equally long
    /// paths the order is by node sequence, which can differ from NetworkX's.
    /// - Parameters:
    ///   - source: start node.
    ///   - target: end node.
    ///   - k: how many paths (at most).
    ///   - weighted: use edge lengths 1/weight (default false).
    /// - Returns: up to `k` paths; the one-node path when `source == target`.
    /// - Complexity: O(*k* · *n* · shortest-path search).
    public func shortestSimplePaths(
        from source: NodeIndex, to target: NodeIndex, k: Int, weighted: Bool = false
    ) -> [PathResult] {
        guard k > 0, isValid(source), isValid(target) else { return [] }
        // NetworkX yields the one-node path when source == target.
        if source == target { return [PathResult(nodes: [source], edges: [], length: 0)] }
        guard let first = shortestPath(from: source, to: target, weighted: weighted)
        else { return [] }
        var accepted = [first]
        var candidates: [PathResult] = []
        var seen: Set<[NodeIndex]> = [first.nodes]
        while accepted.count < k {
            let previous = accepted[accepted.count - 1]
            for spurIndex in 0..<(previous.nodes.count - 1) {
                let rootNodes = Array(previous.nodes[0...spurIndex])
                let rootEdges = Array(previous.edges[0..<spurIndex])
                var blockedEdges = Set<Int>()
                for path in accepted where path.nodes.count > spurIndex && Array(path.nodes[0...spurIndex]) == rootNodes
                {
                    blockedEdges.insert(path.edges[spurIndex])
                }
                var blockedNodes = [Bool](repeating: false, count: nodeCount)
                for node in rootNodes.dropLast() { blockedNodes[node.int] = true }
                guard
                    let spur = shortestPathAvoiding(
                        from: rootNodes[spurIndex].int, to: target.int, weighted: weighted, blockedNodes: blockedNodes,
                        blockedEdges: blockedEdges)
                else { continue }
                let nodes = rootNodes + spur.nodes.dropFirst()
                guard seen.insert(nodes).inserted else { continue }
                let edges = rootEdges + spur.edges
                candidates.append(PathResult(nodes: nodes, edges: edges, length: pathLength(edges, weighted: weighted)))
            }
            guard let best = candidates.indices.min(by: { Self.pathPrecedes(candidates[$0], candidates[$1]) }) else {
                break
            }
            accepted.append(candidates.remove(at: best))
        }
        return accepted
    }

    /// Shorter first, then by node sequence.
    static func pathPrecedes(_ a: PathResult, _ b: PathResult) -> Bool {
        a.length != b.length ? a.length < b.length : a.nodes.lexicographicallyPrecedes(b.nodes)
    }
}
