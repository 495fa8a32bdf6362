import ActorGraphTestSupport
import Analysis
import Foundation
import Testing

/// Reads the NetworkX oracle fixtures written by `Scripts/fixtures/networkx_oracle.py`.
enum Oracle {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // AnalysisTests
        .appendingPathComponent("Fixtures/networkx", isDirectory: true)

    /// Every graph id with a `<graph>.graph.json` fixture, sorted.
    static let graphs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".graph.json") }.map { String($0.dropLast(".graph.json".count)) }.sorted()
    }()

    /// Graph ids whose fixture has `measure`.
    static func graphs(with measure: String) -> [String] {
        graphs.filter { FileManager.default.fileExists(atPath: url(graph: $0, measure: measure).path) }
    }

    static func url(graph: String, measure: String) -> URL {
        directory.appendingPathComponent("\(graph).\(measure).json")
    }

    struct GraphFile: Decodable {
        var directed: Bool
        var weighted: Bool
        var nodes: [String]
        var edges: [[Double]]
    }

    struct Measure<Expected: Decodable>: Decodable {
        var call: String
        var expected: Expected
    }

    /// The fixture graph as a CSRGraph, fed the same edge list NetworkX got.
    static func graph(_ id: String, directed: Bool? = nil) throws -> CSRGraph {
        let data = try Data(contentsOf: url(graph: id, measure: "graph"))
        let file = try JSONDecoder().decode(GraphFile.self, from: data)
        let edges = file.edges.map { WeightedEdge(source: Int($0[0]), target: Int($0[1]), weight: $0[2]) }
        return try CSRGraph(
            nodeNames: file.nodes, edges: edges, directed: directed ?? file.directed, weighted: file.weighted)
    }

    static func isWeighted(_ id: String) throws -> Bool {
        let data = try Data(contentsOf: url(graph: id, measure: "graph"))
        return try JSONDecoder().decode(GraphFile.self, from: data).weighted
    }

    static func load<Expected: Decodable>(_ graph: String, _ measure: String, as type: Expected.Type) throws -> Measure<
        Expected
    > {
        let data = try Data(contentsOf: url(graph: graph, measure: measure))
        return try JSONDecoder().decode(Measure<Expected>.self, from: data)
    }

    /// Node scores by name, or nil when NetworkX raised for this graph (the fixture then holds `{"error": …}`).
    static func scores(_ graph: String, _ measure: String) throws -> (call: String, values: [String: Double])? {
        guard let fixture = try? load(graph, measure, as: [String: Double].self) else { return nil }
        return (fixture.call, fixture.expected)
    }
}

/// Compares every node's score with NetworkX's, naming the node and the call on failure.
func expectScores(
    _ actual: NodeScores, _ expected: [String: Double], call: String, tolerance: Double = 1e-9,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.values.count == expected.count, "node count differs for \(call)", sourceLocation: sourceLocation)
    for (index, label) in actual.labels.enumerated() {
        guard let want = expected[label] else {
            Issue.record("node \(label) missing from fixture of \(call)", sourceLocation: sourceLocation)
            continue
        }
        let got = actual.values[index]
        #expect(
            isClose(got, want, tolerance: tolerance), "\(label): got \(got), NetworkX \(want) — \(call)",
            sourceLocation: sourceLocation)
    }
}

/// One edge score of an `edge-betweenness-*` fixture: `[source, target, score]`.
struct EdgeScoreRow: Decodable {
    var source: String
    var target: String
    var score: Double
    init(from decoder: any Decoder) throws {
        var row = try decoder.unkeyedContainer()
        source = try row.decode(String.self)
        target = try row.decode(String.self)
        score = try row.decode(Double.self)
    }
}
