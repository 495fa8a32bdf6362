public import ActorGraphCore

/// A renderable influence map: actors, typed relations and how to group them.
///
/// Built by ActorGraphKit from the store and the analysis results; Render never sees either.
public struct MapModel: Sendable, Hashable {
    /// The map's heading (the graph label).
    public var title: String
    /// A second line under the title (corpus, date, measure used for sizes).
    public var subtitle: String?
    public var nodes: [MapNode]
    public var edges: [MapEdge]
    public var clustering: MapClustering
    /// Whether to draw the key of shapes and edge colours under the title.
    public var showLegend: Bool
    /// Turns nodes and edges into links to their evidence.
    public var linkTemplate: LinkTemplate?

    public init(
        title: String, subtitle: String? = nil, nodes: [MapNode], edges: [MapEdge],
        clustering: MapClustering = .none, showLegend: Bool = true, linkTemplate: LinkTemplate? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.nodes = nodes
        self.edges = edges
        self.clustering = clustering
        self.showLegend = showLegend
        self.linkTemplate = linkTemplate
    }

    /// Whether any node or edge is highlighted, so the rest is drawn faded.
    public var hasHighlight: Bool {
        nodes.contains(where: \.highlighted) || edges.contains(where: \.highlighted)
    }
}

/// How nodes are grouped into boxes (Graphviz clusters).
public enum MapClustering: String, Sendable, Hashable, CaseIterable {
    case none
    case byType
    case byCommunity
}

/// One actor on the map.
public struct MapNode: Sendable, Hashable {
    /// Stable identifier such as `n12`; becomes the SVG element id.
    public var id: String
    public var label: String
    public var type: EntityType
    /// Relative importance in 0...1 (normalised PageRank, say); 0 draws the smallest node.
    public var size: Double
    public var community: Int?
    public var highlighted: Bool
    public var tooltip: String?

    public init(
        id: String, label: String, type: EntityType, size: Double = 0, community: Int? = nil,
        highlighted: Bool = false, tooltip: String? = nil
    ) {
        self.id = id
        self.label = label
        self.type = type
        self.size = size
        self.community = community
        self.highlighted = highlighted
        self.tooltip = tooltip
    }
}

/// One typed relation on the map.
public struct MapEdge: Sendable, Hashable {
    /// Stable identifier such as `e57`; becomes the SVG element id.
    public var id: String
    /// The `MapNode.id` of the source.
    public var source: String
    /// The `MapNode.id` of the target.
    public var target: String
    public var relation: RelationType
    /// Evidence count or other strength; drawn as line width relative to the map's heaviest edge.
    public var weight: Double
    public var confidence: Double
    /// The best supporting sentence, quoted in the tooltip and used for the link.
    public var evidence: Evidence?
    public var highlighted: Bool

    public init(
        id: String, source: String, target: String, relation: RelationType, weight: Double = 1,
        confidence: Double = 1, evidence: Evidence? = nil, highlighted: Bool = false
    ) {
        self.id = id
        self.source = source
        self.target = target
        self.relation = relation
        self.weight = weight
        self.confidence = confidence
        self.evidence = evidence
        self.highlighted = highlighted
    }
}
