/// What is known of an article beyond its text: headline, outlet, author, publication date and address.
///
/// Read from a front-matter block, a sidecar `NAME.json` or an HTML page's head; stored with the document and
/// shown with every citation of it as a ``DocumentSource``. Every value is untrusted text.
public struct DocumentMetadata: Hashable, Codable, Sendable {
    public var title: String?
    public var outlet: String?
    public var author: String?
    /// `YYYY-MM-DD`.
    public var published: String?
    /// An `http` or `https` address.
    public var url: String?

    public init(
        title: String? = nil, outlet: String? = nil, author: String? = nil, published: String? = nil,
        url: String? = nil
    ) {
        self.title = title
        self.outlet = outlet
        self.author = author
        self.published = published
        self.url = url
    }

    /// Nothing known.
    public static let none = DocumentMetadata()

    /// Whether no field is known.
    public var isEmpty: Bool { self == .none }

    /// These values, with `fallback`'s filling the fields these leave unknown.
    public func filling(from fallback: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(
            title: title ?? fallback.title, outlet: outlet ?? fallback.outlet, author: author ?? fallback.author,
            published: published ?? fallback.published, url: url ?? fallback.url)
    }

    /// The citation of document `id` with these values.
    public func source(document id: String, provenance: Provenance = .extracted) -> DocumentSource {
        DocumentSource(
            document: id, title: title, outlet: outlet, author: author, published: published, url: url,
            provenance: provenance)
    }
}
