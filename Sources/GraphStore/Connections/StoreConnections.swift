import ActorGraphCore
import Foundation
import GRDB
import Synchronization

/// The connections of one store: a reader from the start, a writer only once something is written.
///
/// Opening never writes to an existing, current store. Queries run on a read-only pool, so a read-only
/// file can be queried and a query leaves the file's bytes as they were. The writable pool (WAL mode,
/// `synchronous = FULL`) is opened at the first write of the session, after `PRAGMA quick_check` has
/// passed: a damaged file is refused before a byte is written to it.
final class StoreConnections: Sendable {
    /// Seconds to wait for another process's lock, at open and at every statement.
    static let busyTimeout: TimeInterval = 30

    let path: String
    let reader: any DatabaseReader
    private let writable: Mutex<(any DatabaseWriter)?>

    private init(path: String, reader: any DatabaseReader, writer: (any DatabaseWriter)?) {
        self.path = path
        self.reader = reader
        self.writable = Mutex(writer)
    }

    /// Inspects `path`, then opens it: read-only when it is a current store, read-write (created and
    /// migrated in one exclusive transaction) when it is new or older.
    ///
    /// With ``StoreOpening/existing`` a missing or empty file is refused instead of created, and left as it is.
    static func open(path: String, opening: StoreOpening = .createIfMissing) throws(GraphStoreError) -> StoreConnections
    {
        switch try FileInspection.inspect(path: path) {
        case .create:
            if opening == .existing {
                var status = stat()
                throw stat(path, &status) == 0 ? .emptyDatabase(path: path) : .missingDatabase(path: path)
            }
            let pool = try openWriter(path: path)
            return StoreConnections(path: path, reader: pool, writer: pool)
        case .migrate:
            if !isWritable(path: path) { throw .needsUpgrade(path: path) }
            try quickCheck(try openReader(path: path), path: path)
            let pool = try openWriter(path: path)
            return StoreConnections(path: path, reader: pool, writer: pool)
        case .current:
            return StoreConnections(path: path, reader: try openReader(path: path), writer: nil)
        }
    }

