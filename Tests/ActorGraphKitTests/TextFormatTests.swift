import ActorGraphCore
import Testing

@testable import ActorGraphKit

/// Front matter and Markdown are blanked, not cut out: the text keeps every offset of the file.
@Suite struct TextFormatTests {
    @Test("Front matter: known keys read, quotes dropped, the block blanked scalar for scalar")
    func frontMatter() throws {
        let file = "---\r\nTitle: \"Mali’s junta\"\r\nsource: 'Wire'\r\ndate: 2024-03-01\r\nnote: x\r\n---\r\nBody."
        let block = try #require(FrontMatter.read(file))
        #expect(block.values == ["title": "Mali’s junta", "outlet": "Wire", "published": "2024-03-01"])
        #expect(block.text.unicodeScalars.count == file.unicodeScalars.count)
        #expect(block.text.hasSuffix("Body."))
        #expect(block.text.unicodeScalars.dropLast(5).allSatisfy { $0 == " " || $0 == "\r" || $0 == "\n" })
        // Not at the very top, or never closed: no front matter.
        #expect(FrontMatter.read("\n---\ntitle: x\n---\n") == nil)
        #expect(FrontMatter.read("---\ntitle: x\nThe story goes on.") == nil)
    }

    @Test("Markdown: headings, emphasis, links, images, code and lists become spaces; prose stays in place")
    func markdown() {
        let file = """
            # Russia *arms* Mali #

            > Officials in [Bamako](https://example.org/bamako "x") said **so**.
            - Item one with `code` and snake_case_names.
            1. ![chart](chart.png) Niger <span>too</span>.

            ```
            let x = "Chad"
            ```
            """
        let prose = MarkdownText.prose(file)
        #expect(prose.unicodeScalars.count == file.unicodeScalars.count)
        let lines = prose.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.split(separator: " ").joined(separator: " ")
        }
        #expect(
            lines == [
                // A closing `**` or tag becomes spaces too, so a space can stand before the full stop.
                "Russia arms Mali", "", "Officials in Bamako said so .", "Item one with code and snake_case_names.",
                "Niger too .", "", "", "", "",
            ])
        // The words stand where they stood in the file.
        let offset = file.unicodeScalars.firstIndex(of: "B").map {
            file.unicodeScalars.distance(from: file.unicodeScalars.startIndex, to: $0)
        }
        let prosed = prose.unicodeScalars.firstIndex(of: "B").map {
            prose.unicodeScalars.distance(from: prose.unicodeScalars.startIndex, to: $0)
        }
        #expect(offset == prosed)
    }

    @Test("Metadata values: white space made one space, controls dropped, dates and addresses checked")
    func metadataValues() {
        #expect(MetadataValues.text("  Mali\n\t junta \u{7}now ") == "Mali junta now")
        #expect(MetadataValues.text(" \n ") == nil)
        #expect(MetadataValues.date("2024-03-01T09:30:00+01:00") == "2024-03-01")
        #expect(MetadataValues.date("2024-02-30") == nil && MetadataValues.date("March 1") == nil)
        #expect(MetadataValues.urlProblem("https://example.org/a?b=1") == nil)
        #expect(MetadataValues.urlProblem("javascript:alert(1)") == "only http and https addresses are kept")
        #expect(MetadataValues.urlProblem("https://exa mple.org") == "it holds U+0020, which an address may not")
    }
}
