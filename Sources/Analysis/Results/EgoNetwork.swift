/// The nodes within a radius of a centre and the edges among them.
public struct EgoNetwork: Sendable, Hashable {
    /// The centre node.
    public var center: NodeIndex
    /// Member nodes sorted by index (the centre included).
    public var nodes: [NodeIndex]
    /// Hop distance from the centre of each member, parallel to `nodes`.
    public var distances: [Int]
    /// CSR edge ids of the induced subgraph, sorted.
    public var edges: [Int]

    public init(center: NodeIndex, nodes: [NodeIndex], distances: [Int], edges: [Int]) {
        self.center = center
        self.nodes = nodes
        self.distances = distances
        self.edges = edges
    }
}
