import ActorGraphCore
import GraphStore
import Testing

@Suite("Removing a document")
struct RemovalTests {
    @Test("Removing a document deletes relations and actors left without support, keeps the rest")
    func removeDeletesOrphans() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let summary = try store.removeDocument("b.txt")
        #expect(summary.evidenceRemoved == 2)
        #expect(summary.relationsDeleted == 1)
        #expect(summary.entitiesDeleted == 1)
        #expect(
            try store.relationLines() == [
                "Assimi Goïta leads Mali ×1", "Mali cooperates_with Russia ×1", "Russia supports Mali ×2",
            ])
        #expect(try store.entities().map(\.name) == ["Russia", "Mali", "Assimi Goïta"])
        #expect(try store.resolve("Russia").mentions == 3)
        #expect(try store.documents().map(\.id) == ["a.txt"])
        #expect(try store.documents().map(\.evidenceCount) == [4])
    }

    @Test("Removing an unknown document suggests the closest ids")
    func removeUnknown() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let error = #expect(throws: GraphStoreError.self) { try store.removeDocument("a.tx") }
        #expect(error == .unknownDocument(id: "a.tx", suggestions: ["a.txt", "b.txt"]))
        #expect(error?.description == "no document 'a.tx' in the store; closest known: a.txt, b.txt")
    }
}
