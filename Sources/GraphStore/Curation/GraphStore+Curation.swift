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
            // Recorded under the kept actor's name, which replay keeps it called (not an alias the user typed).
            try Self.make(db, .merge(keep: try EntityLookup.name(db, id: keepID), absorbed: other))
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

    /// Marks a relation as checked and kept: ``review(limit:only:)`` no longer lists it.
    ///
    /// - Throws: ``GraphStoreError/unknownRelation(source:type:target:)`` if it is not stored.
    public func acceptRelation(source: String, type: RelationType, target: String) throws(GraphStoreError) {
        try record(.acceptRelation(source: source, type: type, target: target))
    }

    /// Adds a relation by hand, with a sentence of a stored document as its evidence.
    ///
    /// The sentence must stand in the document's stored text word for word; the evidence gets the offsets where
    /// it first stands and is marked curated. The relation type must admit the two actors' types.
    /// - Returns: the record, with the evidence's offsets.
    /// - Throws: ``GraphStoreError/evidenceNotInDocument(document:evidence:)``,
    ///   ``GraphStoreError/noStoredText(document:)``, ``GraphStoreError/unknownDocument(id:suggestions:)``,
    ///   ``GraphStoreError/inadmissibleRelation(source:sourceType:type:target:targetType:)``,
    ///   ``GraphStoreError/unknownEntity(name:suggestions:)``, or
    ///   ``GraphStoreError/conflictingCuration(name:reason:)`` when the relation already has that sentence.
    @discardableResult
    public func addRelation(
        source: String, type: RelationType, target: String, document: String, evidence sentence: String
    ) throws(GraphStoreError) -> CurationRecord {
        try write { db in
            _ = try EntityLookup.require(db, name: source)
            _ = try EntityLookup.require(db, name: target)
            let cited = Evidence(document: document, sentence: sentence, start: -1, end: -1, curated: true)
            guard let located = try HandAddedRelation.locate(db, cited, strict: true) else {
                throw GraphStoreError.unknownDocument(id: document, suggestions: [])
            }
            let id = try Self.make(db, .addRelation(source: source, type: type, target: target, evidence: located))
            return try CurationLog.require(db, id: id)
        }
    }

    /// Takes `alias` off `actor`, then reads every document again under that rule.
    ///
    /// The alias then joins no names together; documents that call an actor by it alone give an actor of that
    /// name. Only an alias that documents gave can be taken off: one a merge or rename made goes with `undo`.
    /// - Throws: ``GraphStoreError/unknownAlias(actor:alias:aliases:)``,
    ///   ``GraphStoreError/conflictingCuration(name:reason:)`` for the actor's own name or an alias a curation
    ///   made, ``GraphStoreError/notArchived(documents:)`` when a document must be read again first.
    public func unalias(_ actor: String, alias: String) throws(GraphStoreError) -> CurationOutcome {
        try write { db in
            let id = try EntityLookup.require(db, name: actor)
            let name = try EntityLookup.name(db, id: id)
            try AliasRemoval.check(db, actor: id, name: name, alias: alias)
            let record = try Self.make(db, .unalias(actor: name, alias: alias))
            let rebuilt = try StoreRebuild.rebuild(db)
            var warnings = rebuilt.warnings
            if let now = try EntityLookup.id(db, name: name), try EntityLookup.id(db, name: alias) == now {
                warnings.append(
                    "'\(alias)' still names '\(name)': a document calls an actor '\(alias)' and also by another of"
                        + " its names")
            }
            return CurationOutcome(
                record: try CurationLog.require(db, id: record), documentsReread: rebuilt.documents, warnings: warnings)
        }
    }

    /// Undoes a curation: the graph is rebuilt from the stored documents and the curations still in force.
    ///
    /// The store then holds what it would hold had the curation never been made; the record stays in the log,
    /// marked undone.
    /// - Throws: ``GraphStoreError/unknownCuration(id:last:)``, ``GraphStoreError/alreadyUndone(id:at:)``,
    ///   ``GraphStoreError/notArchived(documents:)`` (nothing is changed).
    public func undo(curation id: Int64) throws(GraphStoreError) -> CurationOutcome {
        try write { db in
            let record = try CurationLog.require(db, id: id)
            if let at = record.undoneAt { throw GraphStoreError.alreadyUndone(id: id, at: at) }
            try CurationLog.markUndone(db, id: id)
            let rebuilt = try StoreRebuild.rebuild(db)
            return CurationOutcome(
                record: try CurationLog.require(db, id: id), documentsReread: rebuilt.documents,
                warnings: rebuilt.warnings)
        }
    }

    /// Every stored curation, undone ones included, in the order it was made (and is replayed).
    public func curations() throws(GraphStoreError) -> [CurationRecord] {
        try read { db in try CurationLog.all(db) }
    }

    private func record(_ action: CurationAction) throws(GraphStoreError) {
        _ = try write { db in try Self.make(db, action) }
    }

    /// Records a curation and applies it strictly; both are rolled back together if it fails.
    @discardableResult
    private static func make(_ db: Database, _ action: CurationAction) throws -> Int64 {
        let id = try CurationLog.append(db, action)
        try CurationReplay.apply(db, action, curation: id, strict: true)
        return id
    }
}

/// What a curation that re-reads the documents (`unalias`, `undo`) did.
public struct CurationOutcome: Hashable, Sendable {
    /// The curation made, or the one undone (with its `undoneAt`).
    public var record: CurationRecord
    /// Documents read again from the archive.
    public var documentsReread: Int
    /// Curations that could not be replayed on the rebuilt graph.
    public var warnings: [String]
}
