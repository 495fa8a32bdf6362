public import ActorGraphCore

/// One stored document, as `documents()` lists it.
public struct DocumentInfo: Hashable, Sendable {
    /// The document id (file name).
    public var id: String
    /// SHA-256 of its text, lowercase hex.
    public var contentHash: String
    /// Length in Unicode scalars.
    public var length: Int
    /// Publication date `YYYY-MM-DD`, if known.
    public var date: String?
    /// The ingest batch that last wrote it.
    public var batch: Int
    /// When that batch ran, ISO 8601 UTC.
    ///
    /// Varies between runs: do not print it in deterministic output.
    public var ingestedAt: String
    /// Evidence sentences it contributes to relations.
    public var evidenceCount: Int
    /// Whether it was read by the extractor or brought in by a graph import.
    public var provenance: Provenance

    public init(
        id: String, contentHash: String, length: Int, date: String?, batch: Int, ingestedAt: String,
        evidenceCount: Int, provenance: Provenance = .extracted
    ) {
        self.id = id
        self.contentHash = contentHash
        self.length = length
        self.date = date
        self.batch = batch
        self.ingestedAt = ingestedAt
        self.evidenceCount = evidenceCount
        self.provenance = provenance
    }
}
