public import ActorGraphCore

/// Every visual choice of a map: shapes and colours per actor type, edge styles per polarity, sizes, fonts, spacing.
///
/// Colours come from the Okabe–Ito palette, chosen to stay distinguishable under the common colour-vision
/// deficiencies; each type also has its own shape and each polarity its own arrowhead and line style, so
/// nothing depends on colour alone.
/// Source: Okabe & Ito 2008, "Color Universal Design (CUD): how to make figures and presentations that are friendly to colorblind people", jfly.uni-koeln.de/color
public struct Theme: Sendable, Hashable {
    /// How one actor type is drawn.
    public struct NodeStyle: Sendable, Hashable {
        /// Graphviz shape name (`box`, `ellipse`, `hexagon`, `note`).
        public var shape: String
        /// Extra Graphviz style flags besides `filled`, such as `rounded`.
        public var styleFlags: [String]
        /// Fill colour, `#RRGGBB`.
        public var fillColor: String
        /// Border colour, `#RRGGBB`.
        public var borderColor: String
        /// Label colour, `#RRGGBB`, chosen for contrast with the fill.
        public var fontColor: String

        public init(shape: String, styleFlags: [String] = [], fillColor: String, borderColor: String, fontColor: String)
        {
            self.shape = shape
            self.styleFlags = styleFlags
            self.fillColor = fillColor
            self.borderColor = borderColor
            self.fontColor = fontColor
        }
    }

    /// How one polarity of relation is drawn.
    public struct EdgeStyle: Sendable, Hashable {
        /// Line colour, `#RRGGBB`.
        public var color: String
        /// `solid`, `dashed` or `dotted`.
        public var lineStyle: String
        /// Graphviz arrowhead name (`normal`, `tee`, `empty`, `vee`).
        public var arrowhead: String

        public init(color: String, lineStyle: String, arrowhead: String) {
            self.color = color
            self.lineStyle = lineStyle
            self.arrowhead = arrowhead
        }
    }

    public var nodeStyles: [EntityType: NodeStyle]
    public var edgeStyles: [Polarity: EdgeStyle]
    /// Font family for every label; a generic family so the SVG needs no font files.
    public var fontName: String
    public var titleFontSize: Double
    public var subtitleFontSize: Double
    public var legendFontSize: Double
    /// Node label size for `size == 0`; grows by `nodeFontGrowth` at `size == 1`.
    public var nodeFontSize: Double
    public var nodeFontGrowth: Double
    /// Minimum node width and height (inches) at `size == 0` and at `size == 1`; labels may make nodes larger.
    public var nodeMinWidth: ClosedRange<Double>
    public var nodeMinHeight: ClosedRange<Double>
    public var edgeFontSize: Double
    public var edgeFontColor: String
    /// Line width of the lightest and of the heaviest edge on the map.
    public var edgeWidth: ClosedRange<Double>
    /// Two-digit hex alpha appended to colours of elements that are not highlighted, when something is.
    public var fadedAlpha: String
    /// Label colour of faded nodes: a faded white label on a faded fill would vanish.
    public var fadedFontColor: String
    /// Factor applied to the line width of highlighted edges and the border of highlighted nodes.
    public var highlightWidthFactor: Double
    /// Layered-layout spacing, inches.
    public var rankSeparation: Double
    public var nodeSeparation: Double
    /// Background colour, `#RRGGBB`.
    public var background: String
    /// Seed for the force-directed engines, so the same map is drawn the same way every time.
    public var layoutSeed: Int

