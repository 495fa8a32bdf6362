import ActorGraphTestSupport
import Analysis
import Testing

/// Components, cores and clustering against the NetworkX oracle.
@Suite struct StructureOracleTests {
    struct ComponentsFixture: Decodable {
        var weak: [[String]]
        var strong: [[String]]
    }

    static func memberNames(_ components: Components, _ graph: CSRGraph) -> [[String]] {
        components.members.map { $0.map { graph.labels[$0.int] }.sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
    }

    @Test("weak and strong components have NetworkX's member sets", arguments: Oracle.graphs)
    func components(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let oracle = try Oracle.load(id, "components", as: ComponentsFixture.self)
        #expect(Self.memberNames(graph.weaklyConnectedComponents(), graph) == oracle.expected.weak)
        #expect(Self.memberNames(graph.stronglyConnectedComponents(), graph) == oracle.expected.strong)
    }

    @Test("core numbers match NetworkX (self-loops ignored)", arguments: Oracle.graphs)
    func coreNumbers(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let oracle = try #require(try Oracle.scores(id, "core-number"))
        expectScores(graph.coreNumbers(), oracle.values, call: oracle.call)
    }

    @Test("clustering matches NetworkX on undirected graphs", arguments: Oracle.graphs(with: "clustering"))
    func clustering(graph id: String) throws {
        let graph = try Oracle.graph(id)
        let oracle = try #require(try Oracle.scores(id, "clustering"))
        expectScores(graph.clustering(), oracle.values, call: oracle.call)
    }

    @Test("components are numbered by decreasing size")
    func componentOrder() throws {
        // 0-1-2   3-4   5
        let graph = try CSRGraph(
            nodeNames: ["a", "b", "c", "d", "e", "f"],
            edges: [.init(source: 3, target: 4), .init(source: 0, target: 1), .init(source: 1, target: 2)],
            directed: false)
        let components = graph.weaklyConnectedComponents()
        #expect(components.component == [0, 0, 0, 1, 1, 2])
        #expect(components.sizes == [3, 2, 1])
    }

    @Test("strong components of a long directed cycle need no recursion")
    func longCycle() throws {
        let n = 200_000
        let edges = (0..<n).map { WeightedEdge(source: $0, target: ($0 + 1) % n) }
        let graph = try CSRGraph(nodeNames: (0..<n).map(String.init), edges: edges)
        #expect(graph.stronglyConnectedComponents().count == 1)
    }
}
