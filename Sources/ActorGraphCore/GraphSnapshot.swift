/// The whole stored graph as plain values: what GraphStore exports and Analysis and Render consume.
public struct GraphSnapshot: Hashable, Codable, Sendable {
    /// One actor.
    public struct Node: Hashable, Codable, Sendable {
        public var id: EntityID
        public var name: String
        public var type: EntityType
        public var mentions: Int
        public init(id: EntityID, name: String, type: EntityType, mentions: Int = 0) {
            self.id = id
            self.name = name
            self.type = type
            self.mentions = mentions
        }
    }

    /// One typed relation; `weight` is its number of distinct evidence sentences.
    public struct Edge: Hashable, Codable, Sendable {
        public var id: RelationID
        public var source: EntityID
        public var target: EntityID
        public var type: RelationType
        public var weight: Double
        public var confidence: Double
        public init(
            id: RelationID, source: EntityID, target: EntityID, type: RelationType, weight: Double,
            confidence: Double
        ) {
            self.id = id
            self.source = source
            self.target = target
            self.type = type
            self.weight = weight
            self.confidence = confidence
        }
    }

    /// Nodes sorted by id.
    public var nodes: [Node]
    /// Edges sorted by id.
    public var edges: [Edge]

    public init(nodes: [Node], edges: [Edge]) {
        self.nodes = nodes
        self.edges = edges
    }
}
