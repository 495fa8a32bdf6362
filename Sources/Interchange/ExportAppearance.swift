public import ActorGraphCore

/// A colour as 8-bit red, green and blue channels.
public struct RGBColor: Sendable, Hashable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#RRGGBB` (the theme's notation); nil for anything else.
    public init?(hex: String) {
        let digits = hex.hasPrefix("#") ? hex.dropFirst() : Substring(hex)
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        red = UInt8((value >> 16) & 0xFF)
        green = UInt8((value >> 8) & 0xFF)
        blue = UInt8(value & 0xFF)
    }
}

/// How one actor is drawn and how central it is, as the map shows it.
public struct NodeAppearance: Sendable, Hashable {
    public var color: RGBColor
    /// The drawn size: the node's width on the map, in points.
    public var size: Double
    /// The node's centre on the map, in points (Graphviz's coordinates, y upwards).
    public var x: Double
    public var y: Double
    /// One score per entry of ``ExportAppearance/measures``.
    public var scores: [Double]

    public init(color: RGBColor, size: Double, x: Double, y: Double, scores: [Double]) {
        self.color = color
        self.size = size
        self.x = x
        self.y = y
        self.scores = scores
    }
}

/// What the maps know and the plain graph does not: colours, sizes, positions and centralities.
///
/// GEXF writes it as `color`, `size` and `position` elements and score attributes; Gephi's CSV writes the
/// scores as node columns. The other formats carry the graph only.
public struct ExportAppearance: Sendable, Hashable {
    /// Score attribute names, such as `pagerank`, in column order.
    public var measures: [String]
    /// By actor name.
    public var nodes: [String: NodeAppearance]
    /// Edge colour per polarity.
    public var edgeColors: [Polarity: RGBColor]
    /// Line thickness of the lightest and of the heaviest relation.
    public var edgeThickness: ClosedRange<Double>

    public init(
        measures: [String], nodes: [String: NodeAppearance], edgeColors: [Polarity: RGBColor],
        edgeThickness: ClosedRange<Double>
    ) {
        self.measures = measures
        self.nodes = nodes
        self.edgeColors = edgeColors
        self.edgeThickness = edgeThickness
    }
}

/// How an export is written, beyond the format.
public struct ExportOptions: Sendable, Hashable {
    /// Colours, sizes, positions and centralities for the formats that carry them (nil: leave them out).
    public var appearance: ExportAppearance?
    /// Whether CSV text that a spreadsheet would run as a formula gets a leading `'`.
    ///
    /// OWASP "CSV Injection". This changes the text, so a file written so is for viewing, not for other tools.
    public var spreadsheetSafe: Bool

    public init(appearance: ExportAppearance? = nil, spreadsheetSafe: Bool = false) {
        self.appearance = appearance
        self.spreadsheetSafe = spreadsheetSafe
    }
}
