import ActorGraphCore

/// Writes a report as one self-contained HTML page: inline CSS and SVG, no script, nothing fetched.
///
/// The page is also well-formed XML (XHTML syntax: every element closed, only XML's five references), so
/// tests and tools can read it with an XML parser. Every id starts with the report's prefix; the figures'
/// ids carry their own prefixes under it, so two reports inlined in one page share none.
public enum ReportHTMLWriter {
    /// The whole page: `<!DOCTYPE html>`, head with the style sheet, and the report's article.
    public static func page(_ report: ReportDocument, theme: Theme = .column) -> String {
        var out = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
        out += "<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<meta name=\"generator\" content=\"\(ReportEscaping.html(report.generator))\"/>\n"
        out += "<title>\(ReportEscaping.html(report.title))</title>\n"
        out += "<style>\n\(styleSheet)\n</style>\n</head>\n<body>\n"
        out += article(report, theme: theme)
        out += "</body>\n</html>\n"
        return out
    }

    /// The CSS the article needs, scoped to `.actorgraph-report`.
    public static var styleSheet: String { ReportStyleSheet.css }

    /// The report alone, as an `<article>` to inline in another page (with ``styleSheet`` in that page).
    public static func article(_ report: ReportDocument, theme: Theme = .column) -> String {
        var writer = Writer(report: report, theme: theme)
        return writer.article()
    }

    private struct Writer {
        let report: ReportDocument
        let theme: Theme
        /// How many times each note has been called so far, for unique call ids.
        var calls: [Int: Int] = [:]

        init(report: ReportDocument, theme: Theme) {
            self.report = report
            self.theme = theme
        }

        var prefix: String { report.idPrefix }

        func id(_ suffix: String) -> String { ReportEscaping.html(prefix + "-" + suffix) }

        mutating func article() -> String {
            var out = "<article class=\"actorgraph-report\" id=\"\(ReportEscaping.html(prefix))\">\n<header>\n"
            out += "<h1 id=\"\(id("title"))\">\(ReportEscaping.html(report.title))</h1>\n"
            if let subtitle = report.subtitle {
                out += "<p class=\"subtitle\">\(ReportEscaping.html(subtitle))</p>\n"
            }
            out += "</header>\n"
            for section in report.sections { out += self.section(section) }
            out += "</article>\n"
            return out
        }

        mutating func section(_ section: ReportSection) -> String {
            let classes = "report-section \(section.kind.rawValue)" + (section.startsPage ? " new-page" : "")
            var out = "<section id=\"\(id(section.kind.rawValue))\" class=\"\(classes)\">\n"
            out += "<h2>\(ReportEscaping.html(section.heading))</h2>\n"
            for block in section.blocks { out += self.block(block) }
            return out + "</section>\n"
        }

        mutating func block(_ block: ReportBlock) -> String {
            switch block {
            case .paragraph(let inlines):
                return "<p>\(self.inlines(inlines))</p>\n"
            case .subheading(let text):
                return "<h3>\(ReportEscaping.html(text))</h3>\n"
            case .figure(let figure):
                return self.figure(figure)
            case .table(let table):
                return self.table(table)
            case .quote(let quote):
                return "<blockquote class=\"evidence\"><p>“<span class=\"sentence\" data-note=\"\(quote.note)\">"
                    + ReportEscaping.html(quote.sentence) + "</span>”\(call(quote.note))</p></blockquote>\n"
            case .list(let items):
                return "<ul>\n" + items.map { "<li>\(self.inlines($0))</li>\n" }.joined() + "</ul>\n"
            case .legend(let legend):
                return self.legend(legend)
            case .sourceList:
                return sourceList()
            case .noteList:
                return noteList()
            }
        }

        mutating func inlines(_ inlines: [ReportInline]) -> String {
            var out = ""
            for inline in inlines {
                switch inline {
                case .text(let text): out += ReportEscaping.html(text)
                case .strong(let text): out += "<strong>\(ReportEscaping.html(text))</strong>"
                case .emphasis(let text): out += "<em>\(ReportEscaping.html(text))</em>"
                case .note(let number): out += call(number)
                }
            }
            return out
        }

        /// A superscript call of a note; the first call of each note is the one its back link returns to.
        mutating func call(_ note: Int) -> String {
            let count = calls[note, default: 0] + 1
            calls[note] = count
            let callID = count == 1 ? id("call-\(note)") : id("call-\(note)-\(count)")
            return "<sup class=\"note-call\"><a href=\"#\(id("note-\(note)"))\" id=\"\(callID)\">\(note)</a></sup>"
        }

