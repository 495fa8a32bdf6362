import ActorGraphCore
import ActorGraphTestSupport
import Analysis
import Testing

@testable import ActorGraphKit

@Suite struct ConnectionSearchTests {
    /// The same ranking computed the slow way: every simple path of 2–3 hops in the whole graph.
    private func exhaustive(_ a: String, _ b: String, k: Int, workspace: Workspace) throws -> [[String]] {
        let analysis = try workspace.analysisGraph(GraphQuery(undirected: true))
        let snapshot = try #require(analysis.snapshot)
        let ids = Dictionary(uniqueKeysWithValues: snapshot.nodes.map { ($0.name, $0.id) })
        var strongest: [EntityPair: Double] = [:]
        for edge in snapshot.edges where edge.source != edge.target {
            strongest[EntityPair(edge.source, edge.target), default: 0] =
                max(strongest[EntityPair(edge.source, edge.target)] ?? 0, edge.weight)
        }
        let graph = analysis.graph
        var seen = Set<[String]>()
        var candidates: [ConnectionSearch.Candidate] = []
        for path in graph.allSimplePaths(from: try analysis.node(a), to: try analysis.node(b), maxLength: 3)
        where path.edges.count >= 2 {
            let names = path.nodes.map { graph.labels[$0.int] }
            guard seen.insert(names).inserted else { continue }
            let nodes = try names.map { try #require(ids[$0]) }
            let links = zip(nodes, nodes.dropFirst()).map { strongest[EntityPair($0, $1)] ?? 0 }
            candidates.append(
                ConnectionSearch.Candidate(nodes: nodes, weakest: links.min() ?? 0, total: links.reduce(0, +)))
        }
        let names = Dictionary(uniqueKeysWithValues: snapshot.nodes.map { ($0.id, $0.name) })
        return candidates.sorted().prefix(k).map { $0.nodes.map { names[$0] ?? "" } }
    }

    @Test(
        "relate's neighbourhood search ranks exactly as an exhaustive search of the whole graph",
        arguments: [
            ("Russia", "Mali"), ("France", "Burkina Faso"), ("Niger", "France"), ("Mali", "Sergei Lavrov"),
        ])
    func matchesExhaustiveSearch(a: String, b: String) throws {
        let workspace = try seedWorkspace.get()
        let k = 4
        let expected = try exhaustive(a, b, k: k, workspace: workspace)
        try #require(expected.count == k, "the seeds hold fewer than \(k) short paths for \(a)–\(b)")
        let report = try workspace.relate(a, b, k: k)
        let found = report.indirect.map { path in [path.hops.first?.from ?? ""] + path.hops.map(\.to) }
        #expect(found == expected)
    }

    @Test("With fewer than k short connections, longer ones come from the whole graph, ranked the same way")
    func wholeGraphFallback() throws {
        let workspace = try seedWorkspace.get()
        let k = 5
        let short = try exhaustive("Sadio Camara", "Ibrahim Traoré", k: k, workspace: workspace)
        try #require(short.count < k, "the seeds now hold \(short.count) short paths; pick a sparser pair")
        let report = try workspace.relate("Sadio Camara", "Ibrahim Traoré", k: k)
        let found = report.indirect.map { path in [path.hops.first?.from ?? ""] + path.hops.map(\.to) }
        #expect(found.count == k)
        // Every connection of up to three hops comes first, in the exhaustive order; longer ones follow.
        #expect(Array(found.prefix(short.count)) == short)
        #expect(found.dropFirst(short.count).allSatisfy { $0.count > 4 })
        let lengths = found.map(\.count)
        #expect(lengths == lengths.sorted())
        for path in found {
            #expect(path.first == "Sadio Camara" && path.last == "Ibrahim Traoré")
            #expect(Set(path).count == path.count)
        }
    }
}
