/// The width a report figure must fit and the smallest type it may show there.
public struct ColumnFit: Sendable, Hashable {
    /// The column, in points.
    ///
    /// 527 pt is an A4 page less 12 mm margins, the narrowest place a report is read (a 900 px screen column
    /// is 675 pt).
    public var width: Double
    /// The smallest label size allowed at that width, in points.
    public var minimumFontSize: Double

    public init(width: Double = 527, minimumFontSize: Double = 9) {
        self.width = width
        self.minimumFontSize = minimumFontSize
    }
}

/// A map drawn for a column: the SVG, the model as drawn, and the actors left out so that it fits.
public struct ColumnFigure: Sendable, Hashable {
    public var map: RenderedMap
    /// The model actually drawn (the input less `omitted` and the relations they had).
    public var model: MapModel
    /// Actors dropped, least important first, because the drawing was too wide for legible labels.
    public var omitted: [MapNode]
    /// The smallest label, in points, at the column's width.
    public var smallestFontSize: Double
}

extension MapRenderer {
    /// Draws `model` as SVG for a column, leaving out its least important actors (smallest `size`, never one
    /// of `keeping`) until every label is at least `fit.minimumFontSize` at `fit.width`.
    ///
    /// Scaling a drawing down shrinks its labels with it, so the only honest way to fit is to draw less; the
    /// caller says in the caption what was left out.
    /// - Parameters:
    ///   - model: The map to draw.
    ///   - fit: The column and the smallest label size allowed in it.
    ///   - keeping: Node ids that must stay; nil keeps the highlighted ones.
    /// - Returns: The drawing, the model as drawn and the actors left out.
    /// - Throws: ``RenderError`` when Graphviz fails.
    public func renderForColumn(_ model: MapModel, fit: ColumnFit = .init(), keeping: Set<String>? = nil)
        throws(RenderError) -> ColumnFigure
    {
        let kept = keeping ?? Set(model.nodes.filter(\.highlighted).map(\.id))
        var drawn = model
        var omitted: [MapNode] = []
        var best: ColumnFigure?
        var fruitless = 0
        while true {
            let map = try render(drawn, format: .svg, engine: .dot)
            let metrics = SVGMetrics(svg: map.text)
            let smallest = metrics?.smallestFontSize(inColumn: fit.width) ?? fit.minimumFontSize
            let figure = ColumnFigure(map: map, model: drawn, omitted: omitted, smallestFontSize: smallest)
            let droppable = drawn.nodes.filter { !kept.contains($0.id) }
                .sorted { ($0.size, $1.id) < ($1.size, $0.id) }
            if smallest >= fit.minimumFontSize || droppable.isEmpty || drawn.nodes.count <= 2 { return figure }
            // When leaving actors out stops helping (a title or key wider than the column), keep the best drawing.
            if let best, smallest <= best.smallestFontSize {
                fruitless += 1
                if fruitless == 3 { return best }
            } else {
                best = figure
                fruitless = 0
            }
            // Drop more at once the further off it is, so a large map needs few layouts.
            let shortfall = 1 - smallest / fit.minimumFontSize
            let count = min(
                droppable.count, drawn.nodes.count - 2, max(1, Int(Double(drawn.nodes.count) * shortfall / 2)))
            let next = drawn.removing(Set(droppable.prefix(count).map(\.id)), keeping: kept)
            let remaining = Set(next.nodes.map(\.id))
            // The dropped actors, and any left without a relation, least important first.
            omitted += droppable.filter { !remaining.contains($0.id) }
            drawn = next
        }
    }
}

extension MapModel {
    /// The model without these nodes, their edges, and the nodes left with no edge (except `kept` ones).
    func removing(_ ids: Set<String>, keeping kept: Set<String>) -> MapModel {
        var copy = self
        copy.edges = edges.filter { !ids.contains($0.source) && !ids.contains($0.target) }
        let touched = Set(copy.edges.flatMap { [$0.source, $0.target] })
        copy.nodes = nodes.filter { !ids.contains($0.id) && (kept.contains($0.id) || touched.contains($0.id)) }
        return copy
    }
}
