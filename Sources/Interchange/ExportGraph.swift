import ActorGraphCore

/// The graph in export order, with node ids resolved: what every format writer reads.
struct ExportGraph {
    /// One actor, with the id every format uses for it.
    struct Node {
        var id: String
        var entity: Entity
    }

    /// One relation, with its endpoints resolved to node ids and its evidence in document order.
    struct Edge {
        var id: String
        var sourceID: String
        var targetID: String
        var relation: Relation

        /// The first supporting sentence in document order, the one a single-valued attribute shows.
        ///
        /// An imported relation may count sentences whose text its file did not carry; a known one is preferred.
        var bestEvidence: Evidence? { relation.evidence.first { !$0.sentence.isEmpty } ?? relation.evidence.first }

        /// The title, outlet, publication date and address of the best sentence's document, each "" when
        /// unknown, under the names every format uses (`document_title`, …).
        var citedSource: [(name: String, value: String)] {
            let source = bestEvidence?.source
            return [
                ("document_title", source?.title ?? ""), ("document_outlet", source?.outlet ?? ""),
                ("document_published", source?.published ?? ""), ("document_url", source?.url ?? ""),
            ]
        }

        /// The names of ``citedSource``, for headers and schemas.
        static let citedSourceNames = ["document_title", "document_outlet", "document_published", "document_url"]

        /// Imported when any of its evidence came from an imported graph file, else curated when a person cited
        /// any of it (`add-relation`), else extracted.
        var provenance: Provenance {
            if relation.evidence.contains(where: { $0.provenance == .imported }) { return .imported }
            return relation.evidence.contains(where: \.curated) ? .curated : .extracted
        }
    }

    var nodes: [Node]
    var edges: [Edge]
    var appearance: ExportAppearance?
    /// The lightest and heaviest relation weight, for scaling line thickness.
    let weightRange: ClosedRange<Int>

    init(entities: [Entity], relations: [Relation], appearance: ExportAppearance? = nil) throws(InterchangeError) {
        self.appearance = appearance
        // Sort first and number after, so ids without a store id do not depend on input order.
        let sortedEntities = entities.sorted(by: Self.entityOrder)
        let storeIDs = sortedEntities.compactMap(\.id)
        // Store ids only when every entity has a distinct one; mixing them with indexes could collide.
        let useStoreIDs = storeIDs.count == sortedEntities.count && Set(storeIDs).count == storeIDs.count
        var nodes: [Node] = []
        var idByName: [String: String] = [:]
        for (index, entity) in sortedEntities.enumerated() {
            let number = useStoreIDs ? entity.id.map { String($0.rawValue) } ?? String(index) : String(index)
            let id = "n\(number)"
            guard idByName.updateValue(id, forKey: entity.name) == nil else {
                throw .duplicateActor(name: entity.name)
            }
            nodes.append(Node(id: id, entity: entity))
        }

        var resolved: [(source: String, target: String, relation: Relation)] = []
        for var relation in relations {
            let label = "\(relation.source) \(relation.type.rawValue) \(relation.target)"
            guard let source = idByName[relation.source] else {
                throw .unknownEndpoint(relation: label, name: relation.source)
            }
            guard let target = idByName[relation.target] else {
                throw .unknownEndpoint(relation: label, name: relation.target)
            }
            guard relation.confidence.isFinite else {
                throw .invalidConfidence(relation: label, value: relation.confidence)
            }
            relation.evidence.sort(by: Self.evidenceOrder)
            resolved.append((source, target, relation))
        }
        resolved.sort { Self.relationOrder($0.relation, $1.relation) }
        // Store ids when every relation has a distinct one, so an edge keeps its id from export to export.
        let relationIDs = resolved.compactMap(\.relation.id)
        let useRelationIDs = relationIDs.count == resolved.count && Set(relationIDs).count == relationIDs.count

        self.nodes = nodes
        self.edges = resolved.enumerated().map { index, edge in
            let number = useRelationIDs ? edge.relation.id.map { String($0.rawValue) } ?? String(index) : String(index)
            return Edge(id: "e\(number)", sourceID: edge.source, targetID: edge.target, relation: edge.relation)
        }
        let weights = resolved.map(\.relation.weight)
        self.weightRange = (weights.min() ?? 1)...(weights.max() ?? 1)
    }

    /// The appearance of a node, when the export carries one.
    func appearance(of node: Node) -> NodeAppearance? { appearance?.nodes[node.entity.name] }

    /// The line thickness of an edge: its weight scaled between the lightest and the heaviest relation.
    func thickness(of edge: Edge) -> Double? {
        guard let range = appearance?.edgeThickness else { return nil }
        guard weightRange.upperBound > weightRange.lowerBound else { return range.lowerBound }
        let fraction =
            Double(edge.relation.weight - weightRange.lowerBound)
            / Double(weightRange.upperBound - weightRange.lowerBound)
        return range.lowerBound + fraction * (range.upperBound - range.lowerBound)
    }

    /// Name, then type, then id: a total order on distinct entities.
    private static func entityOrder(_ lhs: Entity, _ rhs: Entity) -> Bool {
        if lhs.name != rhs.name { return lhs.name < rhs.name }
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        return (lhs.id?.rawValue ?? .min) < (rhs.id?.rawValue ?? .min)
    }

    /// Document order, with the sentence breaking ties between identical positions.
    private static func evidenceOrder(_ lhs: Evidence, _ rhs: Evidence) -> Bool {
        if lhs != rhs, !(lhs < rhs), !(rhs < lhs) { return lhs.sentence < rhs.sentence }
        return lhs < rhs
    }

    /// Source, type, target; parallel duplicates are ordered by confidence and then evidence,
    /// so shuffled input still gives identical bytes.
    private static func relationOrder(_ lhs: Relation, _ rhs: Relation) -> Bool {
        if lhs.source != rhs.source { return lhs.source < rhs.source }
        if lhs.type != rhs.type { return lhs.type < rhs.type }
        if lhs.target != rhs.target { return lhs.target < rhs.target }
        if lhs.confidence != rhs.confidence { return lhs.confidence < rhs.confidence }
        return lhs.evidence.lexicographicallyPrecedes(rhs.evidence, by: evidenceOrder)
    }
}

extension Double {
    /// The shortest text that reads back as the same value (`0.8`, `1.0`), identical on every platform.
    var exportText: String { description }

    /// A coordinate or size with two decimals, enough for a drawing and stable across platforms.
    var drawingText: String {
        let hundredths = (self * 100).rounded()
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = Int64(abs(hundredths))
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension Entity {
    /// The aliases as one field, for formats without lists.
    var joinedAliases: String { aliases.joined(separator: "; ") }
}
