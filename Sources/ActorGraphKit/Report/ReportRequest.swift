public import ActorGraphCore

/// What `report` writes: the whole corpus's dossier, optionally with one actor's profile or how two actors
/// are connected, over a filtered view of the graph.
public struct ReportRequest: Sendable {
    /// The heading; nil picks one from the focus or the pair.
    public var title: String?
    /// Adds this actor's profile: aliases, relations by type with quotes, and an ego map.
    public var focus: String?
    /// Adds how these two actors are connected, with the evidence for every hop.
    public var between: (String, String)?
    /// How many of the most central actors the map and the table show.
    public var top: Int = 15
    /// How many indirect connections the `between` section shows.
    public var k: Int = 3
    /// Which relations count: polarity, confidence floor and date window (direction is the report's own).
    public var query: GraphQuery = .init()
    /// Keep only actors of these types in the map and the table (nil keeps all).
    public var types: Set<EntityType>?
    /// Starts every id of the page and its figures; nil derives one from the report's content.
    public var idPrefix: String?

    public init() {}
}

/// The formats a report is written in, told by the output file's extension.
public enum ReportFormat: String, CaseIterable, Sendable, Codable {
    /// One self-contained page (`.html`, `.htm`).
    case html
    /// Markdown with its figures as SVG files beside it (`.md`, `.markdown`).
    case markdown
    /// The HTML page printed by headless Chromium (`.pdf`).
    case pdf

    /// The format `path`'s extension names.
    ///
    /// - Throws: ``ReportError/unknownExtension(path:)`` for any other extension.
    public init(path: String) throws(ReportError) {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { throw .unknownExtension(path: path) }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": self = .html
        case "md", "markdown": self = .markdown
        case "pdf": self = .pdf
        default: throw .unknownExtension(path: path)
        }
    }
}

/// One file of a written report: its name relative to the report's folder, and its bytes.
public struct ReportFile: Sendable, Hashable {
    public var name: String
    public var bytes: [UInt8]
}

/// A written report: the main file first, then the figures a Markdown report links to.
public struct ReportOutput: Sendable {
    public var format: ReportFormat
    public var files: [ReportFile]
    /// The number of figures, quotes and cited documents, for the status line.
    public var figures: Int
    public var quotes: Int
    public var sources: Int
    /// Notes such as "map: 3 less central actors left out so labels stay legible".
    public var notes: [String]
}
