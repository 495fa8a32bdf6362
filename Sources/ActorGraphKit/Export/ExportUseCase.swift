import ActorGraphCore
import Analysis
import GraphStore
import Interchange
import Render

/// One file of an export, named as the format names it (`actorgraph.graphml`, `nodes.csv`, …).
public struct ExportOutput: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]
}

extension Workspace {
    /// The centralities GEXF and Gephi's CSV carry as node attributes, on the default analysis view.
    public static let exportedMeasures: [Measure] = [.pagerank, .betweenness, .degree]

    /// The stored graph in a format other tools read.
    ///
    /// Every actor is exported, and every relation passing the filter with its evidence inside the window.
    /// GEXF and CSV also carry each actor's centralities (``exportedMeasures`` on the directed, unweighted
    /// view, as `centrality` computes them by default); GEXF adds the map's colours, sizes and positions.
    /// - Parameters:
    ///   - format: The format to write.
    ///   - query: Which relations and evidence count.
    ///   - spreadsheetSafe: CSV only: guard text against formula injection (changes the text).
    /// - Returns: The files, named as the format names them.
    /// - Throws: the store's or the exporter's error.
    public func export(
        format: GraphFileFormat, query: GraphQuery = .init(), spreadsheetSafe: Bool = false
    ) throws -> [ExportOutput] {
        let relations = try store.relations(
            minConfidence: query.minConfidence, since: query.since, until: query.until
        ).filter { query.admits($0.type) }
        var options = ExportOptions(spreadsheetSafe: spreadsheetSafe)
        if [.gexf, .gexf12, .csv].contains(format) {
            options.appearance = try appearance(query: query, withLayout: format != .csv)
        }
        return try Exporter.export(
            entities: try store.entities(), relations: relations, format: format.interchange, options: options
        ).map { ExportOutput(name: $0.name, bytes: $0.bytes) }
    }

    /// Centralities of every actor and, with `withLayout`, the map's colours, sizes and positions.
    private func appearance(query: GraphQuery, withLayout: Bool) throws -> ExportAppearance {
        var view = query
        view.undirected = false
        view.weighted = false
        let analysis = try analysisGraph(view)
        var scores: [String: [Double]] = [:]
        for measure in Self.exportedMeasures {
            for row in try analysis.centrality(measure: measure) { scores[row.name, default: []].append(row.score) }
        }
        let theme = Theme.standard
        var boxes: [String: MapLayout.Box] = [:]
        var ids: [String: String] = [:]
        if withLayout {
            let model = try MapGraph(analysis: analysis).model(
                title: "", sizes: Dictionary(uniqueKeysWithValues: scores.map { ($0.key, $0.value.first ?? 0) }),
                communities: [:], highlightedNodes: [], highlightedEdges: [], clusters: .none, legend: false,
                linkTemplate: nil)
            boxes = try MapRenderer(theme: theme).layout(model).nodes
            ids = Dictionary(model.nodes.map { ($0.label, $0.id) }, uniquingKeysWith: { first, _ in first })
        }
        var nodes: [String: NodeAppearance] = [:]
        for node in analysis.snapshot?.nodes ?? [] {
            let color = RGBColor(hex: theme.style(for: node.type).fillColor) ?? RGBColor(red: 0, green: 0, blue: 0)
            let box = ids[node.name].flatMap { boxes[$0] }
            nodes[node.name] = NodeAppearance(
                color: color, size: box?.width ?? 0, x: box?.x ?? 0, y: box?.y ?? 0,
                scores: scores[node.name] ?? Self.exportedMeasures.map { _ in 0 })
        }
        var edgeColors: [Polarity: RGBColor] = [:]
        for polarity in Polarity.allCases {
            edgeColors[polarity] = RGBColor(hex: theme.style(for: polarity).color)
        }
        return ExportAppearance(
            measures: Self.exportedMeasures.map(\.rawValue),
            nodes: withLayout
                ? nodes
                : nodes.mapValues { look in
                    var plain = look
                    plain.size = 0
                    return plain
                }, edgeColors: withLayout ? edgeColors : [:], edgeThickness: theme.edgeWidth)
    }
}
