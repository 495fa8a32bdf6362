import ActorGraphCore

/// The human-readable `<title>` of every element of a drawing: "Russia (state)", "Russia supports Mali —
/// 3 sentences", and the map's own title for the whole graph.
///
/// Graphviz titles nodes and edges by their DOT names (`n10->n4`), which mean nothing to a reader and are
/// what a screen reader announces; the post-processor puts these in their place.
enum MapTitles {
    /// The title of a node.
    static func nodeTitle(_ node: MapNode) -> String {
        node.title ?? "\(node.label) (\(node.type.rawValue))"
    }

    /// The title of an edge: its own, or the relation as a sentence with its evidence count.
    static func edgeTitle(_ edge: MapEdge, labels: [String: String]) -> String {
        if let title = edge.title { return title }
        let source = labels[edge.source] ?? edge.source
        let target = labels[edge.target] ?? edge.target
        var title = "\(source) \(edge.relation.verbPhrase) \(target)"
        // Only evidence-backed edges count sentences; an edge list's weight is just a number.
        if edge.evidence != nil, edge.weight.isFinite, edge.weight >= 1, edge.weight == edge.weight.rounded() {
            let count = Int(edge.weight)
            title += " — \(count) sentence\(count == 1 ? "" : "s")"
        }
        return title
    }

    /// Titles by the SVG element id each one replaces, for the whole model.
    static func byElementID(_ model: MapModel) -> [String: String] {
        let labels = Dictionary(model.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var titles: [String: String] = [:]
        for node in model.nodes { titles[model.idPrefix + node.id] = nodeTitle(node) }
        for edge in model.edges { titles[model.idPrefix + edge.id] = edgeTitle(edge, labels: labels) }
        titles[DOTWriter.graphID(model)] = model.title.isEmpty ? "Influence map" : model.title
        return titles
    }
}
