import ActorGraphCore
import Foundation
import FoundationXML
import Testing

@testable import Render

@Suite(.serialized)
struct SVGTests {
    private func svg(_ model: MapModel, engine: LayoutEngine? = nil) throws -> (text: String, document: XMLDocument) {
        let map = try MapRenderer().render(model, format: .svg, engine: engine)
        let document = try XMLDocument(data: Data(map.bytes), options: [])
        return (map.text, document)
    }

    private func elements(_ document: XMLDocument, _ xpath: String) throws -> [XMLElement] {
        try document.nodes(forXPath: xpath).compactMap { $0 as? XMLElement }
    }

    @Test("Every node is a <g> with its MapNode id, class and a <title> naming the actor and its type")
    func nodes() throws {
        let (_, document) = try svg(SampleMaps.sahel())
        let groups = try elements(document, "//*[local-name()='g'][starts-with(@class,'node')]")
        #expect(groups.count == 25)
        let ids = groups.compactMap { $0.attr("id") }.sorted()
        #expect(ids == (1...25).map { String(format: "n%02d", $0) })
        let titles = try elements(document, "//*[local-name()='g'][@id='n02']/*[local-name()='title']")
        #expect(titles.first?.stringValue == "Mali (state)")
    }

    @Test(
        "Node fill colour follows the entity type",
        arguments: [("n01", "#0072b2"), ("n10", "#e69f00"), ("n06", "#009e73"), ("n19", "#dddddd")])
    func fills(id: String, fill: String) throws {
        let (_, document) = try svg(SampleMaps.sahel())
        let shapes = try elements(
            document,
            "//*[local-name()='g'][@id='\(id)']//*[local-name()='polygon' or local-name()='ellipse' or local-name()='path']"
        )
        #expect(shapes.first?.attr("fill") == fill)
    }

    @Test(
        "Edge stroke colour follows the polarity",
        arguments: [("e01", "#009e73"), ("e23", "#d55e00"), ("e08", "#555555"), ("e04", "#56b4e9")])
    func strokes(id: String, stroke: String) throws {
        let (_, document) = try svg(SampleMaps.sahel())
        let paths = try elements(document, "//*[local-name()='g'][@id='\(id)']//*[local-name()='path']")
        #expect(paths.count == 1)
        #expect(paths.first?.attr("stroke") == stroke)
        let titles = try elements(document, "//*[local-name()='g'][@id='\(id)']/*[local-name()='title']")
        #expect(titles.count == 1)
    }

    @Test("Edge tooltip quotes the evidence sentence and document")
    func tooltip() throws {
        let (_, document) = try svg(SampleMaps.tiny())
        let links = try elements(document, "//*[local-name()='g'][@id='e2']//*[local-name()='a']")
        let title = links.first?.attr("xlink:title")
        #expect(title == "deployed in — “Wagner fighters arrived in Mali.” (000_a.txt)")
    }

