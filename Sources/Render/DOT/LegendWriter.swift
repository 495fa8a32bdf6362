import ActorGraphCore

/// The map's heading as one HTML-like graph label: title, subtitle and the key of types and polarities.
///
/// Putting the key in the graph label (rather than a cluster of sample nodes) keeps it out of the layout,
/// so every engine draws it in the same place, legibly, above the map.
enum LegendWriter {
    static func headerLabel(model: MapModel, theme: Theme, compact: Bool) -> String {
        var rows: [String] = []
        rows.append(
            "<TR><TD><FONT POINT-SIZE=\"\(DOTEscaping.number(theme.titleFontSize))\"><B>"
                + DOTEscaping.html(model.title) + "</B></FONT></TD></TR>")
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
        return "<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">"
            + rows.joined() + "</TABLE>>"
    }

    /// One coloured cell per actor type on the map (all types if the map is empty).
    private static func typeKey(model: MapModel, theme: Theme) -> String {
        let present = Set(model.nodes.map(\.type))
        let types = EntityType.allCases.sorted().filter { present.isEmpty || present.contains($0) }
        let size = DOTEscaping.number(theme.legendFontSize)
        var cells = "<TD ALIGN=\"RIGHT\"><FONT POINT-SIZE=\"\(size)\" COLOR=\"#444444\">Actors</FONT></TD>"
        for type in types {
            let style = theme.style(for: type)
            cells += "<TD BGCOLOR=\"\(DOTEscaping.html(style.fillColor))\" BORDER=\"1\" COLOR=\"\(DOTEscaping.html(style.borderColor))\">"
            cells += "<FONT POINT-SIZE=\"\(size)\" COLOR=\"\(DOTEscaping.html(style.fontColor))\"> \(type.rawValue) (\(DOTEscaping.html(style.shape))) </FONT></TD>"
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"3\"><TR>" + cells + "</TR></TABLE>"
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
            cells += "<TD><FONT POINT-SIZE=\"\(size)\" COLOR=\"\(DOTEscaping.html(style.color))\"><B>"
                + sample(style) + " \(polarity.rawValue)</B></FONT>"
            cells += "<FONT POINT-SIZE=\"\(DOTEscaping.number(theme.legendFontSize - 1))\" COLOR=\"#555555\"> (\(relations))</FONT></TD>"
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
