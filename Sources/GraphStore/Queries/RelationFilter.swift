import GRDB

/// The filters every relation query shares: involved entities, minimum confidence, document date window.
///
/// The window keeps evidence whose document date `d` satisfies `since <= d <= until` (ISO strings compare
/// as dates); with a window set, evidence from undated documents is left out, since it cannot be placed.
struct RelationFilter {
    var involving: Int64?
    var between: (Int64, Int64)?
    var minConfidence: Double = 0
    var since: String?
    var until: String?

    /// Whether a date window applies (so undated evidence is left out).
    var isWindowed: Bool { since != nil || until != nil }

    /// The join to `documents` as `d`, needed only when a date window filters on `d.date`.
    var documentJoin: String {
        since == nil && until == nil ? "" : "JOIN documents d ON d.id = ev.document_id"
    }

    /// SQL conditions on `r` (relations), `ev` (evidence) and `d` (documents), with their arguments.
    var sql: (String, StatementArguments) {
        // A wire copy's sentences do not count where another member of its cluster supplies them.
        var conditions = ["r.rejected = 0", "r.confidence >= ?", "ev.counted = 1"]
        var arguments: StatementArguments = [minConfidence]
        if let involving {
            conditions.append("(r.source_id = ? OR r.target_id = ?)")
            arguments += [involving, involving]
        }
        if let (a, b) = between {
            conditions.append("((r.source_id = ? AND r.target_id = ?) OR (r.source_id = ? AND r.target_id = ?))")
            arguments += [a, b, b, a]
        }
        if let since {
            conditions.append("d.date >= ?")
            arguments += [since]
        }
        if let until {
            conditions.append("d.date <= ?")
            arguments += [until]
        }
        return (conditions.joined(separator: " AND "), arguments)
    }
}
