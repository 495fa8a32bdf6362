public import ActorGraphCore
import GraphStore

/// The kinds of curation, as `curations` lists them.
public enum CurationKind: String, Codable, CaseIterable, Sendable, Hashable {
    case merge
    case rename
    case retype
    case rejectRelation = "reject_relation"
    case acceptRelation = "accept_relation"
    case unalias
    case addRelation = "add_relation"
}

/// One curation as `curations` lists it (docs/json.md, "curation").
public struct CurationRow: Codable, Sendable, Equatable {
    /// Its number: the order curations are replayed in, and what `undo` takes.
    public var id: Int64
    public var kind: CurationKind
    /// What it did, in one line: `merge 'Sergei Lavrov' into 'Russia'`.
    public var description: String
    /// When it was made and, if it was, undone (ISO 8601 UTC).
    public var createdAt: String
    public var undoneAt: String?
    /// The actor (or relation source) and the other name (or relation target) as the user gave them.
    public var subject: String
    public var object: String
    /// The relation type, for the kinds about a relation.
    public var relationType: RelationType?
    /// The sentence a relation added by hand cites.
    public var evidence: Evidence?

    init(_ record: CurationRecord) {
        id = record.id
        createdAt = record.createdAt
        undoneAt = record.undoneAt
        relationType = nil
        evidence = nil
        switch record.action {
        case .merge(let keep, let absorbed):
            (kind, subject, object) = (.merge, keep, absorbed)
            description = "merge '\(absorbed)' into '\(keep)'"
        case .rename(let from, let to):
            (kind, subject, object) = (.rename, from, to)
            description = "rename '\(from)' to '\(to)'"
        case .retype(let name, let type):
            (kind, subject, object) = (.retype, name, type.rawValue)
            description = "retype '\(name)' as \(type.rawValue)"
        case .rejectRelation(let source, let type, let target):
            (kind, subject, object, relationType) = (.rejectRelation, source, target, type)
            description = "reject '\(source) \(type.rawValue) \(target)'"
        case .acceptRelation(let source, let type, let target):
            (kind, subject, object, relationType) = (.acceptRelation, source, target, type)
            description = "accept '\(source) \(type.rawValue) \(target)'"
        case .unalias(let actor, let alias):
            (kind, subject, object) = (.unalias, actor, alias)
            description = "take the alias '\(alias)' off '\(actor)'"
        case .addRelation(let source, let type, let target, let cited):
            (kind, subject, object, relationType, evidence) = (.addRelation, source, target, type, cited)
            description =
                "add '\(source) \(type.rawValue) \(target)' citing \(cited.document):\(cited.start)-\(cited.end)"
        }
    }
}

/// What `undo` and `unalias` did: they read every stored document again.
public struct CurationOutcomeReport: Codable, Sendable, Equatable {
    /// The curation undone (with its `undone_at`) or made.
    public var curation: CurationRow
    /// Documents read again from what the database keeps of them.
    public var documentsReread: Int
    /// Entities and relations afterwards.
    public var entities: Int
    public var relations: Int
    /// Curations that could not be replayed, and notes, one line each.
    public var warnings: [String]
}
