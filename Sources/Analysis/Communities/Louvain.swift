import ActorGraphCore

extension CSRGraph {
    /// Communities found by the Louvain method: greedy local moves, then aggregation, until modularity stops rising.
    ///
    /// Source: Blondel et al. 2008, J. Stat. Mech. P10008, doi:10.1088/1742-5468/2008/10/P10008
    ///
    /// Like NetworkX `louvain_communities(G, weight="weight", resolution, seed)` but with our own seeded node order
    /// (SplitMix64), so the partition may differ from NetworkX's; its `modularity` equals NetworkX's `modularity()`
    /// of the returned partition. Directed graphs are optimised on their undirected view, and the reported
    /// modularity uses the directed definition.
    /// - Parameters:
    ///   - resolution: γ; above 1 favours smaller communities (default 1).
    ///   - seed: the node-order seed (default 42); the same seed gives the same partition.
    /// - Returns: communities numbered by lowest member, with their modularity.
    /// - Complexity: near-linear per level in practice.
    public func louvainCommunities(resolution: Double = 1, seed: UInt64 = 42) -> Partition {
        var level = LouvainLevel(graph: isDirected ? undirected() : self)
        var membership = Array(0..<nodeCount)
        var generator = SplitMix64(seed: seed)
        while true {
            let moved = level.moveNodes(resolution: resolution, generator: &generator)
            if !moved { break }
            let mapping = level.communities()
            for v in 0..<nodeCount { membership[v] = mapping[membership[v]] }
            level = level.aggregated(by: mapping)
        }
        let community = Partition.canonical(membership)
        return Partition(community: community, modularity: modularity(communityOf: community, resolution: resolution))
    }
}

/// One Louvain level: a weighted undirected graph with self-loop weights and a community per node.
private struct LouvainLevel {
    var offsets: [Int]
    var neighbors: [Int]
    var linkWeights: [Double]
    var selfLoops: [Double]
    /// Weighted degree k_i (self-loops count twice).
    var degree: [Double]
    var community: [Int]
    /// Twice the total edge weight (2m).
    var totalDegree: Double

    init(graph: CSRGraph) {
        let n = graph.nodeCount
        offsets = [0]
        neighbors = []
        linkWeights = []
        selfLoops = [Double](repeating: 0, count: n)
        for u in 0..<n {
            for slot in graph.outOffsets[u]..<graph.outOffsets[u + 1] {
                let v = Int(graph.outTargets[slot])
                let w = graph.weight(ofEdge: graph.edgeID(outSlot: slot))
                if v == u {
                    selfLoops[u] += w
                } else {
                    neighbors.append(v)
                    linkWeights.append(w)
                }
            }
            offsets.append(neighbors.count)
        }
        degree = []
        community = []
        totalDegree = 0
        finish()
    }

    init(offsets: [Int], neighbors: [Int], linkWeights: [Double], selfLoops: [Double]) {
        self.offsets = offsets
        self.neighbors = neighbors
        self.linkWeights = linkWeights
        self.selfLoops = selfLoops
        degree = []
        community = []
        totalDegree = 0
        finish()
    }

    private mutating func finish() {
        let n = selfLoops.count
        degree = (0..<n).map { v in
            var k = 2 * selfLoops[v]
            for slot in offsets[v]..<offsets[v + 1] { k += linkWeights[slot] }
            return k
        }
        community = Array(0..<n)
        totalDegree = degree.reduce(0, +)
    }

    /// Repeats passes of greedy moves in a seeded order; returns whether any node changed community.
    mutating func moveNodes(resolution: Double, generator: inout SplitMix64) -> Bool {
        let n = selfLoops.count
        guard totalDegree > 0 else { return false }
        var order = Array(0..<n)
        order.shuffle(using: &generator)
        var communityTotal = degree
        var linkTo = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var anyMove = false
        for _ in 0..<1000 {
            var moved = false
            for v in order {
                let home = community[v]
                for slot in offsets[v]..<offsets[v + 1] {
                    let c = community[neighbors[slot]]
                    if linkTo[c] == 0 { touched.append(c) }
                    linkTo[c] += linkWeights[slot]
                }
                communityTotal[home] -= degree[v]
                let scale = resolution * degree[v] / totalDegree
                var best = home
                var bestGain = linkTo[home] - communityTotal[home] * scale
                for c in touched {
                    let gain = linkTo[c] - communityTotal[c] * scale
                    if gain > bestGain {
                        best = c
                        bestGain = gain
                    }
                }
                communityTotal[best] += degree[v]
                if best != home {
                    community[v] = best
                    moved = true
                }
                for c in touched { linkTo[c] = 0 }
                touched.removeAll(keepingCapacity: true)
            }
            if !moved { break }
            anyMove = true
        }
        return anyMove
    }

    /// Node → dense community number (in order of first appearance).
    func communities() -> [Int] { Partition.canonical(community) }

    /// The graph of communities: summed link weights, internal weight as self-loops.
    func aggregated(by mapping: [Int]) -> LouvainLevel {
        let count = (mapping.max() ?? -1) + 1
        var loops = [Double](repeating: 0, count: count)
        var rows = [[Int: Double]](repeating: [:], count: count)
        for v in 0..<selfLoops.count {
            let cv = mapping[v]
            loops[cv] += selfLoops[v]
            for slot in offsets[v]..<offsets[v + 1] {
                let cu = mapping[neighbors[slot]]
                // Every link is listed from both ends, so an internal link adds half its weight per listing.
                if cu == cv {
                    loops[cv] += linkWeights[slot] / 2
                } else {
                    rows[cv][cu, default: 0] += linkWeights[slot]
                }
            }
        }
        var newOffsets = [0]
        var newNeighbors: [Int] = []
        var newWeights: [Double] = []
        for row in rows {
            for (c, w) in row.sorted(by: { $0.key < $1.key }) {
                newNeighbors.append(c)
                newWeights.append(w)
            }
            newOffsets.append(newNeighbors.count)
        }
        return LouvainLevel(offsets: newOffsets, neighbors: newNeighbors, linkWeights: newWeights, selfLoops: loops)
    }
}
