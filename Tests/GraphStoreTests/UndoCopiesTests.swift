import ActorGraphCore
import Foundation
import GraphStore
import Testing

/// Undo rebuilds the graph from the archive while the copy clusters stay as stored: a cluster must still count
/// once afterwards.
@Suite("Undo keeps wire copies counted once")
struct UndoCopiesTests {
    @Test("After undoing a rename, ten copies of a story still weigh what one does")
    func copiesCountedOnceAfterUndo() throws {
        let store = try GraphStore.inMemory()
        let copies = (0..<10).map {
            NearDuplicateTests.incoming(
                String(format: "copy-%02d.txt", $0), text: NearDuplicateTests.story("Mali", variant: $0))
        }
        _ = try store.ingest(copies)
        try store.rename("Mali", to: "Republic of Mali")
        #expect(try NearDuplicateTests.weight(store) == 1)

        _ = try store.undo(curation: 1)
        #expect(try store.resolve("Mali").name == "Mali")
        #expect(try NearDuplicateTests.weight(store) == 1)
        #expect(try store.stats().evidence == 10)
        #expect(try store.documents().map(\.countedEvidence).reduce(0, +) == 1)
        #expect(try store.documents().filter { $0.copyOf == "copy-00.txt" }.count == 9)
    }
}
