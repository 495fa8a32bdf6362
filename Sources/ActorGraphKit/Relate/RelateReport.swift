public import ActorGraphCore

/// A direct relation between the two actors, with all its evidence.
public struct DirectRelation: Codable, Sendable, Equatable {
    public var relationID: Int64?
    public var sourceID: Int64
    public var source: String
    public var type: RelationType
    public var targetID: Int64
    public var target: String
    public var polarity: Polarity
    public var weight: Int
    public var confidence: Double
    /// Earliest and latest dates of its evidence documents (nil when none is dated).
    public var firstSeen: String?
    public var lastSeen: String?
    public var evidence: [Evidence]
}

/// An actor linked to both, and how.
public struct SharedNeighbour: Codable, Sendable, Equatable {
    /// common partner (cooperation with both), common adversary (conflict with both), common affiliation
    /// (structural with both), or mixed.
    public var role: String
    public var actorID: Int64
    public var name: String
    public var type: EntityType
    /// Relation types between the first actor and this one, and between the second and this one.
    public var withFirst: [RelationType]
    public var withSecond: [RelationType]
}

/// Everything `relate A B` answers.
public struct RelateReport: Codable, Sendable, Equatable {
    public var firstID: Int64
    public var first: String
    public var secondID: Int64
    public var second: String
    /// A plain-language sentence for a report.
    public var summary: String
    public var direct: [DirectRelation]
    /// The best indirect connections (two or more hops), shortest first, then strongest evidence.
    public var indirect: [PathRow]
    public var shared: [SharedNeighbour]
}
