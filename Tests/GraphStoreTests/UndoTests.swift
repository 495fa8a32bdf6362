import ActorGraphCore
import GraphStore
import Testing

/// Undo rebuilds the graph from the archived documents: the store must equal, row for row (ids included), one
/// built without the curation.
@Suite("Undo: a curation taken back leaves the store as if it had never been made")
struct UndoTests {
    /// A store holding `batches` ingested one after the other, with `curations` made after the first batch.
    static func store(
        _ batches: [[ExtractedDocument]], curations: (GraphStore) throws -> Void = { _ in }
    ) throws -> GraphStore {
        let store = try GraphStore.inMemory()
        for (index, batch) in batches.enumerated() {
            _ = try store.ingest(batch)
            if index == 0 { try curations(store) }
        }
        return store
    }

    @Test("Undoing a rename: the old name is the actor's name again, every row as in a store never renamed")
    func undoRename() throws {
        let reference = try Self.store([CurationTests.documents()])
        let store = try Self.store([CurationTests.documents()]) { try $0.rename("Wagner Group", to: "Wagner") }
        #expect(try store.graphTablesDump() != reference.graphTablesDump())
        #expect(try store.resolve("Wagner Group").name == "Wagner")

        let outcome = try store.undo(curation: 1)
        #expect(outcome.record.action == .rename(from: "Wagner Group", to: "Wagner"))
        #expect(outcome.record.undoneAt != nil)
        #expect(outcome.documentsReread == 2)
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        #expect(try store.resolve("Wagner Group").name == "Wagner Group")
        #expect(throws: GraphStoreError.self) { try store.resolve("Wagner") }
        // The record stays listed, marked undone, and is no longer replayed.
        #expect(try store.curations().map(\.isActive) == [false])
        _ = try store.ingest(CurationTests.documents(version: "v2"))
        #expect(try store.resolve("Wagner Group").name == "Wagner Group")
    }

