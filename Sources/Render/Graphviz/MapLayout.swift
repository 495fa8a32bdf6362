/// Where Graphviz placed each node of a map: centre and size in points, as the drawn map has them.
public struct MapLayout: Sendable, Hashable {
    /// One node's box.
    public struct Box: Sendable, Hashable {
        /// Centre, in points, y upwards (Graphviz's coordinates).
        public var x: Double
        public var y: Double
        /// Width and height, in points.
        public var width: Double
        public var height: Double
    }

    /// By node id (`n12`).
    public var nodes: [String: Box]
    public var engine: LayoutEngine
}

extension MapRenderer {
    /// Lays `model` out as ``render(_:format:engine:)`` would draw it and returns the node positions.
    ///
    /// Source: Graphviz output formats, "plain" (https://graphviz.org/docs/outputs/plain/)
    ///
    /// Positions come from Graphviz's `plain` output, whose units are inches, converted to points (×72).
    /// - Throws: ``RenderError`` when Graphviz fails.
    public func layout(_ model: MapModel, engine: LayoutEngine? = nil) throws(RenderError) -> MapLayout {
        let large = isLarge(model)
        let chosen = engine ?? (large ? .sfdp : .dot)
        let dot = DOTWriter.write(model, theme: theme, engine: chosen, compact: large)
        let (bytes, _) = try Graphviz.renderWithWarnings(dot: dot, engineName: chosen.rawValue, formatName: "plain")
        var nodes: [String: MapLayout.Box] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            // node <name> <x> <y> <width> <height> …; our node ids never need quoting.
            let fields = line.split(separator: " ", maxSplits: 6)
            guard fields.count >= 6, fields[0] == "node", let x = Double(fields[2]), let y = Double(fields[3]),
                let width = Double(fields[4]), let height = Double(fields[5])
            else { continue }
            let name = fields[1].trimmingQuotes
            nodes[name] = MapLayout.Box(x: x * 72, y: y * 72, width: width * 72, height: height * 72)
        }
        return MapLayout(nodes: nodes, engine: chosen)
    }
}

extension Substring {
    fileprivate var trimmingQuotes: String {
        guard count >= 2, first == "\"", last == "\"" else { return String(self) }
        return String(dropFirst().dropLast())
    }
}
