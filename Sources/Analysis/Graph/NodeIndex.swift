/// The dense position of a node in a `CSRGraph`, in 0..<nodeCount; distinct from the store's `EntityID`.
public struct NodeIndex: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int32
    public init(rawValue: Int32) { self.rawValue = rawValue }
    public init(_ value: Int) { self.rawValue = Int32(truncatingIfNeeded: value) }
    /// The index as an `Int`, for subscripting score arrays.
    public var int: Int { Int(rawValue) }
    public var description: String { String(rawValue) }
    public static func < (lhs: NodeIndex, rhs: NodeIndex) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One edge given to `CSRGraph.init(nodeNames:edges:directed:)`: node positions plus a weight.
public struct WeightedEdge: Hashable, Sendable {
    public var source: Int
    public var target: Int
    public var weight: Double
    public init(source: Int, target: Int, weight: Double = 1) {
        self.source = source
        self.target = target
        self.weight = weight
    }
}

/// How repeated edges between the same ordered pair (or unordered pair, when undirected) are merged.
public enum DuplicateEdgePolicy: String, Sendable, Hashable, CaseIterable {
    /// Keep the last edge and its weight, as NetworkX's `Graph.add_edge` does (the default).
    case keepLast
    /// Keep one edge whose weight is the sum of the duplicates; the first original edge is reported.
    case sumWeights
}
