public import ActorGraphCore

/// One actor as `entities` shows it; JSON `{"name","type","aliases":[…],"mentions":N}`.
public struct EntityRow: Codable, Sendable, Equatable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var mentions: Int

    init(_ entity: Entity) {
        name = entity.name
        type = entity.type
        aliases = entity.aliases
        mentions = entity.mentions
    }
}

/// One relation as `relations` shows it;
/// JSON `{"source","type","target","weight","evidence":[{"document","sentence","start","end"}]}`.
public struct RelationRow: Codable, Sendable, Equatable {
    public var source: String
    public var type: RelationType
    public var target: String
    public var weight: Int
    public var evidence: [Evidence]

    init(_ relation: Relation) {
        source = relation.source
        type = relation.type
        target = relation.target
        weight = relation.weight
        evidence = relation.evidence
    }
}

/// Counts of what the database holds.
public struct StatsReport: Codable, Sendable, Equatable {
    public var documents: Int
    public var entities: Int
    public var relations: Int
    public var evidence: Int
    public var aliases: Int
    /// Entities per type, in schema order.
    public var entityTypes: [String: Int]
    /// Relations per type.
    public var relationTypes: [String: Int]
}
