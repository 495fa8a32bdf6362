public import ActorGraphCore
import GraphStore

/// One stored document as `documents` lists it (docs/json.md, "document").
public struct DocumentRow: Codable, Sendable, Equatable {
    /// Its id: the path relative to the folder it was ingested from.
    public var id: String
    public var title: String?
    public var outlet: String?
    public var author: String?
    public var published: String?
    public var url: String?
    /// The date evidence windows use (`--date`, a `Date:` line, or `published`).
    public var date: String?
    public var format: DocumentFormat?
    public var provenance: Provenance
    /// Length of its text in Unicode scalars.
    public var length: Int
    /// Actors it mentions, relations it supports, its evidence sentences, and how many of those count.
    public var entities: Int
    public var relations: Int
    public var evidence: Int
    public var countedEvidence: Int
    /// The original it is a near-identical copy of, and how alike they are (share of fingerprint slots).
    public var copyOf: String?
    public var copySimilarity: Double?
    /// How many documents are copies of this one.
    public var copies: Int
    /// The file it was last read from, and what read it (nil: unknown, from an earlier version).
    public var path: String?
    public var extractorVersion: String?

    init(_ info: DocumentInfo) {
        id = info.id
        title = info.metadata.title
        outlet = info.metadata.outlet
        author = info.metadata.author
        published = info.metadata.published
        url = info.metadata.url
        date = info.date
        format = info.format
        provenance = info.provenance
        length = info.length
        entities = info.entityCount
        relations = info.relationCount
        evidence = info.evidenceCount
        countedEvidence = info.countedEvidence
        copyOf = info.copyOf
        copySimilarity = info.copySimilarity
        copies = info.copies
        path = info.path
        extractorVersion = info.extractorVersion
    }

    /// How to cite it.
    public var source: DocumentSource {
        DocumentSource(
            document: id, title: title, outlet: outlet, author: author, published: published, url: url,
            provenance: provenance)
    }
}

extension Workspace {
    /// The stored documents, sorted by id, with their sources, counts and copies.
    public func documents() throws -> [DocumentRow] {
        try store.documents().map(DocumentRow.init)
    }
}
