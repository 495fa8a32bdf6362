/// Errors raised by the Render module.
public enum RenderError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Graphviz's parser rejected the DOT text; `message` is Graphviz's own (e.g. "syntax error in line 1 near '}'").
    case invalidDOT(message: String)
    /// The layout engine failed on a graph that parsed.
    case layoutFailed(engine: String, message: String)
    /// Graphviz could not render the laid-out graph in the format.
    case renderFailed(format: String, message: String)
    /// A link template is malformed (unknown placeholder, unclosed brace, unsafe scheme).
    case invalidLinkTemplate(template: String, reason: String)
    /// A layout engine name that Render does not know.
    case unknownEngine(name: String)
    /// An output format name that Render does not know.
    case unknownFormat(name: String)
    /// An edge names a node that is not in the model.
    case unknownNode(edge: String, node: String)
    /// Two nodes or two edges share an id (SVG element ids must be unique).
    case duplicateID(String)
    /// An element id prefix that is not a letter followed by letters, digits, `_` or `-`.
    case invalidIDPrefix(String)

    public var description: String {
        switch self {
        case .invalidDOT(let message):
            "DOT: Graphviz rejected the graph: \(message); check the DOT text (quote and escape every label)"
        case .layoutFailed(let engine, let message):
            "layout '\(engine)': \(message); try another engine (dot, neato, fdp, sfdp, circo, twopi)"
        case .renderFailed(let format, let message):
            "render '\(format)': \(message); try another format (svg, png, pdf, dot, xdot, json)"
        case .invalidLinkTemplate(let template, let reason):
            "link template '\(template)': \(reason); use only {document} {start} {end} {name} in an http(s) or relative URL"
        case .unknownEngine(let name):
            "layout engine '\(name)' is unknown; use one of \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownFormat(let name):
            "output format '\(name)' is unknown; use one of \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))"
        case .unknownNode(let edge, let node):
            "edge \(edge): node '\(node)' is not in the map; add the node or drop the edge"
        case .duplicateID(let id):
            "map: id '\(id)' is used twice; give every node and every edge its own id"
        case .invalidIDPrefix(let prefix):
            "id prefix '\(prefix)' is not usable in SVG and HTML ids; start with a letter and use only letters, digits, _ and -"
        }
    }
}
