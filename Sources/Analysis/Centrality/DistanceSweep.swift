import ActorGraphCore

/// What one single-source search toward a node found: how many nodes reach it, and their distance sums.
struct DistanceSummary: Sendable {
    /// Nodes reached, the start node included.
    var reached = 1
    /// Sum of distances d(u, v) over reached u.
    var total = 0.0
    /// Sum of 1/d(u, v) over reached u ≠ v.
    var inverseTotal = 0.0
}

extension CSRGraph {
    /// For every node v, summarises the distances *to* v (searching in-edges), as NetworkX's closeness and harmonic
    /// centrality do on directed graphs; undirected graphs have in-edges equal to out-edges.
    ///
    /// Source: Dijkstra 1959, Numer. Math. 1:269–271 (breadth-first search when unweighted)
    func incomingDistanceSummaries(weighted: Bool, parallelism: Int = 0, progress: WorkProgress? = nil)
        -> [DistanceSummary]
    {
        let graph = self
        progress?.begin("actors", total: nodeCount)
        let lengths: [Double]? = weighted && isWeighted ? weights.map { 1 / $0 } : nil
        let workers = max(1, min(parallelism > 0 ? parallelism : Parallel.defaultWorkers, nodeCount))
        let parts = Parallel.map(workers: workers) { worker -> [DistanceSummary] in
            var hops = [Int32](repeating: -1, count: graph.nodeCount)
            var distance = [Double](repeating: .infinity, count: graph.nodeCount)
            var settled = [Bool](repeating: false, count: graph.nodeCount)
            var queue = [Int32](repeating: 0, count: graph.nodeCount)
            var heap = MinHeap()
            var summaries: [DistanceSummary] = []
            var v = worker
            while v < graph.nodeCount {
                var summary = DistanceSummary()
                if let lengths {
                    var touched = 0
                    heap.removeAll()
                    distance[v] = 0
                    heap.push(0, Int32(v))
                    while let (d, node) = heap.pop() {
                        let u = Int(node)
                        if settled[u] || d > distance[u] { continue }
                        settled[u] = true
                        queue[touched] = node
                        touched += 1
                        if u != v {
                            summary.reached += 1
                            summary.total += d
                            summary.inverseTotal += 1 / d
                        }
                        for slot in graph.inOffsets[u]..<graph.inOffsets[u + 1] {
                            let w = Int(graph.inSources[slot])
                            let candidate = d + lengths[Int(graph.inEdgeIDs[slot])]
                            if !settled[w] && candidate < distance[w] {
                                distance[w] = candidate
                                heap.push(candidate, Int32(w))
                            }
                        }
                    }
                    for i in 0..<touched {
                        let u = Int(queue[i])
                        settled[u] = false
                        distance[u] = .infinity
                    }
                    // Nodes pushed but never settled cannot exist: the heap runs dry.
                } else {
                    var head = 0
                    var tail = 1
                    queue[0] = Int32(v)
                    hops[v] = 0
                    while head < tail {
                        let u = Int(queue[head])
                        head += 1
                        let next = hops[u] + 1
                        for slot in graph.inOffsets[u]..<graph.inOffsets[u + 1] {
                            let w = Int(graph.inSources[slot])
                            if hops[w] < 0 {
                                hops[w] = next
                                queue[tail] = Int32(w)
                                tail += 1
                                summary.reached += 1
                                summary.total += Double(next)
                                summary.inverseTotal += 1 / Double(next)
                            }
                        }
                    }
                    for i in 0..<tail { hops[Int(queue[i])] = -1 }
                }
                summaries.append(summary)
                progress?.advance()
                v += workers
            }
            return summaries
        }
        var result = [DistanceSummary](repeating: DistanceSummary(), count: nodeCount)
        for (worker, part) in parts.enumerated() {
            for (i, summary) in part.enumerated() { result[worker + i * workers] = summary }
        }
        return result
    }
}
