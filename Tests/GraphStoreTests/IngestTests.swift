import ActorGraphCore
import GraphStore
import Testing

@Suite("Ingest: merging, symmetric relations, re-ingest")
struct IngestTests {
    @Test("Two documents: aliases merge Moscow into Russia and the symmetric relation is stored once")
    func ingestTwoDocuments() throws {
        let store = try GraphStore.inMemory()
        let summary = try store.ingest(Fixture.twoDocuments)
        #expect(summary.documentsAdded == 2)
        #expect(summary.documentsUnchanged == 0)
        #expect(summary.entitiesAdded == 4)
        #expect(summary.relationsAdded == 4)
        #expect(summary.evidenceAdded == 6)
        #expect(summary.batch == 1)
        #expect(
            try store.relationLines() == [
                "Assimi Goïta leads Mali ×1",
                "Mali cooperates_with Russia ×2",
                "Russia supports Mali ×2",
                "Russia supports Niger ×1",
            ])
        let stats = try store.stats()
        #expect(stats.documents == 2)
        #expect(stats.entities == 4)
        #expect(stats.entitiesByType[.state] == 3)
        #expect(stats.entitiesByType[.person] == 1)
        #expect(stats.entitiesByType[.group] == 0)
        #expect(stats.relations == 4)
        #expect(stats.relationsByType[.supports] == 2)
        #expect(stats.evidence == 6)
        let names = try store.entities().map { "\($0.name):\($0.mentions):\($0.aliases.joined(separator: "|"))" }
        #expect(names == ["Russia:4:Moscow|Russian", "Mali:3:Bamako", "Niger:2:", "Assimi Goïta:1:Goïta"])
        let people = try store.entities(type: .person)
        #expect(people.map(\.name) == ["Assimi Goïta"])
        #expect(people.map(\.aliases) == [["Goïta"]])
    }

    @Test("Re-ingesting the same documents changes nothing")
    func reingestIsNoOp() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let relations = try store.relations()
        let stats = try store.stats()
        let entities = try store.entities()
        let again = try store.ingest(Fixture.twoDocuments)
        #expect(again.documentsUnchanged == 2)
        #expect(again.documentsAdded == 0)
        #expect(again.evidenceAdded == 0)
        #expect(again.batch == nil)
        #expect(try store.relations() == relations)
        #expect(try store.stats() == stats)
        #expect(try store.entities() == entities)
        #expect(try store.documentState(id: "a.txt", contentHash: Fixture.twoDocuments[0].contentHash) == .unchanged)
        #expect(try store.documentState(id: "a.txt", contentHash: "other") == .changed)
        #expect(try store.documentState(id: "z.txt", contentHash: "other") == .new)
    }

    @Test("A changed document replaces its old evidence and mentions")
    func changedDocumentReplacesEvidence() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let changed = Fixture.document(
            "a.txt", version: "v2", date: "2024-01-11",
            entities: [Fixture.entity("Russia", .state, mentions: 2), Fixture.entity("Mali", .state, mentions: 1)],
            relations: [Fixture.relation("Russia", .supports, "Mali", in: "a.txt", at: [300])])
        let summary = try store.ingest([changed])
        #expect(summary.documentsReplaced == 1)
        #expect(summary.evidenceAdded == 1)
        #expect(
            try store.relationLines() == [
                "Mali cooperates_with Russia ×1",
                "Russia supports Mali ×1",
                "Russia supports Niger ×1",
            ])
        let supports = try #require(
            try store.relations(involving: "Russia").first { $0.type == .supports && $0.target == "Mali" })
        #expect(supports.evidence.map(\.start) == [300])
        // Assimi Goïta was only in the old version of a.txt.
        #expect(throws: GraphStoreError.self) { try store.resolve("Assimi Goïta") }
        // 2 from the new a.txt and 1 from b.txt's "Moscow", which stays merged with Russia: the forms a
        // document gave are kept when it changes (docs/store.md, "Order independence").
        #expect(try store.resolve("Russia").mentions == 3)
        #expect(try store.documents().map(\.date) == ["2024-01-11", "2024-03-05"])
    }

    @Test("An alias of an entity of another type does not merge")
    func typeMismatchKeepsEntitiesApart() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([
            Fixture.document("a.txt", entities: [Fixture.entity("Niger", .state)], relations: []),
            Fixture.document("b.txt", entities: [Fixture.entity("Niger", .group)], relations: []),
        ])
        let entities = try store.entities()
        #expect(entities.map(\.type).sorted() == [.state, .group])
        #expect(try store.resolve("niger").type == .state)
        // A third document naming the group again joins the group created by the second, not a new one.
        _ = try store.ingest([
            Fixture.document("c.txt", entities: [Fixture.entity("NIGER", .group, mentions: 4)], relations: [])
        ])
        #expect(try store.entities().map { "\($0.type):\($0.mentions)" } == ["group:5", "state:1"])
    }

    @Test("A later document naming an entity by one of its aliases adds its new aliases to it")
    func aliasMergeAddsAliases() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([
            Fixture.document(
                "a.txt", entities: [Fixture.entity("Alliance of Sahel States", .group, aliases: ["AES"])], relations: []
            ),
            Fixture.document(
                "b.txt", entities: [Fixture.entity("AES", .group, aliases: ["Confederation of Sahel States"])],
                relations: []),
        ])
        let entity = try store.resolve("confederation of sahel states")
        #expect(entity.name == "Alliance of Sahel States")
        #expect(entity.aliases == ["AES", "Confederation of Sahel States"])
        #expect(entity.mentions == 2)
        #expect(try store.stats().entities == 1)
    }

    @Test("A relation that joins one actor to itself after alias resolution is skipped with a warning")
    func selfLoopSkipped() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let summary = try store.ingest([
            Fixture.document(
                "c.txt", entities: [Fixture.entity("Russia", .state), Fixture.entity("Moscow", .state)],
                relations: [Fixture.relation("Moscow", .supports, "Russia", in: "c.txt", at: [0])])
        ])
        #expect(summary.relationsAdded == 0)
        #expect(summary.warnings.count == 1)
        #expect(summary.warnings.first?.hasPrefix("c.txt: relation 'Moscow supports Russia'") == true)
    }

    @Test("A relation without evidence is skipped with a warning; an entity without a name refuses the batch")
    func malformedInput() throws {
        let store = try GraphStore.inMemory()
        let summary = try store.ingest([
            Fixture.document(
                "a.txt", entities: [Fixture.entity("France", .state), Fixture.entity("Mali", .state)],
                relations: [Fixture.relation("France", .opposes, "Mali", in: "a.txt", at: [])])
        ])
        #expect(summary.relationsAdded == 0)
        #expect(summary.warnings == ["a.txt: relation 'France opposes Mali' has no evidence; skipped"])
        #expect(throws: GraphStoreError.invalidDocument(id: "b.txt", problem: "an entity has an empty name")) {
            try store.ingest([Fixture.document("b.txt", entities: [Fixture.entity(" ", .state)], relations: [])])
        }
        #expect(try store.documents().map(\.id) == ["a.txt"])
    }
}
