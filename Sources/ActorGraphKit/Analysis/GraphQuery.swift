public import ActorGraphCore
import Analysis
import GraphStore

/// The graph an analysis command runs on: which edges count, and how.
public struct GraphQuery: Sendable {
    /// Treat relations as undirected.
    public var undirected: Bool
    /// Use evidence counts as edge weights.
    public var weighted: Bool
    /// Keep only relations of this polarity (nil: any).
    public var polarity: Polarity?
    /// Keep only relations at or above this confidence.
    public var minConfidence: Double
    /// Keep only evidence from documents dated in this window (`YYYY-MM-DD`).
    public var since: String?
    public var until: String?

    public init(
        undirected: Bool = false, weighted: Bool = false, polarity: Polarity? = nil, minConfidence: Double = 0,
        since: String? = nil, until: String? = nil
    ) {
        self.undirected = undirected
        self.weighted = weighted
        self.polarity = polarity
        self.minConfidence = minConfidence
        self.since = since
        self.until = until
    }

    /// Whether a relation of this type passes the polarity filter (the analysis engine's own rule).
    func admits(_ type: RelationType) -> Bool { viewOptions.polarity.admits(type) }

    var viewOptions: GraphViewOptions {
        GraphViewOptions(
            directed: !undirected, weighted: weighted, polarity: polarity.map(PolarityFilter.init) ?? .any,
            minConfidence: minConfidence)
    }
}

extension PolarityFilter {
    init(_ polarity: Polarity) {
        switch polarity {
        case .cooperation: self = .cooperation
        case .conflict: self = .conflict
        case .structural: self = .structural
        case .neutral: self = .neutral
        }
    }
}

/// A frozen graph ready for analysis, from the database or from an edge-list file.
public struct AnalysisGraph: Sendable {
    let graph: CSRGraph
    /// The store's view when the graph came from the database (nil for `--edges`).
    let snapshot: GraphSnapshot?
    let workspace: Workspace?
    let query: GraphQuery
    /// Snapshot edge indices by their (unordered) pair of ends, so a path hop can show the pair's strongest relation.
    let edgesByPair: [EntityPair: [Int]]
    /// Snapshot node names by id.
    let names: [EntityID: String]
    /// Snapshot node ids by name.
    let ids: [String: EntityID]

    init(graph: CSRGraph, snapshot: GraphSnapshot?, workspace: Workspace?, query: GraphQuery) {
        self.graph = graph
        self.snapshot = snapshot
        self.workspace = workspace
        self.query = query
        var pairs: [EntityPair: [Int]] = [:]
        for (index, edge) in (snapshot?.edges ?? []).enumerated() {
            pairs[EntityPair(edge.source, edge.target), default: []].append(index)
        }
        edgesByPair = pairs
        names = Dictionary(
            (snapshot?.nodes ?? []).map { ($0.id, $0.name) }, uniquingKeysWith: { kept, _ in kept })
        ids = Dictionary((snapshot?.nodes ?? []).map { ($0.name, $0.id) }, uniquingKeysWith: { kept, _ in kept })
    }

    /// Loads an edge-list file (`source target [weight]` lines, `#` comments).
    public static func edgeList(path: String, query: GraphQuery = .init()) throws -> AnalysisGraph {
        var graph = try CSRGraph.loadEdgeList(path: path, directed: !query.undirected)
        if query.undirected, graph.isDirected { graph = graph.undirected() }
        return AnalysisGraph(graph: graph, snapshot: nil, workspace: nil, query: query)
    }

    /// Number of actors and of relations in this view.
    public var nodeCount: Int { graph.nodeCount }
    public var edgeCount: Int { graph.edgeCount }

    /// Resolves a user-typed name: through the store's aliases when there is one (Moscow → Russia), else by label.
    func node(_ name: String) throws -> NodeIndex {
        if let workspace {
            let entity = try workspace.resolve(name)
            return try graph.nodeIndex(named: entity.name)
        }
        return try graph.nodeIndex(named: name)
    }

    func label(_ node: NodeIndex) -> String { graph.labels[Int(node.rawValue)] }
}

extension GraphSnapshot.Edge {
    /// Whether this relation outranks `other` as the one to show for their pair: more evidence sentences, then
    /// the type that sorts first, so the choice never depends on storage order.
    func outranks(_ other: GraphSnapshot.Edge) -> Bool { (weight, other.type) > (other.weight, type) }
}

/// Two entities in a fixed order, so (a, b) and (b, a) are one key.
struct EntityPair: Hashable {
    let low: EntityID
    let high: EntityID
    init(_ a: EntityID, _ b: EntityID) {
        low = min(a, b)
        high = max(a, b)
    }
}

extension Workspace {
    /// The stored graph as an analysis view.
    public func analysisGraph(_ query: GraphQuery = .init()) throws -> AnalysisGraph {
        let snapshot = try store.snapshot(minConfidence: query.minConfidence, since: query.since, until: query.until)
        return AnalysisGraph(
            graph: CSRGraph(snapshot: snapshot, options: query.viewOptions), snapshot: snapshot, workspace: self,
            query: query)
    }
}
