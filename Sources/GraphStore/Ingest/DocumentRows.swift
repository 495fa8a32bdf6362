import ActorGraphCore
import Foundation
import GRDB

/// Reading and writing a document's row: its state, its details, and its id when the file moved.
enum DocumentRows {
    /// The stored hash, date and details of `id`, nil when nothing is stored under it.
    static func state(_ db: Database, id: String) throws -> StoredDocumentState? {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id, content_hash, date, title, outlet, author, published, url, format, source_path,
                           extractor_version, dictionary_hash, fingerprint, \(archivedColumn)
                    FROM documents WHERE id = ?
                    """), arguments: [id])
        return row.map(state)
    }

    /// The document read from `path`, the first by id if several were.
    static func state(_ db: Database, path: String) throws -> StoredDocumentState? {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT id, content_hash, date, title, outlet, author, published, url, format, source_path,
                           extractor_version, dictionary_hash, fingerprint, \(archivedColumn)
                    FROM documents WHERE source_path = ? ORDER BY id LIMIT 1
                    """), arguments: [path]
        ).map(state)
    }

    /// The documents stored with this content hash, sorted by id.
    static func states(_ db: Database, contentHash: String) throws -> [StoredDocumentState] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT id, content_hash, date, title, outlet, author, published, url, format, source_path,
                           extractor_version, dictionary_hash, fingerprint, \(archivedColumn)
                    FROM documents WHERE content_hash = ? ORDER BY id
                    """), arguments: [contentHash]
        ).map(state)
    }

    /// Whether the `documents` row has an archive, selected as `archived`.
    static let archivedColumn =
        "EXISTS (SELECT 1 FROM document_archive a WHERE a.document_id = documents.id) AS archived"

    static func state(_ row: Row) -> StoredDocumentState {
        let fingerprint: [UInt8]? = (row["fingerprint"] as Data?).map { Array($0) }
        return StoredDocumentState(
            id: row["id"], contentHash: row["content_hash"], date: row["date"],
            details: DocumentDetails(
                metadata: metadata(row), format: (row["format"] as String?).flatMap(DocumentFormat.init(rawValue:)),
                path: row["source_path"], extractorVersion: row["extractor_version"],
                dictionaryHash: row["dictionary_hash"], fingerprint: fingerprint.flatMap(TextFingerprint.init(bytes:))),
            archived: row["archived"])
    }

    /// The metadata columns of a `documents` row (selected under their own names).
    static func metadata(_ row: Row) -> DocumentMetadata {
        DocumentMetadata(
            title: row["title"], outlet: row["outlet"], author: row["author"], published: row["published"],
            url: row["url"])
    }

    /// Writes the details columns of `id`.
    static func write(_ db: Database, details: DocumentDetails, id: String) throws {
        try db.cachedStatement(
            sql: """
                UPDATE documents SET title = ?, outlet = ?, author = ?, published = ?, url = ?, format = ?,
                    source_path = ?, extractor_version = ?, dictionary_hash = ?, fingerprint = ?
                WHERE id = ?
                """
        ).execute(
            arguments: [
                details.metadata.title, details.metadata.outlet, details.metadata.author, details.metadata.published,
                details.metadata.url, details.format?.rawValue, details.path, details.extractorVersion,
                details.dictionaryHash, details.fingerprint.map { Data($0.bytes) }, id,
            ])
    }

    /// Renames document `old` to `new` everywhere it is referred to: every column with a foreign key to
    /// `documents (id)` (found in the schema, so tables added later are covered), the copy links, and the
    /// curations that cite it (``CurationLog/renameDocument(_:from:to:)``).
    ///
    /// Foreign keys are checked at commit, so the parent and its children can change in either order.
    static func move(_ db: Database, from old: String, to new: String) throws {
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        try db.execute(sql: "UPDATE documents SET id = ? WHERE id = ?", arguments: [new, old])
        for (table, column) in try referencesToDocuments(db) {
            try db.execute(
                sql: "UPDATE \(table.quotedDatabaseIdentifier) SET \(column.quotedDatabaseIdentifier) = ? "
                    + "WHERE \(column.quotedDatabaseIdentifier) = ?", arguments: [new, old])
        }
        try db.execute(sql: "UPDATE documents SET copy_of = ? WHERE copy_of = ?", arguments: [new, old])
        try CurationLog.renameDocument(db, from: old, to: new)
    }

    /// The (table, column) pairs whose foreign key points at `documents (id)`.
    static func referencesToDocuments(_ db: Database) throws -> [(String, String)] {
        let tables = try String.fetchAll(
            db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        var result: [(String, String)] = []
        for table in tables {
            for row in try Row.fetchAll(db, sql: "SELECT * FROM pragma_foreign_key_list(?)", arguments: [table])
            where (row["table"] as String?) == "documents" {
                let column: String = row["from"]
                result.append((table, column))
            }
        }
        return result
    }
}
