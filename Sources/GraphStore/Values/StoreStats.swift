public import ActorGraphCore

/// Counts of everything the store holds.
public struct StoreStats: Hashable, Sendable {
    public var documents: Int
    public var entities: Int
    /// Every entity type, with 0 for types not present.
    public var entitiesByType: [EntityType: Int]
    /// Visible relations (rejected ones excluded).
    public var relations: Int
    /// Every relation type, with 0 for types not present; rejected relations excluded.
    public var relationsByType: [RelationType: Int]
    /// Relations hidden by `rejectRelation`.
    public var rejectedRelations: Int
    /// Evidence rows (one per relation, document and sentence start).
    public var evidence: Int
    /// Stored surface forms, canonical names included.
    public var aliases: Int

    public init(
        documents: Int, entities: Int, entitiesByType: [EntityType: Int], relations: Int,
        relationsByType: [RelationType: Int], rejectedRelations: Int, evidence: Int, aliases: Int
    ) {
        self.documents = documents
        self.entities = entities
        self.entitiesByType = entitiesByType
        self.relations = relations
        self.relationsByType = relationsByType
        self.rejectedRelations = rejectedRelations
        self.evidence = evidence
        self.aliases = aliases
    }
}
