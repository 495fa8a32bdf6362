/// What the extractor read out of one document, ready to ingest.
///
/// Entities and relations use canonical names; relations refer to entities of the same document.
public struct ExtractedDocument: Hashable, Codable, Sendable {
    /// The document id: its path relative to the folder given to ingest (or the id given for it).
    public var id: String
    /// SHA-256 of the UTF-8 text, lowercase hex.
    public var contentHash: String
    /// Length of the text in Unicode scalars.
    public var length: Int
    /// Optional publication date, ISO 8601 `YYYY-MM-DD`.
    public var date: String?
    /// Entities mentioned, with the surface forms seen as aliases and their mention counts.
    public var entities: [Entity]
    /// Relations read, each with its evidence in this document.
    public var relations: [Relation]
    /// Problems that did not stop extraction, such as a sentence too long to parse.
    public var warnings: [String]
    /// Whether the document is an article read by the extractor or a graph file brought in by an import.
    public var provenance: Provenance
    /// The text the evidence offsets index, when the caller keeps it; `nil` for imported graphs.
    ///
    /// The store keeps it too, so a sentence a person cites later can be checked against it word for word.
    public var text: String?

    public init(
        id: String, contentHash: String, length: Int, date: String? = nil,
        entities: [Entity], relations: [Relation], warnings: [String] = [], provenance: Provenance = .extracted,
        text: String? = nil
    ) {
        self.id = id
        self.contentHash = contentHash
        self.length = length
        self.date = date
        self.entities = entities
        self.relations = relations
        self.warnings = warnings
        self.provenance = provenance
        self.text = text
    }
}
