public import ActorGraphCore
import Foundation

/// Errors raised by the GraphStore module: refusing a file, an unknown name, a bad batch, or SQLite itself.
public enum GraphStoreError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The file is a SQLite database that belongs to another program (tables, no ActorGraph metadata).
    case notAnActorGraphDatabase(path: String)
    /// The file was written by a newer actorgraph whose schema this build does not know.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The file's schema records migrations this build does not know: a newer actorgraph changed it.
    case unknownMigrations(path: String, identifiers: [String])
    /// The file exists but is not a SQLite database at all.
    case notSQLite(path: String)
    /// SQLite's `quick_check` (or a read) found the file damaged; nothing was written to it.
    case damaged(path: String, problem: String)
    /// The command must write, but the file (or its folder) is not writable; reading it still works.
    case readOnly(path: String)
    /// The disk filled up during a write; the transaction was rolled back.
    case diskFull(path: String)
    /// Another process kept the database locked for longer than the busy timeout.
    case busy(path: String, seconds: Int)
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
            "\(path): database schema version \(found) is newer than version \(supported), the newest this"
                + " actorgraph supports; upgrade actorgraph"
        case .unknownMigrations(let path, let identifiers):
            "\(path): written by a newer actorgraph (schema migrations this build does not know: "
                + "\(identifiers.joined(separator: ", "))); upgrade actorgraph"
        case .notSQLite(let path):
            "\(path): not a SQLite database; choose another database file"
        case .damaged(let path, let problem):
            "\(path): the database is damaged (\(Self.firstLine(problem))); nothing was written to it."
                + " Recover what it holds with: sqlite3 \(Self.shellQuoted(path)) .recover | sqlite3 recovered.sqlite"
        case .readOnly(let path):
            "\(path): the database is read-only (the file or its folder is not writable); queries work, but this"
                + " command writes: make it writable or copy it"
        case .diskFull(let path):
            "\(path): the disk is full; this transaction was rolled back and nothing of it was stored. Free some"
                + " space and run the command again"
        case .busy(let path, let seconds):
            "\(path): another actorgraph kept the database locked for \(seconds) s; try again when it has finished"
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

    /// The first line of a multi-line SQLite report, shortened: messages stay one line.
    static func firstLine(_ text: String) -> String {
        let line = text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? text
        return line.count > 200 ? String(line.prefix(199)) + "…" : line
    }

    /// `path` quoted for a POSIX shell, so the recovery command can be pasted as printed.
    static func shellQuoted(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy {
            CharacterSet.alphanumerics.contains($0) || "/._-+".unicodeScalars.contains($0)
        }
        return safe ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
