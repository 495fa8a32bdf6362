import ActorGraphCore
import Foundation
import Render

extension Workspace {
    /// Writes the dossier `request` asks for, in the format `path`'s extension names.
    ///
    /// The HTML page is one self-contained file; Markdown comes with its figures as SVG files named after it
    /// (`report.md`, `report-map.svg`); PDF is the HTML page printed by headless Chromium. The same store and
    /// request always give the same bytes (PDF aside: Chromium's own output is normalised, see docs/report.md).
    /// - Parameters:
    ///   - request: What the report covers.
    ///   - path: Where the report will be written; only its name and extension are used here.
    /// - Returns: The files to write (the report, then a Markdown report's figures) and what they hold.
    /// - Throws: ``ReportError`` for an unknown extension, a missing converter or an empty view; the store's or
    ///   the renderer's errors; the unknown-actor error for `focus` and `between`.
    public func report(_ request: ReportRequest, writingTo path: String) throws -> ReportOutput {
        let format = try ReportFormat(path: path)
        if let prefix = request.idPrefix { try MapModel.validate(idPrefix: prefix) }
        // Said before any work is done.
        if format == .pdf && PDFPrinter.chromium() == nil { throw ReportError.pdfConverterMissing }
        let name = URL(fileURLWithPath: path).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        var builder = try ReportBuilder(workspace: self, request: request)
        let document = try builder.build()
        let quotes = document.sections.flatMap(\.blocks).filter {
            if case .quote = $0 { return true }
            return false
        }.count
        var files: [ReportFile]
        switch format {
        case .html:
            files = [ReportFile(name: name, bytes: Array(ReportHTMLWriter.page(document).utf8))]
        case .markdown:
            let figureName = { (figure: ReportFigure) in "\(stem)-\(figure.key).svg" }
            files = [
                ReportFile(name: name, bytes: Array(ReportMarkdownWriter.write(document, figureFile: figureName).utf8))
            ]
            files += document.figures.map { ReportFile(name: figureName($0), bytes: $0.svg) }
        case .pdf:
            let html = Array(ReportHTMLWriter.page(document).utf8)
            files = [ReportFile(name: name, bytes: try PDFPrinter.print(html: html))]
        }
        return ReportOutput(
            format: format, files: files, figures: document.figures.count, quotes: quotes,
            sources: document.sources.count, notes: builder.notes)
    }
}
