import ActorGraphCore
import Foundation
import Testing

@testable import Render

@Suite struct DOTWriterTests {
    @Test("DOT is a named digraph with nodes and edges sorted by id")
    func namedAndSorted() throws {
        let dot = DOTWriter.write(SampleMaps.tiny())
        #expect(dot.hasPrefix("digraph ActorGraph {\n"))
        let n1 = try #require(dot.firstRange(of: "\"n1\" [id=\"n1\""))
        let n2 = try #require(dot.firstRange(of: "\"n2\" [id=\"n2\""))
        let n3 = try #require(dot.firstRange(of: "\"n3\" [id=\"n3\""))
        #expect(n1.lowerBound < n2.lowerBound && n2.lowerBound < n3.lowerBound)
        let e1 = try #require(dot.firstRange(of: "[id=\"e1\""))
        let e2 = try #require(dot.firstRange(of: "[id=\"e2\""))
        #expect(e1.lowerBound < e2.lowerBound)
    }

    @Test("Shuffled input gives the same DOT")
    func orderIndependent() {
        var shuffled = SampleMaps.sahel()
        shuffled.nodes.reverse()
        shuffled.edges.reverse()
        #expect(DOTWriter.write(shuffled) == DOTWriter.write(SampleMaps.sahel()))
    }

    @Test("Hostile text is escaped: backslashes doubled, quotes escaped, & as &amp;, HTML label entities")
    func hostileEscaping() {
        let dot = DOTWriter.write(SampleMaps.hostileMap())
        // Node label: a DOT quoted string.
        #expect(dot.contains(##"label="<script>alert(1)</script> &amp; \"quoted\" \\N {brace} Goïta 'single'""##))
        // Title: inside the HTML-like graph label.
        #expect(
            dot.contains(
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; \\N {brace} Goïta &#39;single&#39;"))
        #expect(!dot.contains("<B><script>"))
    }

    @Test("Escaping drops control characters and keeps newlines as \\n in text")
    func controls() {
        #expect(DOTEscaping.quotedText("a\nb\u{0}c\u{7}") == ##""a\nbc""##)
        #expect(DOTEscaping.quoted("a\nb\"c\\") == ##""a b\"c\\""##)
        #expect(DOTEscaping.html("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
    }

    @Test(
        "Numbers have three fixed decimals",
        arguments: [(0.0, "0.000"), (1.25, "1.250"), (-0.5, "-0.500"), (2.0 / 3.0, "0.667"), (Double.nan, "0")])
    func numbers(value: Double, expected: String) {
        #expect(DOTEscaping.number(value) == expected)
    }

    @Test("Each entity type gets its theme shape and fill; each polarity its edge colour")
    func styles() {
        let dot = DOTWriter.write(SampleMaps.sahel())
        #expect(
            dot.contains(
                ##""n01" [id="n01", class="state", label="Russia", shape="box", style="filled,rounded", fillcolor="#0072B2""##
            ))
        #expect(dot.contains(##"label="Assimi Goïta", shape="ellipse", style="filled", fillcolor="#E69F00""##))
        #expect(dot.contains(##"label="Wagner Group", shape="hexagon", style="filled", fillcolor="#009E73""##))
        #expect(dot.contains(##"label="Liptako-Gourma Charter", shape="note", style="filled", fillcolor="#DDDDDD""##))
        #expect(dot.contains(##""n15" -> "n02" [id="e23", class="conflict opposes", label="opposes""##))
        #expect(
            dot.contains(
                ##"[id="e34", class="cooperation cooperates_with", label="cooperates with", fontcolor="#333333", color="#009E73""##
            ))
        #expect(dot.contains(##"dir="none""##))
    }

    @Test("Highlighting fades everything else with the theme's alpha")
    func highlight() {
        let dot = DOTWriter.write(SampleMaps.tiny())
        #expect(
            dot.contains(
                ##"[id="n1", class="state", label="Russia", shape="box", style="filled,rounded", fillcolor="#0072B238""##
            ))
        #expect(
            dot.contains(
                ##"[id="n3", class="group highlighted", label="Wagner Group", shape="hexagon", style="filled,bold", fillcolor="#009E73""##
            ))
        #expect(dot.contains(##"[id="e2", class="neutral deployed_in highlighted""##))
    }

    @Test("Force-directed engines get a fixed seed and prism overlap removal; dot gets none")
    func engineAttributes() {
        let neato = DOTWriter.write(SampleMaps.tiny(), engine: .neato)
        #expect(neato.contains("start=42, overlap=\"prism\""))
        let dot = DOTWriter.write(SampleMaps.tiny(), engine: .dot)
        #expect(!dot.contains("start="))
        #expect(dot.contains("rankdir=\"LR\""))
    }

    @Test("Edges whose ends are missing are left out of the DOT")
    func danglingEdges() {
        var model = SampleMaps.tiny()
        model.edges.append(MapEdge(id: "e9", source: "n1", target: "nowhere", relation: .opposes))
        #expect(!DOTWriter.write(model).contains("nowhere"))
    }

    @Test("Edge labels are xlabels for clustered or force-directed layouts, plain labels for plain dot")
    func externalLabels() {
        #expect(DOTWriter.write(SampleMaps.tiny()).contains(##"label="supports""##))
        #expect(!DOTWriter.write(SampleMaps.tiny()).contains("forcelabels"))
        let clustered = DOTWriter.write(SampleMaps.tiny().with(clustering: .byType))
        #expect(clustered.contains(##"xlabel="supports""##))
        #expect(clustered.contains("forcelabels=true"))
        #expect(DOTWriter.write(SampleMaps.tiny(), engine: .neato).contains(##"xlabel="deployed in""##))
    }

    @Test("Clusters by type and by community")
    func clusters() {
        let byType = DOTWriter.write(SampleMaps.tiny().with(clustering: .byType))
        #expect(byType.contains(##"subgraph "cluster_type-state" {"##))
        #expect(byType.contains(##"subgraph "cluster_type-group" {"##))
        let byCommunity = DOTWriter.write(SampleMaps.tiny().with(clustering: .byCommunity))
        #expect(byCommunity.contains(##"subgraph "cluster_community-0" {"##))
        #expect(byCommunity.contains(##"label="Community 1""##))
    }

    @Test("DOT snapshot of the tiny map")
    func snapshot() throws {
        try assertSnapshot(DOTWriter.write(SampleMaps.tiny()), named: "tinyMap.dot")
    }
}

extension MapModel {
    func with(clustering: MapClustering) -> MapModel {
        var copy = self
        copy.clustering = clustering
        return copy
    }
}

/// Compares `actual` with `Tests/RenderTests/Snapshots/<name>`; `RECORD_SNAPSHOTS=1` rewrites it and fails.
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded snapshot \(name); unset RECORD_SNAPSHOTS and run again", sourceLocation: sourceLocation)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(
        actual == expected, "snapshot \(name) differs; re-record with RECORD_SNAPSHOTS=1",
        sourceLocation: sourceLocation)
}
