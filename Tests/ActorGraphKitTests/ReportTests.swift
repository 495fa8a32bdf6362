import ActorGraphCore
import ActorGraphTestSupport
import Foundation
import FoundationXML
import Render
import Testing

@testable import ActorGraphKit

@Suite(.serialized) struct ReportTests {
    private func request(focus: String? = nil, between: (String, String)? = nil) -> ReportRequest {
        var request = ReportRequest()
        request.focus = focus
        request.between = between
        return request
    }

    private func build(_ request: ReportRequest) throws -> ReportDocument {
        var builder = try ReportBuilder(workspace: try seedWorkspace.get(), request: request)
        return try builder.build()
    }

    private func quotes(_ report: ReportDocument) -> [ReportQuote] {
        report.sections.flatMap(\.blocks).compactMap { block in
            if case .quote(let quote) = block { return quote }
            return nil
        }
    }

    @Test("Sections in order: summary, map, legend, actors, profile, connection, sources, methodology, notes")
    func sections() throws {
        let report = try build(request(focus: "Moscow", between: ("Russia", "Mali")))
        #expect(
            report.sections.map(\.kind)
                == [.summary, .map, .legend, .actors, .profile, .connection, .sources, .methodology, .notes])
        #expect(report.title == "Russia: an influence dossier")
        #expect(report.figures.map(\.key) == ["map", "ego", "connection"])
        #expect(report.figures.map(\.number) == [1, 2, 3])
        let plain = try build(request())
        #expect(plain.sections.map(\.kind) == [.summary, .map, .legend, .actors, .sources, .methodology, .notes])
        #expect(plain.title == "Influence dossier")
    }

    @Test("Every quote is verbatim in its document at the offsets its note gives")
    func quotesAreVerbatim() throws {
        let report = try build(request(focus: "Russia", between: ("Russia", "Niger")))
        let texts = try seedScalars()
        let quoted = quotes(report)
        #expect(quoted.count >= 10)
        for quote in quoted {
            let note = try #require(report.notes.first { $0.number == quote.note })
            let source = try #require(report.sources.first { $0.number == note.source })
            let text = try #require(texts[source.source.document])
            #expect(slice(text, note.start, note.end) == quote.sentence)
        }
        // Notes are numbered by first citation, each cited, sources likewise.
        #expect(report.notes.map(\.number) == Array(1...report.notes.count))
        #expect(Set(quoted.map(\.note)) == Set(report.notes.map(\.number)))
        #expect(report.sources.map(\.number) == Array(1...report.sources.count))
        #expect(Set(report.notes.map(\.source)) == Set(report.sources.map(\.number)))
    }

    @Test("The table's PageRank is the centrality command's, rank for rank")
    func tableMatchesCentrality() throws {
        let report = try build(request())
        let table = try #require(
            report.sections.first { $0.kind == .actors }?.blocks.compactMap { block -> ReportTable? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        #expect(table.headers == ["#", "Actor", "Type", "PageRank", "Betweenness", "Degree", "Relations", "Mentions"])
        let ranked = try seedWorkspace.get().analysisGraph().centrality(measure: .pagerank)
        let linked = Set(try seedWorkspace.get().relations().flatMap { [$0.source, $0.target] })
        let expected = ranked.filter { linked.contains($0.name) }.prefix(15)
        #expect(table.rows.count == 15)
        for (row, score) in zip(table.rows, expected) {
            #expect(row[1] == score.name)
            #expect(row[3] == String(format: "%.3f", score.score))
        }
        let betweenness = try seedWorkspace.get().analysisGraph(GraphQuery(undirected: true))
            .centrality(measure: .betweenness)
        let first = try #require(betweenness.first { $0.name == table.rows[0][1] })
        #expect(table.rows[0][4] == String(format: "%.3f", first.score))
    }

    @Test("Figures fit the column: labels of 9 pt or more at 527 pt, ids under the report's prefix")
    func figures() throws {
        let report = try build(request(focus: "Russia", between: ("Russia", "Mali")))
        for figure in report.figures {
            let svg = String(decoding: figure.svg, as: UTF8.self)
            let metrics = try #require(SVGMetrics(svg: svg))
            let smallest = try #require(metrics.smallestFontSize(inColumn: 527))
            #expect(smallest >= 9, "\(figure.key): \(smallest) pt")
            #expect(!svg.contains("style=\"max-width"))
            let document = try XMLDocument(data: Data(figure.svg), options: [])
            let ids = try document.nodes(forXPath: "//@id").compactMap(\.stringValue)
            #expect(
                ids.allSatisfy {
                    $0.hasPrefix("\(report.idPrefix)_\(figure.key)_")
                        || $0.hasPrefix("a_\(report.idPrefix)_\(figure.key)_")
                })
            // Titles read as sentences, not DOT names.
            let titles = try document.nodes(forXPath: "//*[local-name()='title']").compactMap(\.stringValue)
            #expect(!titles.contains { $0.contains("->") || $0.hasPrefix("n") && Int($0.dropFirst()) != nil })
        }
        let map = try #require(report.figures.first)
        let titles = try XMLDocument(data: Data(map.svg), options: []).nodes(forXPath: "//*[local-name()='title']")
            .compactMap(\.stringValue)
        // Every line's title names each relation it stands for, with that relation's stored sentence count.
        let weights = Dictionary(
            try seedWorkspace.get().relations().map { ("\($0.source) \($0.type.verbPhrase) \($0.target)", $0.weight) },
            uniquingKeysWith: { first, _ in first })
        let lines = titles.filter { $0.contains(" — ") }
        #expect(lines.count >= 10)
        #expect(lines.contains { $0.contains("; ") })
        for segment in lines.flatMap({ $0.components(separatedBy: "; ") }) {
            let parts = segment.components(separatedBy: " — ")
            let count = Int(parts[1].split(separator: " ")[0])
            #expect(weights[parts[0]] == count, "\(segment)")
        }
    }

    @Test("Same store, same request: the same bytes, HTML and Markdown with its figures")
    func deterministic() throws {
        let workspace = try seedWorkspace.get()
        let request = request(focus: "Russia", between: ("Russia", "Mali"))
        let html = try workspace.report(request, writingTo: "out/r.html")
        #expect(html.files.map(\.name) == ["r.html"])
        #expect(try workspace.report(request, writingTo: "out/r.html").files == html.files)
        let markdown = try workspace.report(request, writingTo: "my report.md")
        #expect(
            markdown.files.map(\.name) == [
                "my report.md", "my report-map.svg", "my report-ego.svg", "my report-connection.svg",
            ])
        #expect(try workspace.report(request, writingTo: "my report.md").files == markdown.files)
        let text = String(decoding: markdown.files[0].bytes, as: UTF8.self)
        #expect(text.contains("](my%20report-map.svg)") && text.contains("](my%20report-connection.svg)"))
        #expect(markdown.quotes == html.quotes && html.quotes >= 10 && html.figures == 3)
    }

    @Test("Two different reports get different prefixes and share no id; a given prefix is used")
    func prefixes() throws {
        let workspace = try seedWorkspace.get()
        let russia = String(
            decoding: try workspace.report(request(focus: "Russia"), writingTo: "a.html").files[0].bytes, as: UTF8.self)
        let mali = String(
            decoding: try workspace.report(request(focus: "Mali"), writingTo: "b.html").files[0].bytes, as: UTF8.self)
        func ids(_ html: String) throws -> [String] {
            try XMLDocument(data: Data(html.utf8), options: []).nodes(forXPath: "//@id").compactMap(\.stringValue)
        }
        let first = try ids(russia)
        let second = try ids(mali)
        #expect(Set(first).count == first.count && Set(second).count == second.count)
        #expect(Set(first).isDisjoint(with: second))
        var named = request(focus: "Russia")
        named.idPrefix = "dossier-ru"
        let given = try ids(
            String(decoding: try workspace.report(named, writingTo: "c.html").files[0].bytes, as: UTF8.self))
        #expect(given.allSatisfy { $0.hasPrefix("dossier-ru") || $0.hasPrefix("a_dossier-ru") })
        named.idPrefix = "9lives"
        #expect(throws: RenderError.invalidIDPrefix("9lives")) { try workspace.report(named, writingTo: "c.html") }
    }

    @Test("Sources fall back to the file name; the summary dates the corpus and names the central actors")
    func sourcesAndSummary() throws {
        let report = try build(request())
        let names = try RepositoryFiles.seedArticles().map(\.name)
        #expect(
            report.sources.allSatisfy {
                names.contains($0.source.document) && $0.source.displayTitle == $0.source.document
            })
        #expect(report.sources.allSatisfy { $0.evidenceCount > 0 && $0.source.provenance == .extracted })
        guard case .paragraph(let corpus) = report.sections[0].blocks[0] else {
            Issue.record("no corpus sentence")
            return
        }
        #expect(corpus == [.text("This dossier rests on 5 documents, none of them dated.")])
        let top = try seedWorkspace.get().analysisGraph().centrality(measure: .pagerank, top: 1)[0]
        let sentences = report.sections[0].blocks.compactMap { block -> String? in
            guard case .paragraph(let inlines) = block, case .text(let text) = inlines.first else { return nil }
            return text
        }
        #expect(sentences.contains { $0.hasPrefix("The most central actors by PageRank are \(top.name) (") })
    }

    @Test("Imported evidence cites its document and the file it came from")
    func importedSources() throws {
        let original = try seedWorkspace.get()
        let files = try original.export(format: .graphml)
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent(files[0].name)
            try Data(files[0].bytes).write(to: path)
            let copy = try Workspace.inMemory()
            _ = try copy.importGraph(try ImportSource.file(path: path.path))
            let stored = try copy.documentSources()
            #expect(stored.contains { $0.provenance == .imported && $0.document.hasPrefix("import:") })
            var builder = try ReportBuilder(workspace: copy, request: request(focus: "Russia"))
            let report = try builder.build()
            #expect(!report.notes.isEmpty && report.notes.allSatisfy { $0.importedFrom?.hasPrefix("import:") == true })
            #expect(report.sources.allSatisfy { $0.source.provenance == .imported })
        }
    }

    @Test("Hostile names and sentences from an imported graph stay text in the HTML, the Markdown and the figures")
    func hostileImport() throws {
        let hostile = #"<script>alert(1)</script> & "quoted" [x](javascript:alert(1)) *bold* | 'single'"#
        let escapedJSON = hostile.replacing("\"", with: "\\\"")
        let graph = """
            {"nodes": [{"id": "a", "name": "\(escapedJSON)", "type": "state"}, {"id": "b", "name": "Mali", "type": "state"}],
             "edges": [{"source": "a", "target": "b", "relation": "supports",
                        "evidence": [{"sentence": "\(escapedJSON) backs Mali.", "document": "\(escapedJSON).txt"}]}]}
            """
        try withTemporaryDirectory { dir in
            let path = dir.appendingPathComponent("hostile.json")
            try graph.write(to: path, atomically: true, encoding: .utf8)
            let workspace = try Workspace.inMemory()
            _ = try workspace.importGraph(try ImportSource.file(path: path.path))
            var request = ReportRequest()
            request.focus = "Mali"
            let html = try workspace.report(request, writingTo: "r.html").files[0].bytes
            let document = try XMLDocument(data: Data(html), options: [])
            #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
            let cells = try document.nodes(forXPath: "//*[local-name()='td']").compactMap(\.stringValue)
            #expect(cells.contains(hostile))
            let quotes = try document.nodes(forXPath: "//*[local-name()='span'][@class='sentence']").compactMap(
                \.stringValue)
            #expect(quotes.contains("\(hostile) backs Mali."))
            let cited = try document.nodes(forXPath: "//*[local-name()='cite']").compactMap(\.stringValue)
            #expect(cited.contains("\(hostile).txt"))
            let titles = try document.nodes(forXPath: "//*[local-name()='svg']//*[local-name()='title']").compactMap(
                \.stringValue)
            #expect(titles.contains("\(hostile) supports Mali — 1 sentence"))
            let markdown = try workspace.report(request, writingTo: "r.md").files
            let text = String(decoding: markdown[0].bytes, as: UTF8.self)
            #expect(
                text.contains(
                    #"\<script\>alert(1)\</script\> \& "quoted" \[x\](javascript:alert(1)) \*bold\* \| 'single'"#))
            // No bracket or angle bracket of the name is left unescaped.
            #expect(text.firstMatch(of: /[^\\]\[x\]/) == nil && text.firstMatch(of: /[^\\]<script/) == nil)
            for figure in markdown.dropFirst() { _ = try XMLDocument(data: Data(figure.bytes), options: []) }
        }
    }

    @Test("Bad requests: unknown extension, an actor nobody knows, a view with nothing in it")
    func errors() throws {
        let workspace = try seedWorkspace.get()
        #expect(throws: ReportError.unknownExtension(path: "dossier.docx")) {
            try workspace.report(ReportRequest(), writingTo: "dossier.docx")
        }
        #expect(throws: ReportError.unknownExtension(path: "dossier")) {
            try workspace.report(ReportRequest(), writingTo: "dossier")
        }
        #expect(try ReportFormat(path: "a/b.MD") == .markdown && ReportFormat(path: "x.htm") == .html)
        #expect(throws: (any Error).self) { try workspace.report(request(focus: "Atlantis"), writingTo: "a.html") }
        var empty = ReportRequest()
        empty.types = [.agreement]
        #expect(throws: ReportError.emptyView) { try workspace.report(empty, writingTo: "a.html") }
        for error in [ReportError.unknownExtension(path: "x.doc"), .pdfConverterMissing, .emptyView] {
            #expect(!error.description.contains("\n"))
        }
        #expect(ReportError.pdfConverterMissing.description.contains("apt-get install chromium"))
        #expect(PDFPrinter.chromium(path: "/nonexistent:/also-not") == nil)
    }

    @Test("PDF dates are replaced by zeros of the same length, so no offset moves")
    func pdfDates() {
        let pdf = Array("%PDF-1.4\n/CreationDate (D:20261201120501+00'00')\n/ModDate (D:20261201120502+00'00')\n".utf8)
        let fixed = PDFDates.fixed(pdf)
        #expect(fixed.count == pdf.count)
        #expect(
            String(decoding: fixed, as: UTF8.self)
                == "%PDF-1.4\n/CreationDate (D:00000000000000+00'00')\n/ModDate (D:00000000000000+00'00')\n")
    }
}
