import ActorGraphCore
import FoundationXML
import Interchange
import Testing

@Suite struct GraphMLWriterTests {
    @Test("GraphML: four nodes and four edges with typed keys, ids n<entity id>")
    func smallGraph() throws {
        let xml = try ParsedXML(Fixtures.text(.graphml))
        let graph = try #require(try xml.elements("graph").first)
        #expect(graph.value(of: "edgedefault") == "directed")

        let keys = try xml.elements("key").map { "\($0.value(of: "for") ?? "")/\($0.value(of: "attr.name") ?? "")" }
        #expect(keys.contains("node/mentions") && keys.contains("edge/confidence") && keys.contains("edge/symmetric"))

        let nodes = try xml.elements("node")
        #expect(nodes.map { $0.value(of: "id") } == ["n2", "n3", "n1", "n4"])
        let goita = ParsedXML.graphMLData(of: nodes[1])
        #expect(goita["node_name"] == "Assimi Goïta")
        #expect(goita["node_type"] == "person")
        #expect(goita["node_aliases"] == "Goïta")
        #expect(goita["node_mentions"] == "4")
        #expect(ParsedXML.graphMLData(of: nodes[0])["node_subtype"] == "bloc")

        let edges = try xml.elements("edge")
        #expect(edges.map { $0.value(of: "id") } == ["e0", "e1", "e2", "e3"])
        let supports = ParsedXML.graphMLData(of: edges[3])
        #expect(edges[3].value(of: "source") == "n4" && edges[3].value(of: "target") == "n1")
        #expect(supports["edge_type"] == "supports")
        #expect(supports["edge_polarity"] == "cooperation")
        #expect(supports["edge_weight"] == "2")
        #expect(supports["edge_confidence"] == "0.8")
        // The first sentence in document order, not the first one given.
        #expect(supports["edge_evidence"] == "Russia backs Mali, officials said.")
        #expect(supports["edge_document"] == "a.txt")
        #expect(supports["edge_symmetric"] == "false")

        let cooperation = ParsedXML.graphMLData(of: edges[1])
        #expect(cooperation["edge_type"] == "cooperates_with")
        #expect(cooperation["edge_symmetric"] == "true")
        #expect(edges[1].value(of: "directed") == nil)
    }

    @Test("GraphML: the hostile name and sentence come back exactly as text, with no <script> element")
    func hostileText() throws {
        let text = try Fixtures.text(
            .graphml, entities: Fixtures.hostileEntities, relations: Fixtures.hostileRelations)
        #expect(!text.contains("<script"))
        let xml = try ParsedXML(text)
        #expect(try xml.elements("script").isEmpty)
        #expect(try xml.elements("b").isEmpty)
        let nodes = try xml.elements("node")
        #expect(ParsedXML.graphMLData(of: nodes[1])["node_name"] == Fixtures.hostileName)
        let edge = try #require(try xml.elements("edge").first)
        #expect(ParsedXML.graphMLData(of: edge)["edge_evidence"] == Fixtures.hostileSentence)
    }

    @Test("GraphML: control characters XML 1.0 forbids become U+FFFD, so the file still parses")
    func forbiddenCharacters() throws {
        let entity = Entity(id: EntityID(1), name: "null\u{0}bell\u{7}tab\t", type: .group)
        let xml = try ParsedXML(Fixtures.text(.graphml, entities: [entity], relations: []))
        let node = try #require(try xml.elements("node").first)
        #expect(ParsedXML.graphMLData(of: node)["node_name"] == "null\u{FFFD}bell\u{FFFD}tab\t")
    }
}
