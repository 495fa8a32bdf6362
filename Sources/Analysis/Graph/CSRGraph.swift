import ActorGraphCore

/// An immutable graph in compressed sparse row form: out-edges, a reversed copy for in-edges, and the original edge
/// behind every CSR edge.
///
/// Edges are identified by a dense *edge id* `0..<edgeCount`. For a directed graph the edge id is the edge's slot in
/// the out-arrays; for an undirected graph each edge appears in both endpoints' rows and `outEdgeIDs` maps a slot to
/// its id. Duplicate edges are merged (see `DuplicateEdgePolicy`), self-loops are kept once per node row, and rows
/// are sorted by neighbour index, so every traversal is deterministic.
public struct CSRGraph: Sendable {
    /// Number of nodes.
    public internal(set) var nodeCount: Int
    /// Number of distinct edges after merging duplicates (an undirected edge counts once).
    public internal(set) var edgeCount: Int
    /// Whether edges have a direction.
    public internal(set) var isDirected: Bool
    /// Whether any edge carried an explicit weight; when false every weight is 1.
    public internal(set) var isWeighted: Bool
    /// Node names, indexed by `NodeIndex`.
    public internal(set) var labels: [String]

    /// Row starts of the out-adjacency: node `u`'s out-neighbours are `outTargets[outOffsets[u]..<outOffsets[u+1]]`.
    public internal(set) var outOffsets: [Int]
    /// Out-neighbours, sorted within each row.
    public internal(set) var outTargets: [Int32]
    /// Edge id of each out slot; empty for directed graphs, where the slot *is* the edge id.
    public internal(set) var outEdgeIDs: [Int32]
    /// Row starts of the in-adjacency (identical to the out-adjacency when undirected).
    public internal(set) var inOffsets: [Int]
    /// In-neighbours (sources of the edges into each node), sorted within each row.
    public internal(set) var inSources: [Int32]
    /// Edge id of each in slot.
    public internal(set) var inEdgeIDs: [Int32]
    /// Weight of each edge id; empty when `isWeighted` is false.
    public internal(set) var weights: [Double]
    /// The original edge (index into `snapshot.edges` or edge-list line order) behind each edge id.
    public internal(set) var origins: [Int32]
    /// For undirected graphs, the lower endpoint of each edge id (the other is found in its row); empty if directed.
    internal var edgeLowEnds: [Int32]

    /// The weight of edge `edge` (1 when the graph is unweighted).
    @inlinable public func weight(ofEdge edge: Int) -> Double { weights.isEmpty ? 1 : weights[edge] }

    /// The edge id stored in out slot `slot`.
    @inlinable public func edgeID(outSlot slot: Int) -> Int { outEdgeIDs.isEmpty ? slot : Int(outEdgeIDs[slot]) }

    /// The index of the original edge that CSR edge `csrEdge` came from.
    public func originalEdge(_ csrEdge: Int) -> Int { Int(origins[csrEdge]) }

    /// The two ends of edge id `edge`; for undirected graphs `source` is the lower node index.
    public func endpoints(ofEdge edge: Int) -> EdgeEndpoints {
        if isDirected {
            // The slot is the edge id: find its row by binary search over the offsets.
            var low = 0
            var high = nodeCount - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if outOffsets[mid] <= edge { low = mid } else { high = mid - 1 }
            }
            return EdgeEndpoints(source: NodeIndex(low), target: NodeIndex(Int(outTargets[edge])))
        }
        let low = Int(edgeLowEnds[edge])
        for slot in outOffsets[low]..<outOffsets[low + 1] where Int(outEdgeIDs[slot]) == edge {
            return EdgeEndpoints(source: NodeIndex(low), target: NodeIndex(Int(outTargets[slot])))
        }
        return EdgeEndpoints(source: NodeIndex(low), target: NodeIndex(low))
    }

    /// Out-degree of `node` (number of distinct out-neighbours; a self-loop counts once).
    @inlinable public func outDegree(_ node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }
    /// In-degree of `node` (a self-loop counts once).
    @inlinable public func inDegree(_ node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// The node indices of every node, in order.
    public var nodes: [NodeIndex] { (0..<nodeCount).map { NodeIndex($0) } }

    /// The label of `node`.
    public func label(_ node: NodeIndex) -> String { labels[node.int] }
}

/// The two ends of one CSR edge.
public struct EdgeEndpoints: Hashable, Sendable {
    public var source: NodeIndex
    public var target: NodeIndex
    public init(source: NodeIndex, target: NodeIndex) {
        self.source = source
        self.target = target
    }
}
