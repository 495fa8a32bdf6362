// `store-bench --replay <database> [dump]`: the store alone. Reads the archived documents of a database an
// earlier run left (text, extraction, details) and ingests them into a new store in the batches an ingest
// uses, with no extraction, printing the rate per thousand documents; then writes every graph row (ids
// included) to `dump`, to check that a change to the store leaves the graph as it was.
import ActorGraphKit
import Dispatch
import Foundation
import GraphStore

func replay(source: String, dump: String?) throws {
    let documents = try GraphStore(path: source, opening: .existing).archivedDocuments()
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("actorgraph-store-replay")
    try? FileManager.default.removeItem(at: work)
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    let path = work.appendingPathComponent("replay.sqlite").path
    let store = try GraphStore(path: path, opening: .createIfMissing)
    let batchSize = Workspace.ingestBatchSize
    let start = DispatchTime.now()
    var mark = start
    var done = 0
    var sinceMark = 0
    print("| documents | seconds since the previous line | documents/s (store only) |")
    print("|---|---|---|")
    for first in stride(from: 0, to: documents.count, by: batchSize) {
        _ = try store.ingest(Array(documents[first..<min(first + batchSize, documents.count)]))
        let before = done
        done = min(first + batchSize, documents.count)
        sinceMark += done - before
        if done / 1000 != before / 1000 || done == documents.count {
            let seconds = milliseconds(since: mark) / 1000
            print(String(format: "| %d | %.2f | %.0f |", done, seconds, Double(sinceMark) / seconds))
            mark = DispatchTime.now()
            sinceMark = 0
        }
    }
    let total = milliseconds(since: start) / 1000
    print(
        String(
            format: "store-only ingest of %d documents: %.1f s (%.0f documents/s)", done, total, Double(done) / total))
    if let dump {
        try (try store.graphTablesDump().joined(separator: "\n") + "\n").write(
            toFile: dump, atomically: true, encoding: .utf8)
        print("graph rows written to \(dump)")
    }
}
