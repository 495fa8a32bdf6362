import ActorGraphCore

extension MapModel {
    /// The map with all the relations between each pair of actors drawn as one edge.
    ///
    /// The merged edge takes the id, ends, type and evidence of the pair's best-attested relation (most
    /// sentences, then type and id order), the summed weight, and the label `supports +2` when two more
    /// relations join the same pair; its title names every relation it stands for. A report column has no room
    /// for three parallel curves with three labels, and the count keeps the information.
    public func mergingParallelEdges() -> MapModel {
        let labels = Dictionary(nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        var groups: [PairKey: [MapEdge]] = [:]
        for edge in edges { groups[PairKey(edge.source, edge.target), default: []].append(edge) }
        var merged: [MapEdge] = []
        for members in groups.values {
            let ranked = members.sorted {
                ($1.weight, $0.relation.rawValue, $0.id) < ($0.weight, $1.relation.rawValue, $1.id)
            }
            guard var edge = ranked.first else { continue }
            let extra = ranked.count - 1
            edge.weight = ranked.map(\.weight).filter(\.isFinite).reduce(0, +)
            edge.confidence = ranked.map(\.confidence).max() ?? edge.confidence
            edge.highlighted = ranked.contains(where: \.highlighted)
            edge.label = .text(edge.relation.shortLabel + (extra > 0 ? " +\(extra)" : ""))
            edge.title = ranked.map { MapTitles.edgeTitle($0, labels: labels) }.joined(separator: "; ")
            merged.append(edge)
        }
        var copy = self
        copy.edges = merged.sorted { $0.id < $1.id }
        return copy
    }

    /// The map with labels kept on its `limit` best-attested edges of at least `minimumWeight`, and removed
    /// from the rest; a map with at most `limit` edges keeps every label.
    ///
    /// Fewer labels is what makes a dense map legible at column width; the colour and line style still say
    /// each edge's polarity, and the title and tooltip keep the relation.
    public func keepingLabels(onHeaviest limit: Int, minimumWeight: Double) -> MapModel {
        guard edges.count > limit else { return self }
        let ranked = edges.filter { $0.weight >= minimumWeight }
            .sorted { ($1.weight, $0.id) < ($0.weight, $1.id) }
        let kept = Set(ranked.prefix(max(0, limit)).map(\.id))
        var copy = self
        copy.edges = edges.map { edge in
            var edge = edge
            if !kept.contains(edge.id) { edge.label = .none }
            return edge
        }
        return copy
    }
}

/// Two node ids in a fixed order, so the edges a→b and b→a fall into one group.
private struct PairKey: Hashable {
    let low: String
    let high: String
    init(_ a: String, _ b: String) {
        low = min(a, b)
        high = max(a, b)
    }
}
