import ActorGraphCore
import GRDB

/// Reading and appending the `curations` table.
enum CurationLog {
    static func append(_ db: Database, _ action: CurationAction) throws {
        let (kind, subject, object, relationType) = columns(of: action)
        try db.execute(
            sql: "INSERT INTO curations (kind, subject, object, relation_type, created_at) VALUES (?, ?, ?, ?, ?)",
            arguments: [kind, subject, object, relationType, timestampNow()])
    }

    static func all(_ db: Database) throws -> [CurationRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM curations ORDER BY id").compactMap { row in
            let kind: String = row["kind"]
            let subject: String = row["subject"]
            let object: String = row["object"]
            let relationType: String? = row["relation_type"]
            let action: CurationAction
            switch kind {
            case "merge": action = .merge(keep: subject, absorbed: object)
            case "rename": action = .rename(from: subject, to: object)
            case "retype":
                guard let type = EntityType(rawValue: object) else { return nil }
                action = .retype(name: subject, to: type)
            case "reject":
                guard let type = relationType.flatMap(RelationType.init(rawValue:)) else { return nil }
                action = .rejectRelation(source: subject, type: type, target: object)
            default: return nil
            }
            return CurationRecord(id: row["id"], action: action, createdAt: row["created_at"])
        }
    }

    private static func columns(of action: CurationAction) -> (String, String, String, String?) {
        switch action {
        case .merge(let keep, let absorbed): ("merge", keep, absorbed, nil)
        case .rename(let from, let to): ("rename", from, to, nil)
        case .retype(let name, let type): ("retype", name, type.rawValue, nil)
        case .rejectRelation(let source, let type, let target): ("reject", source, target, type.rawValue)
        }
    }
}
