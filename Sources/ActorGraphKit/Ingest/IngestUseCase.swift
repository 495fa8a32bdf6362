import ActorGraphCore
import Dispatch
import Extraction
import Foundation
import GraphStore

/// How far an ingest has got, for a progress line.
public struct IngestProgress: Sendable {
    /// Documents done (extracted and committed, or found unchanged).
    public var done: Int
    public var total: Int
    /// Seconds since the ingest started.
    public var elapsed: Double

    /// Documents per second so far.
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }
    /// Estimated seconds left at the current rate, nil before the first batch.
    public var remaining: Double? { done > 0 && rate > 0 ? Double(total - done) / rate : nil }
}

/// What an ingest did.
public struct IngestReport: Sendable, Codable, Equatable {
    /// Documents read and stored (new or changed).
    public var documents: Int
    /// Documents skipped because the store already holds the same content.
    public var unchanged: Int
    /// Entities and relations in the store afterwards.
    public var entities: Int
    public var relations: Int
    /// Skipped files and extraction problems, one line each.
    public var warnings: [String]
    public var seconds: Double

    /// The one-line summary the CLI prints.
    public var summary: String {
        let skipped = unchanged > 0 ? " (\(unchanged) unchanged)" : ""
        return "ingested \(documents) document\(documents == 1 ? "" : "s")\(skipped): "
            + "\(entities) entities, \(relations) relations, \(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
            + String(format: " in %.2f s", seconds)
    }
}

extension Workspace {
    /// Documents extracted and committed per transaction: large enough to keep both cores busy, small enough
    /// that a crash loses little (every committed batch survives).
    public static let ingestBatchSize = 64

    /// Reads articles from files and folders, extracts actors and relations, and stores them.
    ///
    /// Each batch of documents is one transaction; a document whose content is already stored is skipped.
    /// - Parameters:
    ///   - paths: `.txt` files and folders (searched recursively).
    ///   - dictionaryPath: a user dictionary (JSON); stored with the database so later ingests use it too.
    ///   - date: publication date for every document (`YYYY-MM-DD`); otherwise a `Date:` first line is used.
    ///   - progress: called after each batch.
    /// - Returns: what was stored and skipped, with the warnings.
    /// - Throws: ``ActorGraphKitError`` for a missing path or a bad file named directly; store errors.
    public func ingest(
        paths: [String], dictionaryPath: String? = nil, date: String? = nil,
        progress: (IngestProgress) -> Void = { _ in }
    ) throws -> IngestReport {
        let started = DispatchTime.now()
        let loaded = try DocumentLoader.load(paths: paths, date: date)
        let extractor = try Extractor(dictionary: try dictionary(storing: dictionaryPath))
        var warnings = loaded.warnings
        var fresh: [LoadedDocument] = []
        for document in loaded.documents {
            let hash = SHA256.hex(of: Array(document.text.utf8))
            if try store.documentState(id: document.id, contentHash: hash) != .unchanged {
                fresh.append(document)
            }
        }
        let unchanged = loaded.documents.count - fresh.count
        let total = loaded.documents.count
        var done = unchanged
        progress(IngestProgress(done: done, total: total, elapsed: secondsSince(started)))
        let batches = stride(from: 0, to: fresh.count, by: Self.ingestBatchSize).map {
            fresh[$0..<min($0 + Self.ingestBatchSize, fresh.count)].map {
                SourceDocument(id: $0.id, text: $0.text, date: $0.date)
            }
        }
        // Batch i+1 is extracted (on both cores) while batch i commits (on one): the persons it may resolve
        // surnames to are those stored before batch i, so the result does not depend on thread timing.
        var known = try store.entities(type: .person)
        var current = batches.first.map { extractor.extract($0, known: known) } ?? []
        for index in batches.indices {
            let following = PendingExtraction()
            let group = DispatchGroup()
            if index + 1 < batches.count {
                let next = batches[index + 1]
                let knownNow = known
                DispatchQueue.global().async(group: group) {
                    following.set(extractor.extract(next, known: knownNow))
                }
            }
            defer { group.wait() }
            for document in current {
                warnings += document.warnings.map { "\(document.id): \($0)" }
            }
            warnings += try store.ingest(current).warnings
            known = try store.entities(type: .person)
            group.wait()
            current = following.take()
            done += batches[index].count
            progress(IngestProgress(done: done, total: total, elapsed: secondsSince(started)))
        }
        let stats = try store.stats()
        return IngestReport(
            documents: fresh.count, unchanged: unchanged, entities: stats.entities, relations: stats.relations,
            warnings: warnings, seconds: secondsSince(started))
    }

    /// The dictionary to extract with: a new one given now (and stored), else the one stored before.
    private func dictionary(storing path: String?) throws -> UserDictionary {
        if let path {
            let dictionary = try UserDictionary.load(path: path)
            try store.setSetting(Self.dictionarySetting, dictionary.jsonText)
            return dictionary
        }
        return try storedDictionary()
    }

    static let dictionarySetting = "user_dictionary"
}

/// The result of a batch extracted on another thread, handed back once that thread is done.
private final class PendingExtraction: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [ExtractedDocument] = []

    func set(_ value: [ExtractedDocument]) { lock.withLock { documents = value } }
    func take() -> [ExtractedDocument] { lock.withLock { documents } }
}

func secondsSince(_ start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}
