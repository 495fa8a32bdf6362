public import ActorGraphCore

/// What the store keeps of a document besides what was extracted from it: its source metadata, the file it
/// was read from, and what read it, so a later ingest can tell a moved file, a stale extraction and a copy.
public struct DocumentDetails: Hashable, Sendable {
    /// Title, outlet, author, publication date and address.
    public var metadata: DocumentMetadata
    /// The kind of file it was read from.
    public var format: DocumentFormat?
    /// The absolute path it was last read from.
    public var path: String?
    /// The extractor that read it (``Extractor`` version), nil when unknown.
    public var extractorVersion: String?
    /// SHA-256 of the user dictionary it was read with, nil when unknown.
    public var dictionaryHash: String?
    /// The MinHash signature of its text, nil for a text too short to have one.
    public var fingerprint: TextFingerprint?

    public init(
        metadata: DocumentMetadata = .none, format: DocumentFormat? = nil, path: String? = nil,
        extractorVersion: String? = nil, dictionaryHash: String? = nil, fingerprint: TextFingerprint? = nil
    ) {
        self.metadata = metadata
        self.format = format
        self.path = path
        self.extractorVersion = extractorVersion
        self.dictionaryHash = dictionaryHash
        self.fingerprint = fingerprint
    }
}

/// One document to ingest: what was extracted from it, with what the store keeps beside it.
public struct IncomingDocument: Hashable, Sendable {
    public var document: ExtractedDocument
    /// Nil for documents that carry none (imports, tests): then a document is unchanged when its content
    /// hash is, and the stored details are left as they are.
    public var details: DocumentDetails?
    /// The stored id of the same content under its old path, when the file was moved: the stored document is
    /// renamed to `document.id` (keeping its evidence and curations) instead of being read as a new one.
    public var movedFrom: String?

    public init(_ document: ExtractedDocument, details: DocumentDetails? = nil, movedFrom: String? = nil) {
        self.document = document
        self.details = details
        self.movedFrom = movedFrom
    }
}

/// An unchanged document whose stored details are brought up to date without reading it again.
public struct DocumentRefresh: Hashable, Sendable {
    public var id: String
    /// Its content hash, which must be the stored one (or the moved document's).
    public var contentHash: String
    public var details: DocumentDetails
    /// The id it is stored under when its file moved.
    public var movedFrom: String?

    public init(id: String, contentHash: String, details: DocumentDetails, movedFrom: String? = nil) {
        self.id = id
        self.contentHash = contentHash
        self.details = details
        self.movedFrom = movedFrom
    }
}
