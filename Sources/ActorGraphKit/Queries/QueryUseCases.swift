public import ActorGraphCore
import GraphStore

extension Workspace {
    /// What the database holds, by type.
    public func stats() throws -> StatsReport {
        let stats = try store.stats()
        return StatsReport(
            documents: stats.documents, entities: stats.entities, relations: stats.relations,
            evidence: stats.evidence, aliases: stats.aliases,
            entityTypes: Dictionary(uniqueKeysWithValues: stats.entitiesByType.map { ($0.key.rawValue, $0.value) }),
            relationTypes: Dictionary(uniqueKeysWithValues: stats.relationsByType.map { ($0.key.rawValue, $0.value) }))
    }

    /// Actors, most mentioned first, optionally of one type.
    public func entities(type: EntityType? = nil) throws -> [EntityRow] {
        try store.entities(type: type).map(EntityRow.init)
    }

    /// Relations with their evidence, optionally only those touching one actor (resolved through aliases).
    public func relations(
        involving name: String? = nil, minConfidence: Double = 0, since: String? = nil, until: String? = nil
    ) throws -> [RelationRow] {
        let canonical = try name.map { try resolve($0).name }
        return try store.relationSpans(involving: canonical, minConfidence: minConfidence, since: since, until: until)
            .map(RelationRow.init)
    }
}
