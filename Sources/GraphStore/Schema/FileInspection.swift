import ActorGraphCore
import Foundation
import GRDB

/// Decides, without writing a byte or leaving a file behind, whether a path may be opened as an ActorGraph store.
enum FileInspection {
    /// What opening the path will have to do.
    enum Outcome: Equatable {
        /// Missing, zero bytes, or a SQLite database without tables: it is created and migrated.
        case create
        /// An ActorGraph store of an older schema: it is migrated at open.
        case migrate
        /// An ActorGraph store of this build's schema.
        case current
    }

    /// The 16-byte header every SQLite 3 database starts with.
    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// Throws for a path ActorGraph must not touch; otherwise says what opening it involves.
    static func inspect(path: String) throws(GraphStoreError) -> Outcome {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return .create }
            throw .cannotOpen(path: path, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .cannotOpen(path: path, reason: "it is a directory")
        default:
            throw .cannotOpen(
                path: path, reason: "it is \(FileKind.describe(mode: UInt32(status.st_mode))), not a database file")
        }
        // SQLite itself treats a zero-byte file as a new, empty database.
        if status.st_size == 0 { return .create }
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw .cannotOpen(path: path, reason: FileKind.reason(error))
        }
        guard Array(header) == sqliteHeader else { throw .notSQLite(path: path) }
        return try inspectContents(path: path)
    }

    /// Reads the schema through a connection that creates no `-wal` or `-shm` file.
    ///
    /// With no write-ahead log beside it, the file alone is the whole database, so it is opened with
    /// SQLite's `immutable=1` (no locks, no shared-memory file). When a non-empty `-wal` exists (a writer is
    /// running, or one was killed), its frames matter: a plain read-only connection reads them.
    private static func inspectContents(path: String) throws(GraphStoreError) -> Outcome {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(StoreConnections.busyTimeout)
        let walSize = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        let location = walSize > 0 ? path : immutableURI(path)
        do {
            let queue = try DatabaseQueue(path: location, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in try outcome(db, path: path) }
        } catch let error as GraphStoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notSQLite(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
            throw .damaged(path: path, problem: error.message ?? "malformed")
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// Judges an open database: throws the refusal for a file that is not ours or is newer.
    ///
    /// Run once before opening and again inside the exclusive transaction that migrates, so a file another
    /// process changed in between is judged as it is then.
    static func outcome(_ db: Database, path: String) throws -> Outcome {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        if tables.isEmpty { return .create }
        guard tables.contains(Schema.metadataTable) else { throw GraphStoreError.notAnActorGraphDatabase(path: path) }
        let metadata = try Dictionary(
            Row.fetchAll(db, sql: "SELECT key, value FROM actorgraph_metadata").map {
                (row: Row) -> (String, String) in (row["key"], row["value"])
            },
            uniquingKeysWith: { first, _ in first })
        guard metadata["application"] == Schema.application,
            let found = metadata["schema_version"].flatMap({ Int($0) })
        else { throw GraphStoreError.notAnActorGraphDatabase(path: path) }
        if found > Schema.version {
            throw GraphStoreError.newerSchema(path: path, found: found, supported: Schema.version)
        }
        let applied = try appliedMigrations(db)
        let unknown = applied.subtracting(Schema.knownIdentifiers)
        if !unknown.isEmpty {
            throw GraphStoreError.unknownMigrations(path: path, identifiers: unknown.sorted())
        }
        return applied == Schema.knownIdentifiers ? .current : .migrate
    }

    /// The identifiers recorded as applied; empty when the table does not exist yet.
    static func appliedMigrations(_ db: Database) throws -> Set<String> {
        guard try db.tableExists(Schema.migrationsTable) else { return [] }
        return Set(try String.fetchAll(db, sql: "SELECT identifier FROM \(Schema.migrationsTable)"))
    }

    /// `file:` URI of `path` with `immutable=1`, percent-encoding what a URI path may not hold.
    static func immutableURI(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var encoded = ""
        for byte in absolute.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                encoded += String(format: "%%%02X", byte)
            }
        }
        return "file:\(encoded)?immutable=1"
    }
}
