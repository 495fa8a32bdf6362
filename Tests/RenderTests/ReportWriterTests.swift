import ActorGraphCore
import Foundation
import FoundationXML
import Testing

@testable import Render

/// The HTML and Markdown writers, on a hand-built report whose every text field is hostile.
@Suite(.serialized)
struct ReportWriterTests {
    static let hostile = SampleMaps.hostile
    /// Markdown's markup, links, autolinks, math and footnotes in one name.
    static let markdownHostile =
        "[x](javascript:alert(1)) ![i](http://e.example/i.png) <b>*bold*</b> _u_ `c` | ~s~ $m$ [^1] #h &amp; "
        + "https://evil.example www.evil.example a@b.example"

    static func report(url: String? = "https://example.org/a?b=1&c=2") throws -> ReportDocument {
        var figureModel = SampleMaps.tiny()
        figureModel.idPrefix = "rep_map_"
        let svg = try MapRenderer().render(figureModel, format: .svg).bytes
        let source = DocumentSource(
            document: "000_a.txt", title: hostile, outlet: markdownHostile, published: "2024-05-01", url: url)
        let plain = DocumentSource(document: "001_b.txt")
        return ReportDocument(
            title: hostile, subtitle: markdownHostile, idPrefix: "rep",
            sections: [
                ReportSection(
                    kind: .summary, heading: hostile,
                    blocks: [
                        .paragraph([.text(hostile), .strong(markdownHostile), .emphasis("e"), .note(1)]),
                        .quote(ReportQuote(sentence: hostile, note: 1)),
                        .quote(ReportQuote(sentence: "Second \(markdownHostile)", note: 2)),
                        .quote(ReportQuote(sentence: hostile, note: 1)),
                    ]),
                ReportSection(
                    kind: .map, heading: "Map",
                    blocks: [
                        .figure(ReportFigure(key: "map", number: 1, svg: svg, caption: hostile, alternative: hostile))
                    ],
                    startsPage: true),
                ReportSection(
                    kind: .actors, heading: "Actors",
                    blocks: [
                        .table(
                            ReportTable(headers: ["#", hostile], rows: [["1", markdownHostile]], numericColumns: [0]))
                    ]),
                ReportSection(
                    kind: .legend, heading: "Legend",
                    blocks: [.legend(ReportLegend(types: [.state], polarities: [.conflict], notes: [hostile]))]),
                ReportSection(kind: .sources, heading: "Sources", blocks: [.sourceList]),
                ReportSection(kind: .notes, heading: "Notes", blocks: [.noteList]),
            ],
            notes: [
                ReportNote(number: 1, source: 1, start: 10, end: 42),
                ReportNote(number: 2, source: 2, start: 0, end: 5),
            ],
            sources: [
                ReportSource(number: 1, source: source, evidenceCount: 3),
                ReportSource(number: 2, source: plain, evidenceCount: 1),
            ],
            generator: "ActorGraph test")
    }

    private func xml(_ html: String) throws -> XMLDocument {
        try XMLDocument(data: Data(html.utf8), options: [])
    }

    private func texts(_ document: XMLDocument, _ xpath: String) throws -> [String] {
        try document.nodes(forXPath: xpath).compactMap(\.stringValue)
    }

    @Test("The HTML page is well-formed XML, self-contained, with no script and no external resource")
    func selfContained() throws {
        let html = ReportHTMLWriter.page(try Self.report())
        let document = try xml(html)
        #expect(try document.nodes(forXPath: "//*[local-name()='script']").isEmpty)
        #expect(!html.lowercased().contains("<script"))
        // Nothing is fetched: no src, no stylesheet link, no url(…) in the CSS, no @import.
        #expect(try document.nodes(forXPath: "//@src").isEmpty)
        #expect(try document.nodes(forXPath: "//*[local-name()='link']").isEmpty)
        #expect(!html.contains("url(") && !html.contains("@import"))
        #expect(try texts(document, "//*[local-name()='style']").first?.contains("@media print") == true)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"))
    }

