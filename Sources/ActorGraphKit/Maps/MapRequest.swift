public import ActorGraphCore

/// What `render` draws: a filtered whole map, an ego map, or the relation view between two actors.
public struct MapRequest: Sendable {
    /// How to group nodes into boxes.
    public enum Clusters: String, CaseIterable, Sendable, Codable {
        case none, type, community
    }

    /// Output format; `dot` without an engine is our DOT before layout.
    public var format: MapFormat = .svg
    /// Layout engine; nil picks one by size.
    public var engine: MapEngine?
    public var title: String?
    /// Keep the N most central actors (0 keeps all).
    public var top: Int = 0
    /// The measure that picks the top actors and sizes the nodes.
    public var measure: Measure = .pagerank
    /// The measure that sizes the nodes; nil uses `measure`.
    public var sizeBy: Measure?
    public var minWeight: Double = 0
    /// Keep only these entity types (nil keeps all).
    public var types: Set<EntityType>?
    /// Ego map: this actor and everyone within `depth` hops.
    public var focus: String?
    public var depth: Int = 1
    /// Relation view: the `k` best paths between these two actors, highlighted.
    public var between: (String, String)?
    public var k: Int = 3
    public var clusters: Clusters = .none
    /// `https://…/{document}#{start}`: makes nodes and edges links.
    public var linkTemplate: String?
    public var legend: Bool = true
    /// Starts every element id of the drawing; nil derives one from the map's content, so maps inlined in one
    /// page never share an id (docs/graphviz.md).
    public var idPrefix: String?

    public init() {}
}

/// A rendered map and what the renderer decided on the way.
public struct MapOutput: Sendable {
    public var bytes: [UInt8]
    /// The engine that laid it out; nil for DOT written before layout.
    public var engine: MapEngine?
    public var nodes: Int
    public var edges: Int
    /// Notes such as "5000 nodes: switched to sfdp with overlap removal".
    public var notes: [String]
}
