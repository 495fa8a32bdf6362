import ActorGraphCore

/// The map's heading as one HTML-like graph label: title, subtitle and the key of types and polarities.
///
/// Putting the key in the graph label (rather than a cluster of sample nodes) keeps it out of the layout,
/// so every engine draws it in the same place, legibly, above the map.
enum LegendWriter {
    /// The label, or nil when there is nothing to show (no title, subtitle, key or note), as in a report's
    /// figures, whose caption and legend stand outside the drawing.
    static func headerLabel(model: MapModel, theme: Theme, compact: Bool) -> String? {
        var rows: [String] = []
        if !model.title.isEmpty {
            rows.append(
                "<TR><TD><FONT POINT-SIZE=\"\(DOTEscaping.number(theme.titleFontSize))\"><B>"
                    + DOTEscaping.html(model.title) + "</B></FONT></TD></TR>")
        }
        if let subtitle = model.subtitle, !subtitle.isEmpty {
            rows.append(
                "<TR><TD><FONT POINT-SIZE=\"\(DOTEscaping.number(theme.subtitleFontSize))\" COLOR=\"#444444\">"
                    + DOTEscaping.html(subtitle) + "</FONT></TD></TR>")
        }
        if model.showLegend {
            rows.append("<TR><TD>" + typeKey(model: model, theme: theme) + "</TD></TR>")
            rows.append("<TR><TD>" + polarityKey(model: model, theme: theme) + "</TD></TR>")
        }
        if compact {
            rows.append(
                "<TR><TD><FONT POINT-SIZE=\"\(DOTEscaping.number(theme.legendFontSize))\" COLOR=\"#555555\">"
                    + "Large map: edge labels omitted; hover an edge for its relation and evidence.</FONT></TD></TR>")
        }
        if rows.isEmpty { return nil }
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
            + rows.joined() + "</TABLE>>"
    }

    /// One glyph-and-name cell per actor type on the map (all types if the map is empty).
    ///
    /// Glyphs in the type's colour rather than coloured cells: Graphviz stretches nested tables to the widest
    /// row, which turned coloured cells into long bars.
    private static func typeKey(model: MapModel, theme: Theme) -> String {
        let present = Set(model.nodes.map(\.type))
        let types = EntityType.allCases.sorted().filter { present.isEmpty || present.contains($0) }
        let size = DOTEscaping.number(theme.legendFontSize)
        let glyphSize = DOTEscaping.number(theme.legendFontSize + 5)
        var cells = "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"\(size)\" COLOR=\"#444444\">Actors</FONT></TD>"
        for type in types {
            let style = theme.style(for: type)
            let color = isLight(style.fillColor) ? style.borderColor : style.fillColor
            cells +=
                "<TD><FONT POINT-SIZE=\"\(glyphSize)\" COLOR=\"\(DOTEscaping.html(color))\">\(glyph(style.shape))</FONT>"
            cells += "<FONT POINT-SIZE=\"\(size)\"> <B>\(type.rawValue)</B></FONT>"
            cells +=
                "<FONT POINT-SIZE=\"\(DOTEscaping.number(theme.legendFontSize - 1))\" COLOR=\"#555555\"> (\(DOTEscaping.html(style.shape)))</FONT></TD>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"2\"><TR>" + cells + "</TR></TABLE>"
    }

    /// A filled glyph that looks like the Graphviz shape.
    private static func glyph(_ shape: String) -> String {
        switch shape {
        case "ellipse", "oval", "circle": "●"
        case "hexagon": "⬢"
        case "note", "tab", "folder": "▬"
        case "diamond": "◆"
        default: "■"
        }
    }

    /// Whether a `#RRGGBB` colour is too light to read on white (luma above 0.8, like light grey).
    private static func isLight(_ hex: String) -> Bool {
        let digits = Array(hex.dropFirst())
        guard digits.count >= 6 else { return false }
        let channels = stride(from: 0, to: 6, by: 2).map {
            Double(Int(String(digits[$0..<$0 + 2]), radix: 16) ?? 0) / 255
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return luminance > 0.8
    }

    /// One coloured sample line per polarity on the map, with the relation types it covers.
    private static func polarityKey(model: MapModel, theme: Theme) -> String {
        let present = Set(model.edges.map(\.relation.polarity))
        let polarities = Polarity.allCases.filter { present.isEmpty || present.contains($0) }
        let size = DOTEscaping.number(theme.legendFontSize)
        var cells = "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"\(size)\" COLOR=\"#444444\">Relations</FONT></TD>"
        for polarity in polarities {
            let style = theme.style(for: polarity)
            let relations = RelationType.allCases.filter { $0.polarity == polarity }.sorted()
                .map(DOTWriter.relationText).joined(separator: ", ")
            cells +=
                "<TD><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(DOTEscaping.html(style.color))\"><B>"
                + sample(style) + " \(polarity.rawValue)</B></FONT>"
            cells +=
                "<FONT POINT-SIZE=\"\(DOTEscaping.number(theme.legendFontSize - 1))\" COLOR=\"#555555\"> (\(relations))</FONT></TD>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"2\"><TR>" + cells + "</TR></TABLE>"
    }

    /// A short line drawn in text that mimics the edge's line style and arrowhead.
    private static func sample(_ style: Theme.EdgeStyle) -> String {
        let line: String
        switch style.lineStyle {
        case "dashed": line = "╌╌╌"
        case "dotted": line = "┈┈┈"
        default: line = "━━━"
        }
        let head: String
        switch style.arrowhead {
        case "tee": head = "┫"
        case "empty": head = "▷"
        case "vee": head = "›"
        case "none": head = ""
        default: head = "▶"
        }
        return line + head
    }
}
