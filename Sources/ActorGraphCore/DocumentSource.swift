/// What a citation of one document says: its title, outlet, publication date and address, as far as they
/// are known, with the document's id (its file name) always there to fall back on.
///
/// Today the store knows a document's id, date and provenance; title, outlet and URL are filled in once
/// documents carry their source metadata. Everything that cites a document (reports, and later `relate`
/// and the exports) reads this one value, so that metadata reaches every citation without reshaping them.
public struct DocumentSource: Hashable, Codable, Sendable {
    /// The document's id in the store, such as `000_2232b512bc44f881.txt`.
    public var document: String
    /// The article's headline.
    public var title: String?
    /// The publication or site that published it.
    public var outlet: String?
    /// The publication date, `YYYY-MM-DD`.
    public var published: String?
    /// Where the article can be read; untrusted text, to be checked before it becomes a link.
    public var url: String?
    /// Whether the document was read by the extractor or cited by an imported graph file.
    public var provenance: Provenance

    public init(
        document: String, title: String? = nil, outlet: String? = nil, published: String? = nil, url: String? = nil,
        provenance: Provenance = .extracted
    ) {
        self.document = document
        self.title = title
        self.outlet = outlet
        self.published = published
        self.url = url
        self.provenance = provenance
    }

    /// The name to cite it by: its title, or its id when the title is unknown or blank.
    public var displayTitle: String {
        guard let title, !title.allSatisfy(\.isWhitespace) else { return document }
        return title
    }
}
