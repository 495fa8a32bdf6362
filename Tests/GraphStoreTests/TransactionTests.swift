import ActorGraphCore
import Dispatch
import GraphStore
import Testing

@Suite("Transactions: a failed batch leaves nothing, readers see the last commit")
struct TransactionTests {
    @Test("A batch that fails midway leaves the database exactly as before")
    func failedBatchRollsBack() throws {
        try withTemporaryStore { store, _ in
            _ = try store.ingest([Fixture.twoDocuments[0]])
            let relations = try store.relations()
            let entities = try store.entities()
            let documents = try store.documents()
            let stats = try store.stats()
            let broken = Fixture.document(
                "broken.txt", entities: [Fixture.entity("Mali", .state)],
                relations: [Fixture.relation("Mali", .opposes, "Nowhere", in: "broken.txt", at: [0])])
            // The good document comes first, so it is written before the broken one throws.
            let error = #expect(throws: GraphStoreError.self) {
                try store.ingest([Fixture.twoDocuments[1], broken])
            }
            #expect(
                error?.description
                    == "broken.txt: relation 'Mali opposes Nowhere' names 'Nowhere', which is not among the document's"
                    + " entities; nothing from this batch was stored, fix the extraction and ingest again")
            #expect(try store.relations() == relations)
            #expect(try store.entities() == entities)
            #expect(try store.documents() == documents)
            #expect(try store.stats() == stats)
        }
    }

    @Test("A failure inside the transaction after all documents are written also rolls back")
    func failureBeforeCommitRollsBack() throws {
        struct Injected: Error {}
        let store = try GraphStore.inMemory()
        _ = try store.ingest([Fixture.twoDocuments[0]])
        let stats = try store.stats()
        #expect(throws: GraphStoreError.self) {
            try store.ingest([Fixture.twoDocuments[1]], beforeCommit: { throw Injected() })
        }
        #expect(try store.stats() == stats)
        #expect(try store.documents().map(\.id) == ["a.txt"])
    }

    @Test("A read during a long write transaction sees the last committed state")
    func readersRunDuringWrites() throws {
        try withTemporaryStore { store, _ in
            _ = try store.ingest([Fixture.twoDocuments[0]])
            let insideWrite = DispatchSemaphore(value: 0)
            let mayCommit = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            let second = Fixture.twoDocuments[1]
            DispatchQueue.global().async {
                _ = try? store.ingest([second]) {
                    insideWrite.signal()
                    mayCommit.wait()
                }
                // Also when the ingest failed before its hook, so the test fails instead of hanging.
                insideWrite.signal()
                finished.signal()
            }
            insideWrite.wait()
            // The writer holds its transaction open: a reader is not blocked and sees batch 1 only.
            let during = try store.documents().map(\.id)
            let relationsDuring = try store.stats().relations
            mayCommit.signal()
            finished.wait()
            #expect(during == ["a.txt"])
            #expect(relationsDuring == 3)
            #expect(try store.documents().map(\.id) == ["a.txt", "b.txt"])
            #expect(try store.stats().relations == 4)
        }
    }

    @Test("A store reopened from its file holds what was committed")
    func reopenKeepsData() throws {
        try withTemporaryStore { store, path in
            _ = try store.ingest(Fixture.twoDocuments)
            try store.setSetting("dictionary", #"{"Foo":"group"}"#)
            let reopened = try GraphStore(path: path)
            #expect(try reopened.relations() == store.relations())
            #expect(try reopened.setting("dictionary") == #"{"Foo":"group"}"#)
            try reopened.setSetting("dictionary", nil)
            #expect(try store.setting("dictionary") == nil)
            #expect(try reopened.integrityCheck() == "ok")
            #expect(reopened.path == path)
        }
    }

    @Test("Two stores open on one file (two CLI runs) both write, and each sees the other's commits")
    func twoWritersOneFile() throws {
        try withTemporaryStore { first, path in
            let second = try GraphStore(path: path)
            _ = try first.ingest([Fixture.twoDocuments[0]])
            _ = try second.ingest([Fixture.twoDocuments[1]])
            #expect(try first.documents().map(\.id) == ["a.txt", "b.txt"])
            #expect(try second.relationLines() == first.relationLines())
            #expect(try first.documents().map(\.batch) == [1, 2])
        }
    }
}
