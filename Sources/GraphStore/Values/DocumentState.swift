/// What the store already knows of a document, judged by its id and content hash.
public enum DocumentState: String, Sendable, Hashable, CustomStringConvertible {
    /// No document with this id is stored.
    case new
    /// The same id is stored with the same content hash: ingesting it again changes nothing.
    case unchanged
    /// The same id is stored with another hash: ingesting it replaces its evidence and mentions.
    case changed

    public var description: String { rawValue }
}
