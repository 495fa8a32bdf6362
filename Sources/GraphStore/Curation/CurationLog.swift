import ActorGraphCore
import GRDB

/// Reading and appending the `curations` table.
///
/// A record keeps the names as the user gave them; the kinds `merge`, `rename`, `retype` and `reject` are
/// those of schema 3 and earlier, read unchanged from older files.
enum CurationLog {
    /// Appends a record and returns its id.
    @discardableResult
    static func append(_ db: Database, _ action: CurationAction) throws -> Int64 {
        let c = columns(of: action)
        try db.execute(
            sql: """
                INSERT INTO curations
                    (kind, subject, object, relation_type, document_id, sentence, start_offset, end_offset, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                c.kind, c.subject, c.object, c.relationType, c.evidence?.document, c.evidence?.sentence,
                c.evidence?.start, c.evidence?.end, timestampNow(),
            ])
        return db.lastInsertedRowID
    }

    /// Every record, undone ones included, in replay order.
    static func all(_ db: Database) throws -> [CurationRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM curations ORDER BY id").compactMap(record)
    }

    /// The records in force (not undone), in replay order.
    static func active(_ db: Database) throws -> [CurationRecord] {
        try all(db).filter(\.isActive)
    }

    /// One record, or nil for an unknown id.
    static func record(_ db: Database, id: Int64) throws -> CurationRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM curations WHERE id = ?", arguments: [id]).flatMap(record)
    }

    /// One record; throws ``GraphStoreError/unknownCuration(id:last:)`` for an unknown id.
    static func require(_ db: Database, id: Int64) throws -> CurationRecord {
        if let record = try record(db, id: id) { return record }
        throw GraphStoreError.unknownCuration(
            id: id, last: try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM curations"))
    }

    /// Makes the records that cite document `old` (`add-relation`) cite `new`: its file moved.
    ///
    /// `curations.document_id` has no foreign key on purpose: a curation outlives its document's removal
    /// (replay skips it) and applies again when the document is ingested again, which a key would forbid
    /// (restrict) or forget (set null).
    static func renameDocument(_ db: Database, from old: String, to new: String) throws {
        try db.execute(sql: "UPDATE curations SET document_id = ? WHERE document_id = ?", arguments: [new, old])
    }

    /// Marks a record undone: it stays listed, and replay and rebuilds leave it out.
    static func markUndone(_ db: Database, id: Int64) throws {
        try db.execute(sql: "UPDATE curations SET undone_at = ? WHERE id = ?", arguments: [timestampNow(), id])
    }

    private static func record(_ row: Row) -> CurationRecord? {
        let kind: String = row["kind"]
        let subject: String = row["subject"]
        let object: String = row["object"]
        let relationType = (row["relation_type"] as String?).flatMap(RelationType.init(rawValue:))
        let action: CurationAction
        switch kind {
        case "merge": action = .merge(keep: subject, absorbed: object)
        case "rename": action = .rename(from: subject, to: object)
        case "retype":
            guard let type = EntityType(rawValue: object) else { return nil }
            action = .retype(name: subject, to: type)
        case "reject":
            guard let relationType else { return nil }
            action = .rejectRelation(source: subject, type: relationType, target: object)
        case "accept":
            guard let relationType else { return nil }
            action = .acceptRelation(source: subject, type: relationType, target: object)
        case "unalias": action = .unalias(actor: subject, alias: object)
        case "add":
            guard let relationType, let document: String = row["document_id"], let sentence: String = row["sentence"],
                let start: Int = row["start_offset"], let end: Int = row["end_offset"]
            else { return nil }
            let evidence = Evidence(document: document, sentence: sentence, start: start, end: end, curated: true)
            action = .addRelation(source: subject, type: relationType, target: object, evidence: evidence)
        default: return nil
        }
        return CurationRecord(id: row["id"], action: action, createdAt: row["created_at"], undoneAt: row["undone_at"])
    }

    private static func columns(
        of action: CurationAction
    ) -> (kind: String, subject: String, object: String, relationType: String?, evidence: Evidence?) {
        switch action {
        case .merge(let keep, let absorbed): ("merge", keep, absorbed, nil, nil)
        case .rename(let from, let to): ("rename", from, to, nil, nil)
        case .retype(let name, let type): ("retype", name, type.rawValue, nil, nil)
        case .rejectRelation(let source, let type, let target): ("reject", source, target, type.rawValue, nil)
        case .acceptRelation(let source, let type, let target): ("accept", source, target, type.rawValue, nil)
        case .unalias(let actor, let alias): ("unalias", actor, alias, nil, nil)
        case .addRelation(let source, let type, let target, let evidence):
            ("add", source, target, type.rawValue, evidence)
        }
    }
}
