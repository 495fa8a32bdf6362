import GRDB

/// The names documents give an entity: one row per (entity, document, name, subtype), and running sums per
/// (entity, name, subtype), so recomputing a canonical name reads a few sums, not a row per document.
enum EntityNames {
    /// Records that `document` names `entity` `name` (with `subtype`, "" for none) `mentions` times.
    static func record(
        _ db: Database, entity: Int64, document: String, name: String, subtype: String, mentions: Int
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT OR IGNORE INTO entity_names (entity_id, document_id, name, subtype, mentions)
                VALUES (?, ?, ?, ?, ?)
                """
        ).execute(arguments: [entity, document, name, subtype, mentions])
        let newRecord = db.changesCount == 1
        if !newRecord {
            try db.cachedStatement(
                sql: """
                    UPDATE entity_names SET mentions = mentions + ?
                    WHERE entity_id = ? AND document_id = ? AND name = ? AND subtype = ?
                    """
            ).execute(arguments: [mentions, entity, document, name, subtype])
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO entity_name_totals (entity_id, name, subtype, mentions, records) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (entity_id, name, subtype) DO UPDATE SET
                    mentions = mentions + excluded.mentions, records = records + excluded.records
                """
        ).execute(arguments: [entity, name, subtype, mentions, newRecord ? 1 : 0])
    }

    /// Takes back everything `document` recorded.
    static func retract(_ db: Database, document: String) throws {
        let rows = try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT entity_id, name, subtype, mentions FROM entity_names WHERE document_id = ?"),
            arguments: [document])
        let subtract = try db.cachedStatement(
            sql: """
                UPDATE entity_name_totals SET mentions = mentions - ?, records = records - 1
                WHERE entity_id = ? AND name = ? AND subtype = ?
                """)
        let dropEmpty = try db.cachedStatement(
            sql: "DELETE FROM entity_name_totals WHERE entity_id = ? AND name = ? AND subtype = ? AND records <= 0")
        for row in rows {
            let (entity, name, subtype, mentions): (Int64, String, String, Int) = (row[0], row[1], row[2], row[3])
            try subtract.execute(arguments: [mentions, entity, name, subtype])
            try dropEmpty.execute(arguments: [entity, name, subtype])
        }
        try db.cachedStatement(sql: "DELETE FROM entity_names WHERE document_id = ?").execute(arguments: [document])
    }

    /// Moves `absorbed`'s names onto `keep` (a merge), then recounts `keep`'s sums: two rows of one document
    /// may have become one.
    static func move(_ db: Database, from absorbed: Int64, to keep: Int64) throws {
        try db.execute(
            sql: """
                INSERT INTO entity_names (entity_id, document_id, name, subtype, mentions)
                SELECT ?, document_id, name, subtype, mentions FROM entity_names WHERE entity_id = ? AND true
                ON CONFLICT (entity_id, document_id, name, subtype) DO UPDATE SET mentions = mentions + excluded.mentions
                """,
            arguments: [keep, absorbed])
        try db.execute(sql: "DELETE FROM entity_names WHERE entity_id = ?", arguments: [absorbed])
        try db.execute(
            sql: "DELETE FROM entity_name_totals WHERE entity_id IN (?, ?)", arguments: [keep, absorbed])
        try db.execute(
            sql: """
                INSERT INTO entity_name_totals (entity_id, name, subtype, mentions, records)
                SELECT entity_id, name, subtype, SUM(mentions), COUNT(*) FROM entity_names WHERE entity_id = ?
                GROUP BY name, subtype
                """,
            arguments: [keep])
    }
}
