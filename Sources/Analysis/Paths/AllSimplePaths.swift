extension CSRGraph {
    /// Every loopless path from `source` to `target` with at most `maxLength` edges, sorted by node sequence.
    ///
    /// Source: NetworkX `all_simple_paths(G, source, target, cutoff)`; depth-first enumeration, Tarjan 1972, SIAM J. Comput. 1(2):146–160
    ///
    /// - Parameters:
    ///   - source: start node.
    ///   - target: end node.
    ///   - maxLength: the most edges a path may have.
    ///   - limit: the most paths to return (default 100 000).
    /// - Returns: the paths; the one-node path when `source == target`.
    /// - Complexity: proportional to the number of partial paths explored (exponential in `maxLength` at worst).
    public func allSimplePaths(
        from source: NodeIndex, to target: NodeIndex, maxLength: Int, limit: Int = 100_000
    ) -> [PathResult] {
        guard isValid(source), isValid(target), maxLength >= 0 else { return [] }
        // NetworkX yields the one-node path when source == target.
        if source == target { return [PathResult(nodes: [source], edges: [], length: 0)] }
        var onPath = [Bool](repeating: false, count: nodeCount)
        var nodeStack = [source.int]
        var edgeStack: [Int] = []
        var slotStack = [outOffsets[source.int]]
        onPath[source.int] = true
        var paths: [PathResult] = []
        while let v = nodeStack.last, paths.count < limit {
            let slot = slotStack[slotStack.count - 1]
            if slot == outOffsets[v + 1] || edgeStack.count >= maxLength {
                onPath[v] = false
                nodeStack.removeLast()
                slotStack.removeLast()
                if !edgeStack.isEmpty { edgeStack.removeLast() }
                continue
            }
            slotStack[slotStack.count - 1] += 1
            let w = Int(outTargets[slot])
            if onPath[w] { continue }
            let edge = edgeID(outSlot: slot)
            if w == target.int {
                let edges = edgeStack + [edge]
                paths.append(
                    PathResult(
                        nodes: (nodeStack + [w]).map { NodeIndex($0) }, edges: edges, length: Double(edges.count)))
                continue
            }
            onPath[w] = true
            nodeStack.append(w)
            edgeStack.append(edge)
            slotStack.append(outOffsets[w])
        }
        return paths.sorted { $0.nodes.lexicographicallyPrecedes($1.nodes) }
    }
}
