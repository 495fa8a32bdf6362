/// What removing one document retracted.
public struct RemovalSummary: Hashable, Sendable {
    /// The removed document's id.
    public var document: String
    /// Evidence rows it contributed.
    public var evidenceRemoved: Int
    /// Relations left without any evidence, hence deleted.
    public var relationsDeleted: Int
    /// Entities left without mentions or relations, hence deleted.
    public var entitiesDeleted: Int

    public init(document: String, evidenceRemoved: Int, relationsDeleted: Int, entitiesDeleted: Int) {
        self.document = document
        self.evidenceRemoved = evidenceRemoved
        self.relationsDeleted = relationsDeleted
        self.entitiesDeleted = entitiesDeleted
    }
}
