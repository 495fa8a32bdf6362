import ActorGraphTestSupport
import Foundation
import Testing

/// Analysis of any graph through `--edges`; expected values from NetworkX 3.6.1 (computed by hand-run
/// `networkx.betweenness_centrality`, `edge_betweenness_centrality`, `clustering` and `pagerank(tol=1e-10)`).
@Suite(.serialized) struct EdgeListCommandTests {
    private func withEdges<T>(_ text: String, _ body: (String) throws -> T) throws -> T {
        try withTemporaryDirectory { dir in
            let file = dir.appendingPathComponent("edges.txt")
            try text.write(to: file, atomically: true, encoding: .utf8)
            return try body(file.path)
        }
    }

    private func scores(_ arguments: [String]) throws -> [String: Double] {
        let result = try CommandRunner.run(arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        return Dictionary(
            uniqueKeysWithValues: rows.map { ($0["name"] as? String ?? "", $0["score"] as? Double ?? .nan) })
    }

    @Test("Betweenness, clustering and PageRank of small edge lists match NetworkX")
    func measures() throws {
        try withEdges("# path a-b-c\na b\nb c\n") { path in
            let betweenness = try scores([
                "centrality", "--edges", path, "--undirected", "--measure", "betweenness", "--top", "0",
            ])
            #expect(betweenness == ["a": 0, "b": 1, "c": 0])
        }
        try withEdges("A B\nB C\nC A\nC D\n") { path in
            let clustering = try scores(["clustering", "--edges", path])
            #expect(clustering["A"] == 1 && clustering["B"] == 1 && clustering["D"] == 0)
            #expect(isClose(try #require(clustering["C"]), 1.0 / 3))
            let pagerank = try scores(["centrality", "--edges", path, "--measure", "pagerank", "--tolerance", "1e-10"])
            let expected = [
                "A": 0.21376215410340493, "B": 0.26462228872540533, "C": 0.30785340306778497, "D": 0.21376215410340493,
            ]
            for (name, value) in expected {
                #expect(isClose(try #require(pagerank[name]), value, tolerance: 1e-9), "\(name)")
            }
        }
    }

    @Test("Edge betweenness ranks relations: JSON rows of source, target and score")
    func edgeBetweenness() throws {
        try withEdges("a b\nb c\n") { path in
            let result = try CommandRunner.run([
                "centrality", "--edges", path, "--undirected", "--measure", "edge-betweenness", "--json",
            ])
            #expect(result.status == 0, "\(result.stderr)")
            let rows = try #require(
                try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
            #expect(rows.count == 2)
            for row in rows {
                #expect(Set(row.keys) == ["source", "target", "score"])
                #expect(isClose(row["score"] as? Double ?? 0, 2.0 / 3))
            }
        }
    }

    @Test("A malformed edge-list line is named by file and line number")
    func malformedLine() throws {
        try withEdges("# ok\na b 2\nb c heavy\n") { path in
            let result = try CommandRunner.run(["centrality", "--edges", path])
            #expect(result.status == 1)
            #expect(result.stderr.hasPrefix("Error: \(path):3: "))
            #expect(result.stderr.split(separator: "\n").count == 1)
        }
    }

    @Test("Paths over an edge list name unknown nodes with suggestions")
    func unknownNode() throws {
        try withEdges("Alpha Beta\nBeta Gamma\n") { path in
            let found = try CommandRunner.run(["path", "alpha", "Gamma", "--edges", path])
            #expect(found.status == 0, "\(found.stderr)")
            #expect(found.stdout.hasPrefix("Alpha → Gamma (2 hops)"))
            let missing = try CommandRunner.run(["path", "Alpa", "Gamma", "--edges", path])
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("Alpha"))
        }
    }
}