    @Test("Undoing a merge: both actors come back with their own relations, evidence and mentions")
    func undoMerge() throws {
        let reference = try Self.store([CurationTests.documents()])
        let store = try Self.store([CurationTests.documents()]) {
            try $0.merge("Wagner Group", absorbing: "Wagner PMC")
        }
        #expect(try store.relationLines() == ["Wagner Group deployed_in Mali ×2", "Wagner Group supports Mali ×1"])

        _ = try store.undo(curation: 1)
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        #expect(
            try store.relationLines() == [
                "Wagner Group deployed_in Mali ×1", "Wagner PMC deployed_in Mali ×1", "Wagner PMC supports Mali ×1",
            ])
        #expect(try store.resolve("Wagner PMC").name == "Wagner PMC")
        #expect(try store.resolve("Wagner PMC").mentions == 1)
        let evidence = try store.relations(involving: "Wagner PMC").flatMap(\.evidence).map(\.document)
        #expect(evidence == ["b.txt", "b.txt"])
    }

    @Test("Undoing a merge made before later ingests: what those documents joined to it is read again too")
    func undoMergeAfterLaterIngests() throws {
        let documents = CurationTests.documents()
        let later = Fixture.document(
            "c.txt",
            entities: [Fixture.entity("Wagner PMC", .person, mentions: 2), Fixture.entity("Mali", .state)],
            relations: [Fixture.relation("Wagner PMC", .supports, "Mali", in: "c.txt", at: [5])])
        let reference = try Self.store([documents, [later]])
        // With the merge in force, c.txt's "Wagner PMC" (a person) joins Wagner Group through the curated alias.
        let store = try Self.store([documents, [later]]) { try $0.merge("Wagner Group", absorbing: "Wagner PMC") }
        let merged = try store.entities().map { "\($0.name):\($0.type)" }.sorted()
        #expect(merged == ["Mali:state", "Wagner Group:group"])

        _ = try store.undo(curation: 1)
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        let apart = try store.entities().map { "\($0.name):\($0.type)" }.sorted()
        #expect(apart == ["Mali:state", "Wagner Group:group", "Wagner PMC:group", "Wagner PMC:person"])
    }

    @Test("Undoing one curation keeps the others: the store equals one that only ever had those")
    func undoKeepsOtherCurations() throws {
        let reference = try Self.store([CurationTests.documents()]) {
            try $0.rename("Mali", to: "Republic of Mali")
            try $0.rejectRelation(source: "Wagner PMC", type: .supports, target: "Republic of Mali")
        }
        let store = try Self.store([CurationTests.documents()]) {
            try $0.rename("Mali", to: "Republic of Mali")
            try $0.merge("Wagner Group", absorbing: "Wagner PMC")
            try $0.rejectRelation(source: "Wagner PMC", type: .supports, target: "Republic of Mali")
        }
        _ = try store.undo(curation: 2)
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        #expect(try store.curations().map(\.isActive) == [true, false, true])

        // Undoing the rest as well gives the store of the documents alone.
        _ = try store.undo(curation: 3)
        _ = try store.undo(curation: 1)
        #expect(try store.graphTablesDump() == Self.store([CurationTests.documents()]).graphTablesDump())
    }

    @Test("Undoing a retype, an accept and a reject restores the type and the flags")
    func undoFlags() throws {
        let reference = try Self.store([CurationTests.documents()])
        let store = try Self.store([CurationTests.documents()]) {
            try $0.retype("Wagner Group", to: .state)
            try $0.acceptRelation(source: "Wagner PMC", type: .deployedIn, target: "Mali")
            try $0.rejectRelation(source: "Wagner PMC", type: .supports, target: "Mali")
        }
        #expect(try store.stats().relations == 2)
        for id in [Int64(2), 1, 3] { _ = try store.undo(curation: id) }
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        #expect(try store.resolve("Wagner Group").type == .group)
    }

    @Test("An unknown or already undone curation is refused in one line, and nothing changes")
    func refusals() throws {
        let store = try Self.store([CurationTests.documents()]) { try $0.rename("Mali", to: "Republic of Mali") }
        let unknown = #expect(throws: GraphStoreError.self) { try store.undo(curation: 7) }
        #expect(unknown == .unknownCuration(id: 7, last: 1))
        #expect(unknown?.description == "no curation 7; curations are numbered 1 to 1, list them to pick one")
        _ = try store.undo(curation: 1)
        let before = try store.graphTablesDump()
        let again = #expect(throws: GraphStoreError.self) { try store.undo(curation: 1) }
        guard case .alreadyUndone(1, _) = again else {
            Issue.record("expected alreadyUndone, got \(String(describing: again))")
            return
        }
        #expect(try store.graphTablesDump() == before)
        let empty = try GraphStore.inMemory()
        #expect(throws: GraphStoreError.unknownCuration(id: 1, last: nil)) { try empty.undo(curation: 1) }
    }

    @Test("A store whose documents were stored without an archive refuses to undo, names them, changes nothing")
    func unarchivedDocumentsRefused() throws {
        try withTemporaryStore { store, path in
            _ = try store.ingest(CurationTests.documents())
            try store.merge("Wagner Group", absorbing: "Wagner PMC")
            // What a schema-3 build left: documents with no archive.
            try StoreTestHooks.execute("DELETE FROM document_archive WHERE document_id = 'b.txt'", inDatabaseAt: path)
            let reopened = try GraphStore(path: path)
            let before = try reopened.graphTablesDump()
            let error = #expect(throws: GraphStoreError.self) { try reopened.undo(curation: 1) }
            #expect(error == .notArchived(documents: ["b.txt"]))
            #expect(error?.description.contains("ingest (or import) them again") == true)
            #expect(try reopened.graphTablesDump() == before)
            #expect(try reopened.curations().map(\.isActive) == [true])
            // Ingesting the unchanged document again reads it anew (it had no archive); then undo works.
            let summary = try reopened.ingest(CurationTests.documents())
            #expect(summary.documentsReextracted == 1 && summary.reextractionReasons == [.archive: 1])
            #expect(summary.documentsUnchanged == 1)
            _ = try reopened.undo(curation: 1)
            #expect(try reopened.graphTablesDump() == Self.store([CurationTests.documents()]).graphTablesDump())
        }
    }

    @Test("Evidence kept as offsets into the archived text comes back scalar for scalar")
    func sentencesRestoredFromText() throws {
        // The text spells "Café" with a combining accent; the second relation's sentence is the precomposed
        // spelling, equal as a Swift string but not scalar for scalar, so it must be kept as it is.
        let text = "Russia supports Mali. Cafe\u{301} talks: Niger cooperates with Russia."
        var document = AddRelationTests.document(text: text)
        document.entities.append(Fixture.entity("Café", .group))
        document.relations.append(
            Relation(
                source: "Café", type: .cooperatesWith, target: "Niger", confidence: 0.5,
                evidence: [Evidence(document: "t.txt", sentence: "Caf\u{E9} talks", start: 22, end: 33)]))
        document.relations[0].evidence = [
            Evidence(document: "t.txt", sentence: "Russia supports Mali.", start: 0, end: 21)
        ]
        let reference = try GraphStore.inMemory()
        _ = try reference.ingest([document])
        let store = try GraphStore.inMemory()
        _ = try store.ingest([document])
        try store.rename("Mali", to: "Republic of Mali")
        _ = try store.undo(curation: 1)
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        let sentences = try store.relations().flatMap(\.evidence).map { Array($0.sentence.unicodeScalars) }
        #expect(sentences.contains(Array("Caf\u{E9} talks".unicodeScalars)))
        #expect(sentences.contains(Array("Russia supports Mali.".unicodeScalars)))
    }

    @Test("A damaged archive is refused in one line naming the document, and the graph is left as it was")
    func damagedArchiveRefused() throws {
        try withTemporaryStore { store, path in
            _ = try store.ingest([AddRelationTests.document()])
            try store.rename("Mali", to: "Republic of Mali")
            try StoreTestHooks.execute(
                "UPDATE document_archive SET extraction = X'789C0102', extraction_size = 40", inDatabaseAt: path)
            let reopened = try GraphStore(path: path)
            let before = try reopened.graphTablesDump()
            let error = #expect(throws: GraphStoreError.self) { try reopened.undo(curation: 1) }
            #expect(
                error?.description.hasPrefix("database error: the archive of t.txt cannot be read (zlib status") == true
            )
            #expect(error?.description.hasSuffix("; remove the document and ingest it again") == true)
            #expect(try reopened.graphTablesDump() == before)
            #expect(try reopened.curations().map(\.isActive) == [true])
        }
    }

    @Test("The archive is compressed: a text of repeated sentences takes a fraction of its size")
    func archiveCompressed() throws {
        try withTemporaryStore { store, _ in
            let text = String(repeating: "Russia supports Mali. Niger cooperates with Russia. ", count: 400)
            _ = try store.ingest([AddRelationTests.document(text: text)])
            #expect(try store.count("SELECT text_size FROM document_archive") == text.utf8.count)
            #expect(try store.count("SELECT length(text) FROM document_archive") < text.utf8.count / 20)
            // And it reads back whole: a sentence near the end can be cited.
            try store.addRelation(
                source: "Niger", type: .supports, target: "Russia", document: "t.txt",
                evidence: "Niger cooperates with Russia. Russia supports Mali. Niger cooperates with Russia. ")
        }
    }
}
