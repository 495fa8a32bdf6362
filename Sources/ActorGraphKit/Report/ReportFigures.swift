import ActorGraphCore
import Render

/// The report's drawings: the influence map of the most central actors, the focus actor's ego map and the
/// connection map of the pair, each merged, sparsely labelled and fitted to the column.
struct ReportFigures {
    let view: ReportView
    /// The report's id prefix; each figure adds its key (`ag1f2e3d4c_map_`).
    let prefix: String
    let renderer = MapRenderer(theme: .column)

    /// Labels stay on at most this many lines of a figure, those of two sentences or more.
    static let labelledLines = 12
    static let labelMinimumWeight = 2.0

    /// A drawn figure and what the caption must say about it.
    struct Drawn {
        var figure: ColumnFigure
        /// Relations of the view among the drawn actors, before merging.
        var relations: Int
        /// Lines drawn (after merging) and lines labelled.
        var lines: Int
        var labelled: Int
    }

    /// The `top` most central actors and the relations among them.
    func influenceMap(top: Int) throws -> Drawn {
        let names = Set(view.rankedActors.prefix(max(1, top)))
        let graph = view.directed.restricted(toNodes: names).withoutIsolatedNodes()
        return try draw(graph, key: "map", highlightedNodes: [], highlightedEdges: [], keeping: [])
    }

    /// The actor and everyone one relation away.
    func egoMap(around name: String) throws -> Drawn {
        let graph = view.undirected.ego(around: name, radius: 1)
        return try draw(
            graph, key: "ego", highlightedNodes: Set(graph.nodes.map(\.name)),
            highlightedEdges: graph.relationIDs(touching: name), keeping: [name])
    }

    /// The two actors, the actors on the connections shown, and the relations among them.
    func connectionMap(actors: Set<String>, relations: Set<RelationID>) throws -> Drawn {
        let graph = view.undirected.restricted(toNodes: actors)
        return try draw(
            graph, key: "connection", highlightedNodes: actors, highlightedEdges: relations, keeping: actors)
    }

    private func draw(
        _ graph: MapGraph, key: String, highlightedNodes: Set<String>, highlightedEdges: Set<RelationID>,
        keeping: Set<String>
    ) throws -> Drawn {
        var model = try graph.model(
            title: "", sizes: view.pagerank, communities: [:], highlightedNodes: highlightedNodes,
            highlightedEdges: highlightedEdges, clusters: .none, legend: false, linkTemplate: nil)
        model.style = .column
        model.idPrefix = "\(prefix)_\(key)_"
        let unmerged = model.edges
        model = model.mergingParallelEdges()
            .keepingLabels(onHeaviest: Self.labelledLines, minimumWeight: Self.labelMinimumWeight)
        let keptIDs = Set(model.nodes.filter { keeping.contains($0.label) }.map(\.id))
        let figure = try renderer.renderForColumn(model, keeping: keptIDs)
        let drawn = Set(figure.model.nodes.map(\.id))
        let relations = unmerged.filter { drawn.contains($0.source) && drawn.contains($0.target) }.count
        let labelled = figure.model.edges.filter { $0.label != .none }.count
        return Drawn(figure: figure, relations: relations, lines: figure.model.edges.count, labelled: labelled)
    }
}