    /// The standard theme: Okabe–Ito colours, one shape per type, one arrowhead per polarity.
    public static let standard = Theme(
        nodeStyles: [
            .state: NodeStyle(
                shape: "box", styleFlags: ["rounded"], fillColor: "#0072B2", borderColor: "#004B75",
                fontColor: "#FFFFFF"),
            .person: NodeStyle(shape: "ellipse", fillColor: "#E69F00", borderColor: "#9A6A00", fontColor: "#000000"),
            .group: NodeStyle(shape: "hexagon", fillColor: "#009E73", borderColor: "#00694D", fontColor: "#000000"),
            .agreement: NodeStyle(shape: "note", fillColor: "#DDDDDD", borderColor: "#777777", fontColor: "#000000"),
        ],
        edgeStyles: [
            .cooperation: EdgeStyle(color: "#009E73", lineStyle: "solid", arrowhead: "normal"),
            .conflict: EdgeStyle(color: "#D55E00", lineStyle: "solid", arrowhead: "tee"),
            .structural: EdgeStyle(color: "#555555", lineStyle: "dashed", arrowhead: "empty"),
            .neutral: EdgeStyle(color: "#56B4E9", lineStyle: "dotted", arrowhead: "vee"),
        ],
        fontName: "sans-serif",
        titleFontSize: 22,
        subtitleFontSize: 13,
        legendFontSize: 11,
        nodeFontSize: 11,
        nodeFontGrowth: 7,
        nodeMinWidth: 0.9...1.8,
        nodeMinHeight: 0.4...0.8,
        edgeFontSize: 9,
        edgeFontColor: "#333333",
        edgeWidth: 1.2...4.5,
        fadedAlpha: "38",
        fadedFontColor: "#8A8A8A",
        highlightWidthFactor: 1.8,
        rankSeparation: 0.9,
        nodeSeparation: 0.45,
        background: "#FFFFFF",
        layoutSeed: 42
    )

    /// The theme of report figures: the standard colours and shapes, with type sizes chosen for a column of
    /// about 900 px (labels stay at 9 pt or more when the figure is printed at column width), smaller nodes
    /// and tighter spacing.
    public static let column: Theme = {
        var theme = Theme.standard
        theme.nodeFontSize = 13
        theme.nodeFontGrowth = 2
        theme.nodeMinWidth = 0.5...1.0
        theme.nodeMinHeight = 0.3...0.5
        theme.edgeFontSize = 11
        theme.edgeWidth = 1.2...4
        theme.rankSeparation = 0.4
        theme.nodeSeparation = 0.15
        return theme
    }()

    public init(
        nodeStyles: [EntityType: NodeStyle], edgeStyles: [Polarity: EdgeStyle], fontName: String,
        titleFontSize: Double, subtitleFontSize: Double, legendFontSize: Double, nodeFontSize: Double,
        nodeFontGrowth: Double, nodeMinWidth: ClosedRange<Double>, nodeMinHeight: ClosedRange<Double>,
        edgeFontSize: Double, edgeFontColor: String, edgeWidth: ClosedRange<Double>, fadedAlpha: String,
        fadedFontColor: String,
        highlightWidthFactor: Double, rankSeparation: Double, nodeSeparation: Double, background: String,
        layoutSeed: Int
    ) {
        self.nodeStyles = nodeStyles
        self.edgeStyles = edgeStyles
        self.fontName = fontName
        self.titleFontSize = titleFontSize
        self.subtitleFontSize = subtitleFontSize
        self.legendFontSize = legendFontSize
        self.nodeFontSize = nodeFontSize
        self.nodeFontGrowth = nodeFontGrowth
        self.nodeMinWidth = nodeMinWidth
        self.nodeMinHeight = nodeMinHeight
        self.edgeFontSize = edgeFontSize
        self.edgeFontColor = edgeFontColor
        self.edgeWidth = edgeWidth
        self.fadedAlpha = fadedAlpha
        self.fadedFontColor = fadedFontColor
        self.highlightWidthFactor = highlightWidthFactor
        self.rankSeparation = rankSeparation
        self.nodeSeparation = nodeSeparation
        self.background = background
        self.layoutSeed = layoutSeed
    }

    /// The style of a type, falling back to a grey box if a custom theme leaves one out.
    public func style(for type: EntityType) -> NodeStyle {
        nodeStyles[type] ?? NodeStyle(shape: "box", fillColor: "#DDDDDD", borderColor: "#777777", fontColor: "#000000")
    }

    /// The style of a polarity, falling back to solid grey if a custom theme leaves one out.
    public func style(for polarity: Polarity) -> EdgeStyle {
        edgeStyles[polarity] ?? EdgeStyle(color: "#555555", lineStyle: "solid", arrowhead: "normal")
    }
}
