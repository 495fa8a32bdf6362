public import ActorGraphCore

/// Merges per-document results into one corpus graph, keyed by canonical name and type.
public enum CorpusMerge {
    /// Entities with aliases unioned and mentions summed; relations with evidence unioned, confidence maxed;
    /// both sorted (entities by name then type, relations by source, type, target).
    public static func merge(_ documents: [ExtractedDocument]) -> (entities: [Entity], relations: [Relation]) {
        var entities: [String: Entity] = [:]
        var subtypeVotes: [String: GroupSubtype] = [:]
        for document in documents {
            for e in document.entities {
                let key = e.type.rawValue + "|" + e.name
                if var existing = entities[key] {
                    existing.aliases = Array(Set(existing.aliases).union(e.aliases)).filter { $0 != e.name }.sorted()
                    existing.mentions += e.mentions
                    if existing.subtype == nil { existing.subtype = e.subtype }
                    entities[key] = existing
                } else {
                    entities[key] = e
                }
                if let s = e.subtype, subtypeVotes[key] == nil { subtypeVotes[key] = s }
            }
        }
        var relations: [RelationKey: Relation] = [:]
        for document in documents {
            for r in document.relations {
                let r = r.normalised()
                let key = RelationKey(source: r.source, type: r.type, target: r.target)
                if var existing = relations[key] {
                    existing.confidence = max(existing.confidence, r.confidence)
                    existing.evidence = Array(Set(existing.evidence).union(r.evidence)).sorted()
                    relations[key] = existing
                } else {
                    var copy = r
                    copy.evidence.sort()
                    relations[key] = copy
                }
            }
        }
        let sortedEntities = entities.values.sorted { ($0.name, $0.type) < ($1.name, $1.type) }
        let sortedRelations = relations.values.sorted { ($0.source, $0.type, $0.target) < ($1.source, $1.type, $1.target) }
        return (sortedEntities, sortedRelations)
    }
}
