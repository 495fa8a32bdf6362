import ActorGraphCore
import Testing

@testable import GraphStore

@Suite struct NeighbourhoodSnapshotTests {
    /// The subgraph of `full` induced on `centres` and their neighbours, computed the slow way.
    private func induced(_ full: GraphSnapshot, around centres: Set<EntityID>) -> GraphSnapshot {
        var keep = centres
        for edge in full.edges where centres.contains(edge.source) || centres.contains(edge.target) {
            keep.insert(edge.source)
            keep.insert(edge.target)
        }
        return GraphSnapshot(
            nodes: full.nodes.filter { keep.contains($0.id) },
            edges: full.edges.filter { keep.contains($0.source) && keep.contains($0.target) })
    }

    @Test("The neighbourhood snapshot is exactly the induced subgraph of the full one", arguments: [1, 7, 40])
    func matchesInducedSubgraph(pick: Int) throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(SyntheticCorpus.documents(count: 300, actors: 120, seed: 9))
        let full = try store.snapshot()
        let a = full.nodes[pick % full.nodes.count].id
        let b = full.nodes[(pick * 13 + 5) % full.nodes.count].id
        let local = try store.neighbourhoodSnapshot(around: [a, b])
        let expected = induced(full, around: [a, b])
        #expect(local.nodes == expected.nodes)
        #expect(local.edges == expected.edges)
        #expect(local.edges.count < full.edges.count)
    }

    @Test("A confidence floor applies to the neighbourhood as to the whole")
    func confidenceFloor() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(SyntheticCorpus.documents(count: 200, actors: 80, seed: 3))
        let full = try store.snapshot(minConfidence: 0.6)
        let centre = try #require(full.edges.first).source
        let local = try store.neighbourhoodSnapshot(around: [centre], minConfidence: 0.6)
        #expect(local.edges == induced(full, around: [centre]).edges)
        #expect(local.edges.allSatisfy { $0.confidence >= 0.6 })
    }
}
