import ActorGraphCore
import Testing

@testable import GraphStore

@Suite struct TouchingSnapshotTests {
    /// The edges of `full` with an end among `centres`, and the actors they join (plus the centres).
    private func touching(_ full: GraphSnapshot, _ centres: Set<EntityID>) -> GraphSnapshot {
        let edges = full.edges.filter { centres.contains($0.source) || centres.contains($0.target) }
        let ids = centres.union(edges.flatMap { [$0.source, $0.target] })
        return GraphSnapshot(nodes: full.nodes.filter { ids.contains($0.id) }, edges: edges)
    }

    @Test("The touching snapshot is exactly the full snapshot's edges at the centres", arguments: [1, 7, 40])
    func matchesFullSnapshot(pick: Int) throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(SyntheticCorpus.documents(count: 300, actors: 120, seed: 9))
        let full = try store.snapshot()
        let a = full.nodes[pick % full.nodes.count].id
        let b = full.nodes[(pick * 13 + 5) % full.nodes.count].id
        let local = try store.snapshot(touching: [a, b])
        let expected = touching(full, [a, b])
        #expect(local.nodes == expected.nodes)
        #expect(local.edges == expected.edges)
        #expect(local.edges.count < full.edges.count)
    }

    @Test("Confidence floors and date windows apply as they do to the whole graph")
    func filters() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(SyntheticCorpus.documents(count: 200, actors: 80, seed: 3))
        let full = try store.snapshot(minConfidence: 0.6)
        let centre = try #require(full.edges.first).source
        let local = try store.snapshot(touching: [centre], minConfidence: 0.6)
        #expect(local.edges == touching(full, [centre]).edges)
        #expect(local.edges.allSatisfy { $0.confidence >= 0.6 })
        let windowed = try store.snapshot(since: "2024-01-01", until: "2024-06-30")
        let centreInWindow = try #require(windowed.edges.first).target
        let localWindowed = try store.snapshot(touching: [centreInWindow], since: "2024-01-01", until: "2024-06-30")
        #expect(localWindowed.edges == touching(windowed, [centreInWindow]).edges)
    }
}
