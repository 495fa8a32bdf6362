import ActorGraphCore
import GRDB

/// What may be taken off an actor with `unalias`.
enum AliasRemoval {
    /// Throws unless `alias` is an alias documents gave to the actor `id` (named `name`).
    static func check(_ db: Database, actor id: Int64, name: String, alias: String) throws {
        let key = NameKey.fold(alias)
        guard key != NameKey.fold(name) else {
            throw GraphStoreError.conflictingCuration(
                name: name, reason: "'\(alias)' is the actor's name; rename the actor first, then take the old name off"
            )
        }
        let owner = try Int64.fetchOne(db, sql: "SELECT entity_id FROM aliases WHERE alias_key = ?", arguments: [key])
        guard owner == id else {
            let aliases = try String.fetchAll(
                db, sql: "SELECT alias FROM aliases WHERE entity_id = ? AND alias_key <> ? ORDER BY alias",
                arguments: [id, NameKey.fold(name)])
            throw GraphStoreError.unknownAlias(actor: name, alias: alias, aliases: aliases)
        }
        for record in try CurationLog.active(db) {
            let madeIt: Bool
            switch record.action {
            case .merge(let keep, let absorbed):
                madeIt = try NameKey.fold(absorbed) == key && EntityLookup.id(db, name: keep) == id
            case .rename(let from, let to):
                madeIt = try NameKey.fold(from) == key && EntityLookup.id(db, name: to) == id
            default:
                madeIt = false
            }
            if madeIt {
                throw GraphStoreError.conflictingCuration(
                    name: name,
                    reason: "'\(alias)' became its alias by curation \(record.id); undo that curation instead")
            }
        }
    }
}
