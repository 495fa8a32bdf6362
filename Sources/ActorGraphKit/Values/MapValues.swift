import Render

/// The formats a map is drawn in.
public enum MapFormat: String, CaseIterable, Sendable, Codable {
    case svg, png, pdf
    /// Our DOT before layout (or, with a layout engine, Graphviz's laid-out DOT).
    case dot
    case xdot
    /// Graphviz's JSON of the laid-out graph.
    case json

    var output: OutputFormat {
        switch self {
        case .svg: .svg
        case .png: .png
        case .pdf: .pdf
        case .dot: .dot
        case .xdot: .xdot
        case .json: .json
        }
    }
}

/// The Graphviz layout engines a map can be drawn with.
public enum MapEngine: String, CaseIterable, Sendable, Codable {
    case dot, neato, fdp, sfdp, circo, twopi

    var layout: LayoutEngine {
        switch self {
        case .dot: .dot
        case .neato: .neato
        case .fdp: .fdp
        case .sfdp: .sfdp
        case .circo: .circo
        case .twopi: .twopi
        }
    }

    init(_ engine: LayoutEngine) {
        switch engine {
        case .dot: self = .dot
        case .neato: self = .neato
        case .fdp: self = .fdp
        case .sfdp: self = .sfdp
        case .circo: self = .circo
        case .twopi: self = .twopi
        }
    }
}
