import ActorGraphCore

/// Writes a report as Markdown (GitHub's dialect): figures as SVG files beside it behind relative links,
/// quotes as block quotes with footnotes, tables as pipe tables.
///
/// All document text is escaped (``ReportEscaping/markdown(_:)``), so no actor name or sentence can become
/// a link, an image, HTML, a heading or a table cell boundary.
public enum ReportMarkdownWriter {
    /// The Markdown text; `figureFile` names the relative file each figure is written to.
    public static func write(_ report: ReportDocument, figureFile: (ReportFigure) -> String) -> String {
        var out = "# \(ReportEscaping.markdown(report.title))\n\n"
        if let subtitle = report.subtitle { out += "*\(ReportEscaping.markdown(subtitle))*\n\n" }
        for section in report.sections {
            // GitHub gathers footnote definitions under its own "Footnotes" heading; ours would stand empty.
            if section.kind != .notes { out += "## \(ReportEscaping.markdown(section.heading))\n\n" }
            for block in section.blocks { out += self.block(block, report: report, figureFile: figureFile) }
        }
        return out.hasSuffix("\n\n") ? String(out.dropLast()) : out
    }

    private static func block(
        _ block: ReportBlock, report: ReportDocument, figureFile: (ReportFigure) -> String
    ) -> String {
        switch block {
        case .paragraph(let inlines):
            return inline(inlines) + "\n\n"
        case .subheading(let text):
            return "### \(ReportEscaping.markdown(text))\n\n"
        case .figure(let figure):
            let alt = ReportEscaping.markdown(figure.alternative)
            return "![\(alt)](\(ReportEscaping.markdownDestination(figureFile(figure))))\n\n"
                + "**Figure \(figure.number)\\.** \(ReportEscaping.markdown(figure.caption))\n\n"
        case .table(let table):
            return self.table(table)
        case .quote(let quote):
            return "> “\(ReportEscaping.markdown(quote.sentence))”[^\(quote.note)]\n\n"
        case .list(let items):
            return items.map { "- " + inline($0) + "\n" }.joined() + "\n"
        case .legend(let legend):
            var rows: [[String]] = []
            let theme = Theme.column
            for type in legend.types { rows.append([type.rawValue, LegendSwatch.describe(type, theme: theme)]) }
            for polarity in legend.polarities {
                rows.append([polarity.rawValue, LegendSwatch.describe(polarity, theme: theme)])
            }
            var out = self.table(ReportTable(headers: ["Mark", "Meaning"], rows: rows))
            if !legend.notes.isEmpty {
                out += legend.notes.map { "- \(ReportEscaping.markdown($0))\n" }.joined() + "\n"
            }
            return out
        case .sourceList:
            var out = ""
            for entry in report.sources {
                let source = entry.source
                out += "\(entry.number). *\(ReportEscaping.markdown(source.displayTitle))*"
                let details = [source.outlet, source.published].compactMap { $0 }.filter { !$0.isEmpty }
                if !details.isEmpty { out += ", " + ReportEscaping.markdown(details.joined(separator: ", ")) }
                out += "\\."
                if let url = source.url {
                    if let link = ReportEscaping.linkableURL(url) {
                        out += " <\(link)>"
                    } else {
                        out += " " + ReportEscaping.markdown(url)
                    }
                }
                if source.displayTitle != source.document { out += " " + ReportEscaping.markdown(source.document) }
                let notes = report.notes.filter { $0.source == entry.number }.map(\.number)
                out += " " + ReportEscaping.markdown(ReportWording.sourceUse(entry, notes: notes)) + "\n"
            }
            return out + "\n"
        case .noteList:
            let sources = Dictionary(report.sources.map { ($0.number, $0) }, uniquingKeysWith: { first, _ in first })
            var out = ""
            for note in report.notes {
                guard let entry = sources[note.source] else { continue }
                out += "[^\(note.number)]: *\(ReportEscaping.markdown(entry.source.displayTitle))* "
                out += "\\[\(entry.number)\\], "
                out += ReportEscaping.markdown(ReportWording.position(note, source: entry.source)) + "\n"
            }
            return out + "\n"
        }
    }

    private static func inline(_ inlines: [ReportInline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text): ReportEscaping.markdown(text)
            case .strong(let text): "**\(ReportEscaping.markdown(text))**"
            case .emphasis(let text): "*\(ReportEscaping.markdown(text))*"
            case .note(let number): "[^\(number)]"
            }
        }.joined()
    }

    private static func table(_ table: ReportTable) -> String {
        var out = ""
        if let caption = table.caption { out += "**\(ReportEscaping.markdown(caption))**\n\n" }
        out += "| " + table.headers.map(ReportEscaping.markdown).joined(separator: " | ") + " |\n"
        out +=
            "|" + table.headers.indices.map { table.numericColumns.contains($0) ? " ---: |" : " --- |" }.joined()
            + "\n"
        for row in table.rows { out += "| " + row.map(ReportEscaping.markdown).joined(separator: " | ") + " |\n" }
        return out + "\n"
    }
}
