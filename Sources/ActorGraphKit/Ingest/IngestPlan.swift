import ActorGraphCore
import Extraction
import Foundation
import GraphStore

/// What an ingest does with each document it was given, decided against the store before anything is
/// extracted: read it (new, changed, or stale: another extractor, dictionary or date), only update what is
/// stored of it (unchanged text, but moved or with new metadata), skip it (unchanged), or refuse it (its id
/// belongs to another file that is still there).
struct IngestPlan {
    /// A document to extract, with what the store keeps beside it.
    struct Extraction {
        var document: LoadedDocument
        var contentHash: String
        var details: DocumentDetails
        var movedFrom: String?
    }

    var extractions: [Extraction] = []
    var refreshes: [DocumentRefresh] = []
    /// Documents with nothing to do.
    var unchanged = 0
    var warnings: [String] = []

    /// Decides for every loaded document.
    ///
    /// Dates: a document given no date now (no `--date`, `Date:` line or published date) keeps the one it
    /// has; one given another date is read again with it.
    ///
    /// Identity: a new id whose text or file is stored under another id is that document moved (a file
    /// moved, or read from another folder level) when the old id is not among those given now and its file is
    /// gone, unknown (an older store), or this very file. A stored id whose text differs is replaced when its
    /// file is this one, gone or unknown; when another file still there holds it, the new one is refused.
    init(
        _ documents: [LoadedDocument], store: GraphStore, extractorVersion: String, dictionaryHash: String
    ) throws {
        let givenIDs = Set(documents.map(\.id))
        var claimed = Set<String>()
        for var document in documents {
            let hash = SHA256.hex(of: Array(document.text.utf8))
            let path = document.absolutePath
            var details = DocumentDetails(
                metadata: document.metadata, format: document.format, path: path, extractorVersion: extractorVersion,
                dictionaryHash: dictionaryHash)
            var base = try store.storedDocument(id: document.id)
            var movedFrom: String?
            if let stored = base {
                let elsewhere = stored.details.path.flatMap { other in
                    other != path && FileManager.default.fileExists(atPath: other) ? other : nil
                }
                // The same text under the same id in another folder: one document, still at its first file.
                if let elsewhere, stored.contentHash == hash { details.path = elsewhere }
                if stored.contentHash != hash, let other = elsewhere {
                    warnings.append(
                        "\(document.path): document id '\(document.id)' is already \(other), which is still there;"
                            + " skipped (ingest the folders' common parent so each keeps its path, give this file"
                            + " another id, or remove '\(document.id)' first)")
                    continue
                }
            } else if let old = try Self.movedDocument(
                hash: hash, path: path, store: store, excluding: givenIDs.union(claimed))
            {
                movedFrom = old.id
                base = old
                claimed.insert(old.id)
            }
            // A date given once (`--date`) is kept when none is given now, rather than taken away.
            if document.date == nil, let stored = base?.date { document.date = stored }
            let status = base?.status(contentHash: hash, date: document.date, details: details) ?? .new
            if status == .unchanged, let base {
                details.fingerprint = base.details.fingerprint
                if details != base.details || movedFrom != nil {
                    refreshes.append(
                        DocumentRefresh(id: document.id, contentHash: hash, details: details, movedFrom: movedFrom))
                } else {
                    unchanged += 1
                }
            } else {
                extractions.append(
                    Extraction(document: document, contentHash: hash, details: details, movedFrom: movedFrom))
            }
        }
    }

    /// The stored document a new id is a move of: the one read from this file, else one with the same text
    /// whose file is unknown or gone; never one given now under its own id.
    private static func movedDocument(
        hash: String, path: String, store: GraphStore, excluding given: Set<String>
    ) throws -> StoredDocumentState? {
        if let same = try store.storedDocument(path: path), !given.contains(same.id) { return same }
        return try store.storedDocuments(contentHash: hash).first { stored in
            guard !given.contains(stored.id) else { return false }
            guard let other = stored.details.path else { return true }
            return !FileManager.default.fileExists(atPath: other)
        }
    }
}
