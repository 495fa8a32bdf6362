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
    /// Put in front of every element id of the drawing (`ag1f2e3d4c_n12`).
    ///
    /// Several maps inlined in one page then never share an id; empty keeps the bare ids. See
    /// ``withContentIDPrefix(theme:)``.
    public var idPrefix: String
    /// What the drawing is laid out for: a standalone poster, or a report's text column.
    public var style: MapStyle

    public init(
        title: String, subtitle: String? = nil, nodes: [MapNode], edges: [MapEdge],
        clustering: MapClustering = .none, showLegend: Bool = true, linkTemplate: LinkTemplate? = nil,
        idPrefix: String = "", style: MapStyle = .poster
    ) {
        self.title = title
        self.subtitle = subtitle
        self.nodes = nodes
        self.edges = edges
        self.clustering = clustering
        self.showLegend = showLegend
        self.linkTemplate = linkTemplate
        self.idPrefix = idPrefix
        self.style = style
    }

    /// Whether any node or edge is highlighted, so the rest is drawn faded.
    public var hasHighlight: Bool {
        nodes.contains(where: \.highlighted) || edges.contains(where: \.highlighted)
    }
}

/// What a map is laid out for.
public enum MapStyle: String, Sendable, Hashable, CaseIterable {
    /// A standalone drawing: left to right, every edge labelled with its relation, the key above the map.
    case poster
    /// A figure for a report's column of about 900 px: top to bottom, names wrapped onto short lines, only the
    /// edges that carry a label get one, and actors with a single relation staggered over two ranks so the
    /// drawing grows down rather than across.
    case column
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
    /// The SVG `<title>` (what screen readers and `<img>`-less viewers show); nil gives "Russia (state)".
    public var title: String?

    public init(
        id: String, label: String, type: EntityType, size: Double = 0, community: Int? = nil,
        highlighted: Bool = false, tooltip: String? = nil, title: String? = nil
    ) {
        self.title = title
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
    /// The text drawn along the edge.
    public var label: MapEdgeLabel
    /// The SVG `<title>`; nil gives "Russia supports Mali — 3 sentences" (the count only for evidence-backed edges).
    public var title: String?

    public init(
        id: String, source: String, target: String, relation: RelationType, weight: Double = 1,
        confidence: Double = 1, evidence: Evidence? = nil, highlighted: Bool = false, label: MapEdgeLabel = .relation,
        title: String? = nil
    ) {
        self.label = label
        self.title = title
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

/// The text drawn along an edge.
public enum MapEdgeLabel: Sendable, Hashable {
    /// The relation as a reader says it (`member of`).
    case relation
    /// Given text, such as a merged edge's `supports +2`.
    case text(String)
    /// No label: the colour, line and tooltip still tell the relation.
    case none
}
