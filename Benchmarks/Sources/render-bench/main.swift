// Times the Render layer: DOT writing and in-process Graphviz rendering of small and large maps.
// Build and run: ACTORGRAPH_BENCH=1 swift build -c release --product render-bench && .build/release/render-bench
import ActorGraphCore
import Dispatch
import Foundation
import Render

/// A random map with `nodeCount` actors and `edgeCount` relations (preferential-ish: low ids get more edges).
func randomMap(nodeCount: Int, edgeCount: Int, seed: UInt64) -> MapModel {
    var rng = SplitMix64(seed: seed)
    let types = EntityType.allCases
    let relations = RelationType.allCases
    let nodes = (0..<nodeCount).map { index in
        MapNode(
            id: "n\(index)", label: "Actor \(index)", type: types[rng.next(below: types.count)],
            size: 1 / Double(1 + index / 50), community: index % 12)
    }
    var edges: [MapEdge] = []
    edges.reserveCapacity(edgeCount)
    for index in 0..<edgeCount {
        let source = rng.next(below: nodeCount)
        var target = min(rng.next(below: nodeCount), rng.next(below: nodeCount))
        if target == source { target = (source + 1) % nodeCount }
        edges.append(
            MapEdge(
                id: "e\(index)", source: "n\(source)", target: "n\(target)",
                relation: relations[rng.next(below: relations.count)], weight: Double(1 + rng.next(below: 5)),
                evidence: Evidence(
                    document: "doc\(index % 97).txt", sentence: "Sentence \(index).", start: index, end: index + 10)))
    }
    return MapModel(title: "Random map", subtitle: "\(nodeCount) nodes, \(edgeCount) edges", nodes: nodes, edges: edges)
}

/// Prints a line at once (stdout is block-buffered when redirected, and a render can take a while).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Process CPU seconds (user + system), to read alongside wall time on a shared machine.
func cpuSeconds() -> Double { Double(clock()) / Double(CLOCKS_PER_SEC) }

func format(_ value: Double) -> String {
    let milliseconds = Int((value * 1000).rounded())
    return "\(milliseconds / 1000).\(String(milliseconds % 1000).leftPad(3)) s"
}

extension String {
    func leftPad(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
    func rightPad(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}

let cases: [(name: String, nodes: Int, edges: Int, formats: [OutputFormat])] = [
    ("small (25 / 40)", 25, 40, [.svg, .png]),
    ("medium (200 / 400)", 200, 400, [.svg]),
    ("dense (400 / 1,600)", 400, 1_600, [.svg]),
    ("large (5,000 / 20,000)", 5_000, 20_000, [.svg]),
]
say("render-bench  (Graphviz \(Graphviz.version), release build, one run each)")
say("case".rightPad(26) + "format  engine  DOT write   render      render CPU  notes")
let renderer = MapRenderer()
let arguments = CommandLine.arguments
// `render-bench --leak-check`: a few renders in every format plus the error paths, for valgrind (docs/graphviz.md).
if arguments.count == 2, arguments[1] == "--leak-check" {
    let model = randomMap(nodeCount: 25, edgeCount: 40, seed: 7)
    for engine in [LayoutEngine.dot, .neato, .sfdp] {
        for outputFormat in OutputFormat.allCases {
            let map = try renderer.render(model, format: outputFormat, engine: engine)
            say("\(engine.rawValue) \(outputFormat.rawValue): \(map.bytes.count) bytes")
        }
    }
    for bad in ["digraph G { a -> }", "graph {", "digraph ActorGraph { a [label=<<b>unclosed>] }"] {
        do { try Graphviz.validate(dot: bad) } catch { say("validate: \(error)") }
        do { _ = try Graphviz.render(dot: bad, engine: .dot, format: .svg) } catch { say("render: \(error)") }
    }
    exit(0)
}
// `render-bench --dump DIR` writes each case's DOT (as MapRenderer would lay it out) for experiments with the CLI.
if arguments.count == 3, arguments[1] == "--dump" {
    for benchCase in cases {
        let model = randomMap(nodeCount: benchCase.nodes, edgeCount: benchCase.edges, seed: 42)
        let large = renderer.isLarge(model)
        let dot = DOTWriter.write(model, theme: .standard, engine: large ? .sfdp : .dot)
        try dot.write(toFile: "\(arguments[2])/\(benchCase.nodes).dot", atomically: true, encoding: .utf8)
    }
    exit(0)
}
for benchCase in cases {
    let model = randomMap(nodeCount: benchCase.nodes, edgeCount: benchCase.edges, seed: 42)
    var dotSeconds = 0.0
    dotSeconds = seconds { _ = DOTWriter.write(model) }
    for outputFormat in benchCase.formats {
        var rendered: RenderedMap?
        do {
            let cpuStart = cpuSeconds()
            let elapsed = try seconds { rendered = try renderer.render(model, format: outputFormat) }
            let cpu = cpuSeconds() - cpuStart
            let engine = rendered?.engine.rawValue ?? "?"
            let bytes = rendered?.bytes.count ?? 0
            say(
                benchCase.name.rightPad(26) + outputFormat.rawValue.rightPad(8) + engine.rightPad(8)
                    + format(dotSeconds).rightPad(12) + format(elapsed).rightPad(12) + format(cpu).rightPad(12)
                    + "\(bytes) bytes; \(rendered?.notes.count ?? 0) notes")
        } catch {
            say(benchCase.name.rightPad(26) + outputFormat.rawValue.rightPad(8) + "failed: \(error)")
        }
    }
}
