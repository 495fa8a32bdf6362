public import ActorGraphCore
import GraphStore

/// A relation to add by hand, with the sentence that supports it.
public struct AddRelationRequest: Sendable, Equatable {
    public var source: String
    public var type: RelationType
    public var target: String
    /// The id of a stored document.
    public var document: String
    /// A sentence (or any passage) of that document, word for word.
    public var evidence: String

    public init(source: String, type: RelationType, target: String, document: String, evidence: String) {
        self.source = source
        self.type = type
        self.target = target
        self.document = document
        self.evidence = evidence
    }
}

extension Workspace {
    /// Every curation made in this database, undone ones included, in the order they are replayed.
    public func curations() throws -> [CurationRow] {
        try store.curations().map(CurationRow.init)
    }

    /// Undoes curation `id`: the database is left as if it had never been made (the log keeps it, marked undone).
    ///
    /// Every stored document is read again from what the database keeps of it, and the other curations are
    /// replayed.
    public func undo(curation id: Int64) throws -> CurationOutcomeReport {
        try report(try store.undo(curation: id))
    }

    /// Takes an alias off an actor, then reads every stored document again so its mentions are resolved anew.
    public func unalias(_ actor: String, alias: String) throws -> CurationOutcomeReport {
        try report(try store.unalias(actor, alias: alias))
    }

    /// Adds a relation by hand; it is marked curated wherever it is shown and exported.
    ///
    /// The evidence must stand word for word in the document's stored text, and the relation type must admit
    /// the two actors' types.
    public func addRelation(_ request: AddRelationRequest) throws -> CurationRow {
        CurationRow(
            try store.addRelation(
                source: try resolve(request.source).name, type: request.type, target: try resolve(request.target).name,
                document: request.document, evidence: request.evidence))
    }

    /// Marks a relation checked and kept: review no longer lists it.
    public func acceptRelation(source: String, type: RelationType, target: String) throws {
        try store.acceptRelation(source: source, type: type, target: target)
    }

    private func report(_ outcome: CurationOutcome) throws -> CurationOutcomeReport {
        let stats = try store.stats()
        return CurationOutcomeReport(
            curation: CurationRow(outcome.record), documentsReread: outcome.documentsReread, entities: stats.entities,
            relations: stats.relations, warnings: outcome.warnings)
    }
}
