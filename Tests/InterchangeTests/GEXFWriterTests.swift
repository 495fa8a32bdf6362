import ActorGraphCore
import FoundationXML
import Interchange
import Testing

@Suite struct GEXFWriterTests {
    @Test("GEXF 1.3: labelled nodes, weighted edges, the symmetric one mutual")
    func smallGraph() throws {
        let xml = try ParsedXML(Fixtures.text(.gexf))
        let root = try #require(xml.document.rootElement())
        #expect(root.value(of: "version") == "1.3")
        let graph = try #require(try xml.elements("graph").first)
        #expect(graph.value(of: "defaultedgetype") == "directed")

        let nodes = try xml.elements("node")
        #expect(nodes.map { $0.value(of: "label") } == ["Alliance of Sahel States", "Assimi Goïta", "Mali", "Russia"])
        #expect(try ParsedXML.gexfValues(of: nodes[1]) == ["type": "person", "aliases": "Goïta", "mentions": "4"])

        let edges = try xml.elements("edge")
        #expect(edges.map { $0.value(of: "label") } == ["leads", "cooperates_with", "member_of", "supports"])
        #expect(edges.map { $0.value(of: "weight") } == ["1", "1", "0", "2"])
        #expect(edges.map { $0.value(of: "type") } == [nil, "mutual", nil, nil])
        #expect(
            try ParsedXML.gexfValues(of: edges[3]) == [
                "polarity": "cooperation", "confidence": "0.8",
                "evidence": "Russia backs Mali, officials said.", "document": "a.txt",
            ])
    }

    @Test("GEXF: the hostile name and sentence survive attribute values, CR and LF included")
    func hostileText() throws {
        let text = try Fixtures.text(.gexf, entities: Fixtures.hostileEntities, relations: Fixtures.hostileRelations)
        #expect(!text.contains("<script"))
        let xml = try ParsedXML(text)
        #expect(try xml.elements("script").isEmpty)
        #expect(try xml.elements("node").map { $0.value(of: "label") } == ["-2+3", Fixtures.hostileName])
        let edge = try #require(try xml.elements("edge").first)
        #expect(try ParsedXML.gexfValues(of: edge)["evidence"] == Fixtures.hostileSentence)
    }
}
