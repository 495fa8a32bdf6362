import ActorGraphCore
import ActorGraphTestSupport
import Analysis
import Foundation
import Testing

/// Building CSR graphs: merging, views, snapshots, edge-list files, lookups.
@Suite struct CSRGraphTests {
    //   a → b, b → c, a → b (again, weight 5), b → a
    static func duplicated(_ policy: DuplicateEdgePolicy, directed: Bool) throws -> CSRGraph {
        try CSRGraph(
            nodeNames: ["a", "b", "c"],
            edges: [
                .init(source: 0, target: 1, weight: 1), .init(source: 1, target: 2, weight: 2),
                .init(source: 0, target: 1, weight: 5), .init(source: 1, target: 0, weight: 3),
            ], directed: directed, weighted: true, duplicates: policy)
    }

    @Test("duplicate edges keep the last weight, like nx.add_edge")
    func keepLast() throws {
        let directed = try Self.duplicated(.keepLast, directed: true)
        directed.checkInvariants()
        #expect(directed.edgeCount == 3)
        #expect(directed.outTargets == [1, 0, 2])
        #expect(directed.weights == [5, 3, 2])
        #expect((0..<3).map { directed.originalEdge($0) } == [2, 3, 1])
        let undirected = try Self.duplicated(.keepLast, directed: false)
        undirected.checkInvariants()
        #expect(undirected.edgeCount == 2)
        // a–b last written by b → a (original 3, weight 3).
        #expect(undirected.weights == [3, 2])
        #expect(undirected.originalEdge(0) == 3)
        #expect(directed.undirected().weights == undirected.weights)
        #expect(directed.undirected().origins == undirected.origins)
    }

    @Test("duplicate edges can sum their weights instead")
    func sumWeights() throws {
        let undirected = try Self.duplicated(.sumWeights, directed: false)
        #expect(undirected.weights == [9, 2])
        #expect(undirected.originalEdge(0) == 0)
    }

