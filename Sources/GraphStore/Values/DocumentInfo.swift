public import ActorGraphCore

/// One stored document, as `documents()` lists it.
public struct DocumentInfo: Hashable, Sendable {
    /// The document id: its path relative to the folder it was ingested from (or the id given for it).
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
    /// Title, outlet, author, publication date and address, as far as known.
    public var metadata: DocumentMetadata
    /// What it was read from and with (nil fields: unknown, such as for a store of an earlier version).
    public var format: DocumentFormat?
    public var path: String?
    public var extractorVersion: String?
    public var dictionaryHash: String?
    /// Actors it mentions.
    public var entityCount: Int
    /// Visible relations it gives evidence for.
    public var relationCount: Int
    /// Of its evidence sentences, those that count in weights (a copy's usually do not).
    public var countedEvidence: Int
    /// The original this document is a near-identical copy of, nil for an original.
    public var copyOf: String?
    /// Its estimated similarity to that original (share of MinHash slots that agree).
    public var copySimilarity: Double?
    /// How many documents are copies of this one.
    public var copies: Int

    public init(
        id: String, contentHash: String, length: Int, date: String?, batch: Int, ingestedAt: String,
        evidenceCount: Int, provenance: Provenance = .extracted, metadata: DocumentMetadata = .none,
        format: DocumentFormat? = nil, path: String? = nil, extractorVersion: String? = nil,
        dictionaryHash: String? = nil, entityCount: Int = 0, relationCount: Int = 0, countedEvidence: Int = 0,
        copyOf: String? = nil, copySimilarity: Double? = nil, copies: Int = 0
    ) {
        self.id = id
        self.contentHash = contentHash
        self.length = length
        self.date = date
        self.batch = batch
        self.ingestedAt = ingestedAt
        self.evidenceCount = evidenceCount
        self.provenance = provenance
        self.metadata = metadata
        self.format = format
        self.path = path
        self.extractorVersion = extractorVersion
        self.dictionaryHash = dictionaryHash
        self.entityCount = entityCount
        self.relationCount = relationCount
        self.countedEvidence = countedEvidence
        self.copyOf = copyOf
        self.copySimilarity = copySimilarity
        self.copies = copies
    }

    /// How to cite it.
    public var source: DocumentSource { metadata.source(document: id, provenance: provenance) }
}
