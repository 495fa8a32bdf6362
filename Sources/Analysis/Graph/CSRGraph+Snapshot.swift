public import ActorGraphCore

/// Which relations a view keeps, by the polarity of their type.
public enum PolarityFilter: String, Sendable, Hashable, CaseIterable {
    case cooperation, conflict, structural, neutral, any

    /// Whether a relation of `type` passes the filter.
    public func admits(_ type: RelationType) -> Bool {
        switch self {
        case .any: true
        case .cooperation: type.polarity == .cooperation
        case .conflict: type.polarity == .conflict
        case .structural: type.polarity == .structural
        case .neutral: type.polarity == .neutral
        }
    }
}

/// How a `GraphSnapshot` is turned into a `CSRGraph`.
public struct GraphViewOptions: Sendable, Hashable {
    /// Keep edge direction (default true); symmetric relations (`cooperates_with`) become two opposite arcs.
    public var directed: Bool
    /// Use relation weights (evidence counts); when false every edge weighs 1 (default false).
    public var weighted: Bool
    /// Keep only relations of this polarity (default `.any`).
    public var polarity: PolarityFilter
    /// Drop relations below this confidence (default 0: keep all).
    public var minConfidence: Double
    /// Keep only these relation types (default `nil`: all types).
    public var relationTypes: Set<RelationType>?
    /// How several relations between the same pair merge (default `.sumWeights`: evidence adds up).
    public var duplicates: DuplicateEdgePolicy

    public init(
        directed: Bool = true, weighted: Bool = false, polarity: PolarityFilter = .any, minConfidence: Double = 0,
        relationTypes: Set<RelationType>? = nil, duplicates: DuplicateEdgePolicy = .sumWeights
    ) {
        self.directed = directed
        self.weighted = weighted
        self.polarity = polarity
        self.minConfidence = minConfidence
        self.relationTypes = relationTypes
        self.duplicates = duplicates
    }
}

extension CSRGraph {
    /// A CSR view of a stored graph: node *i* is `snapshot.nodes[i]`, and `originalEdge(_:)` indexes `snapshot.edges`.
    ///
    /// Edges whose ends are missing from `snapshot.nodes` are skipped; a weight that is not a positive finite number
    /// counts as 1 (every stored relation has at least one evidence sentence).
    /// - Complexity: O(*n* + *m*) after hashing the node ids.
    public init(snapshot: GraphSnapshot, options: GraphViewOptions = .init()) {
        var position: [EntityID: Int32] = [:]
        position.reserveCapacity(snapshot.nodes.count)
        for (index, node) in snapshot.nodes.enumerated() { position[node.id] = Int32(index) }
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var origins: [Int32] = []
        for (index, edge) in snapshot.edges.enumerated() {
            guard options.polarity.admits(edge.type), edge.confidence >= options.minConfidence,
                options.relationTypes?.contains(edge.type) ?? true,
                let s = position[edge.source], let t = position[edge.target]
            else { continue }
            let weight = edge.weight > 0 && edge.weight.isFinite ? edge.weight : 1
            sources.append(s)
            targets.append(t)
            weights.append(weight)
            origins.append(Int32(index))
            if options.directed && edge.type.isSymmetric && s != t {
                sources.append(t)
                targets.append(s)
                weights.append(weight)
                origins.append(Int32(index))
            }
        }
        self = .build(
            labels: snapshot.nodes.map(\.name), sources: sources, targets: targets,
            weights: options.weighted ? weights : nil, origins: origins, directed: options.directed,
            duplicates: options.duplicates)
    }
}
