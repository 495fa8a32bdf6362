import ActorGraphCore
import Foundation
import FoundationXML
import Testing

@testable import Render

/// Figures that embed anywhere: unique id prefixes, readable titles, a root CairoSVG and `<img>` can size.
@Suite(.serialized)
struct FigureSafetyTests {
    private func document(_ model: MapModel, theme: Theme = .standard) throws -> XMLDocument {
        let map = try MapRenderer(theme: theme).render(model, format: .svg, engine: .dot)
        return try XMLDocument(data: Data(map.bytes), options: [])
    }

    private func ids(_ document: XMLDocument) throws -> [String] {
        try document.nodes(forXPath: "//*[@id]").compactMap { ($0 as? XMLElement)?.attr("id") }
    }

    private func title(_ document: XMLDocument, of id: String) throws -> String? {
        try document.nodes(forXPath: "//*[local-name()='g'][@id='\(id)']/*[local-name()='title']").first?.stringValue
    }

    @Test("Every element id of a prefixed drawing starts with the prefix (anchors with a_ and the prefix)")
    func everyIDPrefixed() throws {
        var model = SampleMaps.sahel(clustering: .byType)
        model.idPrefix = "fig1_"
        let found = try ids(try document(model))
        #expect(found.count > 60)
        #expect(found.allSatisfy { $0.hasPrefix("fig1_") || $0.hasPrefix("a_fig1_") })
        #expect(found.contains("fig1_graph") && found.contains("fig1_n01") && found.contains("a_fig1_e01"))
        #expect(Set(found).count == found.count)
    }

    @Test("Content prefixes: the same map always gets the same one; two maps share no id")
    func contentPrefixes() throws {
        let sahel = SampleMaps.sahel().withContentIDPrefix()
        let tiny = SampleMaps.tiny().withContentIDPrefix()
        #expect(sahel.idPrefix == SampleMaps.sahel().withContentIDPrefix().idPrefix)
        #expect(sahel.idPrefix != tiny.idPrefix)
        #expect(sahel.idPrefix.count == 11 && sahel.idPrefix.hasPrefix("ag") && sahel.idPrefix.hasSuffix("_"))
        let first = Set(try ids(try document(sahel)))
        let second = Set(try ids(try document(tiny)))
        #expect(first.isDisjoint(with: second))
        // Unprefixed, the two drawings collide on graph0, n1, n2 … as Graphviz names them.
        let bare = Set(try ids(try document(SampleMaps.sahel()))).intersection(try ids(try document(SampleMaps.tiny())))
        #expect(bare.contains("graph0"))
    }

    @Test(
        "A user's prefix must be a letter then letters, digits, _ or -", arguments: ["1x", "a b", "a\"b", "é1", "x<"])
    func badPrefix(prefix: String) {
        #expect(throws: RenderError.invalidIDPrefix(prefix)) { try MapModel.validate(idPrefix: prefix) }
    }

    @Test("Good prefixes pass", arguments: ["", "fig", "Fig-2_x"])
    func goodPrefix(prefix: String) throws {
        try MapModel.validate(idPrefix: prefix)
    }

    @Test("Titles are sentences: actor and type, relation with its sentence count, the map's title")
    func readableTitles() throws {
        let svg = try document(SampleMaps.tiny())
        #expect(try title(svg, of: "n1") == "Russia (state)")
        #expect(try title(svg, of: "e2") == "Wagner Group is deployed in Mali — 1 sentence")
        // No evidence: the weight is no sentence count.
        #expect(try title(svg, of: "e1") == "Russia supports Mali")
        #expect(try title(svg, of: "graph0") == "Tiny map")
    }

    @Test("A hostile name comes back verbatim in its title and never as markup")
    func hostileTitle() throws {
        let svg = try document(SampleMaps.hostileMap())
        #expect(try title(svg, of: "n0") == "\(SampleMaps.hostile) (person)")
        #expect(try title(svg, of: "e0") == "\(SampleMaps.hostile) supports Mali — 1 sentence")
        #expect(try svg.nodes(forXPath: "//*[local-name()='script']").isEmpty)
    }

    @Test("Parallel relations merge into one edge: best-attested first, summed weight, “+1”, every relation titled")
    func merging() throws {
        let model = SampleMaps.sahel()
        let merged = model.mergingParallelEdges()
        // Three pairs of the sample hold two relations each (France–Mali, Niger–ECOWAS, Mali–MINUSMA).
        #expect(model.edges.count == 38 && merged.edges.count == 35)
        let franceMali = try #require(merged.edges.first { Set([$0.source, $0.target]) == ["n02", "n09"] })
        // Both have 2 sentences; `opposes` sorts before `withdrew_from`.
        #expect(franceMali.id == "e16" && franceMali.relation == .opposes && franceMali.weight == 4)
        #expect(franceMali.label == .text("opposes +1"))
        #expect(franceMali.title == "Mali opposes France — 2 sentences; France withdrew from Mali — 2 sentences")
        let single = try #require(merged.edges.first { $0.id == "e01" })
        #expect(single.label == .text("supports") && single.weight == 5)
        let svg = try document(merged)
        #expect(try title(svg, of: "e16") == franceMali.title)
    }

