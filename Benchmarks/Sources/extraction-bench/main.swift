import ActorGraphCore
import Extraction
import Foundation

// Extraction throughput: the seed articles replicated to ~2 MB (or the megabytes given), read single-core (one document after another)
// and as a corpus on all cores. Usage: extraction-bench [seeds-folder] [megabytes]

let arguments = CommandLine.arguments
let folder = arguments.count > 1 ? arguments[1] : "seeds"
let targetMB = arguments.count > 2 ? (Double(arguments[2]) ?? 2) : 2
let mode = arguments.count > 3 ? arguments[3] : "both"  // "single", "multi" or "both"

let names =
    (try? FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()) ?? []
let texts = names.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
guard !texts.isEmpty else {
    print("extraction-bench: no .txt files in '\(folder)'; pass the seeds folder as the first argument")
    exit(1)
}
var documents: [SourceDocument] = []
var bytes = 0
var round = 0
while Double(bytes) < targetMB * 1_000_000 {
    for (name, text) in zip(names, texts) {
        documents.append(SourceDocument(id: "\(round)-\(name)", text: text))
        bytes += text.utf8.count
    }
    round += 1
}
let extractor: Extractor
do {
    extractor = try Extractor()
} catch {
    print("extraction-bench: \(error)")
    exit(1)
}

/// CPU seconds of this process (all threads): unlike wall time, not inflated when other jobs share the cores.
func cpuSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

nonisolated(unsafe) var lastCPU = 0.0
func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpu = cpuSeconds()
    body()
    lastCPU = cpuSeconds() - cpu
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}
let load =
    (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
print("load average at start: \(load) on \(ProcessInfo.processInfo.activeProcessorCount) cores")

let megabytes = Double(bytes) / 1_000_000
print("extraction-bench: \(documents.count) documents, \(String(format: "%.1f", megabytes)) MB of text")
var relations = 0
if mode != "multi" {
    let single = seconds {
        for d in documents { relations += extractor.extract(d).relations.count }
    }
    print(
        String(
            format: "single core   %6.2f s  %7.2f MB/s wall  %7.2f MB/s per CPU-second  (%d relations)", single,
            megabytes / single, megabytes / lastCPU, relations))
}
if mode != "single" {
    var corpusRelations = 0
    let multi = seconds {
        corpusRelations = extractor.extract(documents).reduce(0) { $0 + $1.relations.count }
    }
    print(
        String(
            format: "all cores     %6.2f s  %7.2f MB/s wall  %7.2f MB/s per CPU-second  (%d relations, %d cores)",
            multi,
            megabytes / multi, megabytes / lastCPU, corpusRelations, ProcessInfo.processInfo.activeProcessorCount))
}
