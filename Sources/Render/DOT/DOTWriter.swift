import ActorGraphCore

/// Writes a `MapModel` as DOT text: pure Swift, deterministic, every piece of document text escaped.
///
/// The graph is always `digraph ActorGraph` (an anonymous graph gets a per-process counter as its SVG title,
/// so output would differ between renders). Nodes and edges are emitted sorted by id, every attribute list
/// in a fixed order, and numbers with three fixed decimals, so the same model always gives the same bytes.
public enum DOTWriter {
    /// The DOT text for `model`, styled by `theme`, with the graph attributes `engine` needs.
    public static func write(_ model: MapModel, theme: Theme = .standard, engine: LayoutEngine = .dot) -> String {
        write(model, theme: theme, engine: engine, compact: false)
    }

    /// As `write(_:theme:engine:)`; `compact` drops edge labels and draws straight edges, for large maps.
    static func write(_ model: MapModel, theme: Theme, engine: LayoutEngine, compact: Bool) -> String {
        var context = Context(model: model, theme: theme, compact: compact, engine: engine)
        var out = "digraph ActorGraph {\n"
        out += graphAttributes(context: context, engine: engine)
        let margin = model.style == .column ? "0.050,0.030" : "0.120,0.060"
        out += "  node [fontname=\(DOTEscaping.quoted(theme.fontName)), penwidth=1.200, margin=\"\(margin)\"];\n"
        out +=
            "  edge [fontname=\(DOTEscaping.quoted(theme.fontName)), fontsize=\(DOTEscaping.number(theme.edgeFontSize)), "
        out += "arrowsize=0.800, labelfloat=false];\n"
        out += nodesSection(context: &context)
        for edge in context.edges {
            guard context.knownIDs.contains(edge.source), context.knownIDs.contains(edge.target) else { continue }
            out += "  " + edgeStatement(edge, context: context) + "\n"
        }
        out += "}\n"
        return out
    }

    // MARK: - Graph

    private static func graphAttributes(context: Context, engine: LayoutEngine) -> String {
        let theme = context.theme
        var attributes: [(String, String)] = [("charset", "\"UTF-8\"")]
        // Graphviz names the graph's <g> `graph0` and unnamed elements after it; a prefix keeps both unique.
        if !context.model.idPrefix.isEmpty { attributes.append(("id", DOTEscaping.quoted(graphID(context.model)))) }
        attributes += [
            ("bgcolor", DOTEscaping.quoted(theme.background)),
            ("fontname", DOTEscaping.quoted(theme.fontName)),
        ]
        if let header = LegendWriter.headerLabel(model: context.model, theme: theme, compact: context.compact) {
            attributes += [("label", header), ("labelloc", "\"t\""), ("labeljust", "\"c\"")]
        }
        attributes += [
            ("pad", DOTEscaping.quoted(context.model.style == .column ? "0.100" : "0.300")),
            ("outputorder", "\"edgesfirst\""),
            ("concentrate", "false"),
        ]
        switch engine {
        case .dot:
            attributes += [
                ("rankdir", context.model.style == .column ? "\"TB\"" : "\"LR\""),
                ("ranksep", DOTEscaping.quoted(DOTEscaping.number(theme.rankSeparation))),
                ("nodesep", DOTEscaping.quoted(DOTEscaping.number(theme.nodeSeparation))),
                ("splines", context.compact ? "\"line\"" : "\"true\""),
                ("newrank", "true"),
            ]
        case .neato, .fdp, .sfdp:
            attributes += [
                ("start", String(theme.layoutSeed)),
                ("overlap", "\"prism\""),
                ("sep", "\"+12\""),
                ("splines", context.compact ? "\"line\"" : "\"true\""),
            ]
        case .circo, .twopi:
            attributes += [
                ("overlap", "\"prism\""),
                ("sep", "\"+12\""),
                ("splines", context.compact ? "\"line\"" : "\"true\""),
            ]
        }
        if engine == .neato || engine == .fdp { attributes.append(("K", "\"1.200\"")) }
        if context.usesExternalEdgeLabels && !context.compact { attributes.append(("forcelabels", "true")) }
        return "  graph [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];\n"
    }

    // MARK: - Nodes

    private static func nodesSection(context: inout Context) -> String {
        var out = ""
        switch context.model.clustering {
        case .none:
            for node in context.nodes { out += "  " + nodeStatement(node, context: context) + "\n" }
        case .byType:
            for type in EntityType.allCases.sorted() {
                let members = context.nodes.filter { $0.type == type }
                guard !members.isEmpty else { continue }
                out += cluster(
                    key: "type-\(type.rawValue)", label: plural(type), members: members, context: context)
            }
        case .byCommunity:
            let communities = Set(context.nodes.compactMap(\.community)).sorted()
            for community in communities {
                let members = context.nodes.filter { $0.community == community }
                out += cluster(
                    key: "community-\(community)", label: "Community \(community)", members: members, context: context)
            }
            for node in context.nodes where node.community == nil {
                out += "  " + nodeStatement(node, context: context) + "\n"
            }
        }
        return out
    }

