import ActorGraphCore
import GraphStore
import Testing

@Suite("Consistency on a synthetic corpus")
struct ConsistencyTests {
    static let corpus = SyntheticCorpus.documents(count: 120, actors: 60)

    @Test("One batch or many batches give the same graph")
    func batchingDoesNotMatter() throws {
        let whole = try GraphStore.inMemory()
        _ = try whole.ingest(Self.corpus)
        let piecewise = try GraphStore.inMemory()
        for start in stride(from: 0, to: Self.corpus.count, by: 7) {
            _ = try piecewise.ingest(Array(Self.corpus[start..<min(start + 7, Self.corpus.count)]))
        }
        #expect(try piecewise.relations() == whole.relations())
        #expect(try piecewise.entities() == whole.entities())
        #expect(try piecewise.snapshot() == whole.snapshot())
        let stats = try whole.stats()
        #expect(stats.documents == 120)
        #expect(stats.evidence == Self.corpus.flatMap(\.relations).count)
    }

    @Test("Removing every document empties the graph; curations stay recorded")
    func removeAllEmpties() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.corpus)
        try store.merge("Actor 1", absorbing: "Actor 5")
        for document in Self.corpus {
            _ = try store.removeDocument(document.id)
        }
        let stats = try store.stats()
        #expect(stats.documents == 0)
        #expect(stats.entities == 0)
        #expect(stats.relations + stats.rejectedRelations == 0)
        #expect(stats.evidence == 0)
        #expect(stats.aliases == 0)
        #expect(try store.curations().count == 1)
        // Ingesting again replays the merge.
        _ = try store.ingest(Self.corpus)
        #expect(try store.resolve("Actor 5").name == "Actor 1")
    }

    @Test("Mentions and evidence counts equal the sums over the documents")
    func countsAddUp() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.corpus)
        let mentions = try store.entities().map(\.mentions).reduce(0, +)
        #expect(mentions == Self.corpus.flatMap(\.entities).map(\.mentions).reduce(0, +))
        let weights = try store.snapshot().edges.map(\.weight).reduce(0, +)
        #expect(try Int(weights) == store.stats().evidence)
        #expect(try store.documents().map(\.evidenceCount) == Self.corpus.map(\.relations.count))
    }
}
