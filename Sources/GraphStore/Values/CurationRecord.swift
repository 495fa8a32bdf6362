public import ActorGraphCore

/// One user correction of the graph, kept so it can be replayed after every ingest.
public enum CurationAction: Hashable, Sendable {
    /// `absorbed` became an alias of `keep`; its relations now belong to `keep`.
    case merge(keep: String, absorbed: String)
    /// The actor called `from` is now called `to`; `from` stays an alias.
    case rename(from: String, to: String)
    /// The actor's type was corrected.
    case retype(name: String, to: EntityType)
    /// The relation is hidden from every query and export.
    case rejectRelation(source: String, type: RelationType, target: String)
}

/// A stored curation, in the order it was made.
public struct CurationRecord: Hashable, Sendable {
    /// Position in the replay order.
    public var id: Int64
    public var action: CurationAction
    /// When it was made, ISO 8601 UTC.
    public var createdAt: String

    public init(id: Int64, action: CurationAction, createdAt: String) {
        self.id = id
        self.action = action
        self.createdAt = createdAt
    }
}
