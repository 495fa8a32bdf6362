public import ActorGraphCore

/// A relation with the dates of the documents that support it.
public struct RelationSpan: Hashable, Sendable {
    /// The relation, with its evidence inside the queried date window.
    public var relation: Relation
    /// Earliest date among its evidence documents, `nil` if none of them is dated.
    public var firstSeen: String?
    /// Latest date among its evidence documents, `nil` if none of them is dated.
    public var lastSeen: String?

    public init(relation: Relation, firstSeen: String?, lastSeen: String?) {
        self.relation = relation
        self.firstSeen = firstSeen
        self.lastSeen = lastSeen
    }
}
