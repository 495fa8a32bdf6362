import ActorGraphCore
import GRDB

/// The curations that change how a document's entities are read before they are stored: `unalias`.
///
/// A rule looks at one document only, so it keeps the store independent of arrival order. For
/// `unalias(actor: A, alias: X)`: an entity that a document names X loses A's name from its aliases, and any
/// other entity loses X from its aliases. X then joins no names together, and a document that calls an actor
/// X alone gives an actor X of its own. The archive keeps documents as extracted, so undoing the curation
/// rebuilds them without the rule.
struct IngestRules {
    /// Folded (actor name, alias) pairs of the unalias curations in force.
    private(set) var unaliased: [(actor: String, alias: String)] = []

    /// Whether no rule applies, so documents are stored as they come.
    var isEmpty: Bool { unaliased.isEmpty }

    /// The rules of the curations in force.
    static func load(_ db: Database) throws -> IngestRules {
        var rules = IngestRules()
        for record in try CurationLog.active(db) {
            if case .unalias(let actor, let alias) = record.action {
                rules.unaliased.append((NameKey.fold(actor), NameKey.fold(alias)))
            }
        }
        return rules
    }

    /// `document` with the aliases the rules take off.
    func apply(to document: ExtractedDocument) -> ExtractedDocument {
        guard !isEmpty else { return document }
        var result = document
        for index in result.entities.indices {
            let entity = result.entities[index]
            let nameKey = NameKey.fold(entity.name)
            let dropped = Set(unaliased.map { nameKey == $0.alias ? $0.actor : $0.alias })
            result.entities[index].aliases = entity.aliases.filter { !dropped.contains(NameKey.fold($0)) }
        }
        return result
    }

    /// `incoming` with the aliases the rules take off its document.
    func apply(to incoming: IncomingDocument) -> IncomingDocument {
        guard !isEmpty else { return incoming }
        var result = incoming
        result.document = apply(to: incoming.document)
        return result
    }
}
