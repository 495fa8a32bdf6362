import ActorGraphCore
import Foundation
import GraphStore
import Testing

@Suite("Descriptions: words that refer to an entity without identifying it")
struct EntityDescriptionTests {
    /// Two documents, each about its own ceasefire, both described as "ceasefire agreement".
    private static var twoCeasefires: [ExtractedDocument] {
        [
            Fixture.document(
                "lebanon.txt",
                entities: [
                    Fixture.entity("Israel", .state), Fixture.entity("Hezbollah", .group),
                    Entity(
                        name: "Israel-Hezbollah ceasefire agreement", type: .agreement,
                        descriptions: ["ceasefire agreement"], mentions: 1),
                ],
                relations: [
                    Fixture.relation(
                        "Hezbollah", .partyTo, "Israel-Hezbollah ceasefire agreement", in: "lebanon.txt", at: [0])
                ]),
            Fixture.document(
                "caucasus.txt",
                entities: [
                    Fixture.entity("Armenia", .state), Fixture.entity("Azerbaijan", .state),
                    Entity(
                        name: "Armenia-Azerbaijan ceasefire agreement", type: .agreement,
                        descriptions: ["ceasefire agreement", "truce"], mentions: 1),
                ],
                relations: [
                    Fixture.relation(
                        "Armenia", .partyTo, "Armenia-Azerbaijan ceasefire agreement", in: "caucasus.txt", at: [0])
                ]),
        ]
    }

    @Test("Two agreements with the same description stay two, each showing its own descriptions")
    func sharedDescriptionDoesNotMerge() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.twoCeasefires)
        let agreements = try store.entities(type: .agreement).sorted { $0.name < $1.name }
        #expect(
            agreements.map(\.name) == [
                "Armenia-Azerbaijan ceasefire agreement", "Israel-Hezbollah ceasefire agreement",
            ])
        #expect(agreements.map(\.descriptions) == [["ceasefire agreement", "truce"], ["ceasefire agreement"]])
        #expect(agreements.map(\.aliases) == [[], []])
        #expect(
            try store.relationLines() == [
                "Armenia party_to Armenia-Azerbaijan ceasefire agreement ×1",
                "Hezbollah party_to Israel-Hezbollah ceasefire agreement ×1",
            ])
        // A description is no name to look an entity up by.
        #expect(throws: GraphStoreError.self) { try store.resolve("ceasefire agreement") }
        #expect(
            try store.resolve("Armenia-Azerbaijan ceasefire agreement").descriptions == [
                "ceasefire agreement", "truce",
            ])
    }

    @Test("A document's descriptions go with it, and a merge moves them onto the entity kept")
    func removalAndMerge() throws {
        let store = try GraphStore.inMemory()
        _ = try store.ingest(Self.twoCeasefires)
        try store.merge("Israel-Hezbollah ceasefire agreement", absorbing: "Armenia-Azerbaijan ceasefire agreement")
        #expect(
            try store.resolve("Israel-Hezbollah ceasefire agreement").descriptions == ["ceasefire agreement", "truce"])
        _ = try store.removeDocument("caucasus.txt")
        #expect(try store.resolve("Israel-Hezbollah ceasefire agreement").descriptions == ["ceasefire agreement"])
    }

    @Test("An entity without descriptions encodes as before; a file without them decodes with none")
    func codable() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plain = Entity(name: "Mali", type: .state, aliases: ["Bamako"], mentions: 2)
        let encoded = try encoder.encode(plain)
        #expect(
            String(decoding: encoded, as: UTF8.self)
                == #"{"aliases":["Bamako"],"mentions":2,"name":"Mali","type":"state"}"#)
        #expect(try JSONDecoder().decode(Entity.self, from: encoded) == plain)
        let described = Entity(name: "Mali-Russia pact", type: .agreement, descriptions: ["pact"], mentions: 1)
        #expect(try JSONDecoder().decode(Entity.self, from: try encoder.encode(described)) == described)
    }
}
