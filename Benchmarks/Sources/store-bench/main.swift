// store-bench: ingests 10,000 generated documents (the seeds with their states swapped for others from the
// gazetteer), then reports documents/s, database size, and `relate` latency on the result.
//
// Usage: store-bench [documents=10000] [seeds=seeds] [gazetteer=Sources/Extraction/Resources/en/states.json]
//        store-bench --replay <database> [dump]   (the store alone: see Replay.swift)
import ActorGraphCore
import ActorGraphKit
import Dispatch
import Foundation

let arguments = CommandLine.arguments
if arguments.count > 2, arguments[1] == "--replay" {
    do {
        try replay(source: arguments[2], dump: arguments.count > 3 ? arguments[3] : nil)
        exit(0)
    } catch {
        print("store-bench: \(error)")
        exit(1)
    }
}
let documentCount = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
let seedsPath = arguments.count > 2 ? arguments[2] : "seeds"
let gazetteerPath = arguments.count > 3 ? arguments[3] : "Sources/Extraction/Resources/en/states.json"

struct StateEntry: Decodable {
    var name: String
    var aliases: [String]
    var capitals: [String]
    var demonyms: [String]
}

struct StateGazetteer: Decodable { var states: [StateEntry] }
/// One place in a seed where a state is named, by which form (name, capital or demonym).
struct Occurrence {
    enum Form { case name, capital, demonym }
    var range: Range<String.Index>
    var state: Int
    var form: Form
}

func isWordBoundary(_ text: String, _ index: String.Index) -> Bool {
    guard index > text.startIndex, index < text.endIndex else { return true }
    let before = text[text.index(before: index)]
    let after = text[index]
    return !(before.isLetter && after.isLetter)
}

func occurrences(in text: String, states: [StateEntry]) -> [Occurrence] {
    var forms: [(String, Int, Occurrence.Form)] = []
    for (index, state) in states.enumerated() {
        forms.append((state.name, index, .name))
        forms += state.capitals.map { ($0, index, .capital) }
        forms += state.demonyms.map { ($0, index, .demonym) }
    }
    forms.sort { $0.0.count > $1.0.count }
    var found: [Occurrence] = []
    for (form, state, kind) in forms where form.count >= 4 {
        var searchStart = text.startIndex
        while let range = text.range(of: form, range: searchStart..<text.endIndex) {
            searchStart = range.upperBound
            guard isWordBoundary(text, range.lowerBound), isWordBoundary(text, range.upperBound) else { continue }
            if found.contains(where: { $0.range.overlaps(range) }) { continue }
            found.append(Occurrence(range: range, state: state, form: kind))
        }
    }
    return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
}

func substitute(_ text: String, _ found: [Occurrence], states: [StateEntry], rng: inout SplitMix64) -> String {
    var mapping: [Int: Int] = [:]
    for occurrence in found where mapping[occurrence.state] == nil {
        mapping[occurrence.state] = Int.random(in: 0..<states.count, using: &rng)
    }
    var result = ""
    var cursor = text.startIndex
    for occurrence in found {
        result += text[cursor..<occurrence.range.lowerBound]
        let replacement = states[mapping[occurrence.state] ?? occurrence.state]
        switch occurrence.form {
        case .name: result += replacement.name
        case .capital: result += replacement.capitals.first ?? replacement.name
        case .demonym: result += replacement.demonyms.first ?? replacement.name
        }
        cursor = occurrence.range.upperBound
    }
    return result + text[cursor...]
}

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
}

func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
}

do {
    let gazetteer = try JSONDecoder().decode(
        StateGazetteer.self, from: Data(contentsOf: URL(fileURLWithPath: gazetteerPath)))
    let states = gazetteer.states
    let seedNames = try FileManager.default.contentsOfDirectory(atPath: seedsPath).filter { $0.hasSuffix(".txt") }
        .sorted()
    let seeds = try seedNames.map { try String(contentsOfFile: "\(seedsPath)/\($0)", encoding: .utf8) }
    let found = seeds.map { occurrences(in: $0, states: states) }

    let work = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-store-bench")
    try? FileManager.default.removeItem(at: work)
    let corpus = work.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    var rng = SplitMix64(seed: 42)
    var bytes = 0
    for index in 0..<documentCount {
        let seed = index % seeds.count
        let text = substitute(seeds[seed], found[seed], states: states, rng: &rng)
        bytes += text.utf8.count
        try text.write(
            to: corpus.appendingPathComponent(String(format: "gen_%05d.txt", index)), atomically: false, encoding: .utf8
        )
    }
    print("generated \(documentCount) documents, \(String(format: "%.1f", Double(bytes) / 1e6)) MB, in \(corpus.path)")

    let dbPath = work.appendingPathComponent("bench.sqlite").path
    let workspace = try Workspace(databasePath: dbPath, opening: .createIfMissing)
    let ingestStart = DispatchTime.now()
    let report = try workspace.ingest(paths: [corpus.path])
    let ingestMs = milliseconds(since: ingestStart)
    let againStart = DispatchTime.now()
    let again = try workspace.ingest(paths: [corpus.path])
    let againMs = milliseconds(since: againStart)
    let size = fileSize(dbPath) + fileSize(dbPath + "-wal")

    let topStates = try workspace.entities(type: .state).prefix(8).map(\.name)
    var latencies: [Double] = []
    for a in topStates {
        for b in topStates where a < b {
            let start = DispatchTime.now()
            _ = try workspace.relate(a, b, k: 5)
            latencies.append(milliseconds(since: start))
        }
    }
    latencies.sort()
    func percentile(_ p: Double) -> Double {
        latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
    }

    // Undo rebuilds the graph from the archived extractions: time it on a merge of the two most mentioned states.
    try workspace.merge(topStates[0], absorbing: topStates[1])
    let undoStart = DispatchTime.now()
    let undone = try workspace.undo(curation: try workspace.curations().last?.id ?? 1)
    let undoMs = milliseconds(since: undoStart)

    print("")
    print("| measure | value |")
    print("|---|---|")
    print("| documents ingested | \(report.documents) (\(report.entities) entities, \(report.relations) relations) |")
    print(String(format: "| ingest time | %.1f s |", ingestMs / 1000))
    print(
        String(
            format: "| ingest rate | %.0f documents/s (%.2f MB/s) |", Double(report.documents) / (ingestMs / 1000),
            Double(bytes) / 1e6 / (ingestMs / 1000)))
    print(String(format: "| re-ingest, all unchanged | %.1f s (%d unchanged) |", againMs / 1000, again.unchanged))
    print(String(format: "| database size | %.1f MB |", Double(size) / 1e6))
    print(
        String(
            format: "| undo of a merge (rebuild from %d archived documents) | %.1f s |", undone.documentsReread,
            undoMs / 1000))
    print(
        String(
            format: "| relate latency over %d pairs | median %.1f ms, p95 %.1f ms, max %.1f ms (target < 50 ms) |",
            latencies.count, percentile(0.5), percentile(0.95), latencies.last ?? 0))
} catch {
    print("store-bench: \(error)")
    exit(1)
}
