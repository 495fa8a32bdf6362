import Analysis

/// libFuzzer harness for the edge-list reader (`make fuzz`; `Fuzz/README.md`).
///
/// Each input is parsed as an edge list, directed or not by the parity of its length. A graph that parses is
/// then checked: every label is valid UTF-8 by construction, edges join existing nodes, weights are positive
/// normal numbers, and a weighted shortest path and the first all-shortest paths between the first and last
/// node are well formed (consecutive nodes joined by the edge named, length the sum of 1/weight within the
/// documented tolerance). A violated check traps, which libFuzzer reports as a crash with the input. Errors
/// thrown for bad input are the expected answer, not findings.
func fuzzEdgeList(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let graph: CSRGraph
    do {
        graph = try CSRGraph.parseEdgeList(bytes, name: "fuzz", directed: size % 2 == 0)
    } catch {
        // Every refusal must be a one-line message naming the input.
        let message = error.description
        precondition(!message.contains("\n") && message.hasPrefix("fuzz"), "bad error message: \(message)")
        return 0
    }
    precondition(graph.labels.count == graph.nodeCount)
    if graph.isWeighted {
        for edge in 0..<graph.edgeCount {
            let weight = graph.weight(ofEdge: edge)
            precondition(weight > 0 && weight.isNormal, "weight \(weight) was accepted")
        }
    }
    guard graph.nodeCount >= 2, graph.nodeCount <= 2000 else { return 0 }
    let source = NodeIndex(0)
    let target = NodeIndex(graph.nodeCount - 1)
    if let path = graph.shortestPath(from: source, to: target, weighted: true) {
        check(path, in: graph, from: source, to: target)
    }
    for path in graph.allShortestPaths(from: source, to: target, weighted: true, limit: 64) {
        check(path, in: graph, from: source, to: target)
    }
    return 0
}

/// Traps unless `path` runs from `source` to `target` along the edges it names, with the length it states.
private func check(_ path: PathResult, in graph: CSRGraph, from source: NodeIndex, to target: NodeIndex) {
    precondition(path.nodes.first == source && path.nodes.last == target, "path ends wrong")
    precondition(path.edges.count == path.nodes.count - 1, "edge count")
    var length = 0.0
    for (step, edge) in path.edges.enumerated() {
        let ends = graph.endpoints(ofEdge: edge)
        let (u, v) = (ends.source, ends.target)
        let from = path.nodes[step]
        let to = path.nodes[step + 1]
        precondition((u, v) == (from, to) || (!graph.isDirected && (v, u) == (from, to)), "edge does not join hop")
        length += graph.isWeighted ? 1 / graph.weight(ofEdge: edge) : 1
    }
    precondition(
        length == path.length || abs(length - path.length) <= 1e-9 * max(length, path.length),
        "stated length \(path.length), summed \(length)")
}
