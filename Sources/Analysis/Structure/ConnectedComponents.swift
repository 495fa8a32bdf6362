extension CSRGraph {
    /// Weakly connected components: nodes joined by edges in either direction.
    ///
    /// Source: Hopcroft & Tarjan 1973, "Algorithm 447: efficient algorithms for graph manipulation", CACM 16(6):372–378, doi:10.1145/362248.362272
    ///
    /// Same member sets as NetworkX `weakly_connected_components` / `connected_components`; components are
    /// numbered by decreasing size, then lowest member.
    /// - Returns: the components.
    /// - Complexity: O(*n* + *m*), breadth-first over out- and in-rows with an array queue (no recursion).
    public func weaklyConnectedComponents() -> Components {
        let n = nodeCount
        var labelsOut = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var count: Int32 = 0
        Self.labelWeakComponents(graph: self, labels: &labelsOut, queue: &queue, count: &count)
        return Components.canonical(rawLabels: labelsOut, rawCount: Int(count))
    }

    private static func labelWeakComponents(
        graph: CSRGraph, labels labelArray: inout [Int32], queue queueArray: inout [Int32], count: inout Int32
    ) {
        let outOffsets = graph.outOffsets.span
        let outTargets = graph.outTargets.span
        let inOffsets = graph.inOffsets.span
        let inSources = graph.inSources.span
        var label = labelArray.mutableSpan
        var queue = queueArray.mutableSpan
        for start in 0..<graph.nodeCount where label[start] < 0 {
            label[start] = count
            queue[0] = Int32(start)
            var head = 0
            var tail = 1
            while head < tail {
                let v = Int(queue[head])
                head += 1
                for slot in outOffsets[v]..<outOffsets[v + 1] {
                    let w = Int(outTargets[slot])
                    if label[w] < 0 {
                        label[w] = count
                        queue[tail] = Int32(w)
                        tail += 1
                    }
                }
                if graph.isDirected {
                    for slot in inOffsets[v]..<inOffsets[v + 1] {
                        let w = Int(inSources[slot])
                        if label[w] < 0 {
                            label[w] = count
                            queue[tail] = Int32(w)
                            tail += 1
                        }
                    }
                }
            }
            count += 1
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
