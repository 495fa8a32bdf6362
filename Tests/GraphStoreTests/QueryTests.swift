import ActorGraphCore
import GraphStore
import Testing

@Suite("Queries: names, relations, snapshot, dates")
struct QueryTests {
    @Test(
        "Names resolve ignoring case and accents, through aliases",
        arguments: [
            ("moscow", "Russia"), ("RUSSIAN", "Russia"), ("goita", "Assimi Goïta"), ("Assimi Goita", "Assimi Goïta"),
            ("bamako", "Mali"),
        ])
    func resolveThroughAliases(query: String, expected: String) throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        #expect(try store.resolve(query).name == expected)
    }

    @Test("An unknown name suggests the closest known names")
    func unknownNameSuggests() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let error = #expect(throws: GraphStoreError.self) { try store.resolve("Rusia") }
        guard case .unknownEntity(let name, let suggestions) = error else {
            Issue.record("expected unknownEntity, got \(String(describing: error))")
            return
        }
        #expect(name == "Rusia")
        #expect(suggestions.first == "Russia")
        #expect(error?.description.hasPrefix("no actor named 'Rusia'; closest known: Russia") == true)
        #expect(throws: GraphStoreError.self) { try store.relations(involving: "Rusia") }
    }

    @Test("Known names list canonical names and aliases once each, sorted")
    func knownNames() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        #expect(
            try store.knownNames() == [
                "Assimi Goïta", "Bamako", "Goïta", "Mali", "Moscow", "Niger", "Russia", "Russian",
            ])
    }

    @Test("Relations of one actor, between two actors, and their evidence in document order")
    func relationQueries() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let ofNiger = try store.relations(involving: "niger")
        #expect(ofNiger.map { "\($0.source) \($0.type) \($0.target)" } == ["Russia supports Niger"])
        let russia = try #require(try store.resolve("Russia").id)
        let mali = try #require(try store.resolve("Mali").id)
        let between = try store.relations(between: mali, and: russia)
        #expect(
            between.map { "\($0.source) \($0.type) \($0.target)" } == [
                "Mali cooperates_with Russia", "Russia supports Mali",
            ])
        let cooperation = try #require(between.first)
        #expect(cooperation.evidence.map { "\($0.document)@\($0.start)" } == ["a.txt@50", "b.txt@200"])
        let id = try #require(cooperation.id)
        #expect(try store.evidence(for: id) == cooperation.evidence)
        #expect(try store.relations(minConfidence: 0.85).count == 3)
    }

    @Test("Best evidence has the highest confidence, then comes first in document order")
    func bestEvidence() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest([
            Fixture.document(
                "a.txt", entities: [Fixture.entity("France", .state), Fixture.entity("Mali", .state)],
                relations: [Fixture.relation("France", .opposes, "Mali", in: "a.txt", at: [10, 40], confidence: 0.5)]),
            Fixture.document(
                "b.txt", entities: [Fixture.entity("France", .state), Fixture.entity("Mali", .state)],
                relations: [Fixture.relation("France", .opposes, "Mali", in: "b.txt", at: [70, 5], confidence: 0.9)]),
        ])
        let relation = try #require(try store.relations().first)
        #expect(relation.confidence == 0.9)
        let id = try #require(relation.id)
        let best = try #require(try store.bestEvidence(for: id))
        #expect("\(best.document)@\(best.start)" == "b.txt@5")
        #expect(try store.bestEvidence(for: RelationID(999)) == nil)
    }

    @Test("Snapshot: nodes and edges sorted by id, weight counts distinct sentences, symmetric ends alphabetical")
    func snapshot() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let snapshot = try store.snapshot()
        #expect(snapshot.nodes.map(\.name) == ["Russia", "Mali", "Assimi Goïta", "Niger"])
        #expect(snapshot.nodes.map(\.id) == snapshot.nodes.map(\.id).sorted())
        let names = Dictionary(uniqueKeysWithValues: snapshot.nodes.map { ($0.id, $0.name) })
        let edges = snapshot.edges.map {
            "\(names[$0.source] ?? "?") \($0.type) \(names[$0.target] ?? "?") \($0.weight)"
        }
        #expect(
            edges == [
                "Russia supports Mali 2.0", "Mali cooperates_with Russia 2.0", "Assimi Goïta leads Mali 1.0",
                "Russia supports Niger 1.0",
            ])
        #expect(snapshot.edges.map(\.id) == snapshot.edges.map(\.id).sorted())
    }

    @Test("A date window filters evidence by document date; spans give first and last seen")
    func dateWindow() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Fixture.twoDocuments)
        let march = try store.snapshot(since: "2024-02-01")
        #expect(march.nodes.map(\.name) == ["Russia", "Mali", "Niger"])
        #expect(march.nodes.map(\.mentions) == [1, 1, 2])
        #expect(march.edges.map(\.weight) == [1, 1])
        #expect(try store.relations(until: "2024-01-31").map(\.weight) == [1, 1, 2])
        let spans = try store.relationSpans(involving: "Mali")
        let cooperation = try #require(spans.first { $0.relation.type == .cooperatesWith })
        #expect(cooperation.firstSeen == "2024-01-10")
        #expect(cooperation.lastSeen == "2024-03-05")
        #expect(spans.first { $0.relation.type == .leads }?.lastSeen == "2024-01-10")
    }
}