    @Test("Hostile text shows as text in label, title, subtitle and tooltip; no <script> anywhere")
    func hostile() throws {
        let template = try LinkTemplate("https://example.org/{document}?who={name}#{start}")
        let (text, document) = try svg(SampleMaps.hostileMap(linkTemplate: template))
        #expect(!text.lowercased().contains("<script"))
        #expect(try elements(document, "//*[local-name()='script']").isEmpty)
        let texts = try elements(document, "//*[local-name()='text']").map(\.stringValue)
        #expect(texts.contains(SampleMaps.hostile))  // the node label, whole on one line
        #expect(texts.filter { $0 == SampleMaps.hostile }.count >= 3)  // title, subtitle, node
        let nodeLinks = try elements(document, "//*[local-name()='g'][@id='n0']//*[local-name()='a']")
        #expect(nodeLinks.first?.attr("xlink:title") == SampleMaps.hostile)
        let edgeLinks = try elements(document, "//*[local-name()='g'][@id='e0']//*[local-name()='a']")
        #expect(
            edgeLinks.first?.attr("xlink:title")
                == "supports — “\(SampleMaps.hostile)” (\(SampleMaps.hostile))")
        let encoded = LinkTemplate.percentEncode(SampleMaps.hostile)
        #expect(edgeLinks.first?.attr("xlink:href") == "https://example.org/\(encoded)?who=\(encoded)#3")
    }

    @Test("Nodes and edges link through the template")
    func links() throws {
        let template = try LinkTemplate("https://example.org/{document}#{start}-{end}")
        let (_, document) = try svg(SampleMaps.tiny().withLinks(template))
        let edgeLink = try elements(document, "//*[local-name()='g'][@id='e2']//*[local-name()='a']").first
        #expect(edgeLink?.attr("xlink:href") == "https://example.org/000_a.txt#10-42")
        // e1 has no evidence and nodes have no document: no link, only a tooltip.
        let e1 = try elements(document, "//*[local-name()='g'][@id='e1']//*[local-name()='a']").first
        #expect(e1?.attr("xlink:href") == nil)
        let nameTemplate = try LinkTemplate("/actors?name={name}")
        let (_, named) = try svg(SampleMaps.tiny().withLinks(nameTemplate))
        let nodeLink = try elements(named, "//*[local-name()='g'][@id='n3']//*[local-name()='a']").first
        #expect(nodeLink?.attr("xlink:href") == "/actors?name=Wagner%20Group")
    }

    @Test("A query string's '&' reaches the SVG as '&amp;': the document parses and href is the checked URL")
    func queryStringLink() throws {
        let template = try LinkTemplate("https://example.org/view?doc={document}&amp;x=1&start={start}")
        let (text, document) = try svg(SampleMaps.tiny().withLinks(template))
        // The template's "&amp;" is decoded once, like every reference, and each "&" written "&amp;".
        #expect(text.contains("doc=000_a.txt&amp;x=1&amp;start=10"))
        let edgeLink = try elements(document, "//*[local-name()='g'][@id='e2']//*[local-name()='a']").first
        #expect(edgeLink?.attr("xlink:href") == "https://example.org/view?doc=000_a.txt&x=1&start=10")
    }

    @Test("The SVG embeds anywhere: natural size in points, viewBox, no root style, no DOCTYPE or comments")
    func embeddable() throws {
        let (text, document) = try svg(SampleMaps.tiny())
        let root = try #require(document.rootElement())
        let viewBox = try #require(root.attr("viewBox")?.split(separator: " ").compactMap { Double($0) })
        #expect(viewBox.count == 4 && viewBox[0] == 0 && viewBox[1] == 0)
        // Graphviz's own size: what <img> and CairoSVG need; a CSS max-width on the root made CairoSVG draw blank.
        #expect(root.attr("width") == "\(Int(viewBox[2].rounded()))pt")
        #expect(root.attr("height") == "\(Int(viewBox[3].rounded()))pt")
        #expect(root.attr("style") == nil)
        #expect(!text.contains("<!DOCTYPE"))
        #expect(!text.contains("<!--"))
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<svg"))
    }

    @Test("Rendering twice gives identical bytes", arguments: [LayoutEngine.dot, .neato, .sfdp])
    func deterministic(engine: LayoutEngine) throws {
        let renderer = MapRenderer()
        let first = try renderer.render(SampleMaps.sahel(), format: .svg, engine: engine).bytes
        let second = try renderer.render(SampleMaps.sahel(), format: .svg, engine: engine).bytes
        #expect(first == second)
        let png1 = try renderer.render(SampleMaps.sahel(), format: .png, engine: engine).bytes
        let png2 = try renderer.render(SampleMaps.sahel(), format: .png, engine: engine).bytes
        #expect(png1 == png2)
    }

    @Test("Above the threshold the renderer switches to sfdp and says so")
    func largeGraph() throws {
        let map = try MapRenderer(largeGraphThreshold: 10).render(SampleMaps.sahel(), format: .svg)
        #expect(map.engine == .sfdp)
        #expect(
            map.notes == [
                "map has 25 nodes and 38 edges (limit 10 nodes or edges): laid out with sfdp and overlap=prism instead of dot",
                "map has 25 nodes and 38 edges: edge labels omitted and edges drawn straight; the tooltips keep them",
            ])
        #expect(!MapRenderer(largeGraphThreshold: 38).isLarge(SampleMaps.sahel()))
        #expect(MapRenderer(largeGraphThreshold: 37).isLarge(SampleMaps.sahel()))  // 38 edges > 37

        #expect(!map.text.contains(">supports</text>"))
        let requested = try MapRenderer(largeGraphThreshold: 10).render(
            SampleMaps.sahel(), format: .svg, engine: .neato)
        #expect(requested.engine == .neato)
    }

    @Test("Duplicate ids are an error")
    func duplicateIDs() {
        var model = SampleMaps.tiny()
        model.nodes.append(MapNode(id: "n2", label: "Mali again", type: .state))
        #expect(throws: RenderError.duplicateID("n2")) { try MapRenderer().render(model, format: .svg) }
        var sharing = SampleMaps.tiny()
        sharing.edges[0].id = "n1"
        #expect(throws: RenderError.duplicateID("n1")) { try MapRenderer().render(sharing, format: .svg) }
    }

    @Test("An edge to a missing node is an error naming both")
    func missingNode() {
        var model = SampleMaps.tiny()
        model.edges.append(MapEdge(id: "e9", source: "n1", target: "n404", relation: .opposes))
        #expect(throws: RenderError.unknownNode(edge: "e9", node: "n404")) {
            try MapRenderer().render(model, format: .svg)
        }
    }
}

extension MapModel {
    func withLinks(_ template: LinkTemplate) -> MapModel {
        var copy = self
        copy.linkTemplate = template
        return copy
    }
}

extension XMLElement {
    /// An attribute's value by local name (FoundationXML's `attribute(forName:)` misses attributes in namespaced SVG).
    func attr(_ name: String) -> String? {
        let local = name.split(separator: ":").last.map(String.init) ?? name
        return (try? nodes(forXPath: "@*[local-name()='\(local)']"))?.first?.stringValue
    }
}
