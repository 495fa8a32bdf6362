public import ActorGraphCore
import Analysis
import GraphStore
import Render

extension AnalysisGraph {
    /// Draws the map `request` asks for, in its format.
    ///
    /// - Parameters:
    ///   - request: the view, its format and its look.
    ///   - progress: told what is being done (the actors' scores, then the layout), for a display.
    /// - Returns: the drawing's bytes, with its layout engine and notes.
    /// - Throws: an unknown actor, or the renderer's error.
    public func renderMap(_ request: MapRequest, progress: WorkProgress? = nil) throws -> MapOutput {
        var model = try mapModel(request, progress: progress)
        if let prefix = request.idPrefix {
            try MapModel.validate(idPrefix: prefix)
            model.idPrefix = prefix
        } else {
            model = model.withContentIDPrefix()
        }
        if request.format == .dot && request.engine == nil {
            let text = DOTWriter.write(model)
            return MapOutput(
                bytes: Array(text.utf8), engine: nil, nodes: model.nodes.count, edges: model.edges.count, notes: [])
        }
        // Graphviz lays the map out in one call, which reports nothing: the display shows the time it takes.
        progress?.begin("laying out \(model.nodes.count) actors with Graphviz", total: nil)
        let rendered = try MapRenderer().render(model, format: request.format.output, engine: request.engine?.layout)
        return MapOutput(
            bytes: rendered.bytes, engine: MapEngine(rendered.engine), nodes: model.nodes.count,
            edges: model.edges.count, notes: rendered.notes)
    }

    /// The styled-but-unlaid-out model of the requested view.
    func mapModel(_ request: MapRequest, progress: WorkProgress? = nil) throws -> MapModel {
        let base = MapGraph(analysis: self)
        var view = base.filtered(types: request.types, minWeight: request.minWeight)
        var highlightedEdges: Set<RelationID> = []
        var highlightedNodes: Set<String> = []
        var title = request.title
        if let focus = request.focus {
            let center = try node(focus)
            view = view.ego(around: label(center), radius: request.depth)
            // Every actor of the ego network stays in full colour; the centre's own relations stand out and the
            // relations among its neighbours recede.
            highlightedNodes = Set(view.nodes.map(\.name))
            highlightedEdges = view.relationIDs(touching: label(center))
            title = title ?? "\(label(center)): actors within \(request.depth) hop\(request.depth == 1 ? "" : "s")"
        } else if let (a, b) = request.between {
            let first = label(try node(a))
            let second = label(try node(b))
            let paths = try view.paths(from: first, to: second, k: request.k)
            view = view.restricted(toNodes: Set(paths.flatMap(\.nodes)))
            highlightedEdges = Set(paths.flatMap(\.edges))
            highlightedNodes = Set(paths.flatMap(\.nodes))
            title = title ?? "How \(first) and \(second) are connected"
        }
        let sizes = try view.scores(measure: request.sizeBy ?? request.measure, progress: progress)
        if request.top > 0 && request.focus == nil && request.between == nil {
            let ranked = try view.scores(measure: request.measure, progress: progress)
            let keep = Set(ranked.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(request.top).map(\.key))
            view = view.restricted(toNodes: keep)
        }
        if request.focus == nil && request.between == nil { view = view.withoutIsolatedNodes() }
        let communities = request.clusters == .community ? view.communities() : [:]
        let template = try request.linkTemplate.map { try LinkTemplate($0) }
        return try view.model(
            title: title ?? "Influence map: \(view.nodes.count) actors, \(view.edges.count) relations",
            sizes: sizes, communities: communities, highlightedNodes: highlightedNodes,
            highlightedEdges: highlightedEdges, clusters: request.clusters, legend: request.legend,
            linkTemplate: template)
    }
}
