public import ActorGraphCore

/// A relation with the dates of the documents that support it.
public struct RelationSpan: Hashable, Sendable {
    /// The relation, with its evidence inside the queried date window.
    public var relation: Relation
    /// Earliest date among its evidence documents, `nil` if none of them is dated.
    public var firstSeen: String?
    /// Latest date among its evidence documents, `nil` if none of them is dated.
    public var lastSeen: String?
    /// The store ids of `relation.source` and `relation.target`.
    public var sourceID: EntityID
    public var targetID: EntityID

    public init(
        relation: Relation, firstSeen: String?, lastSeen: String?, sourceID: EntityID = EntityID(0),
        targetID: EntityID = EntityID(0)
    ) {
        self.relation = relation
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
        self.sourceID = sourceID
        self.targetID = targetID
    }
}
