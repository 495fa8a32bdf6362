/// Per-worker scratch space for Brandes' single-source phase, allocated once and reset only where touched.
///
/// Source: Brandes 2001, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2):163–177, doi:10.1080/0022250X.2001.9990249
struct BrandesWorkspace {
    /// Hop distance + 1 from the source; 0 means unvisited (igraph's dist+1 trick).
    var hops: [Int32]
    /// Weighted distance from the source (weighted searches only).
    var distance: [Double]
    /// 0 unseen, 1 in the heap, 2 settled (weighted searches only).
    var state: [UInt8]
    /// Path counts (σ), as Double because Int64 overflows on a 37×37 grid.
    var pathCount: [Double]
    /// Dependencies (δ).
    var dependency: [Double]
    /// Nodes in order of settlement (S); doubles as the BFS queue.
    var order: [Int32]
    var orderCount = 0
    var heap = MinHeap()
    /// Hop level and path count side by side, for the unweighted node-only fast path (one cache line per visit).
    var packed: [PackedEntry]

    init(nodeCount n: Int, weighted: Bool) {
        hops = [Int32](repeating: 0, count: n)
        distance = weighted ? [Double](repeating: 0, count: n) : []
        state = weighted ? [UInt8](repeating: 0, count: n) : []
        pathCount = [Double](repeating: 0, count: n)
        dependency = [Double](repeating: 0, count: n)
        order = [Int32](repeating: 0, count: n)
        packed = []
    }

    /// A workspace for the unweighted node-only fast path, which needs only `packed` and `order`.
    init(packedFor n: Int) {
        hops = []
        distance = []
        state = []
        pathCount = []
        dependency = []
        order = [Int32](repeating: 0, count: n)
        packed = [PackedEntry](repeating: PackedEntry(), count: n)
    }

    /// One source of unweighted node betweenness: BFS counting paths, then successor-form accumulation.
    mutating func betweennessByHops(from source: Int, graph: CSRGraph, endpoints: Bool, nodeScores: inout [Double]) {
        Self.packedBrandes(
            from: source, graph: graph, endpoints: endpoints, entries: &packed, order: &order, nodeScores: &nodeScores)
    }

