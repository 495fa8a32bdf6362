import ActorGraphCore
import GraphStore
import Testing

@Suite("Curation: merge, rename, retype, reject — and their survival across re-ingest")
struct CurationTests {
    /// a.txt names "Wagner Group"; b.txt names "Wagner PMC" (no shared alias) with its own relation.
    static func documents(version: String = "v1") -> [ExtractedDocument] {
        [
            Fixture.document(
                "a.txt", version: version,
                entities: [Fixture.entity("Wagner Group", .group), Fixture.entity("Mali", .state)],
                relations: [Fixture.relation("Wagner Group", .deployedIn, "Mali", in: "a.txt", at: [0])]),
            Fixture.document(
                "b.txt",
                entities: [Fixture.entity("Wagner PMC", .group), Fixture.entity("Mali", .state)],
                relations: [
                    Fixture.relation("Wagner PMC", .deployedIn, "Mali", in: "b.txt", at: [10]),
                    Fixture.relation("Wagner PMC", .supports, "Mali", in: "b.txt", at: [20]),
                ]),
        ]
    }

    @Test("Merge moves relations, unions evidence, keeps the absorbed name as an alias")
    func mergeUnionsRelations() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        try store.merge("Wagner Group", absorbing: "wagner pmc")
        #expect(try store.relationLines() == ["Wagner Group deployed_in Mali ×2", "Wagner Group supports Mali ×1"])
        #expect(try store.resolve("Wagner PMC").name == "Wagner Group")
        #expect(try store.resolve("Wagner Group").mentions == 2)
        #expect(try store.curations().map(\.action) == [.merge(keep: "Wagner Group", absorbed: "wagner pmc")])
        // Merging two names of the same actor again records nothing.
        try store.merge("Wagner PMC", absorbing: "Wagner Group")
        #expect(try store.curations().count == 1)
    }

    @Test("A merge survives re-ingesting the same and a changed document")
    func mergeSurvivesReingest() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        try store.merge("Wagner Group", absorbing: "Wagner PMC")
        let merged = try store.relationLines()
        _ = try store.ingest(Self.documents())
        #expect(try store.relationLines() == merged)
        _ = try store.removeDocument("b.txt")
        _ = try store.ingest(Self.documents(version: "v2"))
        #expect(try store.relationLines() == merged)
        #expect(try store.stats().entities == 2)
    }

    @Test("A merge of two types survives re-ingest: the curated alias binds whatever type comes in")
    func crossTypeMergeSurvives() throws {
        let store = try GraphStore.inMemory()
        let docs = [
            Fixture.document("a.txt", entities: [Fixture.entity("Africa Corps", .group)], relations: []),
            Fixture.document("b.txt", entities: [Fixture.entity("Africa Korps", .person)], relations: []),
        ]
        _ = try store.ingest(docs)
        try store.merge("Africa Corps", absorbing: "Africa Korps")
        _ = try store.removeDocument("b.txt")
        _ = try store.ingest(docs)
        #expect(try store.entities().map { "\($0.name):\($0.type):\($0.mentions)" } == ["Africa Corps:group:2"])
    }

    @Test("Rename keeps the old name as an alias and survives re-ingest of a changed document")
    func renameSurvives() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        try store.rename("Wagner Group", to: "Wagner")
        #expect(try store.resolve("wagner group").name == "Wagner")
        _ = try store.ingest(Self.documents(version: "v2"))
        #expect(
            try store.relationLines() == [
                "Wagner deployed_in Mali ×1", "Wagner PMC deployed_in Mali ×1", "Wagner PMC supports Mali ×1",
            ])
        // Gone entirely (document removed) and ingested again: the replay renames the recreated actor.
        _ = try store.removeDocument("a.txt")
        #expect(throws: GraphStoreError.self) { try store.resolve("Wagner") }
        _ = try store.ingest(Self.documents(version: "v3"))
        #expect(try store.resolve("Wagner Group").name == "Wagner")
    }

    @Test("Renaming onto another actor's name is refused")
    func renameConflict() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        #expect(
            throws: GraphStoreError.conflictingCuration(
                name: "Wagner Group", reason: "'mali' already names another actor ('Mali'); merge the two instead")
        ) { try store.rename("Wagner Group", to: "mali") }
        #expect(try store.curations().isEmpty)
    }

    @Test("Retype survives re-ingest: documents giving the old type still join the retyped actor")
    func retypeSurvives() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        try store.retype("Wagner PMC", to: .person)
        #expect(try store.resolve("Wagner PMC").type == .person)
        _ = try store.ingest(Self.documents(version: "v2"))
        _ = try store.removeDocument("b.txt")
        _ = try store.ingest(Self.documents(version: "v2"))
        #expect(try store.entities(type: .person).map(\.name) == ["Wagner PMC"])
        #expect(try store.entities(type: .group).map(\.name) == ["Wagner Group"])
    }

    @Test("A rejected relation stays hidden after re-ingest; its evidence is kept")
    func rejectSurvives() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        try store.rejectRelation(source: "Wagner PMC", type: .supports, target: "Mali")
        let visible = ["Wagner Group deployed_in Mali ×1", "Wagner PMC deployed_in Mali ×1"]
        #expect(try store.relationLines() == visible)
        #expect(try store.stats().rejectedRelations == 1)
        #expect(try store.snapshot().edges.count == 2)
        _ = try store.removeDocument("b.txt")
        _ = try store.ingest(Self.documents(version: "v2"))
        #expect(try store.relationLines() == visible)
        #expect(
            throws: GraphStoreError.unknownRelation(source: "Mali", type: .supports, target: "Wagner PMC")
        ) { try store.rejectRelation(source: "Mali", type: .supports, target: "Wagner PMC") }
    }

    @Test("Curations are listed in the order they were made, each kind read back as it was recorded")
    func curationLogRoundTrip() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.documents())
        try store.merge("Wagner Group", absorbing: "Wagner PMC")
        try store.rename("Wagner Group", to: "Wagner")
        try store.retype("Mali", to: .group)
        try store.rejectRelation(source: "Wagner", type: .supports, target: "Mali")
        #expect(
            try store.curations().map(\.action) == [
                .merge(keep: "Wagner Group", absorbed: "Wagner PMC"),
                .rename(from: "Wagner Group", to: "Wagner"),
                .retype(name: "Mali", to: .group),
                .rejectRelation(source: "Wagner", type: .supports, target: "Mali"),
            ])
        #expect(try store.curations().map(\.id) == [1, 2, 3, 4])
        #expect(try store.relationLines() == ["Wagner deployed_in Mali ×2"])
    }

    @Test("A merged actor keeps the kept actor's name when a changed document is read again")
    func mergeKeepsName() throws {
        let store = try GraphStore.inMemory()
        let documents = { (version: String) in
            [
                Fixture.document(
                    "a.txt", entities: [Fixture.entity("Russia", .state, aliases: ["Moscow"], mentions: 3)],
                    relations: []),
                Fixture.document(
                    "b.txt", version: version, entities: [Fixture.entity("Sergei Lavrov", .person)], relations: []),
            ]
        }
        _ = try store.ingest(documents("v1"))
        // Typed as an alias, recorded under the kept actor's name.
        try store.merge("Moscow", absorbing: "Sergei Lavrov")
        #expect(try store.curations().map(\.action) == [.merge(keep: "Russia", absorbed: "Sergei Lavrov")])
        // Read again, "Sergei Lavrov" (two words) would win the name back from "Russia".
        _ = try store.ingest(documents("v2"))
        #expect(try store.entities().map { "\($0.name):\($0.type):\($0.mentions)" } == ["Russia:state:4"])
        #expect(try store.resolve("Sergei Lavrov").name == "Russia")
    }
}
