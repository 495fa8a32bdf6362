/// The Graphviz layout programs Render can use.
public enum LayoutEngine: String, CaseIterable, Sendable, Hashable {
    /// Layered (hierarchical) drawing; the default for small maps, with edge labels placed without overlap.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed (Fruchterman–Reingold).
    case fdp
    /// Multiscale force-directed; the choice for large maps.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a centre node.
    case twopi

    /// Parses an engine name as users type it (`dot`, `SFDP`).
    public init(parsing name: String) throws(RenderError) {
        guard let engine = LayoutEngine(rawValue: name.lowercased()) else { throw .unknownEngine(name: name) }
        self = engine
    }

    /// Whether the engine places nodes by simulation, so it needs a seed and overlap removal.
    var isForceDirected: Bool {
        switch self {
        case .neato, .fdp, .sfdp: true
        case .dot, .circo, .twopi: false
        }
    }
}

/// The output formats Render produces, named as Graphviz's `-T` flag names them.
public enum OutputFormat: String, CaseIterable, Sendable, Hashable {
    case svg, png, pdf
    /// The laid-out graph as DOT, with positions (Graphviz's `-Tdot`).
    case dot
    /// DOT with drawing operations (`-Txdot`).
    case xdot
    /// The laid-out graph as JSON (`-Tjson`).
    case json

    /// Parses a format name as users type it (`svg`, `PNG`).
    public init(parsing name: String) throws(RenderError) {
        guard let format = OutputFormat(rawValue: name.lowercased()) else { throw .unknownFormat(name: name) }
        self = format
    }

    /// The usual file extension.
    public var fileExtension: String { rawValue == "xdot" ? "xdot" : rawValue }

    /// Whether the bytes are text (UTF-8).
    public var isText: Bool { self != .png && self != .pdf }
}
