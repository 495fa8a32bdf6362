import ActorGraphCore
import Foundation
import Interchange
import Testing

/// Every export carries the cited article of an edge's best sentence: title, outlet, date and address.
@Suite struct CitationExportTests {
    static let source = DocumentSource(
        document: "a.html", title: Fixtures.hostileName, outlet: "Wire, \"Inc\"", published: "2024-03-05",
        url: "https://news.example.org/a?x=1&y=2")

    static var relations: [Relation] {
        [
            Relation(
                source: "Russia", type: .supports, target: "Mali", confidence: 0.8,
                evidence: [
                    Evidence(document: "a.html", sentence: "Russia backs Mali.", start: 0, end: 18, source: source)
                ])
        ]
    }

    static var entities: [Entity] { Fixtures.entities.filter { ["Russia", "Mali"].contains($0.name) } }

    @Test("GraphML, GEXF, CSV, Cypher, node-link JSON, Neo4j and Kùzu carry the citation, escaped")
    func everyFormat() throws {
        let graphml = try ParsedXML(try Fixtures.text(.graphml, entities: Self.entities, relations: Self.relations))
        let edge = try #require(try graphml.elements("edge").first)
        let data = ParsedXML.graphMLData(of: edge)
        #expect(data["edge_document_title"] == Fixtures.hostileName)
        #expect(data["edge_document_outlet"] == "Wire, \"Inc\"")
        #expect(data["edge_document_published"] == "2024-03-05")
        #expect(data["edge_document_url"] == "https://news.example.org/a?x=1&y=2")

        let gexf = try ParsedXML(try Fixtures.text(.gexf, entities: Self.entities, relations: Self.relations))
        let values = try ParsedXML.gexfValues(of: try #require(try gexf.elements("edge").first))
        #expect(values["document_title"] == Fixtures.hostileName && values["document_url"] == Self.source.url)

        let csv = try Exporter.export(entities: Self.entities, relations: Self.relations, format: .csv)
        let edges = try RFC4180.parse(String(decoding: try #require(csv.last).bytes, as: UTF8.self))
        #expect(
            Array(edges[0].suffix(4)) == ["document_title", "document_outlet", "document_published", "document_url"])
        #expect(Array(edges[1].suffix(4)) == [Fixtures.hostileName, "Wire, \"Inc\"", "2024-03-05", Self.source.url])

        let cypher = try Fixtures.text(.cypher, entities: Self.entities, relations: Self.relations)
        #expect(cypher.contains(#"document_title: '<script>alert(1)</script> & "q" \'a\' \\N {b}'"#))

        let json = try Fixtures.text(.json, entities: Self.entities, relations: Self.relations)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let evidence = try #require(
            ((object["edges"] as? [[String: Any]])?.first?["evidence"] as? [[String: Any]])?.first)
        let cited = try #require(evidence["source"] as? [String: Any])
        #expect(cited["title"] as? String == Fixtures.hostileName && cited["published"] as? String == "2024-03-05")

        let neo4j = try Exporter.export(entities: Self.entities, relations: Self.relations, format: .neo4j)
        let relationsFile = try #require(neo4j.first { $0.name.hasPrefix("relations") })
        let rows = try RFC4180.parse(String(decoding: relationsFile.bytes, as: UTF8.self))
        #expect(rows[1].suffix(4).first == Fixtures.hostileName)

        let kuzu = try Exporter.export(entities: Self.entities, relations: Self.relations, format: .kuzu)
        let schema = String(decoding: try #require(kuzu.first { $0.name.hasSuffix(".cypher") }).bytes, as: UTF8.self)
        #expect(schema.contains("document STRING, document_title STRING, document_outlet STRING, "))
        let supports = try #require(kuzu.first { $0.name.lowercased().contains("supports") })
        let table = try RFC4180.parse(String(decoding: supports.bytes, as: UTF8.self))
        #expect(table[0].count == table[1].count && table[1].last == Self.source.url)
    }
}