        func figure(_ figure: ReportFigure) -> String {
            var svg = String(decoding: figure.svg, as: UTF8.self)
            // Inline SVG takes no XML declaration; the role and label make it one image for screen readers.
            if svg.hasPrefix("<?xml"), let end = svg.firstIndex(of: "\n") {
                svg = String(svg[svg.index(after: end)...])
            }
            if let open = svg.firstRange(of: "<svg") {
                svg.replaceSubrange(
                    open, with: "<svg role=\"img\" aria-label=\"\(ReportEscaping.html(figure.alternative))\"")
            }
            var out = "<figure id=\"\(id("figure-" + figure.key))\" class=\"figure\">\n"
            out += svg.hasSuffix("\n") ? svg : svg + "\n"
            out += "<figcaption><strong>Figure \(figure.number).</strong> \(ReportEscaping.html(figure.caption))"
            out += "</figcaption>\n</figure>\n"
            return out
        }

        func table(_ table: ReportTable) -> String {
            func cell(_ tag: String, _ text: String, _ column: Int) -> String {
                let numeric = table.numericColumns.contains(column) ? " class=\"num\"" : ""
                return "<\(tag)\(numeric)>\(ReportEscaping.html(text))</\(tag)>"
            }
            var out = "<table>\n"
            if let caption = table.caption { out += "<caption>\(ReportEscaping.html(caption))</caption>\n" }
            out += "<thead><tr>" + table.headers.enumerated().map { cell("th", $1, $0) }.joined() + "</tr></thead>\n"
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>\n"
            }
            return out + "</tbody>\n</table>\n"
        }

        func legend(_ legend: ReportLegend) -> String {
            var out = "<table class=\"legend\">\n<thead><tr><th>Mark</th><th>Meaning</th></tr></thead>\n<tbody>\n"
            for type in legend.types {
                out += "<tr><td class=\"mark\">\(LegendSwatch.svg(for: type, theme: theme))</td>"
                out +=
                    "<td><strong>\(type.rawValue)</strong>: \(ReportEscaping.html(LegendSwatch.describe(type, theme: theme)))</td></tr>\n"
            }
            for polarity in legend.polarities {
                out += "<tr><td class=\"mark\">\(LegendSwatch.svg(for: polarity, theme: theme))</td>"
                out +=
                    "<td><strong>\(polarity.rawValue)</strong>: \(ReportEscaping.html(LegendSwatch.describe(polarity, theme: theme)))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
            if !legend.notes.isEmpty {
                out += "<ul class=\"legend-notes\">\n"
                out += legend.notes.map { "<li>\(ReportEscaping.html($0))</li>\n" }.joined()
                out += "</ul>\n"
            }
            return out
        }

        func sourceList() -> String {
            var out = "<ol class=\"sources\">\n"
            for entry in report.sources {
                let source = entry.source
                out +=
                    "<li id=\"\(id("source-\(entry.number)"))\" data-document=\"\(ReportEscaping.html(source.document))\">"
                out += "<cite>\(ReportEscaping.html(source.displayTitle))</cite>"
                let details = [source.outlet, source.published].compactMap { $0 }.filter { !$0.isEmpty }
                if !details.isEmpty { out += ", " + ReportEscaping.html(details.joined(separator: ", ")) }
                out += "."
                if let url = source.url {
                    if let link = ReportEscaping.linkableURL(url) {
                        out += " <a href=\"\(ReportEscaping.html(link))\">\(ReportEscaping.html(link))</a>"
                    } else {
                        out += " <span class=\"url\">\(ReportEscaping.html(url))</span>"
                    }
                }
                if source.displayTitle != source.document {
                    out += " <span class=\"file\">\(ReportEscaping.html(source.document))</span>"
                }
                let notes = report.notes.filter { $0.source == entry.number }.map(\.number)
                out += " " + ReportEscaping.html(ReportWording.sourceUse(entry, notes: notes))
                out += "</li>\n"
            }
            return out + "</ol>\n"
        }

        func noteList() -> String {
            var out = "<ol class=\"notes\">\n"
            let sources = Dictionary(report.sources.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
            for note in report.notes {
                guard let entry = sources[note.source] else { continue }
                out += "<li id=\"\(id("note-\(note.number)"))\" value=\"\(note.number)\""
                out += " data-document=\"\(ReportEscaping.html(entry.source.document))\""
                out += " data-start=\"\(note.start)\" data-end=\"\(note.end)\">"
                out +=
                    "<a href=\"#\(id("source-\(entry.number)"))\">\(ReportEscaping.html(entry.source.displayTitle))</a>"
                out += ", " + ReportEscaping.html(ReportWording.position(note, source: entry.source))
                out +=
                    " <a class=\"back\" href=\"#\(id("call-\(note.number)"))\" aria-label=\"back to the quote\">↩</a>"
                out += "</li>\n"
            }
            return out + "</ol>\n"
        }
    }
}