    @Test("Hostile text comes back verbatim as text in the title, headings, quotes, caption, table and sources")
    func hostileHTML() throws {
        let document = try xml(ReportHTMLWriter.page(try Self.report()))
        #expect(try texts(document, "//*[local-name()='h1']") == [Self.hostile])
        #expect(try texts(document, "//*[local-name()='section'][1]/*[local-name()='h2']") == [Self.hostile])
        #expect(
            try texts(document, "//*[local-name()='span'][@class='sentence']") == [
                Self.hostile, "Second \(Self.markdownHostile)", Self.hostile,
            ])
        #expect(try texts(document, "//*[local-name()='td']").contains(Self.markdownHostile))
        #expect(try texts(document, "//*[local-name()='cite']").first == Self.hostile)
        #expect(try texts(document, "//*[local-name()='figcaption']").first == "Figure 1. \(Self.hostile)")
        let label = try document.nodes(forXPath: "//*[local-name()='svg'][@role='img']/@aria-label").first?.stringValue
        #expect(label == Self.hostile)
        // The only links are the note calls, back links, source links and the one safe URL.
        let hrefs = try texts(document, "//@href")
        #expect(hrefs.allSatisfy { $0.hasPrefix("#rep-") || $0 == "https://example.org/a?b=1&c=2" })
    }

    @Test("Ids are unique and start with the report's prefix; the figure's with its own under it")
    func uniqueIDs() throws {
        let document = try xml(ReportHTMLWriter.page(try Self.report()))
        let ids = try texts(document, "//@id")
        #expect(Set(ids).count == ids.count)
        #expect(
            ids.allSatisfy {
                $0 == "rep" || $0.hasPrefix("rep-") || $0.hasPrefix("rep_map_") || $0.hasPrefix("a_rep_map_")
            })
        // The note called twice has two distinct call ids, the back link goes to the first.
        #expect(ids.contains("rep-call-1") && ids.contains("rep-call-1-2") && ids.contains("rep-call-1-3"))
        let back = try texts(document, "//*[@id='rep-note-1']/*[local-name()='a'][@class='back']/@href")
        #expect(back == ["#rep-call-1"])
    }

    @Test("Notes and sources say where each quote is, with the file name as the title's fallback")
    func notesAndSources() throws {
        let document = try xml(ReportHTMLWriter.page(try Self.report()))
        let note = try #require(try document.nodes(forXPath: "//*[@id='rep-note-2']").first as? XMLElement)
        #expect(
            note.attr("data-document") == "001_b.txt" && note.attr("data-start") == "0" && note.attr("data-end") == "5")
        #expect(note.stringValue?.hasPrefix("001_b.txt, characters 0–5.") == true)
        // A source with a title of its own also names its file.
        let titled = try #require(try document.nodes(forXPath: "//*[@id='rep-note-1']").first?.stringValue)
        #expect(titled.hasPrefix("\(Self.hostile), characters 10–42 of 000_a.txt."))
        let sources = try texts(document, "//*[local-name()='ol'][@class='sources']/*[local-name()='li']")
        #expect(sources.count == 2)
        #expect(sources[1] == "001_b.txt. 1 evidence sentence in this view; quoted in note 2.")
        #expect(sources[0].contains("2024-05-01") && sources[0].contains("quoted in note 1."))
    }

    @Test(
        "A source URL becomes a link only when it is plain http(s)",
        arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x", "https://x.example/\"onmouseover=\"x",
            " https://x.example", "https://x.example/<script>", "//x.example",
        ])
    func unsafeURL(url: String) throws {
        let html = ReportHTMLWriter.page(try Self.report(url: url))
        let document = try xml(html)
        let hrefs = try texts(document, "//@href")
        #expect(hrefs.allSatisfy { $0.hasPrefix("#rep-") })
        #expect(try texts(document, "//*[local-name()='span'][@class='url']") == [url])
    }

    @Test("Markdown escaping defuses links, images, HTML, emphasis, tables, math, footnotes and autolinks")
    func markdownEscaping() {
        let escaped = ReportEscaping.markdown(Self.markdownHostile)
        #expect(
            escaped
                == ##"\[x\](javascript:alert(1)) !\[i\](http\://e.example/i.png) \<b\>\*bold\*\</b\> \_u\_ \`c\` \| \~s\~ \$m\$ \[\^1\] \#h \&amp; https\://evil.example www\.evil.example a\@b.example"##
        )
        // Removing the escapes gives the text back.
        #expect(unescape(escaped) == Self.markdownHostile)
        #expect(ReportEscaping.markdown("- a") == #"\- a"#)
        #expect(ReportEscaping.markdown("1. a") == #"1\. a"#)
        #expect(ReportEscaping.markdown("2024) a 1.5") == #"2024\) a 1.5"#)
        #expect(ReportEscaping.markdown("a\nb\r\n\tc\u{7}") == "a b c")
        #expect(ReportEscaping.markdownDestination("my report (1)-map.svg") == "my%20report%20%281%29-map.svg")
    }

    @Test("The Markdown report: escaped text, figures by relative link, quotes with footnotes, safe URLs only")
    func markdown() throws {
        let text = ReportMarkdownWriter.write(try Self.report()) { "report-\($0.key).svg" }
        #expect(text.hasPrefix("# \(ReportEscaping.markdown(Self.hostile))\n"))
        // Every "<" is escaped but the one of the safe URL's autolink.
        #expect(!text.replacing("\\<", with: "").replacing("<https://example.org", with: "").contains("<"))
        #expect(!text.contains("[x](javascript") && text.contains("\\[x\\](javascript"))
        #expect(text.contains("![\(ReportEscaping.markdown(Self.hostile))](report-map.svg)\n"))
        #expect(text.contains("> “\(ReportEscaping.markdown(Self.hostile))”[^1]\n"))
        #expect(text.contains("[^2]: *001\\_b.txt* \\[2\\], characters 0–5.\n"))
        #expect(text.contains("<https://example.org/a?b=1&c=2>"))
        #expect(text.contains("| 1 | \(ReportEscaping.markdown(Self.markdownHostile)) |"))
        #expect(!text.contains("## Notes"))
        let unsafe = ReportMarkdownWriter.write(try Self.report(url: "javascript:alert(1)")) { "\($0.key).svg" }
        #expect(!unsafe.contains("<javascript"))
        #expect(unsafe.contains(" javascript:alert(1) "))
    }

    private func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for character in text {
            if !escaping && character == "\\" {
                escaping = true
                continue
            }
            escaping = false
            out.append(character)
        }
        return out
    }
}