    @Test("Labels stay on the heaviest edges only, of at least the minimum weight")
    func sparseLabels() {
        let model = SampleMaps.sahel().mergingParallelEdges().keepingLabels(onHeaviest: 5, minimumWeight: 2)
        let labelled = model.edges.filter { $0.label != .none }
        let bare = model.edges.filter { $0.label == .none }
        #expect(labelled.count == 5)
        #expect(labelled.allSatisfy { $0.weight >= 2 })
        let lightestLabelled = labelled.map(\.weight).min() ?? 0
        #expect(bare.allSatisfy { $0.weight <= lightestLabelled })
        let dot = DOTWriter.write(model)
        #expect(dot.components(separatedBy: "label=\"").count - 1 == model.nodes.count + 5)
    }

    @Test("Column style: top to bottom, names wrapped, external labels, leaves staggered over two ranks")
    func columnDOT() {
        #expect(
            ColumnLayout.wrapped("Economic Community of West African States")
                == "Economic\nCommunity of\nWest African\nStates")
        #expect(ColumnLayout.wrapped("Mali") == "Mali")
        #expect(ColumnLayout.wrapped("Confederation of Sahel States") == "Confederation of\nSahel States")
        var model = SampleMaps.sahel()
        model.style = .column
        let dot = DOTWriter.write(model, theme: .column)
        #expect(dot.contains("rankdir=\"TB\""))
        #expect(dot.contains("label=\"Alliance of\\nSahel States\""))
        #expect(dot.contains("xlabel=\"supports\""))
        #expect(!dot.contains(", label=\"supports\""))
        // n13 (Vladimir Putin) has one relation; the leaves take minlen 1, 2, 1, 2 … in edge order.
        let staggered = ColumnLayout.staggering(
            DOTWriter.Context(model: model, theme: .column, compact: false, engine: .dot).edges)
        #expect(Set(staggered.values) == [1, 2])
        #expect(staggered["e20"] != nil && staggered["e01"] == nil)
        #expect(dot.contains("minlen=2"))
    }

    @Test("A column figure keeps labels at 9 pt or more at 527 pt wide, dropping the least important actors")
    func columnFit() throws {
        var model = SampleMaps.sahel().mergingParallelEdges().keepingLabels(onHeaviest: 12, minimumWeight: 2)
        model.style = .column
        model.idPrefix = "col_"
        // As in a report: the caption and legend stand outside the drawing.
        model.title = ""
        model.subtitle = nil
        model.showLegend = false
        let figure = try MapRenderer(theme: .column).renderForColumn(model)
        let metrics = try #require(SVGMetrics(svg: figure.map.text))
        let smallest = try #require(metrics.smallestFontSize)
        #expect(smallest * min(1, 527 / metrics.width) >= 9)
        #expect(abs(figure.smallestFontSize - smallest * min(1, 527 / metrics.width)) < 1e-9)
        // Whatever was left out was less important than everything kept.
        let keptSizes = figure.model.nodes.map(\.size)
        for dropped in figure.omitted { #expect(keptSizes.allSatisfy { $0 >= dropped.size }) }
        #expect(figure.model.nodes.count + figure.omitted.count == model.nodes.count)
        // A narrower column drops more; the actors asked for stay.
        let narrow = try MapRenderer(theme: .column).renderForColumn(
            model, fit: ColumnFit(width: 250), keeping: ["n21", "n24"])
        #expect(narrow.omitted.count > figure.omitted.count)
        #expect(Set(narrow.model.nodes.map(\.id)).isSuperset(of: ["n21", "n24"]))
        // A key wider than any column: dropping actors stops once it no longer helps.
        var keyed = model
        keyed.title = String(repeating: "A very long title ", count: 8)
        let stubborn = try MapRenderer(theme: .column).renderForColumn(keyed)
        #expect(stubborn.smallestFontSize < 9 && stubborn.model.nodes.count > 2)
    }

    @Test("SVG metrics: natural size in points and the smallest type after the drawing's scale")
    func metrics() throws {
        let svg = """
            <svg width="300pt" height="120pt" viewBox="0 0 600 240">
            <g id="graph0" class="graph" transform="scale(0.5 0.5) rotate(0) translate(4 236)">
            <text font-size="14.00">a</text><text font-size="10.00">b</text></g></svg>
            """
        let metrics = try #require(SVGMetrics(svg: svg))
        #expect(metrics.width == 300 && metrics.height == 120)
        #expect(metrics.smallestFontSize == 5)
        #expect(metrics.smallestFontSize(inColumn: 150) == 2.5)
        #expect(metrics.smallestFontSize(inColumn: 600) == 5)
        #expect(SVGMetrics(svg: "<svg width=\"100%\">") == nil)
    }
}
