import ActorGraphCore
import Analysis
import GraphStore
import Render

/// The working subgraph a map is cut from: snapshot nodes and edges, narrowed step by step (types, weight,
/// ego radius, paths, top N) before it becomes a `MapModel`.
struct MapGraph {
    var nodes: [GraphSnapshot.Node]
    var edges: [GraphSnapshot.Edge]
    let analysis: AnalysisGraph

    init(analysis: AnalysisGraph) {
        self.analysis = analysis
        let snapshot = analysis.snapshot ?? analysis.graph.snapshot()
        nodes = snapshot.nodes
        edges = snapshot.edges.filter { analysis.query.admits($0.type) }
    }

    private init(nodes: [GraphSnapshot.Node], edges: [GraphSnapshot.Edge], analysis: AnalysisGraph) {
        self.nodes = nodes
        self.edges = edges
        self.analysis = analysis
    }

    /// Keeps nodes of the given types and edges at or above `minWeight` between kept nodes.
    func filtered(types: Set<EntityType>?, minWeight: Double) -> MapGraph {
        let keptNodes = nodes.filter { types?.contains($0.type) ?? true }
        let ids = Set(keptNodes.map(\.id))
        let keptEdges = edges.filter { $0.weight >= minWeight && ids.contains($0.source) && ids.contains($0.target) }
        return MapGraph(nodes: keptNodes, edges: keptEdges, analysis: analysis)
    }

    /// Keeps the named nodes and the edges among them.
    func restricted(toNodes names: Set<String>) -> MapGraph {
        let keptNodes = nodes.filter { names.contains($0.name) }
        let ids = Set(keptNodes.map(\.id))
        return MapGraph(
            nodes: keptNodes, edges: edges.filter { ids.contains($0.source) && ids.contains($0.target) },
            analysis: analysis)
    }

    /// The relations with `name` at one end.
    func relationIDs(touching name: String) -> Set<RelationID> {
        let ids = Set(nodes.filter { $0.name == name }.map(\.id))
        return Set(edges.filter { ids.contains($0.source) || ids.contains($0.target) }.map(\.id))
    }

    /// Drops actors with no relation left in the view.
    func withoutIsolatedNodes() -> MapGraph {
        let touched = Set(edges.flatMap { [$0.source, $0.target] })
        return MapGraph(nodes: nodes.filter { touched.contains($0.id) }, edges: edges, analysis: analysis)
    }

    private var snapshot: GraphSnapshot { GraphSnapshot(nodes: nodes, edges: edges) }

    /// The view as a CSR graph; undirected for neighbourhoods and paths, where direction does not matter.
    private func csr(directed: Bool) -> CSRGraph {
        CSRGraph(
            snapshot: snapshot,
            options: GraphViewOptions(directed: directed, weighted: analysis.query.weighted))
    }

    /// This actor and everyone within `radius` hops, in either direction.
    func ego(around name: String, radius: Int) -> MapGraph {
        let graph = csr(directed: false)
        guard let center = try? graph.nodeIndex(named: name) else { return restricted(toNodes: [name]) }
        let ego = graph.egoNetwork(center: center, radius: radius)
        return restricted(toNodes: Set(ego.nodes.map { graph.labels[Int($0.rawValue)] }))
    }

    /// The `k` shortest simple paths (Yen), as node names and relation ids.
    func paths(from a: String, to b: String, k: Int) throws -> [(nodes: [String], edges: [RelationID])] {
        let graph = csr(directed: false)
        let source = try graph.nodeIndex(named: a)
        let target = try graph.nodeIndex(named: b)
        return graph.shortestSimplePaths(from: source, to: target, k: max(1, k), weighted: analysis.query.weighted)
            .map { path in
                (
                    path.nodes.map { graph.labels[Int($0.rawValue)] },
                    path.edges.map { edges[graph.originalEdge($0)].id }
                )
            }
    }

    /// Each actor's score by `measure` on this view.
    func scores(measure: Measure, progress: WorkProgress? = nil) throws -> [String: Double] {
        let graph = csr(directed: !analysis.query.undirected)
        var options = CentralityOptions()
        options.progress = progress
        options.weighted = analysis.query.weighted
        let ranked = try graph.centrality(measure.analysis, options: options).ranking(top: 0)
        return Dictionary(uniqueKeysWithValues: ranked.map { ($0.name, $0.score) })
    }

    /// Louvain community of each actor (seeded, so the same map every time).
    func communities() -> [String: Int] {
        let graph = csr(directed: false)
        let partition = graph.louvainCommunities(resolution: 1, seed: 42)
        var result: [String: Int] = [:]
        for (index, members) in partition.communities.enumerated() {
            for member in members { result[graph.labels[Int(member.rawValue)]] = index }
        }
        return result
    }

    /// The render model: stable ids from the store, sizes scaled to the largest score, best evidence per edge.
    func model(
        title: String, sizes: [String: Double], communities: [String: Int], highlightedNodes: Set<String>,
        highlightedEdges: Set<RelationID>, clusters: MapRequest.Clusters, legend: Bool, linkTemplate: LinkTemplate?
    ) throws -> MapModel {
        let largest = sizes.values.max() ?? 0
        let mapNodes = nodes.sorted { $0.id < $1.id }.map { node in
            MapNode(
                id: "n\(node.id.rawValue)", label: node.name, type: node.type,
                size: largest > 0 ? (sizes[node.name] ?? 0) / largest : 0,
                community: communities[node.name], highlighted: highlightedNodes.contains(node.name),
                tooltip: "\(node.name) (\(node.type.rawValue))")
        }
        var mapEdges: [MapEdge] = []
        for edge in edges.sorted(by: { $0.id < $1.id }) {
            let evidence = try analysis.workspace.flatMap {
                try $0.store.bestEvidence(for: edge.id, since: analysis.query.since, until: analysis.query.until)
            }
            mapEdges.append(
                MapEdge(
                    id: "e\(edge.id.rawValue)", source: "n\(edge.source.rawValue)", target: "n\(edge.target.rawValue)",
                    relation: edge.type, weight: edge.weight, confidence: edge.confidence, evidence: evidence,
                    highlighted: highlightedEdges.contains(edge.id)))
        }
        let clustering: MapClustering
        switch clusters {
        case .none: clustering = .none
        case .type: clustering = .byType
        case .community: clustering = .byCommunity
        }
        return MapModel(
            title: title, subtitle: nil, nodes: mapNodes, edges: mapEdges, clustering: clustering,
            showLegend: legend, linkTemplate: linkTemplate)
    }
}