    /// A store in memory: one queue that reads and writes.
    static func inMemory() throws(GraphStoreError) -> StoreConnections {
        do {
            let queue = try DatabaseQueue()
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.exclusive) {
                    try SchemaSetup.migrate(db, path: ":memory:")
                    return .commit
                }
            }
            return StoreConnections(path: ":memory:", reader: queue, writer: queue)
        } catch {
            throw .cannotOpen(path: ":memory:", reason: String(describing: error))
        }
    }

    /// The writable pool, opened (after `quick_check`) on first use.
    func writer() throws(GraphStoreError) -> any DatabaseWriter {
        let path = self.path
        let reader = self.reader
        return try writable.withLock { slot throws(GraphStoreError) -> any DatabaseWriter in
            if let slot { return slot }
            try Self.refuseIfReadOnly(path: path)
            try Self.quickCheck(reader, path: path)
            let pool = try Self.openWriter(path: path)
            slot = pool
            return pool
        }
    }

    /// `PRAGMA synchronous` of the connection that commits (2 = FULL), opening it if needed.
    func writerSynchronousLevel() throws(GraphStoreError) -> Int {
        let writer = try writer()
        do {
            return try writer.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? -1 }
        } catch {
            throw GraphStoreError.wrapping(error, path: path)
        }
    }

    // MARK: - Opening

    private static var readerConfiguration: Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA cache_size = -32768") }
        return configuration
    }

    private static var writerConfiguration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a second CLI run) may hold the write lock for a while: wait rather than fail.
        configuration.busyMode = .timeout(busyTimeout)
        configuration.prepareDatabase { db in
            // 32 MiB of page cache per connection (SQLite's default is 2 MiB): a 10,000-document store's
            // indexes then stay in memory during an ingest instead of being re-read page by page.
            try db.execute(sql: "PRAGMA cache_size = -32768")
        }
        return configuration
    }

    /// A read-only pool; in a folder where SQLite cannot create the `-shm` file and with no `-wal` file (no
    /// writer is running and none left frames behind), an `immutable` connection, the only kind SQLite can
    /// open on a WAL database there.
    private static func openReader(path: String) throws(GraphStoreError) -> any DatabaseReader {
        let folder = (path as NSString).deletingLastPathComponent
        let folderWritable = access(folder.isEmpty ? "." : folder, W_OK) == 0
        do {
            if !folderWritable && !FileManager.default.fileExists(atPath: path + "-wal") {
                return try DatabaseQueue(path: FileInspection.immutableURI(path), configuration: readerConfiguration)
            }
            return try DatabasePool(path: path, configuration: readerConfiguration)
        } catch {
            throw GraphStoreError.wrapping(error, path: path, opening: true)
        }
    }

    /// Opens the writable pool and brings the schema up to date, retrying while another process holds a lock
    /// that SQLite's busy handler does not wait for (a pool switching to WAL, a schema being created).
    private static func openWriter(path: String) throws(GraphStoreError) -> any DatabaseWriter {
        let deadline = Date().addingTimeInterval(busyTimeout)
        var pause = 0.005
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: writerConfiguration)
                try pool.barrierWriteWithoutTransaction { db in
                    // GRDB's WAL setup sets NORMAL, after `prepareDatabase`: FULL is set here, on the connection
                    // that commits, so a commit that returned survives a power loss, not only a crash.
                    try db.execute(sql: "PRAGMA synchronous = FULL")
                    try db.inTransaction(.exclusive) {
                        try SchemaSetup.migrate(db, path: path)
                        return .commit
                    }
                }
                return pool
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED
            {
                guard Date() < deadline else { throw .busy(path: path, seconds: Int(busyTimeout)) }
                Thread.sleep(forTimeInterval: pause * Double.random(in: 0.5...1.5))
                pause = min(pause * 2, 0.25)
            } catch {
                throw GraphStoreError.wrapping(error, path: path, opening: true)
            }
        }
    }

    /// Refuses before trying when the file or its folder cannot be written (SQLite needs both in WAL mode).
    private static func refuseIfReadOnly(path: String) throws(GraphStoreError) {
        if !isWritable(path: path) { throw .readOnly(path: path) }
    }

    /// Whether the file and its folder can be written.
    private static func isWritable(path: String) -> Bool {
        let folder = (path as NSString).deletingLastPathComponent
        return access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
    }

    /// Runs `PRAGMA quick_check` and throws ``GraphStoreError/damaged(path:problem:)`` unless it says `ok`.
    private static func quickCheck(_ reader: any DatabaseReader, path: String) throws(GraphStoreError) {
        let report: [String]
        do {
            report = try reader.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        } catch {
            throw GraphStoreError.wrapping(error, path: path)
        }
        guard report == ["ok"] else {
            throw .damaged(path: path, problem: report.first ?? "quick_check returned nothing")
        }
    }
}

extension GraphStoreError {
    /// Keeps our own errors; turns SQLite's into the matching case, or wraps GRDB's one-line description.
    static func wrapping(_ error: any Error, path: String, opening: Bool = false) -> GraphStoreError {
        if let own = error as? GraphStoreError { return own }
        if let sqlite = error as? DatabaseError {
            switch sqlite.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                return .damaged(path: path, problem: sqlite.message ?? "malformed")
            case .SQLITE_FULL:
                return .diskFull(path: path)
            case .SQLITE_READONLY:
                return .readOnly(path: path)
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                return .busy(path: path, seconds: Int(StoreConnections.busyTimeout))
            default:
                break
            }
        }
        let reason = (error as? DatabaseError).map { $0.message ?? "\($0.resultCode)" } ?? FileKind.reason(error)
        return opening ? .cannotOpen(path: path, reason: reason) : .database(underlying: String(describing: error))
    }
}