    @Test("an undirected graph lists each edge in both rows and a self-loop once")
    func undirectedRows() throws {
        // a – b, b – b, b – c
        let graph = try CSRGraph(
            nodeNames: ["a", "b", "c"],
            edges: [.init(source: 1, target: 0), .init(source: 1, target: 1), .init(source: 2, target: 1)],
            directed: false)
        graph.checkInvariants()
        #expect(graph.outOffsets == [0, 1, 4, 5])
        #expect(graph.outTargets == [1, 0, 1, 2, 1])
        #expect(graph.degreeCentrality(normalized: false).values == [1, 4, 1])
        #expect(
            graph.endpoints(ofEdge: graph.edgeID(outSlot: 3))
                == EdgeEndpoints(source: NodeIndex(1), target: NodeIndex(2)))
    }

    @Test("node lookup ignores case and accents and suggests close names")
    func lookup() throws {
        let graph = try CSRGraph(nodeNames: ["Assimi Goïta", "Mali", "Wagner Group"], edges: [])
        #expect(try graph.nodeIndex(named: "assimi goita") == NodeIndex(0))
        #expect(try graph.nodeIndex(named: "Mali") == NodeIndex(1))
        #expect(
            throws: AnalysisError.unknownNode(name: "Wagner", suggestions: ["Wagner Group", "Mali", "Assimi Goïta"])
        ) {
            try graph.nodeIndex(named: "Wagner")
        }
    }

    @Test("a snapshot view filters by polarity, confidence and type, and maps edges back")
    func snapshot() {
        let nodes = (1...4).map { GraphSnapshot.Node(id: EntityID(Int64($0)), name: "n\($0)", type: .state) }
        func edge(_ id: Int64, _ s: Int64, _ t: Int64, _ type: RelationType, _ w: Double, _ c: Double)
            -> GraphSnapshot.Edge
        {
            .init(id: RelationID(id), source: EntityID(s), target: EntityID(t), type: type, weight: w, confidence: c)
        }
        let snapshot = GraphSnapshot(
            nodes: nodes,
            edges: [
                edge(10, 1, 2, .supports, 2, 0.9), edge(11, 2, 3, .opposes, 1, 0.8),
                edge(12, 3, 4, .cooperatesWith, 3, 0.4), edge(13, 1, 2, .cooperatesWith, 1, 0.9),
            ])
        let all = CSRGraph(snapshot: snapshot, options: .init(weighted: true))
        all.checkInvariants()
        // cooperates_with is symmetric: two arcs; 1→2 appears twice (supports + cooperates) and sums to 3.
        #expect(all.edgeCount == 5)
        #expect(all.weights[0] == 3)
        let cooperation = CSRGraph(snapshot: snapshot, options: .init(polarity: .cooperation, minConfidence: 0.5))
        #expect(cooperation.edgeCount == 2)
        #expect(!cooperation.isWeighted)
        #expect(Set((0..<cooperation.edgeCount).map { cooperation.originalEdge($0) }) == [0, 3])
        let conflict = CSRGraph(snapshot: snapshot, options: .init(directed: false, relationTypes: [.opposes]))
        #expect(conflict.edgeCount == 1)
        #expect(conflict.originalEdge(0) == 1)
    }

    static func temporaryFile(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("edges-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test("edge-list files: comments, blank lines, names and integers, optional weights")
    func edgeList() throws {
        let path = try Self.temporaryFile("# a comment\n\n7 x 2.5\nx Zoë  # trailing\n  7\t0\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let graph = try CSRGraph.loadEdgeList(path: path)
        #expect(graph.labels == ["7", "x", "Zoë", "0"])
        #expect(graph.edgeCount == 3)
        #expect(graph.isWeighted)
        #expect(graph.weights == [2.5, 1, 1])
        #expect((0..<3).map { graph.originalEdge($0) } == [0, 2, 1])
        #expect(try graph.nodeIndex(named: "zoe") == NodeIndex(2))
    }

    @Test(
        "malformed edge-list lines name the file and line",
        arguments: ["a\n", "a b c d\n", "a b zero\n", "a b -1\n", "a b 0\n", "a b nan\n", "a b inf\n"])
    func malformed(line: String) throws {
        let path = try Self.temporaryFile("x y\n# fine\n" + line)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let text = String(line.dropLast())
        #expect(throws: AnalysisError.malformedEdgeLine(file: path, line: 3, text: text)) {
            try CSRGraph.loadEdgeList(path: path)
        }
        let message = AnalysisError.malformedEdgeLine(file: path, line: 3, text: text).description
        #expect(message.hasPrefix("\(path):3: "))
        #expect(!message.contains("\n"))
    }

    @Test("a missing edge-list file is an unreadableFile error")
    func missingFile() {
        #expect(
            throws: AnalysisError.unreadableFile(path: "/nonexistent/edges.txt", reason: "No such file or directory")
        ) {
            try CSRGraph.loadEdgeList(path: "/nonexistent/edges.txt")
        }
    }

    @Test("weights must be positive and finite")
    func nonPositive() {
        #expect(throws: AnalysisError.nonPositiveWeight(source: "a", target: "b", weight: 0)) {
            try CSRGraph(nodeNames: ["a", "b"], edges: [.init(source: 0, target: 1, weight: 0)], weighted: true)
        }
    }

    @Test("every error description is one line")
    func oneLineErrors() {
        let errors: [AnalysisError] = [
            .malformedEdgeLine(file: "f", line: 1, text: "x"), .unreadableFile(path: "p", reason: "r"),
            .unknownNode(name: "n", suggestions: []), .unknownNode(name: "n", suggestions: ["m"]),
            .nonPositiveWeight(source: "a", target: "b", weight: -1),
            .notConverged(algorithm: "pagerank", iterations: 100, tolerance: 1e-6),
            .invalidOption(name: "damping", value: "2", expected: "[0, 1]"), .nodeOutOfRange(index: 5, nodeCount: 2),
            .undefined(algorithm: "eigenvector centrality", reason: "the graph has no nodes"),
        ]
        for error in errors {
            #expect(!error.description.contains("\n"))
            #expect(!error.description.isEmpty)
        }
    }
}
