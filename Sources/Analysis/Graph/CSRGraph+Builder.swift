extension CSRGraph {
    /// Freezes raw edges into CSR form.
    ///
    /// - Parameters:
    ///   - labels: one name per node; `labels.count` is the node count.
    ///   - sources: source node of each raw edge, in original order.
    ///   - targets: target node of each raw edge.
    ///   - weights: weight of each raw edge, or `nil` for an unweighted graph.
    ///   - origins: original edge index of each raw edge, or `nil` when raw edge *i* is original edge *i*.
    ///   - directed: whether to keep direction.
    ///   - duplicates: how repeated pairs are merged.
    /// - Returns: the frozen graph.
    /// - Complexity: O(*n* + *m*) plus per-row sorting (insertion sort for rows up to 32, O(d log d) above).
    static func build(
        labels: [String], sources: [Int32], targets: [Int32], weights: [Double]?, origins: [Int32]?,
        directed: Bool, duplicates: DuplicateEdgePolicy
    ) -> CSRGraph {
        let n = labels.count
        var low = sources
        var high = targets
        if !directed {
            for i in 0..<low.count where low[i] > high[i] { swap(&low[i], &high[i]) }
        }
        let merged = mergeDuplicates(
            nodeCount: n, sources: low, targets: high, weights: weights, origins: origins, policy: duplicates)
        low = []
        high = []
        let m = merged.targets.count
        var graph = CSRGraph(
            nodeCount: n, edgeCount: m, isDirected: directed, isWeighted: weights != nil, labels: labels,
            outOffsets: merged.offsets, outTargets: merged.targets, outEdgeIDs: [], inOffsets: [], inSources: [],
            inEdgeIDs: [], weights: merged.weights, origins: merged.origins, edgeLowEnds: [])
        if directed {
            graph.buildInAdjacency()
        } else {
            graph.buildUndirectedRows()
        }
        #if DEBUG
            graph.checkInvariants()
        #endif
        return graph
    }

    /// Unique edges sorted by (source, target), grouped into rows.
    private struct MergedEdges {
        var offsets: [Int]
        var targets: [Int32]
        var weights: [Double]
        var origins: [Int32]
    }

    /// Sorts raw edges by (source, target, original order), a counting sort by source then per-row sorts, and merges repeats.
    private static func mergeDuplicates(
        nodeCount n: Int, sources: [Int32], targets: [Int32], weights: [Double]?, origins: [Int32]?,
        policy: DuplicateEdgePolicy
    ) -> MergedEdges {
        let m = sources.count
        var position = [Int](repeating: 0, count: n + 1)
        for s in sources { position[Int(s) + 1] += 1 }
        for v in 0..<n { position[v + 1] += position[v] }
        let rowStart = position
        var order = [Int32](repeating: 0, count: m)
        for i in 0..<m {
            let s = Int(sources[i])
            order[position[s]] = Int32(i)
            position[s] += 1
        }
        position = []
        // Sort each row by (target, original order): insertion sort for the usual short rows (stable, so equal
        // targets keep file order and "last wins" stays last), a comparison sort for hubs.
        for u in 0..<n {
            let start = rowStart[u]
            let end = rowStart[u + 1]
            if end - start <= 32 {
                if end - start < 2 { continue }
                for i in (start + 1)..<end {
                    let item = order[i]
                    let key = targets[Int(item)]
                    var j = i - 1
                    while j >= start && targets[Int(order[j])] > key {
                        order[j + 1] = order[j]
                        j -= 1
                    }
                    order[j + 1] = item
                }
            } else {
                order[start..<end].sort { (targets[Int($0)], $0) < (targets[Int($1)], $1) }
            }
        }
        var offsets = [Int](repeating: 0, count: n + 1)
        var outTargets: [Int32] = []
        var outWeights: [Double] = []
        var outOrigins: [Int32] = []
        outTargets.reserveCapacity(m)
        outOrigins.reserveCapacity(m)
        if weights != nil { outWeights.reserveCapacity(m) }
        var previousSource: Int32 = -1
        var previousTarget: Int32 = -1
        for raw in order {
            let i = Int(raw)
            let s = sources[i]
            let t = targets[i]
            let origin = origins?[i] ?? raw
            if s == previousSource && t == previousTarget {
                let last = outTargets.count - 1
                switch policy {
                case .keepLast:
                    outOrigins[last] = origin
                    if let weights { outWeights[last] = weights[i] }
                case .sumWeights:
                    if let weights { outWeights[last] += weights[i] }
                }
                continue
            }
            previousSource = s
            previousTarget = t
            offsets[Int(s) + 1] += 1
            outTargets.append(t)
            outOrigins.append(origin)
            if let weights { outWeights.append(weights[i]) }
        }
        for v in 0..<n { offsets[v + 1] += offsets[v] }
        return MergedEdges(offsets: offsets, targets: outTargets, weights: outWeights, origins: outOrigins)
    }

    /// Builds the reversed copy (in-edges) of a directed graph whose out-rows hold the unique edges.
    private mutating func buildInAdjacency() {
        let n = nodeCount
        var position = [Int](repeating: 0, count: n + 1)
        for t in outTargets { position[Int(t) + 1] += 1 }
        for v in 0..<n { position[v + 1] += position[v] }
        inOffsets = position
        var sourcesIn = [Int32](repeating: 0, count: edgeCount)
        var edgesIn = [Int32](repeating: 0, count: edgeCount)
        for u in 0..<n {
            for slot in outOffsets[u]..<outOffsets[u + 1] {
                let t = Int(outTargets[slot])
                sourcesIn[position[t]] = Int32(u)
                edgesIn[position[t]] = Int32(slot)
                position[t] += 1
            }
        }
        inSources = sourcesIn
        inEdgeIDs = edgesIn
    }

    /// Turns unique (low, high) edges into symmetric rows: each edge in both endpoints' rows, a self-loop once.
    private mutating func buildUndirectedRows() {
        let n = nodeCount
        var lowEnds = [Int32](repeating: 0, count: edgeCount)
        var count = [Int](repeating: 0, count: n + 1)
        for u in 0..<n {
            for slot in outOffsets[u]..<outOffsets[u + 1] {
                lowEnds[slot] = Int32(u)
                let v = Int(outTargets[slot])
                count[u + 1] += 1
                if v != u { count[v + 1] += 1 }
            }
        }
        for v in 0..<n { count[v + 1] += count[v] }
        let offsets = count
        var rowTargets = [Int32](repeating: 0, count: offsets[n])
        var rowEdges = [Int32](repeating: 0, count: offsets[n])
        // Lower neighbours first (edges sorted by low end), then higher ones: every row comes out sorted.
        for e in 0..<edgeCount {
            let u = Int(lowEnds[e])
            let v = Int(outTargets[e])
            if u != v {
                rowTargets[count[v]] = Int32(u)
                rowEdges[count[v]] = Int32(e)
                count[v] += 1
            }
        }
        for e in 0..<edgeCount {
            let u = Int(lowEnds[e])
            rowTargets[count[u]] = outTargets[e]
            rowEdges[count[u]] = Int32(e)
            count[u] += 1
        }
        edgeLowEnds = lowEnds
        outOffsets = offsets
        outTargets = rowTargets
        outEdgeIDs = rowEdges
        inOffsets = offsets
        inSources = rowTargets
        inEdgeIDs = rowEdges
    }

    /// An undirected view: every edge loses its direction; (u, v) and (v, u) merge, the later original edge winning.
    ///
    /// - Complexity: O(*m* log *m*) to restore original edge order, then O(*n* + *m*).
    public func undirected() -> CSRGraph {
        if !isDirected { return self }
        let order = (0..<edgeCount).sorted { (origins[$0], $0) < (origins[$1], $1) }
        var sources = [Int32](repeating: 0, count: edgeCount)
        var targets = [Int32](repeating: 0, count: edgeCount)
        var rawOrigins = [Int32](repeating: 0, count: edgeCount)
        var rawWeights: [Double]? = isWeighted ? [Double](repeating: 1, count: edgeCount) : nil
        for (i, e) in order.enumerated() {
            sources[i] = endpoints(ofEdge: e).source.rawValue
            targets[i] = outTargets[e]
            rawOrigins[i] = origins[e]
            rawWeights?[i] = weight(ofEdge: e)
        }
        return .build(
            labels: labels, sources: sources, targets: targets, weights: rawWeights, origins: rawOrigins,
            directed: false, duplicates: .keepLast)
    }

    /// A graph from explicit node names and edges (positions into `nodeNames`).
    ///
    /// - Parameters:
    ///   - nodeNames: one label per node, in index order.
    ///   - edges: edges in original order; `originalEdge(_:)` reports positions in this array.
    ///   - directed: whether to keep direction.
    ///   - weighted: whether weights are meaningful (when false all weights are 1).
    ///   - duplicates: how repeated pairs merge; NetworkX's `keepLast` by default.
    /// - Throws: ``AnalysisError/nodeOutOfRange(index:nodeCount:)`` or ``AnalysisError/nonPositiveWeight(source:target:weight:)``.
    public init(
        nodeNames: [String], edges: [WeightedEdge], directed: Bool = true, weighted: Bool = false,
        duplicates: DuplicateEdgePolicy = .keepLast
    ) throws(AnalysisError) {
        let n = nodeNames.count
        var sources = [Int32]()
        var targets = [Int32]()
        var weights = [Double]()
        sources.reserveCapacity(edges.count)
        targets.reserveCapacity(edges.count)
        for edge in edges {
            for end in [edge.source, edge.target] where end < 0 || end >= n {
                throw .nodeOutOfRange(index: end, nodeCount: n)
            }
            if weighted && !(edge.weight > 0 && edge.weight.isNormal) {
                throw .nonPositiveWeight(
                    source: nodeNames[edge.source], target: nodeNames[edge.target], weight: edge.weight)
            }
            sources.append(Int32(edge.source))
            targets.append(Int32(edge.target))
            weights.append(edge.weight)
        }
        self = .build(
            labels: nodeNames, sources: sources, targets: targets, weights: weighted ? weights : nil, origins: nil,
            directed: directed, duplicates: duplicates)
    }
}
