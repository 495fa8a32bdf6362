/// One path: its nodes, the CSR edge ids between them, and its length (hops, or the sum of 1/weight).
public struct PathResult: Sendable, Hashable {
    /// Nodes from source to target.
    public var nodes: [NodeIndex]
    /// CSR edge ids, `edges[i]` joining `nodes[i]` and `nodes[i+1]`; map with `CSRGraph.originalEdge(_:)`.
    public var edges: [Int]
    /// Number of hops, or for weighted paths the sum of edge lengths 1/weight.
    public var length: Double

    public init(nodes: [NodeIndex], edges: [Int], length: Double) {
        self.nodes = nodes
        self.edges = edges
        self.length = length
    }

    /// Number of edges on the path.
    public var hopCount: Int { edges.count }
}
