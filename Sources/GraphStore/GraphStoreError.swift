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
    /// A store that must already exist (for reading) is not there; nothing was created.
    case missingDatabase(path: String)
    /// A store that must already exist is an empty file (or a SQLite file without tables); it was left as it is.
    case emptyDatabase(path: String)
    /// A store made by an earlier actorgraph must be upgraded before it can be read, and it cannot be written.
    case needsUpgrade(path: String)
    /// No curation has this id.
    case unknownCuration(id: Int64, last: Int64?)
    /// The curation was undone already.
    case alreadyUndone(id: Int64, at: String)
    /// Rebuilding the graph needs what was read from every document, and these were stored by a build that
    /// did not keep it.
    case notArchived(documents: [String])
    /// The actor has no such alias.
    case unknownAlias(actor: String, alias: String, aliases: [String])
    /// A sentence cited as evidence is not in the document's stored text, word for word.
    case evidenceNotInDocument(document: String, evidence: String)
    /// A sentence cannot be checked against a document whose text is not stored.
    case noStoredText(document: String)
    /// The schema does not admit a relation of this type between actors of these types.
    case inadmissibleRelation(
        source: String, sourceType: EntityType, type: RelationType, target: String, targetType: EntityType)

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
        case .missingDatabase(let path):
            "\(path): no database at this path; ingest documents to create it, or check the path"
        case .emptyDatabase(let path):
            "\(path): the database is empty (no ActorGraph data yet); ingest documents into it first"
        case .needsUpgrade(let path):
            "\(path): made by an earlier actorgraph and must be upgraded before it can be read, which writes to"
                + " it, but it is read-only; make it writable, or copy it and use the copy"
        case .unknownCuration(let id, let last):
            last.map { "no curation \(id); curations are numbered 1 to \($0), list them to pick one" }
                ?? "no curation \(id); no curation has been made in this database"
        case .alreadyUndone(let id, let at):
            "curation \(id) was already undone at \(at); nothing to do"
        case .notArchived(let documents):
            "\(documents.count) document\(documents.count == 1 ? " was" : "s were") stored by an earlier actorgraph,"
                + " which did not keep what it read (\(Self.listed(documents))); ingest (or import) them again,"
                + " which reads them anew, then retry"
        case .unknownAlias(let actor, let alias, let aliases):
            aliases.isEmpty
                ? "'\(actor)' has no alias '\(alias)'; it has no aliases at all"
                : "'\(actor)' has no alias '\(alias)'; its aliases: \(Self.listed(aliases))"
        case .evidenceNotInDocument(let document, let evidence):
            "\(document): the evidence “\(Self.shortened(evidence))” is not in the document's text word for"
                + " word; copy the sentence exactly as the document has it"
        case .noStoredText(let document):
            "\(document): its text is not stored (an imported graph, or a document stored by an earlier"
                + " actorgraph), so evidence cannot be checked against it; ingest the article again, or cite another"
        case .inadmissibleRelation(let source, let sourceType, let type, let target, let targetType):
            "'\(source) \(type) \(target)': a \(type) relation cannot run from a \(sourceType) to a \(targetType)"
                + " (the schema admits \(Self.types(type.admissibleSources)) to \(Self.types(type.admissibleTargets)));"
                + " retype an actor or choose another relation type"
        }
    }

    /// Up to five items, then how many more.
    static func listed(_ items: [String]) -> String {
        items.count <= 5
            ? items.joined(separator: ", ") : items.prefix(5).joined(separator: ", ") + " and \(items.count - 5) more"
    }

    /// `text` cut to 80 characters, on one line.
    static func shortened(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count > 80 ? String(flat.prefix(79)) + "…" : flat
    }

    /// Entity types in schema order, joined with "or".
    static func types(_ types: Set<EntityType>) -> String {
        EntityType.allCases.filter(types.contains).map(\.rawValue).joined(separator: " or ")
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
