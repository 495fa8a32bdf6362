import ActorGraphCore
import GRDB

/// The entity that owns a folded alias key, with what the merge rule needs to know about it.
struct AliasOwner: Hashable {
    var entity: Int64
    var type: EntityType
    /// The alias came from a curation (merge, rename): it binds regardless of type.
    var aliasCurated: Bool
    /// The entity's type was set by `retype`: incoming entities of the old type still belong to it.
    var typeCurated: Bool

    /// Whether an incoming entity of `incomingType` that carries this alias is this entity.
    func accepts(_ incomingType: EntityType) -> Bool {
        incomingType == type || aliasCurated || typeCurated
    }

    /// The owner of `key`, if any.
    static func fetch(_ db: Database, key: String) throws -> AliasOwner? {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT a.entity_id, a.curated, e.type, e.type_curated
                    FROM aliases a JOIN entities e ON e.id = a.entity_id WHERE a.alias_key = ?
                    """),
            arguments: [key])
        guard let row else { return nil }
        // Columns by position: this runs for every entity of every ingested document.
        let typeName: String = row[2]
        return AliasOwner(
            entity: row[0], type: EntityType(rawValue: typeName) ?? .group, aliasCurated: row[1], typeCurated: row[3])
    }
}

/// Name resolution shared by queries, curation and replay.
enum EntityLookup {
    /// The entity a name denotes: the owner of its folded key, else an entity with that canonical key.
    static func id(_ db: Database, name: String) throws -> Int64? {
        let key = NameKey.fold(name)
        if key.isEmpty { return nil }
        if let owner = try AliasOwner.fetch(db, key: key) { return owner.entity }
        return try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM entities WHERE name_key = ? ORDER BY mentions DESC, id LIMIT 1"),
            arguments: [key])
    }

    /// Like ``id(_:name:)`` but throws ``GraphStoreError/unknownEntity(name:suggestions:)`` with suggestions.
    static func require(_ db: Database, name: String) throws -> Int64 {
        if let id = try id(db, name: name) { return id }
        throw GraphStoreError.unknownEntity(
            name: name, suggestions: NameKey.closest(to: name, among: try suggestionCandidates(db)))
    }

    /// Every name and alias paired with its entity's canonical name, so suggestions name actors, not aliases.
    static func suggestionCandidates(_ db: Database) throws -> [(surface: String, canonical: String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT name AS surface, name AS canonical FROM entities
                UNION SELECT a.alias, e.name FROM aliases a JOIN entities e ON e.id = a.entity_id
                ORDER BY 1, 2
                """
        ).map { (surface: $0["surface"], canonical: $0["canonical"]) }
    }

    /// Every canonical name and alias, sorted, without duplicates.
    static func knownNames(_ db: Database) throws -> [String] {
        let names = try String.fetchAll(db, sql: "SELECT name FROM entities UNION SELECT alias FROM aliases")
        return Array(Set(names)).sorted()
    }

    /// The canonical name of an entity.
    static func name(_ db: Database, id: Int64) throws -> String {
        try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM entities WHERE id = ?"), arguments: [id]) ?? ""
    }

    /// The stored ends of a relation: symmetric types are kept once, smaller entity id first.
    static func storedEnds(source: Int64, type: RelationType, target: Int64) -> (Int64, Int64) {
        type.isSymmetric ? (min(source, target), max(source, target)) : (source, target)
    }

    /// The id of the relation `source type target`, if stored.
    static func relationID(_ db: Database, source: Int64, type: RelationType, target: Int64) throws -> Int64? {
        let (s, t) = storedEnds(source: source, type: type, target: target)
        return try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT id FROM relations WHERE source_id = ? AND type = ? AND target_id = ?"),
            arguments: [s, type.rawValue, t])
    }
}
