/// Why a stored document is read again although its text is unchanged.
public enum ReextractionReason: String, Sendable, Hashable, Codable, CaseIterable, Comparable,
    CustomStringConvertible
{
    /// Another extractor version read it (or the version is unknown: an older store).
    case extractor
    /// It was read with another user dictionary.
    case dictionary
    /// Its publication date is another one now.
    case date
    /// The store keeps no archive of it (it was stored before schema 5), which undoing a curation and citing
    /// its text need.
    case archive

    public var description: String { rawValue }

    public static func < (lhs: ReextractionReason, rhs: ReextractionReason) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}

/// What the store holds of a document id compared with a version about to be ingested.
public enum DocumentStatus: Sendable, Hashable {
    /// Nothing is stored under this id.
    case new
    /// The same text, read by the same extractor with the same dictionary and date: nothing to do.
    case unchanged
    /// Other text under this id: the new text replaces the old.
    case changed
    /// The same text, but read by another extractor, with another dictionary or date: read again.
    case outdated(Set<ReextractionReason>)

    /// Whether the document must be extracted and stored.
    public var needsExtraction: Bool { self != .unchanged }
}

/// What is stored of one document: its content hash, what read it, and where it came from.
public struct StoredDocumentState: Hashable, Sendable {
    public var id: String
    public var contentHash: String
    public var date: String?
    public var details: DocumentDetails
    /// Whether the store keeps its text and extraction (`document_archive`).
    public var archived: Bool

    public init(id: String, contentHash: String, date: String?, details: DocumentDetails, archived: Bool = true) {
        self.id = id
        self.contentHash = contentHash
        self.date = date
        self.details = details
        self.archived = archived
    }

    /// How a version with this hash, date and details compares with what is stored.
    ///
    /// Without details (an import, a test document) only the hash and the archive count, as before the store
    /// kept them.
    public func status(contentHash: String, date: String?, details: DocumentDetails?) -> DocumentStatus {
        guard contentHash == self.contentHash else { return .changed }
        guard let details else { return archived ? .unchanged : .outdated([.archive]) }
        var reasons = Set<ReextractionReason>()
        if !archived { reasons.insert(.archive) }
        if details.extractorVersion != self.details.extractorVersion { reasons.insert(.extractor) }
        if details.dictionaryHash != self.details.dictionaryHash { reasons.insert(.dictionary) }
        if date != self.date { reasons.insert(.date) }
        return reasons.isEmpty ? .unchanged : .outdated(reasons)
    }
}
