import ActorGraphCore
import Foundation
import GRDB

/// What was read from each stored document, kept so the graph can be rebuilt from it.
///
/// An ingest keeps the extraction it stored (and the text, when the caller gave it) in `document_archive`.
/// Rebuilding ingests these again into an empty graph, which is how undoing a curation leaves the store as if
/// the curation had never been made. The extraction is JSON with sorted keys; both columns are
/// zlib-compressed (``Deflate``), with their UTF-8 sizes.
enum DocumentArchive {
    /// Stands for an evidence sentence that is the text at its offsets, left out of the JSON; no sentence of
    /// an ingested article holds a NUL, which the Kit refuses as binary.
    static let elided = "\u{0}"

    /// Keeps `document` as stored now; its text goes in its own column, not in the JSON.
    ///
    /// An evidence sentence that is the text at its offsets (every extracted one) is written as ``elided``
    /// and read back from the text: it would otherwise store each sentence twice (measured on 2,000 generated
    /// articles: the JSON was 14.4 MB beside 16.8 MB of text, 9.3 MB without the sentences).
    static func keep(_ db: Database, _ document: ExtractedDocument) throws {
        var extraction = document
        extraction.text = nil
        if let text = document.text {
            let scalars = Array(text.unicodeScalars)
            for r in extraction.relations.indices {
                for e in extraction.relations[r].evidence.indices {
                    let evidence = extraction.relations[r].evidence[e]
                    if !evidence.sentence.isEmpty
                        && slice(scalars, evidence.start, evidence.end)?.unicodeScalars.elementsEqual(
                            evidence.sentence.unicodeScalars) == true
                    {
                        extraction.relations[r].evidence[e].sentence = elided
                    }
                }
            }
        }
        let json: [UInt8]
        let packedJSON: [UInt8]
        let text = document.text.map { Array($0.utf8) }
        let packedText: [UInt8]?
        do {
            json = Array(try encoder.encode(extraction))
            packedJSON = try Deflate.compress(json)
            packedText = try text.map(Deflate.compress)
        } catch {
            throw GraphStoreError.invalidDocument(id: document.id, problem: "cannot be archived (\(error))")
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO document_archive (document_id, extraction, extraction_size, text, text_size)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (document_id) DO UPDATE SET extraction = excluded.extraction,
                    extraction_size = excluded.extraction_size, text = excluded.text, text_size = excluded.text_size
                """
        ).execute(arguments: [
            document.id, Data(packedJSON), json.count, packedText.map { Data($0) }, text?.count,
        ])
    }

    /// Calls `body` with every archived document, in the order the documents were first stored (batch, then
    /// arrival), decoding one at a time so a large store is not held in memory at once.
    ///
    /// Returns how many there were.
    @discardableResult
    static func forEach(_ db: Database, _ body: (ExtractedDocument) throws -> Void) throws -> Int {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.document_id, a.extraction, a.extraction_size, a.text, a.text_size FROM document_archive a
                JOIN documents d ON d.id = a.document_id
                ORDER BY d.batch, d.rowid
                """)
        let decoder = JSONDecoder()
        var count = 0
        while let row = try rows.next() {
            let id: String = row["document_id"]
            var document: ExtractedDocument
            let text: String?
            do {
                let json = try Deflate.decompress(Array(row["extraction"] as Data), size: row["extraction_size"])
                document = try decoder.decode(ExtractedDocument.self, from: Data(json))
                text = try Self.text(row)
            } catch {
                throw GraphStoreError.database(
                    underlying:
                        "the archive of \(id) cannot be read (\(error)); remove the document and ingest it again")
            }
            // The document may have been renamed (its file moved) since it was archived: the row's id is the one.
            document.rename(to: id)
            if let text {
                let scalars = Array(text.unicodeScalars)
                for r in document.relations.indices {
                    for e in document.relations[r].evidence.indices
                    where document.relations[r].evidence[e].sentence == elided {
                        let evidence = document.relations[r].evidence[e]
                        document.relations[r].evidence[e].sentence = slice(scalars, evidence.start, evidence.end) ?? ""
                    }
                }
            }
            try body(document)
            count += 1
        }
        return count
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
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT text, text_size FROM document_archive WHERE document_id = ?"),
                arguments: [document])
        else { return nil }
        do {
            return try text(row)
        } catch {
            throw GraphStoreError.database(
                underlying: "the stored text of \(document) cannot be read (\(error)); remove it and ingest it again")
        }
    }

    /// The text column of an archive row, uncompressed.
    private static func text(_ row: Row) throws -> String? {
        guard let packed = row["text"] as Data?, let size = row["text_size"] as Int? else { return nil }
        return String(decoding: try Deflate.decompress(Array(packed), size: size), as: UTF8.self)
    }

    /// The scalars `start..<end` as a string; nil when the range is not inside the text.
    private static func slice(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String? {
        guard start >= 0, start <= end, end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension ExtractedDocument {
    /// The document under the id `new`, with the evidence that named it as its own (its document, or the
    /// import it came from) naming `new` instead.
    fileprivate mutating func rename(to new: String) {
        let old = id
        guard old != new else { return }
        id = new
        for r in relations.indices {
            for e in relations[r].evidence.indices {
                if relations[r].evidence[e].importedFrom == old {
                    relations[r].evidence[e].importedFrom = new
                } else if relations[r].evidence[e].importedFrom == nil && relations[r].evidence[e].document == old {
                    relations[r].evidence[e].document = new
                }
            }
        }
    }
}
