public import ActorGraphCore
import GRDB

extension GraphStore {
    /// Makes `other` an alias of `keep`, moving its aliases, mentions and relations onto `keep`.
    ///
    /// Relations that become duplicates are unioned (evidence kept once). Recorded and replayed after every ingest.
    ///
    /// Merging two names of the same actor does nothing and records nothing.
    /// - Throws: ``GraphStoreError/unknownEntity(name:suggestions:)`` for either name.
    public func merge(_ keep: String, absorbing other: String) throws(GraphStoreError) {
        try write { db in
            let keepID = try EntityLookup.require(db, name: keep)
            let otherID = try EntityLookup.require(db, name: other)
            guard keepID != otherID else { return }
            let action = CurationAction.merge(keep: keep, absorbed: other)
            try CurationReplay.apply(db, action, strict: true)
            try CurationLog.append(db, action)
        }
    }

    /// Gives an actor a new canonical name; the old one stays an alias.
    ///
    /// - Throws: ``GraphStoreError/conflictingCuration(name:reason:)`` if `newName` belongs to another actor.
    public func rename(_ name: String, to newName: String) throws(GraphStoreError) {
        try record(.rename(from: name, to: newName))
    }

    /// Corrects an actor's type; later documents that give the old type still join it.
    public func retype(_ name: String, to type: EntityType) throws(GraphStoreError) {
        try record(.retype(name: name, to: type))
    }

    /// Hides a relation from every query and export, now and after re-ingests.
    ///
    /// Its evidence is kept.
    ///
    /// - Throws: ``GraphStoreError/unknownRelation(source:type:target:)`` if it is not stored.
    public func rejectRelation(source: String, type: RelationType, target: String) throws(GraphStoreError) {
        try record(.rejectRelation(source: source, type: type, target: target))
    }

    /// Every stored curation, in the order it was made (and is replayed).
    public func curations() throws(GraphStoreError) -> [CurationRecord] {
        try read { db in try CurationLog.all(db) }
    }

    private func record(_ action: CurationAction) throws(GraphStoreError) {
        try write { db in
            try CurationReplay.apply(db, action, strict: true)
            try CurationLog.append(db, action)
        }
    }
}
