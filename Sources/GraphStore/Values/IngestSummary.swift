/// What one ingest batch changed.
public struct IngestSummary: Hashable, Sendable {
    /// Documents stored for the first time.
    public var documentsAdded = 0
    /// Documents whose content changed: old evidence and mentions retracted, new ones added.
    public var documentsReplaced = 0
    /// Documents skipped because the same id and hash are already stored.
    public var documentsUnchanged = 0
    /// Unchanged documents whose metadata or format was updated (a new path alone is not counted).
    public var documentsUpdated = 0
    /// Documents read again although their text is unchanged (another extractor, dictionary or date).
    public var documentsReextracted = 0
    /// How many of those were read again for each reason (a document may have several).
    public var reextractionReasons: [ReextractionReason: Int] = [:]
    /// Documents renamed because their file moved (same content at a new path).
    public var documentsMoved: [DocumentMove] = []
    /// Entities created (not merged into an existing one through an alias).
    public var entitiesAdded = 0
    /// Relations created.
    public var relationsAdded = 0
    /// Evidence sentences added (a sentence already stored for the relation is not counted).
    public var evidenceAdded = 0
    /// The batch number written on the documents, `nil` when every document was unchanged.
    public var batch: Int?
    /// Problems that did not stop the batch: relations skipped as self-loops, curations that could not be replayed.
    public var warnings: [String] = []

    public init() {}
}

/// A stored document renamed because its file moved.
public struct DocumentMove: Hashable, Sendable, Codable {
    /// The id it had.
    public var from: String
    /// The id it has now: its new path.
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
