public import ActorGraphCore
import GraphStore

/// One actor as `entities` shows it; JSON `{"actor_id","name","type","subtype","aliases":[…],"descriptions":[…],
/// "mentions"}`.
public struct EntityRow: Codable, Sendable, Equatable {
    public var actorID: Int64?
    public var name: String
    public var type: EntityType
    public var subtype: GroupSubtype?
    public var aliases: [String]
    /// Words its documents describe it by without identifying it ("security pact"): never a name to look up.
    public var descriptions: [String]
    public var mentions: Int

    init(_ entity: Entity) {
        actorID = entity.id?.rawValue
        name = entity.name
        type = entity.type
        subtype = entity.subtype
        aliases = entity.aliases
        descriptions = entity.descriptions
        mentions = entity.mentions
    }
}

/// One relation as `relations` shows it (docs/json.md, "relation").
public struct RelationRow: Codable, Sendable, Equatable {
    public var relationID: Int64?
    public var sourceID: Int64?
    public var source: String
    public var type: RelationType
    public var targetID: Int64?
    public var target: String
    public var polarity: Polarity
    public var symmetric: Bool
    public var weight: Int
    public var confidence: Double
    public var evidence: [Evidence]

    init(_ span: RelationSpan) {
        let relation = span.relation
        relationID = relation.id?.rawValue
        sourceID = span.sourceID.rawValue
        source = relation.source
        type = relation.type
        targetID = span.targetID.rawValue
        target = relation.target
        polarity = relation.type.polarity
        symmetric = relation.type.isSymmetric
        weight = relation.weight
        confidence = relation.confidence
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
