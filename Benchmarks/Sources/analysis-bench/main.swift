// analysis-bench: times the Analysis engine on seeded random graphs and prints one JSON line per task.
//
//   analysis-bench generate <size> <dir>   writes <dir>/<size>.edges (SplitMix64, seed 42, no loops or repeats)
//   analysis-bench run <size> <dir>        loads it and times PageRank, betweenness, components and BFS
//   analysis-bench load <size> <dir>       times loading alone
//
// Sizes: 10k (10 000 nodes / 50 000 edges), 100k (100 000 / 1 000 000), 1m (1 000 000 / 10 000 000).
// Run each size in its own process so the reported peak RSS (VmHWM) belongs to that size alone.
// Scripts/bench-analysis.sh builds this in release mode, runs the peers and prints the side-by-side table.
import ActorGraphCore
import Analysis
import Foundation

struct Size {
    var name: String
    var nodes: Int
    var edges: Int
    /// Exact betweenness on the small graph; K sampled sources on the larger ones.
    var betweennessSamples: Int?
}

let sizes: [String: Size] = [
    "10k": Size(name: "10k", nodes: 10_000, edges: 50_000, betweennessSamples: nil),
    "100k": Size(name: "100k", nodes: 100_000, edges: 1_000_000, betweennessSamples: 256),
    "1m": Size(name: "1m", nodes: 1_000_000, edges: 10_000_000, betweennessSamples: 256),
]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("analysis-bench: \(message)\n".utf8))
    exit(2)
}

func generate(_ size: Size, into path: String) {
    var generator = SplitMix64(seed: 42)
    var keys = Set<UInt64>()
    keys.reserveCapacity(size.edges)
    var text = ""
    text.reserveCapacity(size.edges * 16)
    while keys.count < size.edges {
        let s = generator.next(below: size.nodes)
        let t = generator.next(below: size.nodes)
        if s == t { continue }
        if keys.insert(UInt64(s) << 32 | UInt64(t)).inserted { text += "\(s) \(t)\n" }
    }
    do {
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
        fail("cannot write \(path): \(error)")
    }
}

/// Peak resident set size in MiB, from /proc/self/status.
func peakRSS() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kilobytes = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kilobytes / 1024
    }
    return .nan
}

func report(_ size: Size, _ task: String, _ seconds: Double, _ detail: String = "") {
    let extra = detail.isEmpty ? "" : ", \"detail\": \"\(detail)\""
    print(
        "{\"tool\": \"actorgraph\", \"size\": \"\(size.name)\", \"task\": \"\(task)\", \"value\": \(seconds)\(extra)}")
}

/// Best wall-clock time of `repeats` runs, in seconds.
func time<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (Double, T) {
    var best = Double.infinity
    var result: T?
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        let value = try body()
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
        result = value
    }
    guard let result else { fail("no repetitions") }
    return (best, result)
}

func run(_ size: Size, file: String) throws {
    let (loadTime, graph) = try time(1) { try CSRGraph.loadEdgeList(path: file) }
    report(size, "load", loadTime, "\(graph.nodeCount) nodes, \(graph.edgeCount) edges")
    let (pageRankTime, ranks) = try time(3) {
        try graph.pageRank(.init(damping: 0.85, tolerance: 1e-10, maxIterations: 1000))
    }
    report(size, "pagerank", pageRankTime, "sum \(ranks.sum)")
    let options = BetweennessOptions(normalized: false, samples: size.betweennessSamples, seed: 42)
    let (betweennessTime, scores) = try time(size.betweennessSamples == nil ? 3 : 1) {
        try graph.betweennessCentrality(options)
    }
    let task = size.betweennessSamples.map { "betweenness-k\($0)" } ?? "betweenness"
    report(size, task, betweennessTime, "max \(scores.values.max() ?? 0)")
    let (componentsTime, components) = time(3) { graph.weaklyConnectedComponents() }
    report(size, "wcc", componentsTime, "\(components.count) components")
    let start = try graph.nodeIndex(named: "0")
    let (bfsTime, distances) = time(3) { graph.hopDistances(from: start) }
    report(size, "bfs", bfsTime, "reached \(distances.filter { $0 >= 0 }.count)")
    report(size, "peak-rss-mib", peakRSS())
}

let arguments = CommandLine.arguments
guard arguments.count == 4, let size = sizes[arguments[2]] else {
    fail("usage: analysis-bench generate|run|load 10k|100k|1m <dir>")
}
let file = "\(arguments[3])/\(size.name).edges"
switch arguments[1] {
case "generate": generate(size, into: file)
case "load":
    do {
        let (seconds, graph) = try time(1) { try CSRGraph.loadEdgeList(path: file) }
        report(size, "load", seconds, "\(graph.nodeCount) nodes, \(graph.edgeCount) edges")
        report(size, "peak-rss-mib", peakRSS())
    } catch { fail("\(error)") }
case "run":
    do { try run(size, file: file) } catch { fail("\(error)") }
default: fail("unknown command \(arguments[1])")
}
