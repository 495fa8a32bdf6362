/// Turns a `MapModel` into a finished drawing: picks the engine, writes DOT, renders in-process, cleans up SVG.
public struct MapRenderer: Sendable {
    public var theme: Theme
    /// Above this many nodes or edges, maps are drawn compactly (no edge labels, straight
    /// edges) and, unless an engine is requested, with sfdp and prism overlap removal instead of dot.
    ///
    /// Edges count too because dot's cost grows with them: random 400-node maps with 800 or 1,600 edges did
    /// not finish in 2 minutes with dot, while sfdp drew 5,000 nodes and 20,000 edges (docs/graphviz.md).
    public var largeGraphThreshold: Int

    public init(theme: Theme = .standard, largeGraphThreshold: Int = 400) {
        self.theme = theme
        self.largeGraphThreshold = largeGraphThreshold
    }

    /// Draws `model` as `format` with `engine`, or with the engine that suits the map's size; `notes` says why.
    public func render(_ model: MapModel, format: OutputFormat, engine: LayoutEngine? = nil) throws(RenderError)
        -> RenderedMap
    {
        try checkIdentifiers(model)
        var notes: [String] = []
        let large = isLarge(model)
        let size = "\(model.nodes.count) nodes and \(model.edges.count) edges"
        let chosen: LayoutEngine
        if let engine {
            chosen = engine
        } else if large {
            chosen = .sfdp
            notes.append(
                "map has \(size) (limit \(largeGraphThreshold) nodes or edges): "
                    + "laid out with sfdp and overlap=prism instead of dot")
        } else {
            chosen = .dot
        }
        if large {
            notes.append("map has \(size): edge labels omitted and edges drawn straight; the tooltips keep them")
        }
        let dot = DOTWriter.write(model, theme: theme, engine: chosen, compact: large)
        let (bytes, warnings) = try Graphviz.renderWithWarnings(
            dot: dot, engineName: chosen.rawValue, formatName: format.rawValue)
        notes += warnings.map { "graphviz: \($0)" }
        let output = format == .svg ? try SVGPostProcessor.process(bytes, titles: MapTitles.byElementID(model)) : bytes
        return RenderedMap(bytes: output, engine: chosen, notes: notes)
    }

    /// Whether the map is past the size where dot and edge labels stay fast and legible.
    public func isLarge(_ model: MapModel) -> Bool {
        model.nodes.count > largeGraphThreshold || model.edges.count > largeGraphThreshold
    }

    private func checkIdentifiers(_ model: MapModel) throws(RenderError) {
        var seen = Set<String>()
        for id in (model.nodes.map(\.id) + model.edges.map(\.id)).sorted() where !seen.insert(id).inserted {
            throw .duplicateID(id)
        }
        let ids = Set(model.nodes.map(\.id))
        for edge in model.edges.sorted(by: { $0.id < $1.id }) {
            for end in [edge.source, edge.target] where !ids.contains(end) {
                throw .unknownNode(edge: edge.id, node: end)
            }
        }
    }
}

/// A rendered map: the bytes in the requested format, the engine used, and what the renderer decided or Graphviz warned.
public struct RenderedMap: Sendable, Hashable {
    public var bytes: [UInt8]
    public var engine: LayoutEngine
    /// Human-readable notes: engine switches for large maps, omitted labels, Graphviz warnings.
    public var notes: [String]

    public init(bytes: [UInt8], engine: LayoutEngine, notes: [String]) {
        self.bytes = bytes
        self.engine = engine
        self.notes = notes
    }

    /// The bytes as UTF-8 text (for svg, dot, xdot and json).
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
