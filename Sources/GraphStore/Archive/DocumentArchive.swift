import ActorGraphCore
import Foundation
import GRDB

/// What was read from each stored document, kept so the graph can be rebuilt from it.
///
/// An ingest keeps the extraction it stored (and the text, when the caller gave it) in `document_archive`.
/// Rebuilding ingests these again into an empty graph, which is how undoing a curation leaves the store as if
/// the curation had never been made. The JSON is written with sorted keys, so equal extractions are equal text.
enum DocumentArchive {
    /// Keeps `document` as stored now; its text goes in its own column, not in the JSON.
    static func keep(_ db: Database, _ document: ExtractedDocument) throws {
        var extraction = document
        extraction.text = nil
        let json: String
        do {
            json = String(decoding: try encoder.encode(extraction), as: UTF8.self)
        } catch {
            throw GraphStoreError.invalidDocument(id: document.id, problem: "cannot be archived (\(error))")
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO document_archive (document_id, extraction, text) VALUES (?, ?, ?)
                ON CONFLICT (document_id) DO UPDATE SET extraction = excluded.extraction, text = excluded.text
                """
        ).execute(arguments: [document.id, json, document.text])
    }

    /// Every archived document, in the order the documents were first stored (batch, then arrival).
    static func all(_ db: Database) throws -> [ExtractedDocument] {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.document_id, a.extraction FROM document_archive a JOIN documents d ON d.id = a.document_id
                ORDER BY d.batch, d.rowid
                """)
        var documents: [ExtractedDocument] = []
        let decoder = JSONDecoder()
        while let row = try rows.next() {
            let id: String = row["document_id"]
            let json: String = row["extraction"]
            do {
                documents.append(try decoder.decode(ExtractedDocument.self, from: Data(json.utf8)))
            } catch {
                throw GraphStoreError.database(
                    underlying: "the archived extraction of \(id) cannot be read (\(error)); ingest it again")
            }
        }
        return documents
    }

    /// The ids of stored documents with no archive (stored by a build before schema 5), sorted.
    static func unarchived(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT id FROM documents WHERE NOT EXISTS
                    (SELECT 1 FROM document_archive WHERE document_id = documents.id)
                ORDER BY id
                """)
    }

    /// Whether `document` has an archive.
    static func isArchived(_ db: Database, document: String) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM document_archive WHERE document_id = ?"), arguments: [document])
            != nil
    }

    /// The stored text of `document`: nil when the document is unknown, was stored without its text (an
    /// imported graph, or a build before schema 5).
    static func text(_ db: Database, document: String) throws -> String? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT text FROM document_archive WHERE document_id = ?"), arguments: [document])
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
