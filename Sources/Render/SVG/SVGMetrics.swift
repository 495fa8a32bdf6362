/// The sizes that decide how legible a drawing is once it is scaled into a column: its natural width and
/// height in points and the smallest type size it uses.
public struct SVGMetrics: Sendable, Hashable {
    /// Natural size, in points, from the root element's `width`/`height`.
    public var width: Double
    public var height: Double
    /// The smallest `font-size` of any text, in points, after the drawing's own scale transform.
    public var smallestFontSize: Double?

    /// Reads the metrics of a Graphviz SVG, or nil when its root has no size in points.
    public init?(svg: String) {
        guard let root = svg.firstRange(of: "<svg"), let close = svg[root.upperBound...].firstIndex(of: ">") else {
            return nil
        }
        let tag = svg[root.lowerBound..<close]
        guard let width = Self.points(Self.attribute("width", in: tag)),
            let height = Self.points(Self.attribute("height", in: tag))
        else { return nil }
        self.width = width
        self.height = height
        // Graphviz scales the whole drawing in the first group's transform when `size` shrinks it.
        var scale = 1.0
        if let transform = svg.firstRange(of: "transform=\"scale(") {
            let rest = svg[transform.upperBound...]
            if let end = rest.firstIndex(where: { $0 == " " || $0 == ")" }), let value = Double(rest[..<end]) {
                scale = value
            }
        }
        var smallest: Double?
        var rest = svg[close...]
        while let found = rest.firstRange(of: " font-size=\"") {
            let value = rest[found.upperBound...]
            guard let end = value.firstIndex(of: "\"") else { break }
            if let size = Double(value[..<end]) { smallest = min(smallest ?? size, size * scale) }
            rest = value[end...]
        }
        self.smallestFontSize = smallest
    }

    /// The smallest type size once the drawing is shown `columnWidth` points wide (never enlarged).
    public func smallestFontSize(inColumn columnWidth: Double) -> Double? {
        smallestFontSize.map { $0 * min(1, columnWidth / width) }
    }

    private static func attribute(_ name: String, in tag: Substring) -> Substring? {
        guard let start = tag.firstRange(of: " \(name)=\"") else { return nil }
        let rest = tag[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return rest[..<end]
    }

    private static func points(_ value: Substring?) -> Double? {
        guard let value, value.hasSuffix("pt") else { return nil }
        return Double(value.dropLast(2))
    }
}
