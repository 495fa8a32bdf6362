public import ActorGraphCore

/// One relation to check in review, with the sentence that shows it best.
public struct ReviewItem: Hashable, Sendable {
    /// The relation, with all its evidence.
    public var relation: Relation
    public var sourceID: EntityID
    public var targetID: EntityID
    /// Why it is listed; empty for a relation listed for its low confidence alone.
    public var reasons: [ReviewReason]
    /// The relations it contradicts, as "source type target", sorted.
    public var contradicts: [String]
    /// The sentence that shows it best (highest confidence, then earliest).
    public var sentence: Evidence?
    /// First and last evidence-document dates (`nil` when none is dated).
    public var firstSeen: String?
    public var lastSeen: String?
}
