import ActorGraphCore
import Foundation
import FoundationXML
import Testing

@testable import Render

/// Maps cite an edge's article: its title, outlet and date in the tooltip, its address as the edge's link.
@Suite(.serialized)
struct CitationTests {
    static func model(source: DocumentSource, template: LinkTemplate? = nil) -> MapModel {
        MapModel(
            title: "Cited",
            nodes: [
                MapNode(id: "n1", label: "Russia", type: .state, size: 1),
                MapNode(id: "n2", label: "Mali", type: .state, size: 0.5),
            ],
            edges: [
                MapEdge(
                    id: "e1", source: "n1", target: "n2", relation: .supports, weight: 1,
                    evidence: Evidence(
                        document: source.document, sentence: "Russia backs Mali.", start: 4, end: 22, source: source))
            ],
            linkTemplate: template)
    }

    static func edgeLink(_ model: MapModel) throws -> XMLElement? {
        let map = try MapRenderer().render(model, format: .svg, engine: nil)
        let document = try XMLDocument(data: Data(map.bytes), options: [])
        return try document.nodes(forXPath: "//*[local-name()='g'][@id='e1']//*[local-name()='a']").first
            as? XMLElement
    }

    @Test("The tooltip names the article; a hostile title stays text; the edge links to its http(s) address")
    func tooltipAndLink() throws {
        let title = #"<script>alert(1)</script> "Mali" & \N"#
        let source = DocumentSource(
            document: "a.html", title: title, outlet: "Wire", published: "2024-03-05",
            url: "https://news.example.org/a?x=1&y=2")
        let link = try #require(try Self.edgeLink(Self.model(source: source)))
        #expect(
            link.attribute(forName: "xlink:title")?.stringValue
                == "supports — “Russia backs Mali.” (\(title) — Wire, 2024-03-05)")
        #expect(link.attribute(forName: "xlink:href")?.stringValue == "https://news.example.org/a?x=1&y=2")
        let dot = DOTWriter.write(Self.model(source: source))
        #expect(dot.contains(#"URL="https://news.example.org/a?x=1&amp;y=2""#))
        let svg = String(
            decoding: try MapRenderer().render(Self.model(source: source), format: .svg, engine: nil).bytes,
            as: UTF8.self)
        #expect(!svg.contains("<script"))
        // A link template still decides when one is given.
        let template = try LinkTemplate("https://archive.example.org/{document}")
        let templated = try #require(try Self.edgeLink(Self.model(source: source, template: template)))
        #expect(templated.attribute(forName: "xlink:href")?.stringValue == "https://archive.example.org/a.html")
    }

    @Test(
        "Only an absolute http(s) address becomes a link; the tooltip of an unknown source names the document",
        arguments: [
            "javascript:alert(1)", "javascript&#58;alert(1)", "/relative/page", "data:text/html,x", "https://a b",
        ])
    func refusedAddresses(url: String) throws {
        let source = DocumentSource(document: "a.html", title: "T", url: url)
        let link = try Self.edgeLink(Self.model(source: source))
        #expect(link?.attribute(forName: "xlink:href")?.stringValue == nil)
        let bare = try #require(try Self.edgeLink(Self.model(source: DocumentSource(document: "a.html"))))
        #expect(bare.attribute(forName: "xlink:title")?.stringValue == "supports — “Russia backs Mali.” (a.html)")
    }
}
