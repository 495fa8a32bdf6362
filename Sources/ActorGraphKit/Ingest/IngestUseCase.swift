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

/// A stored document renamed because its file moved (or was read from another folder level).
public struct MovedDocument: Sendable, Codable, Equatable {
    public var from: String
    public var to: String
}

/// What an ingest did.
public struct IngestReport: Sendable, Codable, Equatable {
    /// Documents read and stored (new, changed or read again).
    public var documents: Int
    /// Documents skipped because the store already holds the same content, read the same way.
    public var unchanged: Int
    /// Of `documents`, those read again although their text is unchanged, and why (reason → documents).
    public var reextracted: Int = 0
    public var reextractionReasons: [String: Int] = [:]
    /// Stored documents renamed because their file moved.
    public var moved: [MovedDocument] = []
    /// Unchanged documents whose metadata, path or format was updated.
    public var updated: Int = 0
    /// Documents in the store that are near-identical copies of another (counted once in weights).
    public var copies: Int = 0
    /// Entities and relations in the store afterwards.
    public var entities: Int
    public var relations: Int
    /// Skipped files and extraction problems, one line each.
    public var warnings: [String]
    public var seconds: Double

    public init(
        documents: Int, unchanged: Int, reextracted: Int = 0, reextractionReasons: [String: Int] = [:],
        moved: [MovedDocument] = [], updated: Int = 0, copies: Int = 0, entities: Int, relations: Int,
        warnings: [String], seconds: Double
    ) {
        self.documents = documents
        self.unchanged = unchanged
        self.reextracted = reextracted
        self.reextractionReasons = reextractionReasons
        self.moved = moved
        self.updated = updated
        self.copies = copies
        self.entities = entities
        self.relations = relations
        self.warnings = warnings
        self.seconds = seconds
    }