    /// Brandes from one source on `PackedEntry` rows: `value` holds σ during the search, then (1 + δ) / σ.
    private static func packedBrandes(
        from source: Int, graph: CSRGraph, endpoints: Bool, entries entryArray: inout [PackedEntry],
        order orderArray: inout [Int32], nodeScores: inout [Double]
    ) {
        let offsets = graph.outOffsets.span
        let targets = graph.outTargets.span
        var entries = entryArray.mutableSpan
        var order = orderArray.mutableSpan
        var scores = nodeScores.mutableSpan
        var head = 0
        var tail = 1
        order[0] = Int32(source)
        entries[source] = PackedEntry(hops: 1, value: 1)
        while head < tail {
            let v = Int(order[head])
            head += 1
            let entry = entries[v]
            let next = entry.hops + 1
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                let level = entries[w].hops
                if level == 0 {
                    entries[w] = PackedEntry(hops: next, value: entry.value)
                    order[tail] = Int32(w)
                    tail += 1
                } else if level == next {
                    entries[w].value += entry.value
                }
            }
        }
        let extra: Double = endpoints ? 1 : 0
        if endpoints { scores[source] += Double(tail - 1) }
        var i = tail - 1
        while i > 0 {
            let v = Int(order[i])
            let entry = entries[v]
            let successor = entry.hops + 1
            var sum = 0.0
            for slot in offsets[v]..<offsets[v + 1] {
                let w = entries[Int(targets[slot])]
                if w.hops == successor { sum += w.value }
            }
            let dependency = entry.value * sum
            entries[v].value = (1 + dependency) / entry.value
            scores[v] += dependency + extra
            i -= 1
        }
        for j in 0..<tail { entries[Int(order[j])] = PackedEntry() }
    }

    /// Breadth-first search from `source` counting shortest paths (Brandes' unweighted phase).
    mutating func searchByHops(from source: Int, graph: CSRGraph) {
        orderCount = Self.breadthFirst(
            from: source, graph: graph, hops: &hops, pathCount: &pathCount, order: &order)
    }

    private static func breadthFirst(
        from source: Int, graph: CSRGraph, hops hopsArray: inout [Int32], pathCount pathCountArray: inout [Double],
        order orderArray: inout [Int32]
    ) -> Int {
        let offsets = graph.outOffsets.span
        let targets = graph.outTargets.span
        var hops = hopsArray.mutableSpan
        var pathCount = pathCountArray.mutableSpan
        var order = orderArray.mutableSpan
        var head = 0
        var tail = 1
        order[0] = Int32(source)
        hops[source] = 1
        pathCount[source] = 1
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            let countV = pathCount[v]
            for slot in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[slot])
                let hw = hops[w]
                if hw == 0 {
                    hops[w] = next
                    pathCount[w] = countV
                    order[tail] = Int32(w)
                    tail += 1
                } else if hw == next {
                    pathCount[w] += countV
                }
            }
        }
        return tail
    }

    /// Dijkstra from `source` counting shortest paths; `lengths[e]` is edge e's length (1/weight).
    mutating func searchByLength(from source: Int, graph: CSRGraph, lengths: [Double]) {
        heap.removeAll()
        orderCount = 0
        distance[source] = 0
        state[source] = 1
        pathCount[source] = 1
        heap.push(0, Int32(source))
        while let (d, node) = heap.pop() {
            let v = Int(node)
            if state[v] == 2 || d > distance[v] { continue }  // stale entry (lazy deletion)
            state[v] = 2
            order[orderCount] = node
            orderCount += 1
            for slot in graph.outOffsets[v]..<graph.outOffsets[v + 1] {
                let w = Int(graph.outTargets[slot])
                if state[w] == 2 { continue }
                let candidate = d + lengths[graph.edgeID(outSlot: slot)]
                if state[w] == 0 || candidate < distance[w] {
                    distance[w] = candidate
                    state[w] = 1
                    pathCount[w] = pathCount[v]
                    heap.push(candidate, Int32(w))
                } else if candidate == distance[w] {
                    // Exact equality, as NetworkX compares; no epsilon.
                    pathCount[w] += pathCount[v]
                }
            }
        }
    }

    /// Whether `v` precedes `w` on a shortest path through in-slot `slot` (edge v→w).
    @inline(__always)
    private func precedes(_ v: Int, _ w: Int, slot: Int, graph: CSRGraph, lengths: [Double]?) -> Bool {
        if let lengths {
            return state[v] == 2 && distance[v] + lengths[Int(graph.inEdgeIDs[slot])] == distance[w]
        }
        return hops[v] != 0 && hops[v] + 1 == hops[w]
    }

    /// Back-propagates dependencies (δ) in reverse settlement order into node and, optionally, edge scores.
    ///
    /// Predecessors are found by scanning in-edges instead of storing lists (igraph does the same): less memory.
    mutating func accumulate(
        source: Int, graph: CSRGraph, lengths: [Double]?, endpoints: Bool, nodeScores: inout [Double],
        edgeScores: inout [Double]
    ) {
        let trackEdges = !edgeScores.isEmpty
        if endpoints { nodeScores[source] += Double(orderCount - 1) }
        var i = orderCount - 1
        while i > 0 {
            let w = Int(order[i])
            let coefficient = (1 + dependency[w]) / pathCount[w]
            for slot in graph.inOffsets[w]..<graph.inOffsets[w + 1] {
                let v = Int(graph.inSources[slot])
                guard precedes(v, w, slot: slot, graph: graph, lengths: lengths) else { continue }
                let share = pathCount[v] * coefficient
                dependency[v] += share
                if trackEdges { edgeScores[Int(graph.inEdgeIDs[slot])] += share }
            }
            nodeScores[w] += dependency[w] + (endpoints ? 1 : 0)
            i -= 1
        }
        reset()
    }

    /// Clears the entries of the nodes this search touched.
    private mutating func reset() {
        for i in 0..<orderCount {
            let v = Int(order[i])
            hops[v] = 0
            pathCount[v] = 0
            dependency[v] = 0
            if !state.isEmpty {
                state[v] = 0
                distance[v] = 0
            }
        }
        // Weighted searches may leave reached-but-unsettled nodes only if the heap stopped early; it never does.
        orderCount = 0
    }
}

/// One node's hop level (+1, so 0 means unvisited) and its path count or finished coefficient.
struct PackedEntry {
    var hops: Int32 = 0
    var value: Double = 0
}
