import GRDB

/// The descriptions documents give an entity (see ``DescriptionsSchema``): one row per (entity, document,
/// description), taken back with the document and moved by a merge.
enum EntityDescriptions {
    /// Records that `document` describes `entity` with each of `descriptions`.
    static func record(_ db: Database, entity: Int64, document: String, descriptions: [String]) throws {
        guard !descriptions.isEmpty else { return }
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO entity_descriptions (entity_id, document_id, description) VALUES (?, ?, ?)")
        for description in descriptions { try insert.execute(arguments: [entity, document, description]) }
    }

    /// Takes back everything `document` recorded.
    static func retract(_ db: Database, document: String) throws {
        try db.cachedStatement(sql: "DELETE FROM entity_descriptions WHERE document_id = ?").execute(
            arguments: [document])
    }

    /// Moves `absorbed`'s descriptions onto `keep` (a merge); one both had is kept once.
    static func move(_ db: Database, from absorbed: Int64, to keep: Int64) throws {
        try db.execute(
            sql: """
                INSERT OR IGNORE INTO entity_descriptions (entity_id, document_id, description)
                SELECT ?, document_id, description FROM entity_descriptions WHERE entity_id = ?
                """,
            arguments: [keep, absorbed])
        try db.execute(sql: "DELETE FROM entity_descriptions WHERE entity_id = ?", arguments: [absorbed])
    }

    /// Every stored entity's descriptions, distinct and sorted, keyed by entity id (of one type when given).
    static func all(_ db: Database, type: String?) throws -> [Int64: [String]] {
        let condition = type == nil ? "" : "WHERE e.type = ?"
        var found: [Int64: [String]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT DISTINCT d.entity_id, d.description FROM entity_descriptions d
                JOIN entities e ON e.id = d.entity_id \(condition) ORDER BY d.entity_id, d.description
                """,
            arguments: type.map { [$0] } ?? [])
        {
            found[row[0], default: []].append(row[1])
        }
        return found
    }

    /// One entity's descriptions, distinct and sorted.
    static func of(_ db: Database, entity: Int64) throws -> [String] {
        try String.fetchAll(
            db, sql: "SELECT DISTINCT description FROM entity_descriptions WHERE entity_id = ? ORDER BY description",
            arguments: [entity])
    }
}
