import Foundation
import GRDB

/// Decides, without writing a byte, whether an existing file may be opened as an ActorGraph store.
enum FileInspection {
    /// The 16-byte header every SQLite 3 database starts with.
    private static let sqliteHeader = Array("SQLite format 3\u{0}".utf8)

    /// Throws if `path` holds something ActorGraph must not touch; returns normally for a missing,
    /// empty, table-less or ActorGraph file of a supported version.
    static func check(path: String) throws(GraphStoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue { throw .cannotOpen(path: path, reason: "it is a directory") }
        let header: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
        } catch {
            throw .cannotOpen(path: path, reason: error.localizedDescription)
        }
        // SQLite itself treats a zero-byte file as a new, empty database.
        if header.isEmpty { return }
        guard Array(header) == sqliteHeader else { throw .notSQLite(path: path) }
        try checkContents(path: path)
    }

    private static func checkContents(path: String) throws(GraphStoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        let verdict: GraphStoreError?
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            verdict = try queue.read { db -> GraphStoreError? in
                let tables = try String.fetchAll(
                    db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
                if tables.isEmpty { return nil }
                guard tables.contains(Schema.metadataTable) else { return .notAnActorGraphDatabase(path: path) }
                let metadata = try Dictionary(
                    Row.fetchAll(db, sql: "SELECT key, value FROM actorgraph_metadata").map {
                        (row: Row) -> (String, String) in (row["key"], row["value"])
                    },
                    uniquingKeysWith: { first, _ in first })
                guard metadata["application"] == Schema.application,
                    let found = metadata["schema_version"].flatMap({ Int($0) })
                else { return .notAnActorGraphDatabase(path: path) }
                let superseded = try Schema.migrator.hasBeenSuperseded(db)
                if found > Schema.version || superseded {
                    return .newerSchema(path: path, found: found, supported: Schema.version)
                }
                return nil
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw .notSQLite(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
        if let verdict { throw verdict }
    }
}
