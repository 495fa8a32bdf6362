import ActorGraphCore
import Foundation
import Interchange
import Testing

@Suite struct NodeLinkJSONWriterTests {
    private func parse(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("JSON: node-link document with the edges under \"edges\" (networkx ≥ 3.4) and \"links\" (earlier)")
    func smallGraph() throws {
        let json = try parse(Fixtures.text(.json))
        #expect(json["directed"] as? Bool == true)
        #expect(json["multigraph"] as? Bool == true)
        #expect((json["graph"] as? [String: Any])?.isEmpty == true)
        #expect((json["links"] as? [[String: Any]])?.map { $0["key"] as? String } == ["e0", "e1", "e2", "e3"])

        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["id"] as? String } == ["n2", "n3", "n1", "n4"])
        #expect(nodes[1]["name"] as? String == "Assimi Goïta")
        #expect(nodes[1]["type"] as? String == "person")
        #expect(nodes[1]["aliases"] as? [String] == ["Goïta"])
        #expect(nodes[1]["mentions"] as? Int == 4)
        #expect(nodes[1]["subtype"] is NSNull)
        #expect(nodes[0]["subtype"] as? String == "bloc")

        let edges = try #require(json["edges"] as? [[String: Any]])
        #expect(edges.count == 4)
        let supports = edges[3]
        #expect(supports["source"] as? String == "n4")
        #expect(supports["target"] as? String == "n1")
        #expect(supports["type"] as? String == "supports")
        #expect(supports["polarity"] as? String == "cooperation")
        #expect(supports["weight"] as? Int == 2)
        #expect(supports["confidence"] as? Double == 0.8)
        #expect(supports["symmetric"] as? Bool == false)
        let evidence = try #require(supports["evidence"] as? [[String: Any]])
        #expect(evidence.map { $0["document"] as? String } == ["a.txt", "b.txt"])
        #expect(evidence[0]["sentence"] as? String == "Russia backs Mali, officials said.")
        #expect(evidence[1]["start"] as? Int == 40)
        #expect(evidence[1]["end"] as? Int == 72)
        #expect(edges[1]["symmetric"] as? Bool == true)
        #expect((edges[2]["evidence"] as? [Any])?.isEmpty == true)
    }

    @Test("JSON: keys sorted, two-space indent, one trailing newline")
    func layout() throws {
        let text = try Fixtures.text(.json)
        #expect(text.hasPrefix("{\n  \"directed\": true,\n  \"edges\": [\n    {\n      \"confidence\": 0.9,\n"))
        #expect(text.hasSuffix("      \"type\": \"state\"\n    }\n  ]\n}\n"))
    }

    @Test("JSON: the hostile name and sentence round-trip exactly")
    func hostileText() throws {
        let text = try Fixtures.text(.json, entities: Fixtures.hostileEntities, relations: Fixtures.hostileRelations)
        #expect(text.contains(#""sentence": "He said, \"go\"\r\nthen 'left' & <b>{x}</b> \\ done.""#))
        let json = try parse(text)
        let nodes = try #require(json["nodes"] as? [[String: Any]])
        #expect(nodes.map { $0["name"] as? String } == ["-2+3", Fixtures.hostileName])
        let edges = try #require(json["edges"] as? [[String: Any]])
        let evidence = try #require(edges.first?["evidence"] as? [[String: Any]])
        #expect(evidence.first?["sentence"] as? String == Fixtures.hostileSentence)
    }

    @Test("JSON: control characters become \\u escapes")
    func controlCharacters() throws {
        let entity = Entity(id: EntityID(1), name: "bell\u{7}tab\tend", type: .group)
        let text = try Fixtures.text(.json, entities: [entity], relations: [])
        #expect(text.contains(#""name": "bell\u0007tab\tend""#))
        let nodes = try #require(try parse(text)["nodes"] as? [[String: Any]])
        #expect(nodes.first?["name"] as? String == "bell\u{7}tab\tend")
    }
}
