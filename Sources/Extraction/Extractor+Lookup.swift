public import ActorGraphCore

/// An entity the bundled knowledge (or the user's dictionary) names, found without reading a document.
public struct KnownEntity: Sendable, Hashable {
    public var name: String
    public var type: EntityType
}

extension Extractor {
    /// The canonical entity a name, alias, capital or demonym stands for ("Bamako" → Mali, "AU" → African Union).
    ///
    /// Lets a query name an actor by a form its documents never used; nil for regions, ethnic groups and
    /// unknown phrases.
    public func knownEntity(named name: String) -> KnownEntity? {
        let entry = readers.gazetteer.entries(named: name, typedByUser: true).first { $0.kind != .blocked }
        return entry.map { KnownEntity(name: $0.canonical, type: $0.type) }
    }
}
