/// What one ingest batch changed.
public struct IngestSummary: Hashable, Sendable {
    /// Documents stored for the first time.
    public var documentsAdded = 0
    /// Documents whose content changed: old evidence and mentions retracted, new ones added.
    public var documentsReplaced = 0
    /// Documents skipped because the same id and hash are already stored.
    public var documentsUnchanged = 0
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