    private static func cluster(key: String, label: String, members: [MapNode], context: Context) -> String {
        var out = "  subgraph \(DOTEscaping.quoted("cluster_" + key)) {\n"
        out +=
            "    graph [id=\(DOTEscaping.quoted(context.model.idPrefix + "cluster-" + key)), label=\(DOTEscaping.quotedText(label)), "
        out += "style=\"rounded,dashed\", color=\"#999999\", fontcolor=\"#555555\", "
        out += "fontsize=\(DOTEscaping.number(context.theme.legendFontSize + 1)), labeljust=\"l\"];\n"
        for node in members { out += "    " + nodeStatement(node, context: context) + "\n" }
        return out + "  }\n"
    }

    private static func plural(_ type: EntityType) -> String {
        switch type {
        case .person: "People"
        case .state: "States"
        case .group: "Groups"
        case .agreement: "Agreements"
        }
    }

    private static func nodeStatement(_ node: MapNode, context: Context) -> String {
        let theme = context.theme
        let style = theme.style(for: node.type)
        let size = node.size.isFinite ? min(max(node.size, 0), 1) : 0
        let faded = context.fades(node.highlighted)
        let emphasis = context.hasHighlight && node.highlighted
        let fontSize = context.compact ? theme.nodeFontSize : theme.nodeFontSize + theme.nodeFontGrowth * size
        let width = context.compact ? 0.3 : lerp(theme.nodeMinWidth, size)
        let height = context.compact ? 0.2 : lerp(theme.nodeMinHeight, size)
        let label = context.model.style == .column ? ColumnLayout.wrapped(node.label) : node.label
        var attributes: [(String, String)] = [
            ("id", DOTEscaping.quoted(context.model.idPrefix + node.id)),
            ("class", DOTEscaping.quoted(node.type.rawValue + (emphasis ? " highlighted" : ""))),
            ("label", DOTEscaping.quotedText(label)),
            ("shape", DOTEscaping.quoted(style.shape)),
            (
                "style",
                DOTEscaping.quoted((["filled"] + style.styleFlags + (emphasis ? ["bold"] : [])).joined(separator: ","))
            ),
            ("fillcolor", DOTEscaping.quoted(context.color(style.fillColor, faded: faded))),
            ("color", DOTEscaping.quoted(context.color(style.borderColor, faded: faded))),
            ("fontcolor", DOTEscaping.quoted(faded ? theme.fadedFontColor : style.fontColor)),
            ("fontsize", DOTEscaping.number(fontSize)),
            ("width", DOTEscaping.number(width)),
            ("height", DOTEscaping.number(height)),
        ]
        if emphasis { attributes.append(("penwidth", DOTEscaping.number(1.2 * theme.highlightWidthFactor))) }
        attributes.append(
            ("tooltip", DOTEscaping.quotedTooltip(node.tooltip ?? "\(node.label) (\(node.type.rawValue))")))
        if let url = context.model.linkTemplate?.url(forNodeNamed: node.label) {
            attributes.append(("URL", DOTEscaping.quoted(url)))
            attributes.append(("target", "\"_top\""))
        }
        return DOTEscaping.quoted(node.id) + " [" + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];"
    }

    // MARK: - Edges

    private static func edgeStatement(_ edge: MapEdge, context: Context) -> String {
        let theme = context.theme
        let polarity = edge.relation.polarity
        let style = theme.style(for: polarity)
        let faded = context.fades(edge.highlighted)
        let emphasis = context.hasHighlight && edge.highlighted
        let relative =
            context.maxWeight > 0 && edge.weight.isFinite ? min(max(edge.weight / context.maxWeight, 0), 1) : 0
        let width = lerp(theme.edgeWidth, relative) * (emphasis ? theme.highlightWidthFactor : 1)
        let relationLabel = relationText(edge.relation)
        var attributes: [(String, String)] = [
            ("id", DOTEscaping.quoted(context.model.idPrefix + edge.id)),
            (
                "class",
                DOTEscaping.quoted("\(polarity.rawValue) \(edge.relation.rawValue)" + (emphasis ? " highlighted" : ""))
            ),
        ]
        let drawnLabel: String?
        switch edge.label {
        case .relation: drawnLabel = relationLabel
        case .text(let text): drawnLabel = text
        case .none: drawnLabel = nil
        }
        if !context.compact, let drawnLabel {
            attributes.append(
                (context.usesExternalEdgeLabels ? "xlabel" : "label", DOTEscaping.quotedText(drawnLabel)))
            attributes.append(("fontcolor", DOTEscaping.quoted(context.color(theme.edgeFontColor, faded: faded))))
        }
        if let minimumLength = context.staggered[edge.id] { attributes.append(("minlen", String(minimumLength))) }
        attributes += [
            ("color", DOTEscaping.quoted(context.color(style.color, faded: faded))),
            ("style", DOTEscaping.quoted(style.lineStyle + (emphasis ? ",bold" : ""))),
            ("arrowhead", DOTEscaping.quoted(style.arrowhead)),
            ("penwidth", DOTEscaping.number(width)),
        ]
        if edge.relation.isSymmetric { attributes.append(("dir", "\"none\"")) }
        attributes.append(("tooltip", DOTEscaping.quotedTooltip(tooltip(for: edge, relationLabel: relationLabel))))
        let sourceName = context.labels[edge.source] ?? edge.source
        // Without a link template an edge links to its best sentence's article, when that has an address.
        let link = context.model.linkTemplate.map { $0.url(sourceName: sourceName, evidence: edge.evidence) }
        if let url = link ?? edge.evidence?.articleLink {
            attributes.append(("URL", DOTEscaping.quoted(url)))
            attributes.append(("target", "\"_top\""))
        }
        return DOTEscaping.quoted(edge.source) + " -> " + DOTEscaping.quoted(edge.target) + " ["
            + attributes.map { "\($0.0)=\($0.1)" }.joined(separator: ", ") + "];"
    }

    /// `supports — “Russia has agreed …” (000_x.txt)`: the relation, its best sentence and where it is (the
    /// article's title, outlet and date when known), with `, cited by hand` for a sentence a person added
    /// (`add-relation`).
    static func tooltip(for edge: MapEdge, relationLabel: String) -> String {
        guard let evidence = edge.evidence else { return relationLabel }
        let curated = evidence.curated ? ", cited by hand" : ""
        return "\(relationLabel) — “\(evidence.sentence)” (\(evidence.mapCitation)\(curated))"
    }

    /// The id of the drawing's root `<g>`: Graphviz's `graph0`, or the prefixed `…graph` when the model has a prefix.
    static func graphID(_ model: MapModel) -> String {
        model.idPrefix.isEmpty ? "graph0" : model.idPrefix + "graph"
    }

    /// The relation as a reader says it: `member_of` → `member of`.
    static func relationText(_ relation: RelationType) -> String {
        String(relation.rawValue.map { $0 == "_" ? " " : $0 })
    }

    private static func lerp(_ range: ClosedRange<Double>, _ t: Double) -> Double {
        range.lowerBound + (range.upperBound - range.lowerBound) * t
    }

    /// The sorted model and lookups shared by every statement.
    struct Context {
        let model: MapModel
        let theme: Theme
        let compact: Bool
        let nodes: [MapNode]
        let edges: [MapEdge]
        let knownIDs: Set<String>
        let labels: [String: String]
        let maxWeight: Double
        /// Cached: `MapModel.hasHighlight` scans the whole model.
        let hasHighlight: Bool

        /// Whether edge labels are `xlabel`s, placed after layout where they overlap nothing.
        ///
        /// dot places ordinary edge labels as virtual nodes, which reads best, except that between clusters
        /// labels of flat edges pile up on each other; the other engines drop labels at edge midpoints.
        let usesExternalEdgeLabels: Bool

        /// Column maps: the minimum rank length of edges to single-relation actors, alternating 1 and 2.
        let staggered: [String: Int]

        init(model: MapModel, theme: Theme, compact: Bool, engine: LayoutEngine) {
            // Column maps place labels after layout: as virtual nodes they would double the ranks, and the height.
            self.usesExternalEdgeLabels =
                !(engine == .dot && model.clustering == .none && model.style == .poster)
            self.model = model
            self.theme = theme
            self.compact = compact
            self.nodes = model.nodes.sorted { ($0.id, $0.label) < ($1.id, $1.label) }
            self.edges = model.edges.sorted {
                ($0.id, $0.source, $0.target, $0.relation.rawValue) < (
                    $1.id, $1.source, $1.target, $1.relation.rawValue
                )
            }
            self.knownIDs = Set(model.nodes.map(\.id))
            self.labels = Dictionary(model.nodes.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
            self.maxWeight = model.edges.map(\.weight).filter(\.isFinite).max() ?? 0
            self.hasHighlight = model.hasHighlight
            self.staggered =
                model.style == .column && engine == .dot && !compact ? ColumnLayout.staggering(self.edges) : [:]
        }

        func fades(_ highlighted: Bool) -> Bool { hasHighlight && !highlighted }

        func color(_ hex: String, faded: Bool) -> String { faded ? hex + theme.fadedAlpha : hex }
    }
}
