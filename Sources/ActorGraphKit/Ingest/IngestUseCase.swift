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
        return "ingested \(counted(documents, "document"))\(skipped): \(counted(entities, "entity", "entities")), "
            + "\(counted(relations, "relation")), \(counted(warnings.count, "warning"))"
            + String(format: " in %.2f s", seconds)
    }
}

extension Workspace {
    /// Documents extracted and committed per transaction: large enough to keep both cores busy, small enough
    /// that a crash loses little (every committed batch survives).
    public static let ingestBatchSize = 64

    /// Documents larger than this (10 MB) are refused before they are read, unless a larger limit is given.
    public static let defaultMaxDocumentBytes = DocumentFile.defaultLimit

    /// Reads articles from files and folders, extracts actors and relations, and stores them.
    ///
    /// Each batch of documents is one transaction; a document whose content is already stored is skipped.
    /// Each document is extracted from its own text and the dictionary alone, never from what other
    /// documents or the store hold, and the store merges entities by rules that do not depend on order: the
    /// graph is the same whatever the order of `paths`, however an earlier run was interrupted, and whatever
    /// other ingest ran at the same time (see `docs/store.md`, "Order independence").
    /// - Parameters:
    ///   - paths: `.txt` files and folders (searched recursively).
    ///   - dictionaryPath: a user dictionary (JSON); stored with the database so later ingests use it too.
    ///   - date: publication date for every document (`YYYY-MM-DD`); otherwise a `Date:` first line is used.
    ///   - maxDocumentBytes: larger files are refused before they are read (default 10 MB).
    ///   - progress: called after each batch.
    /// - Returns: what was stored and skipped, with the warnings.
    /// - Throws: ``ActorGraphKitError`` for a missing path or a bad file named directly; store errors.
    public func ingest(
        paths: [String], dictionaryPath: String? = nil, date: String? = nil,
        maxDocumentBytes: Int = Workspace.defaultMaxDocumentBytes, progress: (IngestProgress) -> Void = { _ in }
    ) throws -> IngestReport {
        let started = DispatchTime.now()
        let loaded = try DocumentLoader.load(paths: paths, date: date, maxBytes: maxDocumentBytes)
        let dictionary = try dictionary(storing: dictionaryPath)
        let extractor = try Extractor(dictionary: dictionary)
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
        // Batch i+1 is extracted (on both cores) while batch i commits (on one); extraction reads nothing
        // from the store, so the result does not depend on thread timing.
        var current = batches.first.map { Self.extractEach($0, with: extractor) } ?? []
        for index in batches.indices {
            let following = PendingExtraction()
            let group = DispatchGroup()
            if index + 1 < batches.count {
                let next = batches[index + 1]
                DispatchQueue.global().async(group: group) {
                    following.set(Self.extractEach(next, with: extractor))
                }
            }
            defer { group.wait() }
            for document in current {
                warnings += document.warnings.map { "\(document.id): \($0)" }
            }
            warnings += try store.ingest(current).warnings
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

    /// Extraction threads: one per core.
    static var extractionWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Extracts every document on its own, in parallel, results in input order.
    ///
    /// The extractor's batch call resolves a surname through persons of earlier documents of the same
    /// batch, which makes a document's entities depend on which documents share its batch; one call per
    /// document keeps each result a function of the document alone. (The extractor is `Sendable` and reads
    /// shared tables only, so the threads share it.)
    static func extractEach(_ documents: [SourceDocument], with extractor: Extractor) -> [ExtractedDocument] {
        let results = PendingResults(count: documents.count)
        let workers = min(extractionWorkers, documents.count)
        guard workers > 1 else { return documents.map { extractor.extractKeepingText($0) } }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: documents.count, by: workers) {
                results.set(index, extractor.extractKeepingText(documents[index]))
            }
        }
        return results.values()
    }

    /// The dictionary to extract with: a new one given now (and stored), else the one stored before.
    private func dictionary(storing path: String?) throws -> UserDictionary {
        if let path {
            try DocumentFile.requireRegularFile(path)
            let dictionary = try UserDictionary.load(path: path)
            try DictionaryCheck.check(dictionary, path: path)
            try store.setSetting(Self.dictionarySetting, dictionary.jsonText)
            return dictionary
        }
        return try storedDictionary()
    }

    static let dictionarySetting = "user_dictionary"
}

/// Results written once each from `concurrentPerform` workers; a lock guards the slots.
private final class PendingResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [ExtractedDocument?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: ExtractedDocument) { lock.withLock { slots[index] = value } }
    func values() -> [ExtractedDocument] { lock.withLock { slots.compactMap { $0 } } }
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
