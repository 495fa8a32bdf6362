import ActorGraphCore
import Extraction
import GraphStore

extension Workspace {
    /// The stored actor a user-typed name means: through stored names and aliases first (case- and
    /// accent-insensitive), then through world knowledge for forms the documents never used ("Bamako" → Mali).
    ///
    /// - Throws: the store's unknown-actor error, with the closest known names, when neither knows it.
    func resolve(_ name: String) throws -> Entity {
        do {
            return try store.resolve(name)
        } catch {
            guard case .unknownEntity = error,
                let known = try? Extractor(dictionary: storedDictionary()).knownEntity(named: name),
                let entity = try? store.resolve(known.name)
            else { throw error }
            return entity
        }
    }

    /// The user dictionary saved with this database, or the empty one.
    func storedDictionary() throws -> UserDictionary {
        guard let stored = try store.setting(Self.dictionarySetting) else { return .empty }
        return try UserDictionary(jsonText: stored, source: "\(databasePath) (stored dictionary)")
    }
}
