/// What a citation of one document says: its title, outlet, author, publication date and address, as far as
/// they are known, with the document's id always there to fall back on.
///
/// Read from a text file's front matter, a sidecar `NAME.json` or an HTML page's `<title>` and meta tags, and
/// stored with the document. Every value is untrusted text from the document or its sidecar: escape it for
/// the output it goes to, and check `url` before it becomes a link (only http and https are stored).
/// Everything that cites a document (evidence in `relate`, `relations` and `path`, map tooltips and links,
/// exports, reports) reads this one value.
public struct DocumentSource: Hashable, Codable, Sendable {
    /// The document's id in the store, such as `000_2232b512bc44f881.txt` or `2024/03/report.html`.
    public var document: String
    /// The article's headline.
    public var title: String?
    /// The publication or site that published it.
    public var outlet: String?
    /// Who wrote it.
    public var author: String?
    /// The publication date, `YYYY-MM-DD`.
    public var published: String?
    /// Where the article can be read (`http` or `https`).
    public var url: String?
    /// Whether the document was read by the extractor or cited by an imported graph file.
    public var provenance: Provenance

    public init(
        document: String, title: String? = nil, outlet: String? = nil, author: String? = nil,
        published: String? = nil, url: String? = nil, provenance: Provenance = .extracted
    ) {
        self.document = document
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.url = url
        self.provenance = provenance
    }

    /// The name to cite it by: its title, or its id when the title is unknown or blank.
    public var displayTitle: String {
        guard let title, !title.allSatisfy(\.isWhitespace) else { return document }
        return title
    }

    /// Whether anything beyond the id is known.
    public var hasMetadata: Bool {
        [title, outlet, author, published, url].contains { $0 != nil }
    }

    /// A one-line citation: `Title — Outlet, 2024-03-01`, as much of it as is known; the id when nothing is.
    public var citation: String {
        let details = [outlet, published].compactMap { $0 }
        return details.isEmpty ? displayTitle : displayTitle + " — " + details.joined(separator: ", ")
    }
}
