public import ActorGraphCore
import GRDB

extension GraphStore {
    /// Stored actors, optionally of one type: most mentioned first, then by name; aliases sorted.
    public func entities(type: EntityType? = nil) throws(GraphStoreError) -> [Entity] {
        try read { db in
            // The ingest use case asks for the people before every batch: read only the aliases it needs.
            let condition = type == nil ? "" : "WHERE e.type = ?"
            let arguments: StatementArguments = type.map { [$0.rawValue] } ?? []
            let rows = try Row.fetchAll(db, sql: "SELECT e.* FROM entities e \(condition)", arguments: arguments)
            var aliases: [Int64: [String]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: "SELECT a.entity_id, a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id \(condition)",
                arguments: arguments)
            {
                aliases[row[0], default: []].append(row[1])
            }
            let descriptions = try EntityDescriptions.all(db, type: type?.rawValue)
            return rows.map {
                EntityRows.entity($0, aliases: aliases[$0["id"]] ?? [], descriptions: descriptions[$0["id"]] ?? [])
            }
            .sorted { ($1.mentions, $0.name, $0.id?.rawValue ?? 0) < ($0.mentions, $1.name, $1.id?.rawValue ?? 0) }
        }
    }

    /// The actor a name denotes, ignoring case and accents and following aliases ("Moscow" → Russia).
    ///
    /// - Throws: ``GraphStoreError/unknownEntity(name:suggestions:)`` with the closest names and aliases.
    public func resolve(_ name: String) throws(GraphStoreError) -> Entity {
        try read { db in
            let id = try EntityLookup.require(db, name: name)
            return try EntityRows.fetch(db, id: id)
        }
    }

    /// Every canonical name and alias, sorted: the candidates for suggestions and completion.
    public func knownNames() throws(GraphStoreError) -> [String] {
        try read { db in try EntityLookup.knownNames(db) }
    }

    /// Counts of documents, actors (per type), visible relations (per type), evidence and aliases.
    public func stats() throws(GraphStoreError) -> StoreStats {
        try read { db in
            var entitiesByType = Dictionary(uniqueKeysWithValues: EntityType.allCases.map { ($0, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT type, COUNT(*) AS n FROM entities GROUP BY type") {
                if let type = EntityType(rawValue: row["type"]) { entitiesByType[type] = row["n"] }
            }
            var relationsByType = Dictionary(uniqueKeysWithValues: RelationType.allCases.map { ($0, 0) })
            for row in try Row.fetchAll(
                db, sql: "SELECT type, COUNT(*) AS n FROM relations WHERE rejected = 0 GROUP BY type")
            {
                if let type = RelationType(rawValue: row["type"]) { relationsByType[type] = row["n"] }
            }
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            return StoreStats(
                documents: try count("SELECT COUNT(*) FROM documents"),
                entities: try count("SELECT COUNT(*) FROM entities"),
                entitiesByType: entitiesByType,
                relations: try count("SELECT COUNT(*) FROM relations WHERE rejected = 0"),
                relationsByType: relationsByType,
                rejectedRelations: try count("SELECT COUNT(*) FROM relations WHERE rejected = 1"),
                evidence: try count("SELECT COUNT(*) FROM evidence"),
                aliases: try count("SELECT COUNT(*) FROM aliases"))
        }
    }
}

/// Turning `entities` rows into Core values.
enum EntityRows {
    static func entity(_ row: Row, aliases: [String], descriptions: [String] = []) -> Entity {
        let name: String = row["name"]
        let nameKey: String = row["name_key"]
        let subtype: String? = row["subtype"]
        let kept = Array(Set(aliases.filter { $0 != name && NameKey.fold($0) != nameKey })).sorted()
        return Entity(
            id: EntityID(row["id"] as Int64), name: name,
            type: EntityType(rawValue: row["type"]) ?? .group,
            subtype: subtype.flatMap(GroupSubtype.init(rawValue:)),
            aliases: kept,
            descriptions: descriptions.filter { d in d != name && NameKey.fold(d) != nameKey && !kept.contains(d) },
            mentions: row["mentions"])
    }

    static func fetch(_ db: Database, id: Int64) throws -> Entity {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM entities WHERE id = ?", arguments: [id]) else {
            throw GraphStoreError.database(underlying: "entity \(id) vanished during the read")
        }
        let aliases = try String.fetchAll(db, sql: "SELECT alias FROM aliases WHERE entity_id = ?", arguments: [id])
        return entity(row, aliases: aliases, descriptions: try EntityDescriptions.of(db, entity: id))
    }
}