    /// The one-line summary the CLI prints.
    public var summary: String {
        var notes: [String] = []
        if unchanged > 0 { notes.append("\(unchanged) unchanged") }
        if reextracted > 0 {
            let reasons = ReextractionReason.allCases.filter { reextractionReasons[$0.rawValue] != nil }
                .map { reason -> String in
                    switch reason {
                    case .extractor: "a new extractor"
                    case .dictionary: "a new dictionary"
                    case .date: "a new date"
                    case .archive: "the archive"
                    }
                }
            notes.append("\(reextracted) read again for \(reasons.joined(separator: " and "))")
        }
        if !moved.isEmpty { notes.append("\(moved.count) moved") }
        if updated > 0 { notes.append("\(updated) with new metadata") }
        if copies > 0 { notes.append("\(copies) \(copies == 1 ? "is a copy" : "are copies") counted once") }
        let skipped = notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
        return "ingested \(documents) document\(documents == 1 ? "" : "s")\(skipped): "
            + "\(entities) entit\(entities == 1 ? "y" : "ies"), \(relations) relation\(relations == 1 ? "" : "s"), "
            + "\(warnings.count) warning\(warnings.count == 1 ? "" : "s")"
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
    /// A document's id is its path relative to the folder given (its file name when given alone, or
    /// `documentID`). Each batch of documents is one transaction. A document is read when it is new, its
    /// text changed, or it was read by another extractor version, with another dictionary or date; a moved
    /// file keeps its evidence under its new id; unchanged ones are skipped (their metadata updated if it
    /// changed). Each document is extracted from its own text and the dictionary alone, never from what other
    /// documents or the store hold, and the store merges entities by rules that do not depend on order: the
    /// graph is the same whatever the order of `paths`, however an earlier run was interrupted, and whatever
    /// other ingest ran at the same time (see `docs/store.md`, "Order independence").
    /// - Parameters:
    ///   - paths: articles (`.txt`, `.md`, `.html`, `.pdf`) and folders (searched recursively).
    ///   - dictionaryPath: a user dictionary (JSON); stored with the database so later ingests use it too.
    ///   - date: publication date for every document (`YYYY-MM-DD`); otherwise a `Date:` first line, or the
    ///     metadata's publication date, is used.
    ///   - maxDocumentBytes: larger files are refused before they are read (default 10 MB).
    ///   - documentID: the id of the one file given, instead of its file name (needed for standard input).
    ///   - standardInput: the article read from standard input, for the path `-`.
    ///   - progress: called after each batch.
    /// - Returns: what was stored and skipped, with the warnings.
    /// - Throws: ``ActorGraphKitError`` for a missing path or a bad file named directly; store errors.
    public func ingest(
        paths: [String], dictionaryPath: String? = nil, date: String? = nil,
        maxDocumentBytes: Int = Workspace.defaultMaxDocumentBytes, documentID: String? = nil,
        standardInput: [UInt8]? = nil, progress: (IngestProgress) -> Void = { _ in }
    ) throws -> IngestReport {
        let started = DispatchTime.now()
        let loaded = try DocumentLoader.load(
            paths: paths, date: date, maxBytes: maxDocumentBytes, id: documentID, input: standardInput)
        let dictionary = try dictionary(storing: dictionaryPath)
        let extractor = try Extractor(dictionary: dictionary)
        let plan = try IngestPlan(
            loaded.documents, store: store, extractorVersion: Extractor.version,
            dictionaryHash: SHA256.hex(of: Array(dictionary.jsonText.utf8)))
        var warnings = loaded.warnings + plan.warnings
        var summaries: [IngestSummary] = []
        if !plan.refreshes.isEmpty { summaries.append(try store.refresh(plan.refreshes)) }
        let total = loaded.documents.count
        var done = total - plan.extractions.count
        progress(IngestProgress(done: done, total: total, elapsed: secondsSince(started)))
        let batches = stride(from: 0, to: plan.extractions.count, by: Self.ingestBatchSize).map {
            Array(plan.extractions[$0..<min($0 + Self.ingestBatchSize, plan.extractions.count)])
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
            for incoming in current {
                warnings += incoming.document.warnings.map { "\(incoming.document.id): \($0)" }
            }
            let summary = try store.ingest(current)
            warnings += summary.warnings
            summaries.append(summary)
            group.wait()
            current = following.take()
            done += batches[index].count
            progress(IngestProgress(done: done, total: total, elapsed: secondsSince(started)))
        }
        let stats = try store.stats()
        var reasons: [String: Int] = [:]
        for summary in summaries {
            for (reason, count) in summary.reextractionReasons { reasons[reason.rawValue, default: 0] += count }
        }
        return IngestReport(
            documents: plan.extractions.count, unchanged: total - plan.extractions.count,
            reextracted: summaries.map(\.documentsReextracted).reduce(0, +), reextractionReasons: reasons,
            moved: summaries.flatMap(\.documentsMoved).map { MovedDocument(from: $0.from, to: $0.to) },
            updated: summaries.map(\.documentsUpdated).reduce(0, +), copies: try store.copyCount(),
            entities: stats.entities, relations: stats.relations, warnings: warnings, seconds: secondsSince(started))
    }

    /// Extraction threads: one per core.
    static var extractionWorkers: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Extracts every document on its own, in parallel, results in input order.
    ///
    /// The extractor's batch call resolves a surname through persons of earlier documents of the same
    /// batch, which makes a document's entities depend on which documents share its batch; one call per
    /// document keeps each result a function of the document alone. (The extractor is `Sendable` and reads
    /// shared tables only, so the threads share it.)
    ///
    /// Each worker also takes the text's fingerprint, for the store's copy detection.
    static func extractEach(_ documents: [IngestPlan.Extraction], with extractor: Extractor) -> [IncomingDocument] {
        let results = PendingResults(count: documents.count)
        let workers = min(extractionWorkers, documents.count)
        let read: @Sendable (IngestPlan.Extraction) -> IncomingDocument = { planned in
            let loaded = planned.document
            var details = planned.details
            details.fingerprint = TextFingerprint(text: loaded.text)
            let extracted = extractor.extractKeepingText(
                SourceDocument(id: loaded.id, text: loaded.text, date: loaded.date))
            return IncomingDocument(extracted, details: details, movedFrom: planned.movedFrom)
        }
        guard workers > 1 else { return documents.map(read) }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: documents.count, by: workers) {
                results.set(index, read(documents[index]))
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
    private var slots: [IncomingDocument?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: IncomingDocument) { lock.withLock { slots[index] = value } }
    func values() -> [IncomingDocument] { lock.withLock { slots.compactMap { $0 } } }
}

/// The result of a batch extracted on another thread, handed back once that thread is done.
private final class PendingExtraction: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [IncomingDocument] = []

    func set(_ value: [IncomingDocument]) { lock.withLock { documents = value } }
    func take() -> [IncomingDocument] { lock.withLock { documents } }
}

func secondsSince(_ start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}
