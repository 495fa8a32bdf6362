import ActorGraphCore
import GRDB

/// Folding one entity into another: aliases, mentions and relations move; duplicates are unioned.
enum EntityMerge {
    /// Moves everything of `absorbed` onto `keep` and deletes `absorbed`.
    ///
    /// For a user's merge (`curated`), moved aliases become curated, so later documents that use them join
    /// `keep` whatever type they give; an ingest that finds two entities sharing a form merges them without
    /// that. A relation that would join `keep` to itself is deleted with its evidence: "A supports B" means
    /// nothing once A and B are one actor.
    static func merge(_ db: Database, keep: Int64, absorbing absorbed: Int64, curated: Bool) throws {
        guard keep != absorbed else { return }
        try db.execute(
            sql: "UPDATE aliases SET entity_id = ?, curated = MAX(curated, ?) WHERE entity_id = ?",
            arguments: [keep, curated, absorbed])
        try db.execute(
            sql: "UPDATE entity_forms SET entity_id = ? WHERE entity_id = ?", arguments: [keep, absorbed])
        try EntityNames.move(db, from: absorbed, to: keep)
        try EntityDescriptions.move(db, from: absorbed, to: keep)

        try db.execute(
            sql: """
                INSERT INTO mentions (entity_id, document_id, count)
                SELECT ?, document_id, count FROM mentions WHERE entity_id = ? AND true
                ON CONFLICT (entity_id, document_id) DO UPDATE SET count = count + excluded.count
                """,
            arguments: [keep, absorbed])
        try db.execute(sql: "DELETE FROM mentions WHERE entity_id = ?", arguments: [absorbed])
        let rows = try Row.fetchAll(
            db, sql: "SELECT id, source_id, type, target_id FROM relations WHERE source_id = ?1 OR target_id = ?1",
            arguments: [absorbed])
        for row in rows {
            let id: Int64 = row["id"]
            let typeName: String = row["type"]
            guard let type = RelationType(rawValue: typeName) else { continue }
            let source: Int64 = row["source_id"] == absorbed ? keep : row["source_id"]
            let target: Int64 = row["target_id"] == absorbed ? keep : row["target_id"]
            try repoint(db, relation: id, type: type, source: source, target: target)
        }
        try db.execute(
            sql: """
                UPDATE entities SET
                    mentions = (SELECT COALESCE(SUM(count), 0) FROM mentions WHERE entity_id = ?1),
                    subtype = COALESCE(subtype, (SELECT subtype FROM entities WHERE id = ?2))
                WHERE id = ?1
                """,
            arguments: [keep, absorbed])
        try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [absorbed])
    }

    /// Gives a relation new ends, unioning it into an existing relation with the same ends and type.
    static func repoint(_ db: Database, relation: Int64, type: RelationType, source: Int64, target: Int64) throws {
        if source == target {
            try db.execute(sql: "DELETE FROM relations WHERE id = ?", arguments: [relation])
            return
        }
        let (s, t) = EntityLookup.storedEnds(source: source, type: type, target: target)
        if let existing = try EntityLookup.relationID(db, source: s, type: type, target: t), existing != relation {
            try db.execute(
                sql: """
                    INSERT INTO evidence
                        (relation_id, document_id, sentence, start_offset, end_offset, confidence, cited_document,
                         curation_id)
                    SELECT ?, document_id, sentence, start_offset, end_offset, confidence, cited_document, curation_id
                    FROM evidence WHERE relation_id = ? AND true
                    ON CONFLICT (relation_id, document_id, start_offset)
                    DO UPDATE SET confidence = MAX(confidence, excluded.confidence),
                        curation_id = COALESCE(curation_id, excluded.curation_id)
                    """,
                arguments: [existing, relation])
            try db.execute(
                sql: """
                    UPDATE relations SET
                        confidence = (SELECT MAX(confidence) FROM evidence WHERE relation_id = ?1),
                        rejected = MAX(rejected, (SELECT rejected FROM relations WHERE id = ?2)),
                        accepted = MAX(accepted, (SELECT accepted FROM relations WHERE id = ?2))
                    WHERE id = ?1
                    """,
                arguments: [existing, relation])
            try db.execute(sql: "DELETE FROM relations WHERE id = ?", arguments: [relation])
        } else {
            try db.execute(
                sql: "UPDATE relations SET source_id = ?, target_id = ? WHERE id = ?",
                arguments: [s, t, relation])
        }
    }
}
