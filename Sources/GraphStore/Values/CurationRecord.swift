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
    /// The relation was checked in review and is kept; review no longer lists it.
    case acceptRelation(source: String, type: RelationType, target: String)
    /// `alias` is not a name of `actor`: it no longer joins names together, and documents that call an actor
    /// by it alone are read as another actor.
    case unalias(actor: String, alias: String)
    /// A relation added by hand, supported by a sentence of a stored document (`evidence.curated` is true).
    case addRelation(source: String, type: RelationType, target: String, evidence: Evidence)
}

/// A stored curation, in the order it was made.
public struct CurationRecord: Hashable, Sendable {
    /// Position in the replay order.
    public var id: Int64
    public var action: CurationAction
    /// When it was made, ISO 8601 UTC.
    public var createdAt: String
    /// When it was undone, ISO 8601 UTC; an undone curation is kept in the log but no longer applied.
    public var undoneAt: String?

    public init(id: Int64, action: CurationAction, createdAt: String, undoneAt: String? = nil) {
        self.id = id
        self.action = action
        self.createdAt = createdAt
        self.undoneAt = undoneAt
    }

    /// Whether it is applied (made and not undone).
    public var isActive: Bool { undoneAt == nil }
}
