public import ActorGraphCore
import GraphStore

/// What `remove` retracted.
public struct RemovalReport: Codable, Sendable, Equatable {
    public var document: String
    public var evidenceRemoved: Int
    public var relationsDeleted: Int
    public var entitiesDeleted: Int
}

extension Workspace {
    /// Retracts a document's evidence and deletes relations and entities left with none.
    public func remove(document: String) throws -> RemovalReport {
        let summary = try store.removeDocument(document)
        return RemovalReport(
            document: document, evidenceRemoved: summary.evidenceRemoved, relationsDeleted: summary.relationsDeleted,
            entitiesDeleted: summary.entitiesDeleted)
    }

    /// Makes `other` an alias of `keep` (recorded, so it survives re-ingest).
    public func merge(_ keep: String, absorbing other: String) throws { try store.merge(keep, absorbing: other) }

    /// Renames an actor; the old name stays an alias.
    public func rename(_ name: String, to newName: String) throws { try store.rename(name, to: newName) }

    /// Changes an actor's type.
    public func retype(_ name: String, to type: EntityType) throws { try store.retype(name, to: type) }

    /// Hides a relation now and after every later ingest.
    public func rejectRelation(source: String, type: RelationType, target: String) throws {
        try store.rejectRelation(source: source, type: type, target: target)
    }
}
