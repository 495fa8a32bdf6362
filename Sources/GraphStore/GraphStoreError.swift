public import ActorGraphCore

/// Errors raised by the GraphStore module: refusing a file, an unknown name, a bad batch, or SQLite itself.
public enum GraphStoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file is a SQLite database that belongs to another program (tables, no ActorGraph metadata).
    case notAnActorGraphDatabase(path: String)
    /// The file was written by a newer actorgraph whose schema this build does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file exists but is not a SQLite database at all.
    case notSQLite(path: String)
    /// SQLite could not open or prepare the file.
    case cannotOpen(path: String, reason: String)
    /// No entity has this name or alias.
    case unknownEntity(name: String, suggestions: [String])
    /// No stored document has this id.
    case unknownDocument(id: String, suggestions: [String])
    /// No stored relation joins these two actors with this type.
    case unknownRelation(source: String, type: RelationType, target: String)
    /// A document of the batch is inconsistent (e.g. a relation names an entity it does not list).
    case invalidDocument(id: String, problem: String)
    /// A curation command contradicts the stored graph (e.g. renaming onto another actor's name).
    case conflictingCuration(name: String, reason: String)
    /// SQLite reported an error; `underlying` is GRDB's description, which names the failing SQL.
    case database(underlying: String)

    public var description: String {
        switch self {
        case .notAnActorGraphDatabase(let path):
            "\(path): not an ActorGraph database (it has tables of another program); choose another database file"
        case .newerSchema(let path, let found, let supported):
            "\(path): database schema version \(found) is newer than the \(supported) this actorgraph supports;"
                + " upgrade actorgraph"
        case .notSQLite(let path):
            "\(path): not a SQLite database; choose another database file"
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the database (\(reason)); check the path and its permissions"
        case .unknownEntity(let name, let suggestions):
            suggestions.isEmpty
                ? "no actor named '\(name)'; the store holds no actors yet, ingest documents first"
                : "no actor named '\(name)'; closest known: \(suggestions.joined(separator: ", "))"
        case .unknownDocument(let id, let suggestions):
            suggestions.isEmpty
                ? "no document '\(id)' in the store; it holds no documents yet"
                : "no document '\(id)' in the store; closest known: \(suggestions.joined(separator: ", "))"
        case .unknownRelation(let source, let type, let target):
            "no relation '\(source) \(type) \(target)' in the store; list the relations of '\(source)' to pick one"
        case .invalidDocument(let id, let problem):
            "\(id): \(problem); nothing from this batch was stored, fix the extraction and ingest again"
        case .conflictingCuration(let name, let reason):
            "\(name): \(reason)"
        case .database(let underlying):
            "database error: \(underlying)"
        }
    }
}
