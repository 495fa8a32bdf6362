import GRDB

/// Entities and relations whose support changed in a transaction, to be recounted and pruned at its end.
struct TouchedRows {
    var relations = Set<Int64>()
    var entities = Set<Int64>()
}

/// Counts of rows a prune deleted.
struct PruneResult {
    var relationsDeleted = 0
    var entitiesDeleted = 0
    /// The form keys the deleted entities held, whose alias owner must be recomputed.
    var deletedKeys = Set<String>()
}

/// Removing a document's contribution and deleting what is left unsupported.
enum Retraction {
    /// Deletes the evidence and mentions of `document`, recording what they supported in `touched`.
    ///
    /// Returns the number of evidence rows removed.
    static func retract(_ db: Database, document: String, into touched: inout TouchedRows) throws -> Int {
        touched.relations.formUnion(
            try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT DISTINCT relation_id FROM evidence WHERE document_id = ?"),
                arguments: [document]))
        touched.entities.formUnion(
            try Int64.fetchAll(
                db.cachedStatement(sql: "SELECT entity_id FROM mentions WHERE document_id = ?"),
                arguments: [document]))
        try db.cachedStatement(sql: "DELETE FROM evidence WHERE document_id = ?").execute(arguments: [document])
        let evidenceRemoved = db.changesCount
        try db.cachedStatement(sql: "DELETE FROM mentions WHERE document_id = ?").execute(arguments: [document])
        try EntityNames.retract(db, document: document)
        try EntityDescriptions.retract(db, document: document)
        return evidenceRemoved
    }

    /// Recounts confidence and mentions of the touched rows, then deletes relations without evidence and
    /// entities without mentions or relations.
    static func prune(_ db: Database, _ touched: TouchedRows) throws -> PruneResult {
        var result = PruneResult()
        var entities = touched.entities
        let recount = try db.cachedStatement(
            sql: """
                UPDATE relations SET confidence = COALESCE(
                    (SELECT MAX(confidence) FROM evidence WHERE relation_id = relations.id), confidence)
                WHERE id = ?
                """)
        let ends = try db.cachedStatement(sql: "SELECT source_id, target_id FROM relations WHERE id = ?")
        let deleteRelation = try db.cachedStatement(
            sql: "DELETE FROM relations WHERE id = ? AND NOT EXISTS (SELECT 1 FROM evidence WHERE relation_id = ?)")
        for relation in touched.relations.sorted() {
            try recount.execute(arguments: [relation])
            if let row = try Row.fetchOne(ends, arguments: [relation]) {
                entities.insert(row["source_id"])
                entities.insert(row["target_id"])
            }
            try deleteRelation.execute(arguments: [relation, relation])
            result.relationsDeleted += db.changesCount
        }
        let recountMentions = try db.cachedStatement(
            sql:
                "UPDATE entities SET mentions = (SELECT COALESCE(SUM(count), 0) FROM mentions WHERE entity_id = ?) WHERE id = ?"
        )
        let unsupported = try db.cachedStatement(
            sql: """
                SELECT 1 FROM entities WHERE id = ?
                AND NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?)
                AND NOT EXISTS (SELECT 1 FROM relations WHERE source_id = ?)
                AND NOT EXISTS (SELECT 1 FROM relations WHERE target_id = ?)
                """)
        let formsOf = try db.cachedStatement(sql: "SELECT form_key FROM entity_forms WHERE entity_id = ?")
        let deleteEntity = try db.cachedStatement(sql: "DELETE FROM entities WHERE id = ?")
        for entity in entities.sorted() {
            try recountMentions.execute(arguments: [entity, entity])
            guard try Bool.fetchOne(unsupported, arguments: [entity, entity, entity, entity]) != nil else { continue }
            result.deletedKeys.formUnion(try String.fetchAll(formsOf, arguments: [entity]))
            try deleteEntity.execute(arguments: [entity])
            result.entitiesDeleted += db.changesCount
        }
        return result
    }
}
