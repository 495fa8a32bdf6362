import ActorGraphCore
import GraphStore
import Testing

/// `unalias`: a wrong alias taken off, mentions resolved again, kept across re-ingest, undoable.
@Suite("Unalias: taking a wrong alias off an actor")
struct UnaliasTests {
    /// Two persons share the surname "Traoré", so they merge; a third document names "Traoré" alone.
    static func documents() -> [ExtractedDocument] {
        [
            Fixture.document(
                "a.txt",
                entities: [
                    Fixture.entity("Ibrahim Traoré", .person, aliases: ["Traoré"], mentions: 3),
                    Fixture.entity("Burkina Faso", .state),
                ],
                relations: [Fixture.relation("Ibrahim Traoré", .leads, "Burkina Faso", in: "a.txt", at: [0])]),
            Fixture.document(
                "b.txt",
                entities: [
                    Fixture.entity("Moussa Traoré", .person, aliases: ["Traoré"], mentions: 2),
                    Fixture.entity("Mali", .state),
                ],
                relations: [Fixture.relation("Moussa Traoré", .leads, "Mali", in: "b.txt", at: [0])]),
            Fixture.document(
                "c.txt",
                entities: [Fixture.entity("Traoré", .person, mentions: 1), Fixture.entity("Mali", .state)],
                relations: [Fixture.relation("Traoré", .officialOf, "Mali", in: "c.txt", at: [0])]),
        ]
    }

    /// The same documents as an extractor that never gave the alias would have read them.
    static func withoutAlias() -> [ExtractedDocument] {
        documents().map { document in
            var copy = document
            copy.entities = copy.entities.map {
                var e = $0; e.aliases.removeAll { $0 == "Traoré" }; return e
            }
            return copy
        }
    }

    @Test("The actors the alias joined come apart; the document that names it alone gives an actor of its own")
    func aliasTakenOff() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        #expect(try store.entities(type: .person).map(\.name) == ["Ibrahim Traoré"])

        let outcome = try store.unalias("Ibrahim Traoré", alias: "traore")
        #expect(outcome.record.action == .unalias(actor: "Ibrahim Traoré", alias: "traore"))
        #expect(outcome.documentsReread == 3)
        #expect(
            try store.relationLines() == [
                "Ibrahim Traoré leads Burkina Faso ×1", "Moussa Traoré leads Mali ×1", "Traoré official_of Mali ×1",
            ])
        let reference = try GraphStore.inMemory()
        _ = try reference.ingest(Self.withoutAlias())
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        #expect(try store.resolve("Traoré").mentions == 1)
    }

    @Test("Kept across re-ingest: a later document's alias no longer joins the two; undo joins them again")
    func keptAndUndone() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        let merged = try store.graphTablesDump()
        _ = try store.unalias("Ibrahim Traoré", alias: "Traoré")
        let later = Fixture.document(
            "d.txt", entities: [Fixture.entity("Ibrahim Traoré", .person, aliases: ["Traoré"])], relations: [])
        _ = try store.ingest([later])
        #expect(
            try store.entities(type: .person).map(\.name).sorted() == ["Ibrahim Traoré", "Moussa Traoré", "Traoré"])
        #expect(try store.resolve("Ibrahim Traoré").mentions == 4)

        _ = try store.undo(curation: 1)
        let reference = try GraphStore.inMemory()
        _ = try reference.ingest(Self.documents())
        _ = try reference.ingest([later])
        #expect(try store.graphTablesDump() == reference.graphTablesDump())
        #expect(try store.graphTablesDump() != merged)  // d.txt is part of it now
    }

    @Test("Refused: an alias it lacks, its own name, an alias a merge made")
    func refusals() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        #expect(
            throws: GraphStoreError.unknownAlias(
                actor: "Ibrahim Traoré", alias: "Goïta", aliases: ["Moussa Traoré", "Traoré"])
        ) {
            try store.unalias("Ibrahim Traoré", alias: "Goïta")
        }
        #expect(throws: GraphStoreError.self) { try store.unalias("Mali", alias: "MALI") }
        try store.merge("Mali", absorbing: "Burkina Faso")
        let error = #expect(throws: GraphStoreError.self) { try store.unalias("Mali", alias: "Burkina Faso") }
        #expect(error?.description.contains("by curation 1; undo that curation instead") == true)
        #expect(try store.curations().count == 1)
    }
}
