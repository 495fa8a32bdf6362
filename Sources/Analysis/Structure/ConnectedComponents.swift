extension CSRGraph {
    /// Weakly connected components: nodes joined by edges in either direction.
    ///
    /// Source: Tarjan & van Leeuwen 1984, "Worst-case analysis of set union algorithms", J. ACM 31(2):245–281, doi:10.1145/62.2160
    ///
    /// Same member sets as NetworkX `weakly_connected_components` / `connected_components`; components are
    /// numbered by decreasing size, then lowest member.
    /// - Returns: the components.
    /// - Complexity: O(*m* α(*n*)): union–find with path halving over each edge once (no recursion).
    public func weaklyConnectedComponents() -> Components {
        var parent = (0..<nodeCount).map { Int32($0) }
        Self.uniteAlongEdges(graph: self, parent: &parent)
        // Roots become component labels; every node's parent is its root after a final find.
        var label = [Int32](repeating: -1, count: nodeCount)
        var count: Int32 = 0
        for v in 0..<nodeCount {
            var root = Int(parent[v])
            while Int(parent[root]) != root { root = Int(parent[root]) }
            if label[root] < 0 {
                label[root] = count
                count += 1
            }
            label[v] = label[root]
        }
        return Components.canonical(rawLabels: label, rawCount: Int(count))
    }

    /// Union–find over the out-rows only (an edge joins its ends whichever way it points), with path halving.
    ///
    /// Scanning each edge once, sequentially, beats a breadth-first search over out- and in-rows, which touches
    /// every edge twice at random.
    private static func uniteAlongEdges(graph: CSRGraph, parent parentArray: inout [Int32]) {
        let offsets = graph.outOffsets.span
        let targets = graph.outTargets.span
        var parent = parentArray.mutableSpan
        for u in 0..<graph.nodeCount {
            for slot in offsets[u]..<offsets[u + 1] {
                var a = u
                var b = Int(targets[slot])
                while Int(parent[a]) != a {
                    let grand = parent[Int(parent[a])]
                    parent[a] = grand
                    a = Int(grand)
                }
                while Int(parent[b]) != b {
                    let grand = parent[Int(parent[b])]
                    parent[b] = grand
                    b = Int(grand)
                }
                // Link the larger root under the smaller: deterministic, and trees stay shallow in practice.
                if a < b { parent[b] = Int32(a) } else if b < a { parent[a] = Int32(b) }
            }
        }
    }

    /// Strongly connected components: nodes that reach each other along edge directions.
    ///
    /// Source: Tarjan 1972, "Depth-first search and linear graph algorithms", SIAM J. Comput. 1(2):146–160, doi:10.1137/0201010
    ///
    /// Same member sets as NetworkX `strongly_connected_components`; iterative Tarjan with an explicit stack, so
    /// long paths cannot overflow the call stack. Undirected graphs give their connected components.
    /// - Returns: the components, numbered by decreasing size, then lowest member.
    /// - Complexity: O(*n* + *m*).
    public func stronglyConnectedComponents() -> Components {
        if !isDirected { return weaklyConnectedComponents() }
        let n = nodeCount
        var index = [Int32](repeating: -1, count: n)
        var lowLink = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int32](repeating: -1, count: n)
        var stack: [Int32] = []
        var callStack: [(node: Int32, slot: Int)] = []
        var nextIndex: Int32 = 0
        var count: Int32 = 0
        for root in 0..<n where index[root] < 0 {
            callStack.append((Int32(root), outOffsets[root]))
            index[root] = nextIndex
            lowLink[root] = nextIndex
            nextIndex += 1
            stack.append(Int32(root))
            onStack[root] = true
            while let frame = callStack.last {
                let v = Int(frame.node)
                if frame.slot < outOffsets[v + 1] {
                    callStack[callStack.count - 1].slot += 1
                    let w = Int(outTargets[frame.slot])
                    if index[w] < 0 {
                        index[w] = nextIndex
                        lowLink[w] = nextIndex
                        nextIndex += 1
                        stack.append(Int32(w))
                        onStack[w] = true
                        callStack.append((Int32(w), outOffsets[w]))
                    } else if onStack[w] {
                        lowLink[v] = min(lowLink[v], index[w])
                    }
                    continue
                }
                callStack.removeLast()
                if let parent = callStack.last {
                    let p = Int(parent.node)
                    lowLink[p] = min(lowLink[p], lowLink[v])
                }
                if lowLink[v] == index[v] {
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        component[Int(w)] = count
                        if Int(w) == v { break }
                    }
                    count += 1
                }
            }
        }
        return Components.canonical(rawLabels: component, rawCount: Int(count))
    }
}
