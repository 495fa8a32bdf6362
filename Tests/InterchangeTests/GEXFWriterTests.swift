import ActorGraphCore
import Foundation
import FoundationXML
import Interchange
import Testing

@Suite struct GEXFWriterTests {
    @Test("GEXF 1.3: labelled nodes, weighted edges with kinds, the symmetric one directed and flagged, no mutual")
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
        #expect(edges.map { $0.value(of: "type") } == [nil, nil, nil, nil])
        #expect(edges.map { $0.value(of: "kind") } == ["leads", "cooperates_with", "member_of", "supports"])
        #expect(try ParsedXML.gexfValues(of: edges[1])["symmetric"] == "true")
        #expect(
            try ParsedXML.gexfValues(of: edges[3]) == [
                "polarity": "cooperation", "symmetric": "false", "confidence": "0.8", "provenance": "extracted",
                "evidence": "Russia backs Mali, officials said.", "document": "a.txt",
            ])
    }

    @Test("GEXF: colour, size and position in the GEXF namespace, as the 1.3 schema declares them, and scores")
    func appearance() throws {
        let look = NodeAppearance(
            color: RGBColor(red: 0, green: 114, blue: 178), size: 64.8, x: -12.5, y: 300, scores: [0.25])
        let appearance = ExportAppearance(
            measures: ["pagerank"], nodes: ["Mali": look],
            edgeColors: [.cooperation: RGBColor(red: 0, green: 158, blue: 115)], edgeThickness: 1.2...4.5)
        let files = try Exporter.export(
            entities: Fixtures.entities, relations: Fixtures.relations, format: .gexf,
            options: ExportOptions(appearance: appearance))
        let text = String(decoding: files[0].bytes, as: UTF8.self)
        #expect(!text.contains("viz:") && !text.contains("mutual"))
        let xml = try ParsedXML(text)
        let mali = try #require(try xml.elements("node").first { $0.value(of: "label") == "Mali" })
        #expect(try ParsedXML.gexfValues(of: mali)["pagerank"] == "0.25")
        let children = (mali.children ?? []).compactMap { $0 as? XMLElement }
        let color = try #require(children.first { $0.localName == "color" })
        #expect(color.uri == "http://gexf.net/1.3")
        #expect([color.value(of: "r"), color.value(of: "g"), color.value(of: "b")] == ["0", "114", "178"])
        #expect(children.first { $0.localName == "size" }?.value(of: "value") == "64.80")
        let position = try #require(children.first { $0.localName == "position" })
        #expect([position.value(of: "x"), position.value(of: "y")] == ["-12.50", "300.00"])
        // Thickness scales weight 0...2 onto 1.2...4.5: the supports edge (weight 2) is the thickest.
        let supports = try #require(try xml.elements("edge").last)
        let thickness = (supports.children ?? []).compactMap { $0 as? XMLElement }.first { $0.localName == "thickness" }
        #expect(thickness?.value(of: "value") == "4.50")
    }

    @Test("GEXF 1.2draft: the same graph in the 1.2draft namespace, its colour, size and position in viz's")
    func version12() throws {
        let look = NodeAppearance(
            color: RGBColor(red: 0, green: 114, blue: 178), size: 64.8, x: -12.5, y: 300, scores: [0.25])
        let appearance = ExportAppearance(
            measures: ["pagerank"], nodes: ["Mali": look],
            edgeColors: [.cooperation: RGBColor(red: 0, green: 158, blue: 115)], edgeThickness: 1.2...4.5)
        let options = ExportOptions(appearance: appearance)
        let files = try Exporter.export(
            entities: Fixtures.entities, relations: Fixtures.relations, format: .gexf12, options: options)
        #expect(files.map(\.name) == ["actorgraph.gexf"])
        let xml = try ParsedXML(String(decoding: files[0].bytes, as: UTF8.self))
        let root = try #require(xml.document.rootElement())
        #expect(root.value(of: "version") == "1.2")
        #expect(root.uri == "http://www.gexf.net/1.2draft")
        let nodes = try xml.elements("node")
        #expect(nodes.map { $0.value(of: "label") } == ["Alliance of Sahel States", "Assimi Goïta", "Mali", "Russia"])
        #expect(
            try xml.elements("edge").map { $0.value(of: "kind") } == [
                "leads", "cooperates_with", "member_of", "supports",
            ])
        let mali = try #require(nodes.first { $0.value(of: "label") == "Mali" })
        let children = (mali.children ?? []).compactMap { $0 as? XMLElement }
        let vizNamespace = "http://www.gexf.net/1.2draft/viz"
        let color = try #require(children.first { $0.localName == "color" })
        #expect(color.uri == vizNamespace)
        #expect([color.value(of: "r"), color.value(of: "g"), color.value(of: "b")] == ["0", "114", "178"])
        #expect(children.first { $0.localName == "size" }?.uri == vizNamespace)
        #expect(children.first { $0.localName == "position" }?.value(of: "x") == "-12.50")
        // Apart from the root and the viz prefix, the two versions write the same bytes.
        let v13 = try Exporter.export(
            entities: Fixtures.entities, relations: Fixtures.relations, format: .gexf, options: options)
        let strip: (ExportedFile) -> [Substring] = { file in
            String(decoding: file.bytes, as: UTF8.self).replacingOccurrences(of: "<viz:", with: "<")
                .split(separator: "\n").filter { !$0.hasPrefix("<gexf ") }
        }
        #expect(strip(files[0]) == strip(v13[0]))
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
