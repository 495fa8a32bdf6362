import ActorGraphCore

/// The small drawings and the words of a report's legend, from the same theme as the figures.
///
/// The swatches are tiny inline SVGs without ids, so they never collide with anything on the page.
enum LegendSwatch {
    /// A 44 × 20 drawing of the type's shape in its fill and border colours.
    static func svg(for type: EntityType, theme: Theme) -> String {
        let style = theme.style(for: type)
        let fill = ReportEscaping.html(style.fillColor)
        let stroke = ReportEscaping.html(style.borderColor)
        let paint = "fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.2\""
        let shape: String
        switch style.shape {
        case "ellipse", "oval", "circle":
            shape = "<ellipse cx=\"22\" cy=\"10\" rx=\"20\" ry=\"8.5\" \(paint)/>"
        case "hexagon":
            shape = "<polygon points=\"2,10 9,1.5 35,1.5 42,10 35,18.5 9,18.5\" \(paint)/>"
        case "note":
            shape = "<polygon points=\"2,1.5 34,1.5 42,7 42,18.5 2,18.5\" \(paint)/>"
        default:
            let rounded = style.styleFlags.contains("rounded") ? " rx=\"4\"" : ""
            shape = "<rect x=\"2\" y=\"1.5\" width=\"40\" height=\"17\"\(rounded) \(paint)/>"
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"44\" height=\"20\" viewBox=\"0 0 44 20\" "
            + "aria-hidden=\"true\">\(shape)</svg>"
    }

    /// A 44 × 20 sample of the polarity's line: colour, dash pattern and arrowhead.
    static func svg(for polarity: Polarity, theme: Theme) -> String {
        let style = theme.style(for: polarity)
        let color = ReportEscaping.html(style.color)
        let dash: String
        switch style.lineStyle {
        case "dashed": dash = " stroke-dasharray=\"5,3\""
        case "dotted": dash = " stroke-dasharray=\"1.5,2.5\""
        default: dash = ""
        }
        let head: String
        switch style.arrowhead {
        case "tee": head = "<line x1=\"38\" y1=\"4\" x2=\"38\" y2=\"16\" stroke=\"\(color)\" stroke-width=\"2.5\"/>"
        case "empty":
            head = "<polygon points=\"31,5 41,10 31,15\" fill=\"#ffffff\" stroke=\"\(color)\" stroke-width=\"1.5\"/>"
        case "vee":
            head = "<polyline points=\"31,5 41,10 31,15\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\"/>"
        case "none": head = ""
        default: head = "<polygon points=\"31,5 41,10 31,15\" fill=\"\(color)\"/>"
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"44\" height=\"20\" viewBox=\"0 0 44 20\" "
            + "aria-hidden=\"true\"><line x1=\"2\" y1=\"10\" x2=\"36\" y2=\"10\" stroke=\"\(color)\" "
            + "stroke-width=\"2.5\"\(dash)/>\(head)</svg>"
    }

    /// "blue rounded box (#0072B2)".
    static func describe(_ type: EntityType, theme: Theme) -> String {
        let style = theme.style(for: type)
        let shape: String
        switch style.shape {
        case "box": shape = style.styleFlags.contains("rounded") ? "rounded box" : "box"
        case "note": shape = "sheet with a folded corner"
        default: shape = style.shape
        }
        return "\(colourName(style.fillColor)) \(shape) (\(style.fillColor))"
    }

    /// "bluish-green solid line ending in an arrow (cooperates with, supports)".
    static func describe(_ polarity: Polarity, theme: Theme) -> String {
        let style = theme.style(for: polarity)
        let head: String
        switch style.arrowhead {
        case "tee": head = "a bar"
        case "empty": head = "an open triangle"
        case "vee": head = "an open arrow"
        case "none": head = "no head"
        default: head = "an arrow"
        }
        let relations = RelationType.allCases.filter { $0.polarity == polarity }.sorted()
            .map { $0.rawValue.replacing("_", with: " ") }
        return
            "\(colourName(style.color)) \(style.lineStyle) line ending in \(head) (\(relations.joined(separator: ", ")))"
    }

    /// Names of the Okabe–Ito colours the standard theme uses; other colours go by their hex code.
    private static func colourName(_ hex: String) -> String {
        switch hex.uppercased() {
        case "#0072B2": "blue"
        case "#E69F00": "orange"
        case "#009E73": "bluish-green"
        case "#D55E00": "vermillion"
        case "#56B4E9": "sky-blue"
        case "#555555": "grey"
        case "#DDDDDD": "light-grey"
        default: hex
        }
    }
}
