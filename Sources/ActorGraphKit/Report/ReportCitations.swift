import ActorGraphCore
import Render

/// Numbers the notes and sources of a report as its quotes are written: one note per distinct sentence
/// position, numbered in order of first citation; one source per cited document, likewise.
struct ReportCitations {
    private(set) var notes: [ReportNote] = []
    private(set) var sources: [ReportSource] = []
    private var noteNumbers: [NoteKey: Int] = [:]
    private var sourceNumbers: [String: Int] = [:]
    private let view: ReportView
    private let evidenceCounts: [String: Int]

    init(view: ReportView) {
        self.view = view
        self.evidenceCounts = view.evidenceByDocument
    }

    /// The quote block of an evidence sentence, registering its note (and source) on first use.
    mutating func quote(_ evidence: Evidence) -> ReportBlock {
        .quote(ReportQuote(sentence: evidence.sentence, note: note(for: evidence)))
    }

    /// The note number of an evidence sentence.
    mutating func note(for evidence: Evidence) -> Int {
        let key = NoteKey(
            document: evidence.document, start: evidence.start, end: evidence.end, importedFrom: evidence.importedFrom)
        if let number = noteNumbers[key] { return number }
        let source = sourceNumber(evidence)
        let number = notes.count + 1
        notes.append(
            ReportNote(
                number: number, source: source, start: evidence.start, end: evidence.end,
                importedFrom: evidence.importedFrom))
        noteNumbers[key] = number
        return number
    }

    private mutating func sourceNumber(_ evidence: Evidence) -> Int {
        if let number = sourceNumbers[evidence.document] { return number }
        let number = sources.count + 1
        sources.append(
            ReportSource(
                number: number, source: view.source(for: evidence),
                evidenceCount: evidenceCounts[evidence.document, default: 0]))
        sourceNumbers[evidence.document] = number
        return number
    }

    private struct NoteKey: Hashable {
        var document: String
        var start: Int
        var end: Int
        var importedFrom: String?
    }
}
